#include "Triage.h"

#include "domain/TextSearch.h"

#include <QCoreApplication>

#include <array>

namespace wasel::app {

namespace {

// Cues per intent and language. Arabic and English cues are word sequences: an Arabic cue word
// also matches with a clitic in front (و ف ب ل ال …) and with a suffix after it (سعر → سعرها);
// an English cue word of 4+ letters matches its inflections (thank → thanks). Thai has no spaces
// between words, so a Thai cue matches anywhere in the text. All cues are written normalized
// (no harakat; أ/إ/آ as ا, ة as ه, ى as ي) because the text is normalized the same way.
struct Cues {
    Intent intent;
    std::array<const char16_t *const *, 3> lists; // ar, th, en; each null-terminated
};

constexpr const char16_t *HumanAr[] = {u"موظف",     u"شخص حقيقي", u"انسان",    u"بشري",    u"مو بوت",       u"مو روبوت",
                                       u"المسؤول",  u"المدير",    u"ادمن",     u"الادمن",  u"خدمه العملاء", u"احد يرد",
                                       u"احجي ويا", u"احچي ويا",  u"يتصل بيه", u"يتصل بي", nullptr};
constexpr const char16_t *HumanTh[] = {u"คุยกับคน",  u"คนจริง",     u"แอดมิน", u"พนักงาน", u"ไม่เอาบอท",
                                       u"ไม่ใช่บอท", u"เจ้าของร้าน", u"โทรหา", u"ขอเบอร์", nullptr};
constexpr const char16_t *HumanEn[] = {
    u"human",      u"real person", u"agent",     u"representative", u"talk to someone",  u"speak to someone",
    u"speak to a", u"talk to a",   u"not a bot", u"manager",        u"customer service", u"call me",
    u"operator",   u"live person", nullptr};

constexpr const char16_t *ComplaintAr[] = {
    u"مشكله", u"مكسور", u"خربان",  u"زفت",      u"سيء",     u"سيئ",   u"غلط",         u"مو زين",  u"ما عجبني", u"شكوي",
    u"اشتكي", u"نصب",   u"نصابين", u"حراميه",   u"ارجعها",  u"ارجعه", u"ارجاع",       u"استرجاع", u"مغشوش",    u"خايس",
    u"ناقص",  u"تاخير", u"مو نفس", u"ما تردون", u"ماكو رد", u"زعلان", u"الفلوس ماكو", nullptr};
constexpr const char16_t *ComplaintTh[] = {u"ชำรุด",      u"คืนเงิน",     u"ไม่ตรงปก", u"ผิดหวัง",  u"แย่",     u"ห่วย",
                                           u"โกง",       u"ส่งผิด",      u"แตก",     u"เสียหาย", u"ไม่พอใจ", u"ร้องเรียน",
                                           u"เปลี่ยนสินค้า", u"ไม่มีใครตอบ", u"ของหาย",  nullptr};
constexpr const char16_t *ComplaintEn[] = {u"broken",
                                           u"damaged",
                                           u"refund",
                                           u"terrible",
                                           u"awful",
                                           u"disappointed",
                                           u"scam",
                                           u"worst",
                                           u"wrong",
                                           u"complaint",
                                           u"not what i ordered",
                                           u"nobody answers",
                                           u"charged twice",
                                           u"never arrived",
                                           u"not working",
                                           u"angry",
                                           u"useless",
                                           u"fake",
                                           nullptr};

constexpr const char16_t *StatusAr[] = {u"وين طلبي",   u"وين الطلب", u"طلبي",      u"الطلبيه ما", u"ما وصل",
                                        u"ما وصلت",    u"شوكت يوصل", u"شوكت توصل", u"متي يوصل",   u"متي توصل",
                                        u"رقم التتبع", u"تتبع",      u"الشحنه",    u"وصل لو",     nullptr};
constexpr const char16_t *StatusTh[] = {u"เลขพัสดุ",   u"เลขแทร็ก",     u"ยังไม่ได้รับ",   u"ส่งยัง",
                                        u"ส่งแล้วยัง",  u"ส่งของเมื่อไหร่", u"จัดส่งเมื่อไหร่", u"ของถึง",
                                        u"ติดตามพัสดุ", u"ได้ของเมื่อไหร่", u"ของส่งยัง",    nullptr};
constexpr const char16_t *StatusEn[] = {
    u"where is my order", u"my order still",  u"my order be",     u"my package",  u"tracking",
    u"shipped yet",       u"hasn't arrived",  u"has not arrived", u"not arrived", u"when will my",
    u"order status",      u"delivery status", u"where is my",     nullptr};

constexpr const char16_t *PurchaseAr[] = {u"اطلب",   u"اشتري", u"احجز", u"دزلي", u"ارسلي", u"سجلولي",  u"سجلي",
                                          u"اريدها", u"اريده", u"اخذ",  u"ابي",  u"ابغي",  u"طلب علي", nullptr};
constexpr const char16_t *PurchaseTh[] = {u"สั่ง",     u"อยากได้", u"จอง",           u"ซื้อ",  u"เอาอันนี้",
                                          u"เอาตัวนี้", u"cf",     u"เก็บเงินปลายทาง", nullptr};
constexpr const char16_t *PurchaseEn[] = {
    u"i want to order", u"want to order",    u"buy",        u"purchase",    u"i'll take",
    u"ill take",        u"reserve",          u"to my cart", u"add to cart", u"i'd like to order",
    u"checkout",        u"cash on delivery", nullptr};

constexpr const char16_t *PriceAr[] = {u"شكد",     u"شگد",    u"بيش", u"بكم", u"سعر", u"السعر", u"اسعار",
                                       u"الاسعار", u"كم سعر", u"ثمن", u"بكد", u"حق",  nullptr};
constexpr const char16_t *PriceTh[] = {u"ราคา", u"เท่าไหร่", u"เท่าไร", u"กี่บาท", u"ขายยังไง", u"ค่าส่ง", nullptr};
constexpr const char16_t *PriceEn[] = {u"price", u"how much", u"cost", u"costs", u"discount", u"total", nullptr};

constexpr const char16_t *PositiveAr[] = {u"شكرا", u"مشكورين", u"تسلم",  u"تسلمون",     u"تسلمين", u"يسلمو", u"حلو",
                                          u"حلوه", u"رائع",    u"ممتاز", u"عاشت ايدكم", u"روعه",   u"جميل",  nullptr};
constexpr const char16_t *PositiveTh[] = {u"ขอบคุณ", u"ชอบมาก", u"ประทับใจ", u"สวยมาก", u"ดีมาก",
                                          u"เยี่ยม",  u"ถูกใจ",   u"ส่งไว",    nullptr};
constexpr const char16_t *PositiveEn[] = {u"thank",     u"love it", u"great",     u"amazing",        u"awesome",
                                          u"excellent", u"perfect", u"beautiful", u"will buy again", nullptr};

constexpr const char16_t *GreetingAr[] = {u"السلام عليكم", u"سلام",       u"مرحبا",      u"هلو",  u"هلا", u"شلونك",
                                          u"شلونكم",       u"صباح الخير", u"مساء الخير", u"اهلا", nullptr};
constexpr const char16_t *GreetingTh[] = {u"สวัสดี", u"หวัดดี", nullptr};
constexpr const char16_t *GreetingEn[] = {u"hello",          u"hi",       u"hey",   u"good morning", u"good evening",
                                          u"good afternoon", u"hi there", u"salam", nullptr};

// In order of precedence: the first intent with a matching cue wins ("thanks, where is my
// order?" is about the order; "hi, how much?" about the price).
constexpr Cues AllCues[] = {
    {Intent::HumanRequested, {HumanAr, HumanTh, HumanEn}},
    {Intent::Complaint, {ComplaintAr, ComplaintTh, ComplaintEn}},
    {Intent::OrderStatus, {StatusAr, StatusTh, StatusEn}},
    {Intent::PurchaseIntent, {PurchaseAr, PurchaseTh, PurchaseEn}},
    {Intent::PriceInquiry, {PriceAr, PriceTh, PriceEn}},
    {Intent::PositiveFeedback, {PositiveAr, PositiveTh, PositiveEn}},
    {Intent::Greeting, {GreetingAr, GreetingTh, GreetingEn}},
};

constexpr std::array<QStringView, 9> ArabicPrefixes{u"وال", u"بال", u"فال", u"لل", u"ال", u"و", u"ف", u"ب", u"ل"};

// Pronoun and plural endings. A three-letter cue takes only these (ابي "I want" must not match
// ابيض "white"); a longer one takes any short ending.
constexpr std::array<QStringView, 16> ArabicSuffixes{u"ه", u"ها", u"هم", u"هن", u"ك",  u"كم", u"ي",  u"نا",
                                                     u"ج", u"ات", u"ين", u"ون", u"وا", u"ني", u"لي", u"لك"};

bool arabicWordMatches(const QString &word, QStringView cue)
{
    auto stemMatches = [&](QStringView w) {
        if (w == cue)
            return true;
        if (cue.size() < 3 || !w.startsWith(cue) || w.size() - cue.size() > 3)
            return false;
        if (cue.size() > 3)
            return true;
        const QStringView suffix = w.mid(cue.size());
        return std::find(ArabicSuffixes.begin(), ArabicSuffixes.end(), suffix) != ArabicSuffixes.end();
    };
    if (stemMatches(word))
        return true;
    for (QStringView prefix : ArabicPrefixes) {
        if (word.size() > prefix.size() + 1 && QStringView(word).startsWith(prefix)
            && stemMatches(QStringView(word).mid(prefix.size())))
            return true;
    }
    return false;
}

bool englishWordMatches(const QString &word, QStringView cue)
{
    if (word == cue)
        return true;
    return cue.size() >= 4 && QStringView(word).startsWith(cue) && word.size() - cue.size() <= 3;
}

// Whether the cue's words occur consecutively in `words`.
bool sequenceMatches(const QStringList &words, const QStringList &cueWords, bool arabic)
{
    if (cueWords.isEmpty() || cueWords.size() > words.size())
        return false;
    for (qsizetype start = 0; start + cueWords.size() <= words.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; i < cueWords.size() && all; ++i) {
            all = arabic ? arabicWordMatches(words.at(start + i), cueWords.at(i))
                         : englishWordMatches(words.at(start + i), cueWords.at(i));
        }
        if (all)
            return true;
    }
    return false;
}

struct Prepared {
    QString language;
    QStringList words; // normalized words (ar, en)
    QString compact; // normalized text without spaces (th)
};

} // namespace

