// Full-text search that works for Arabic (harakat-insensitive) and Thai (segmented without spaces).

#include "TestEvents.h"
#include "domain/TextSearch.h"
#include "store/Store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace wasel::models;
using wasel::tests::customerText;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    qint64 add(const QString &text, const QString &customer = QStringLiteral("c"), const QString &name = QString(),
               ChannelKind channel = ChannelKind::Instagram)
    {
        static int n = 0;
        const auto r = m_store.apply(customerText(channel, customer, text, QStringLiteral("s%1").arg(++n),
                                                  QDateTime::currentDateTimeUtc(), name));
        return r.messageId;
    }

    QList<qint64> find(const QString &query)
    {
        QList<qint64> ids;
        for (const SearchHit &hit : m_store.searchMessages(query))
            ids.append(hit.messageId);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("search.sqlite")))); }

    // Results come best first: a message about the words (they occur more often, in fewer other
    // words) before one that mentions them in passing; equally good ones newest first; the last
    // word counts as a prefix, as it matches while typing.
    void bestMatchesFirstThenNewest()
    {
        const qint64 passing = add(QStringLiteral("hello, I wanted to ask many things today and also about the zebra "
                                                  "print on the bag you posted last week please"));
        const qint64 about = add(QStringLiteral("zebra bag, zebra bag?"));
        const qint64 olderTie = add(QStringLiteral("zebra scarf please today"));
        const qint64 newerTie = add(QStringLiteral("zebra shoes please today"));
        const QList<qint64> ids = find(QStringLiteral("zebra"));
        QCOMPARE(ids.size(), 4);
        QCOMPARE(ids.first(), about);
        QCOMPARE(ids.last(), passing);
        QVERIFY(ids.indexOf(newerTie) < ids.indexOf(olderTie));
        const QList<qint64> typing = find(QStringLiteral("zebra ba"));
        QCOMPARE(typing, (QList<qint64>{about, passing}));
        QCOMPARE(m_store.searchMessages(QStringLiteral("zebra"), 2).size(), 2);
    }

    // The index is read newest first in ranges of message ids, each twice the one before, until a page
    // of matches is found: a match far older than the newest messages is still found, and a page
    // filled by the newest range is ranked from it alone.
    void olderRangesAreReadUntilAPageIsFound()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("ranges.sqlite"))));
        auto add = [&store, n = 0](const QString &text) mutable {
            return store
                .apply(customerText(ChannelKind::WhatsApp, QStringLiteral("9647700000001"), text,
                                    QStringLiteral("r%1").arg(++n), QDateTime::currentDateTimeUtc()))
                .messageId;
        };
        const qint64 old = add(QStringLiteral("quokka quokka quokka"));
        // 300,000 messages later (ids are the rowids: one placeholder row moves the next id on).
        QSqlQuery gap(QSqlDatabase::database(store.connectionName()));
        for (const char *sql : {"CREATE TEMP TABLE placeholder AS SELECT * FROM messages WHERE id = 1",
                                "UPDATE placeholder SET id = 299999, external_id = 'placeholder'",
                                "INSERT INTO messages SELECT * FROM placeholder"})
            QVERIFY2(gap.exec(QString::fromLatin1(sql)), qPrintable(gap.lastError().text()));
        const qint64 recent = add(QStringLiteral("a quokka"));
        QCOMPARE(recent, 300000);
        add(QStringLiteral("something else"));

        const QList<SearchHit> both = store.searchMessages(QStringLiteral("quokka"), 10);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.first().messageId, old); // the better match, from the oldest range
        QCOMPARE(both.last().messageId, recent);
        const QList<SearchHit> page = store.searchMessages(QStringLiteral("quokka"), 1);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().messageId, recent);
        QCOMPARE(store.searchMessages(QStringLiteral("quokk"), 10).size(), 2);
    }

    // Without libthai Qt falls back to one grapheme per word and Thai search silently degrades.
    void thaiIsSegmentedIntoWords()
    {
        const QStringList words = search::words(QStringLiteral("ภาษาไทยไม่มีช่องว่างระหว่างคำ"));
        QVERIFY2(words.contains(QStringLiteral("ช่องว่าง")), qPrintable(words.join(u'|')));
        QVERIFY(words.contains(QStringLiteral("ภาษา")));
        QVERIFY(words.size() >= 5 && words.size() <= 9);
    }

    void arabicDiacriticsAndTatweelAreRemoved()
    {
        QCOMPARE(search::normalize(QStringLiteral("مَرْحَبًا")), QStringLiteral("مرحبا"));
        QCOMPARE(search::normalize(QStringLiteral("جمـــيل")), QStringLiteral("جميل"));
        QCOMPARE(search::normalize(QStringLiteral("Hello")), QStringLiteral("hello"));
    }

    void arabicLetterVariantsAreFolded()
    {
        QCOMPARE(search::normalize(QStringLiteral("أريد")), search::normalize(QStringLiteral("اريد")));
        QCOMPARE(search::normalize(QStringLiteral("إلى")), QStringLiteral("الي"));
        QCOMPARE(search::normalize(QStringLiteral("الجنطة")), QStringLiteral("الجنطه"));
        const qint64 id = add(QStringLiteral("أريد أطلب القلادة إلى البصرة"));
        QVERIFY(find(QStringLiteral("اريد اطلب")).contains(id));
        QVERIFY(find(QStringLiteral("القلاده")).contains(id));
    }

    void arabicArticleIsStemmed()
    {
        QCOMPARE(search::stem(u"الجنطه"), QStringLiteral("جنطه"));
        QCOMPARE(search::stem(u"وال"
                              "قلاده"),
                 QStringLiteral("قلاده"));
        QCOMPARE(search::stem(u"ال"), QStringLiteral("ال")); // too short to be an article + word
        QCOMPARE(search::stem(u"alpha"), QStringLiteral("alpha"));
        const qint64 withArticle = add(QStringLiteral("وصلت الجنطة السودة"));
        const qint64 without = add(QStringLiteral("عندكم جنطة سودة؟"));
        for (const QString &query : {QStringLiteral("جنطة"), QStringLiteral("الجنطة")}) {
            const auto hits = find(query);
            QVERIFY2(hits.contains(withArticle) && hits.contains(without), qPrintable(query));
        }
        // The whole word is highlighted; a Thai match only as far as the match.
        const auto arabic = m_store.searchMessages(QStringLiteral("جنطة"));
        QVERIFY(std::any_of(arabic.begin(), arabic.end(),
                            [](const auto &h) { return h.snippet.contains(QStringLiteral("\x02الجنطة\x03")); }));
        add(QStringLiteral("ขอราคาเซ็ตนี้หน่อยค่ะ"));
        const auto thai = m_store.searchMessages(QStringLiteral("ราคา"));
        QVERIFY(!thai.isEmpty());
        QString shown = thai.first().snippet;
        shown.replace(QChar(2), u'[').replace(QChar(3), u']');
        QVERIFY2(shown.contains(QStringLiteral("ขอ[ราคา]เซ็ต")), qPrintable(shown));
    }

    void queryInputIsInert()
    {
        // FTS5 operators typed by a person must not become syntax errors or change the meaning.
        QCOMPARE(search::prefixExpression(search::queryStems(QStringLiteral("  "))), QString());
        QCOMPARE(search::prefixExpression(search::queryStems(QStringLiteral("red OR \"blue"))),
                 QStringLiteral("\"red\" \"or\" \"blue\"*"));
        QCOMPARE(search::matchExpression(QStringList{QStringLiteral("red"), QStringLiteral("ba")},
                                         {QStringLiteral("bag"), QStringLiteral("ba\"g")}),
                 QStringLiteral("\"red\" AND (\"bag\" OR \"ba\"\"g\")"));
        QCOMPARE(search::matchExpression(QStringList{QStringLiteral("red"), QStringLiteral("ba")}, {}), QString());
        QCOMPARE(search::asciiDigits(QString::fromUtf8("+964 ٧٧٠-1")), QStringLiteral("9647701"));
        add(QStringLiteral("NEAR the door, AND then"));
        QVERIFY(m_store.searchMessages(QStringLiteral("\"NEAR(* AND")).size() <= 1);
        QCOMPARE(m_store.searchMessages(QStringLiteral("***")).size(), 0);
    }

    // A whole message pasted into the search finds it: its first words are enough.
    void pastedParagraphFindsItsMessage()
    {
        QStringList words;
        for (int i = 0; i < 48; ++i)
            words << QStringLiteral("w%1x").arg(i);
        const qint64 id = add(words.join(u' '));
        QCOMPARE(find(words.join(u' ')), QList<qint64>{id});
        QCOMPARE(find(words.mid(0, 40).join(u' ') + QStringLiteral(" notinthemessage")), QList<qint64>{id});
        QCOMPARE(find(QStringLiteral("notinthemessage ") + words.join(u' ')), QList<qint64>{});
    }

    void arabicMatchesRegardlessOfHarakat()
    {
        const qint64 withMarks = add(QStringLiteral("مَرْحَبًا، شْلونكم؟ أريد الجنطة السوداء"));
        const qint64 plain = add(QStringLiteral("مرحبا اكو توصيل للبصرة؟"));
        const auto hits = find(QStringLiteral("مرحبا"));
        QVERIFY(hits.contains(withMarks));
        QVERIFY(hits.contains(plain));
        // And the other way round: a query typed with harakat finds plain text.
        QVERIFY(find(QStringLiteral("مَرحَبا")).contains(plain));
        QVERIFY(find(QStringLiteral("الجنطة السوداء")).contains(withMarks));
    }

    void thaiWordInsideUnspacedText()
    {
        const qint64 id = add(QStringLiteral("สวัสดีค่ะ มีกระเป๋าสีดำไหมคะ ส่งเชียงใหม่ได้ไหม"));
        QVERIFY(find(QStringLiteral("กระเป๋า")).contains(id));
        QVERIFY(find(QStringLiteral("เชียงใหม่")).contains(id));
        QVERIFY(find(QStringLiteral("สวัสดี")).contains(id));
        QVERIFY(!find(QStringLiteral("ราคา")).contains(id));
    }

    void prefixWhileTyping()
    {
        const qint64 id = add(QStringLiteral("Do you deliver to Chiang Mai?"));
        QVERIFY(find(QStringLiteral("deliv")).contains(id));
        QVERIFY(find(QStringLiteral("chiang m")).contains(id));
    }

    // Accents on Latin letters neither hide a word nor its completions: the index's tokenizer drops
    // them, and the words listed for completing what is typed are folded the same way.
    void latinAccentsAreFolded()
    {
        QCOMPARE(search::normalize(QStringLiteral("Crème Brûlée, Việt")), QStringLiteral("creme brulee, viet"));
        const qint64 id = add(QStringLiteral("Un café crème, s'il vous plaît"));
        for (const char *query : {"cafe", "café", "caf", "creme", "crem", "crè", "plait", "plai"})
            QVERIFY2(find(QString::fromUtf8(query)).contains(id), query);
        const QList<SearchHit> hits = m_store.searchMessages(QStringLiteral("cafe"));
        QVERIFY(!hits.isEmpty());
        QVERIFY2(hits.first().snippet.contains(QChar(0x02) + QStringLiteral("café") + QChar(0x03)),
                 qPrintable(hits.first().snippet));
    }

    // The word being typed stands for the commonest indexed words it begins, and always for itself:
    // a word said once is found when typed whole, however many commoner words it begins.
    void lastWordCompletesToWordsItBegins()
    {
        QList<qint64> common;
        for (int i = 0; i < 3; ++i)
            common.append(add(QStringLiteral("quokkaland tickets please")));
        for (char a = 'a'; a <= 'f'; ++a)
            for (char b = 'a'; b <= 'g'; ++b) // 42 rarer words beginning "quokka"
                add(QStringLiteral("quokka%1%2 tickets").arg(QLatin1Char(a)).arg(QLatin1Char(b)));
        const qint64 exact = add(QStringLiteral("one quokka please"));
        const QList<qint64> typing = find(QStringLiteral("quokk"));
        for (qint64 id : common)
            QVERIFY(typing.contains(id));
        QVERIFY(typing.contains(exact));
        QVERIFY(find(QStringLiteral("quokka")).contains(exact));
        QVERIFY(find(QStringLiteral("quokka")).contains(common.first()));
        QList<qint64> both = find(QStringLiteral("please quokkala"));
        std::sort(both.begin(), both.end());
        QCOMPARE(both, common);
        QCOMPARE(find(QStringLiteral("quokkaag")).size(), 1);
        QCOMPARE(find(QStringLiteral("quokkaz")), QList<qint64>{});
    }

    void snippetHighlightsTheOriginalText()
    {
        add(QStringLiteral("السلام عليكم، هَلْ الحِذاء متوفر بالقياس ٤٠؟"));
        const auto hits = m_store.searchMessages(QStringLiteral("الحذاء"));
        QCOMPARE(hits.size(), 1);
        // The snippet keeps the customer's harakat and marks the match.
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("\x02الحِذاء\x03")), qPrintable(hits.first().snippet));
    }

    void customersByName()
    {
        add(QStringLiteral("hi"), QStringLiteral("cust-ar"), QStringLiteral("زَهراء علي"));
        add(QStringLiteral("hi"), QStringLiteral("cust-th"), QStringLiteral("สมศรี ใจดี"));
        const auto ar = m_store.searchCustomers(QStringLiteral("زهراء"));
        QCOMPARE(ar.size(), 1);
        QCOMPARE(ar.first().displayName, QStringLiteral("زَهراء علي"));
        QCOMPARE(ar.first().conversationIds.size(), 1);
        QCOMPARE(m_store.searchCustomers(QStringLiteral("ใจดี")).size(), 1);
    }

    // The quick switcher puts first whom the typed words name: a whole word before the beginning of
    // one, a shorter name before a longer, and of equals the newest customer.
    void customersRankedByHowWellTheNameFits()
    {
        add(QStringLiteral("hi"), QStringLiteral("rank-1"), QStringLiteral("Qasim Hadi Kareem"));
        add(QStringLiteral("hi"), QStringLiteral("rank-2"), QStringLiteral("Qasima"));
        add(QStringLiteral("hi"), QStringLiteral("rank-3"), QStringLiteral("Qasim"));
        add(QStringLiteral("hi"), QStringLiteral("rank-4"), QStringLiteral("Hadi Qasimi"));
        add(QStringLiteral("hi"), QStringLiteral("rank-5"), QStringLiteral("Qasim Ali"));
        auto names = [this](const QString &query) {
            QStringList result;
            for (const CustomerHit &hit : m_store.searchCustomers(query))
                result << hit.displayName;
            return result;
        };
        QCOMPARE(names(QStringLiteral("qasim")),
                 (QStringList{QStringLiteral("Qasim"), QStringLiteral("Qasim Ali"), QStringLiteral("Qasim Hadi Kareem"),
                              QStringLiteral("Qasima"), QStringLiteral("Hadi Qasimi")}));
        QCOMPARE(names(QStringLiteral("hadi qas")),
                 (QStringList{QStringLiteral("Hadi Qasimi"), QStringLiteral("Qasim Hadi Kareem")}));
        QCOMPARE(m_store.searchCustomers(QStringLiteral("qasim"), 2).size(), 2);
    }

    // The quick switcher finds a customer by a phone number written as people write it, by an email
    // address, and by an identity linked later; a name still ranks before a handle.
    void customersByHandles()
    {
        add(QStringLiteral("hi"), QStringLiteral("9647701234567"), QStringLiteral("Zahraa"), ChannelKind::WhatsApp);
        auto idOf = [this](const QString &query) {
            const auto hits = m_store.searchCustomers(query);
            return hits.size() == 1 ? hits.first().customerId : qint64(-1);
        };
        const qint64 zahraa = idOf(QStringLiteral("Zahraa"));
        QVERIFY(zahraa > 0);
        for (const char *typed : {"0770 123", "+964 770-123-4567", "00964770", "(0770) 1234567", "9647701234567"})
            QCOMPARE(idOf(QString::fromUtf8(typed)), zahraa);
        QCOMPARE(idOf(QString::fromUtf8("٠٧٧٠١٢٣")), zahraa); // Arabic-Indic digits
        QCOMPARE(m_store.searchCustomers(QStringLiteral("0771")).size(), 0);
        QCOMPARE(m_store.searchCustomers(QStringLiteral("12")).size(), 0); // too short to be a number

        // Linking her email identity makes her findable by it.
        QCOMPARE(m_store.searchCustomers(QStringLiteral("zahraa.k@shop")).size(), 0);
        QVERIFY(m_store.linkIdentity(zahraa, ChannelKind::Email, QStringLiteral("zahraa.k@shop.example")));
        QCOMPARE(idOf(QStringLiteral("zahraa.k@shop")), zahraa);
        QCOMPARE(idOf(QStringLiteral("shop.example")), zahraa);

        // A customer named by the word ranks before one who only has it in an address.
        add(QStringLiteral("hello"), QStringLiteral("kdmj@example.org"), QStringLiteral("Mustafa Kdmj"),
            ChannelKind::Email);
        const auto both = m_store.searchCustomers(QStringLiteral("kdmj"));
        QCOMPARE(both.size(), 1); // the address's word and the name's are one customer
        add(QStringLiteral("hello"), QStringLiteral("kdmj.shop@example.org"), QStringLiteral("Ali"),
            ChannelKind::Email);
        const auto ranked = m_store.searchCustomers(QStringLiteral("kdmj"));
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.first().displayName, QStringLiteral("Mustafa Kdmj"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
