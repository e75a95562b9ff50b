#include "OfflineResponder.h"

#include "store/Store.h"

#include <QLocale>

#include <cmath>

namespace wasel::app {

using models::KnowledgeItem;

namespace {

} // namespace

const QStringList &knowledgeQuestionWords()
{
    static const QStringList words{
        // Arabic (Iraqi)
        QStringLiteral("شكد"),
        QStringLiteral("شگد"),
        QStringLiteral("بيش"),
        QStringLiteral("بكم"),
        QStringLiteral("كم"),
        QStringLiteral("سعر"),
        QStringLiteral("سعره"),
        QStringLiteral("سعرها"),
        QStringLiteral("اسعار"),
        QStringLiteral("اريد"),
        QStringLiteral("اطلب"),
        QStringLiteral("عندكم"),
        QStringLiteral("اكو"),
        QStringLiteral("هذا"),
        QStringLiteral("هاي"),
        QStringLiteral("لو"),
        QStringLiteral("سمحت"),
        QStringLiteral("مع"),
        QStringLiteral("حق"),
        QStringLiteral("يصير"),
        QStringLiteral("متوفر"),
        QStringLiteral("شنو"),
        QStringLiteral("من"),
        QStringLiteral("على"),
        QStringLiteral("في"),
        QStringLiteral("الي"),
        QStringLiteral("ممكن"),
        // Thai
        QStringLiteral("ราคา"),
        QStringLiteral("เท่าไหร่"),
        QStringLiteral("เท่าไร"),
        QStringLiteral("กี่"),
        QStringLiteral("บาท"),
        QStringLiteral("คะ"),
        QStringLiteral("ค่ะ"),
        QStringLiteral("ครับ"),
        QStringLiteral("ขอ"),
        QStringLiteral("หน่อย"),
        QStringLiteral("ตัว"),
        QStringLiteral("นี้"),
        QStringLiteral("มี"),
        QStringLiteral("ไหม"),
        QStringLiteral("อยาก"),
        QStringLiteral("ได้"),
        QStringLiteral("สั่ง"),
        // English
        QStringLiteral("how"),
        QStringLiteral("much"),
        QStringLiteral("price"),
        QStringLiteral("cost"),
        QStringLiteral("is"),
        QStringLiteral("the"),
        QStringLiteral("a"),
        QStringLiteral("for"),
        QStringLiteral("of"),
        QStringLiteral("what"),
        QStringLiteral("do"),
        QStringLiteral("you"),
        QStringLiteral("have"),
        QStringLiteral("i"),
        QStringLiteral("want"),
        QStringLiteral("to"),
        QStringLiteral("buy"),
        QStringLiteral("order"),
        QStringLiteral("please"),
        QStringLiteral("pls"),
        QStringLiteral("this"),
        QStringLiteral("it"),
        QStringLiteral("hi"),
        QStringLiteral("hello"),
        QStringLiteral("and"),
        QStringLiteral("can"),
    };
    return words;
}

namespace {

struct Phrases {
    const char16_t *greeting;
    const char16_t *thanks;
    const char16_t *handoverPerson;
    const char16_t *handoverComplaint;
    const char16_t *handoverOrder;
    const char16_t *handoverUnknown;
    const char16_t *priceLine; // %1 name, %2 price
    const char16_t *inStock;
    const char16_t *outOfStock;
    const char16_t *orderAsk;
};

const Phrases &phrases(const QString &language)
{
    static const Phrases ar{
        u"هلا بيك عيني 🌷 شلون نكدر نساعدك؟",
        u"تدلل، شكراً الك 🌷 اذا تحتاج اي شي احنا موجودين.",
        u"تدلل، هسه يرد عليك واحد من فريقنا.",
        u"نعتذر منك كلش على هالشي 🙏 حولنا الموضوع لفريقنا وراح يتواصلون وياك هسه.",
        u"حاضر، واحد من فريقنا راح يتابع طلبك ويرد عليك بأقرب وقت.",
        u"سؤال حلو 🌷 خلي واحد من فريقنا يجاوبك بالضبط، ثواني ويرد عليك.",
        u"%1 سعره %2.",
        u"متوفر هسه ✅",
        u"للأسف خلص حالياً.",
        u"اذا تريد تطلب دزلنا اسمك ورقم موبايلك والمحافظة والعنوان ونثبت الطلب.",
    };
    static const Phrases th{
        u"สวัสดีค่ะ 😊 มีอะไรให้ช่วยไหมคะ",
        u"ขอบคุณมากนะคะ 🙏 มีอะไรทักมาได้เลยค่ะ",
        u"ได้เลยค่ะ เดี๋ยวแอดมินมาตอบนะคะ",
        u"ขอโทษด้วยนะคะ 🙏 ส่งเรื่องให้ทีมงานแล้ว จะติดต่อกลับโดยเร็วค่ะ",
        u"รับทราบค่ะ เดี๋ยวทีมงานเช็กออเดอร์ให้แล้วแจ้งกลับนะคะ",
        u"ขอให้ทีมงานตอบให้ชัวร์นะคะ รอสักครู่ค่ะ",
        u"%1 ราคา %2 ค่ะ",
        u"มีของพร้อมส่งค่ะ ✅",
        u"ตอนนี้ของหมดค่ะ",
        u"ถ้าต้องการสั่ง รบกวนแจ้งชื่อ เบอร์โทร และที่อยู่จัดส่งได้เลยค่ะ",
    };
    static const Phrases en{
        u"Hi there! 😊 How can we help you today?",
        u"Thank you so much! 🙏 Message us anytime.",
        u"Sure, a member of our team will reply shortly.",
        u"We're really sorry about this 🙏 Our team has been notified and will contact you shortly.",
        u"Got it, our team will check your order and get back to you soon.",
        u"Good question! Let me get a member of our team to answer that exactly; one moment.",
        u"%1 is %2.",
        u"It's in stock ✅",
        u"Sorry, it's out of stock at the moment.",
        u"To order, just send your name, phone number and delivery address.",
    };
    if (language == QLatin1String("ar"))
        return ar;
    if (language == QLatin1String("th"))
        return th;
    return en;
}

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

AssistantReply handover(const char16_t *message, const QString &reason)
{
    return {true, text(message), reason, {}};
}

} // namespace

QString formatPrice(double price, const QString &currency, const QString &language)
{
    const bool whole = std::abs(price - std::round(price)) < 0.005;
    const QString amount = QLocale(QLocale::English).toString(price, 'f', whole ? 0 : 2);
    const QString c = currency.trimmed().toUpper();
    if (c == QLatin1String("IQD") && language == QLatin1String("ar"))
        return amount + QStringLiteral(" دينار");
    if (c == QLatin1String("THB") && language == QLatin1String("th"))
        return amount + QStringLiteral(" บาท");
    if (c == QLatin1String("USD") && language != QLatin1String("th"))
        return u'$' + amount;
    return c.isEmpty() ? amount : amount + u' ' + c;
}

AssistantReply offlineReply(const models::Store &store, const Triage &t, const QString &customerText,
                            const QString &language)
{
    const Phrases &p = phrases(language);
    switch (t.intent) {
    case Intent::HumanRequested:
        return handover(p.handoverPerson, QStringLiteral("the customer asked for a person (\"%1\")").arg(t.cue));
    case Intent::Complaint:
        return handover(p.handoverComplaint, QStringLiteral("complaint (\"%1\")").arg(t.cue));
    case Intent::OrderStatus:
        return handover(p.handoverOrder, QStringLiteral("order status needs a person to check the order"));
    case Intent::Greeting:
        return {false, text(p.greeting), QString(), {}};
    case Intent::PositiveFeedback:
        return {false, text(p.thanks), QString(), {}};
    case Intent::PriceInquiry:
    case Intent::PurchaseIntent:
    case Intent::Other:
        break;
    }

    const QList<KnowledgeItem> found = store.findKnowledge(customerText, knowledgeQuestionWords(), 3);
    if (found.isEmpty())
        return handover(p.handoverUnknown, QStringLiteral("no product or FAQ in the knowledge base matches"));
    const KnowledgeItem &best = found.first();
    if (best.kind == KnowledgeItem::Kind::Faq)
        return {false, best.description, QString(), {best.id}};
    if (!best.price)
        return handover(p.handoverUnknown, QStringLiteral("%1 has no price in the knowledge base").arg(best.name));

    QStringList lines;
    lines.append(text(p.priceLine).arg(best.name, formatPrice(*best.price, best.currency, language)));
    if (best.stock)
        lines.append(text(*best.stock > 0 ? p.inStock : p.outOfStock));
    if (t.intent == Intent::PurchaseIntent && (!best.stock || *best.stock > 0))
        lines.append(text(p.orderAsk));
    return {false, lines.join(u'\n'), QString(), {best.id}};
}

} // namespace wasel::app