QString toString(Intent intent)
{
    switch (intent) {
    case Intent::PriceInquiry:
        return QStringLiteral("price_inquiry");
    case Intent::PurchaseIntent:
        return QStringLiteral("purchase_intent");
    case Intent::OrderStatus:
        return QStringLiteral("order_status");
    case Intent::Complaint:
        return QStringLiteral("complaint");
    case Intent::PositiveFeedback:
        return QStringLiteral("positive_feedback");
    case Intent::HumanRequested:
        return QStringLiteral("human_requested");
    case Intent::Greeting:
        return QStringLiteral("greeting");
    case Intent::Other:
        break;
    }
    return QStringLiteral("other");
}

QString intentLabel(Intent intent)
{
    switch (intent) {
    case Intent::PriceInquiry:
        return QCoreApplication::translate("wasel::app::Triage", "Price question");
    case Intent::PurchaseIntent:
        return QCoreApplication::translate("wasel::app::Triage", "Wants to buy");
    case Intent::OrderStatus:
        return QCoreApplication::translate("wasel::app::Triage", "Order status");
    case Intent::Complaint:
        return QCoreApplication::translate("wasel::app::Triage", "Complaint");
    case Intent::PositiveFeedback:
        return QCoreApplication::translate("wasel::app::Triage", "Happy customer");
    case Intent::HumanRequested:
        return QCoreApplication::translate("wasel::app::Triage", "Asked for a person");
    case Intent::Greeting:
        return QCoreApplication::translate("wasel::app::Triage", "Greeting");
    case Intent::Other:
        break;
    }
    return QCoreApplication::translate("wasel::app::Triage", "Other");
}

QString detectLanguage(QStringView text)
{
    int arabic = 0, thai = 0, latin = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFEFF))
            ++arabic;
        else if (u >= 0x0E00 && u <= 0x0E7F)
            ++thai;
        else if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'))
            ++latin;
    }
    if (arabic >= thai && arabic >= latin && arabic > 0)
        return QStringLiteral("ar");
    if (thai >= latin && thai > 0)
        return QStringLiteral("th");
    return QStringLiteral("en");
}

Triage triage(QStringView text)
{
    Triage result;
    result.language = detectLanguage(text);
    const QStringList words = models::search::words(text);
    QString compact = models::search::normalize(text);
    compact.remove(u' ');

    for (const Cues &cues : AllCues) {
        // A message mixes languages (Arabic with English product names, Thai with "CF"), so every
        // language's cues are tried, the message's own language first.
        const int own = result.language == QLatin1String("ar") ? 0 : result.language == QLatin1String("th") ? 1 : 2;
        for (int k = 0; k < 3 && result.cue.isEmpty(); ++k) {
            const int lang = (own + k) % 3;
            for (const char16_t *const *cue = cues.lists[lang]; *cue; ++cue) {
                const QString phrase = QString::fromUtf16(*cue);
                const bool hit =
                    lang == 1 ? compact.contains(phrase) : sequenceMatches(words, phrase.split(u' '), lang == 0);
                if (hit) {
                    result.intent = cues.intent;
                    result.cue = phrase;
                    break;
                }
            }
        }
        if (!result.cue.isEmpty())
            break;
    }
    // A strongly negative message is a complaint whatever it is about ("where is my order?? 😡"): a
    // person answers it. Angry emoji, or a run of three exclamation marks with no friendly cue.
    if (result.intent != Intent::HumanRequested && result.intent != Intent::Complaint) {
        for (QStringView angry : {u"😡", u"🤬", u"😠", u"👎", u"😤", u"!!!"}) {
            if (angry == u"!!!" && (result.intent == Intent::PositiveFeedback || result.intent == Intent::Greeting))
                continue; // "thank you!!!" is delighted, not angry
            if (text.contains(angry)) {
                result.intent = Intent::Complaint;
                result.cue = angry.toString();
                break;
            }
        }
    }
    result.handover = result.intent == Intent::HumanRequested || result.intent == Intent::Complaint;
    return result;
}

} // namespace wasel::app
