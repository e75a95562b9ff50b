// The knowledge base: store, search in Arabic / Thai / English, CSV import and export, and the
// offline responder answering from it (tests/data/knowledge.csv).

#include "KnowledgeCsv.h"
#include "OfflineResponder.h"
#include "store/Store.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::KnowledgeItem;

class TestKnowledge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    models::Store m_store;

    app::AssistantReply answer(const QString &customer)
    {
        const app::Triage t = app::triage(customer);
        return app::offlineReply(m_store, t, customer, t.language);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("kb.sqlite"))));
        QFile csv(QStringLiteral(WASEL_SOURCE_DIR "/tests/data/knowledge.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const app::CsvImportResult result = app::importKnowledgeCsv(m_store, csv);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.saved, 9);
    }

    void importedFieldsAreExact()
    {
        const auto items = m_store.knowledgeItems();
        QCOMPARE(items.size(), 9);
        const auto bag = std::find_if(items.begin(), items.end(), [](const KnowledgeItem &i) {
            return i.name == QStringLiteral("جنطة جلد سوداء");
        });
        QVERIFY(bag != items.end());
        QCOMPARE(bag->price.value_or(-1), 35000.0);
        QCOMPARE(bag->currency, QStringLiteral("IQD"));
        QCOMPARE(bag->stock.value_or(-1), 4);
        QCOMPARE(bag->tags,
                 (QStringList{QStringLiteral("جنطة"), QStringLiteral("حقيبة"), QStringLiteral("bag"),
                              QStringLiteral("black")}));
        const auto tote = std::find_if(items.begin(), items.end(), [](const KnowledgeItem &i) {
            return i.name == QStringLiteral("กระเป๋าผ้าแคนวาส");
        });
        QCOMPARE(tote->price.value_or(-1), 1290.5);
        const auto scarf = std::find_if(items.begin(), items.end(),
                                        [](const KnowledgeItem &i) { return i.name == QStringLiteral("Silk scarf"); });
        QVERIFY(!scarf->price && !scarf->stock);
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
        QByteArray csv = "name,price,currency\r\nجنطة جلد سوداء,\"37,500\",IQD\r\n";
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QCOMPARE(app::importKnowledgeCsv(m_store, buffer).saved, 1);
        QCOMPARE(m_store.knowledgeItems().size(), 9);
        QCOMPARE(m_store.findKnowledge(QStringLiteral("جنطة")).first().price.value_or(-1), 37500.0);
    }

    void badRowsAreNamedAndSkipped()
    {
        QByteArray csv = "kind,name,price,stock\n"
                         "product,Good one,10,1\n"
                         "product,,5,1\n"
                         "service,Massage,5,1\n"
                         "product,Bad price,abc,1\n"
                         "product,Bad stock,5,1.5\n"
                         "product,\"Unclosed,5,1\n";
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const int before = int(m_store.knowledgeItems().size());
        const app::CsvImportResult r = app::importKnowledgeCsv(m_store, buffer);
        QCOMPARE(r.saved, 0); // an unclosed quote makes the file unreadable: nothing half-imported
        QVERIFY2(r.errors.join(u' ').contains(QStringLiteral("not closed")), qPrintable(r.errors.join(u'\n')));
        csv.chop(QByteArray("product,\"Unclosed,5,1\n").size());
        QBuffer again(&csv);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const app::CsvImportResult r2 = app::importKnowledgeCsv(m_store, again);
        QCOMPARE(r2.saved, 1);
        QCOMPARE(r2.errors.size(), 4);
        QVERIFY(r2.errors.at(0).startsWith(QStringLiteral("row 3: the name is empty")));
        QVERIFY(r2.errors.at(1).contains(QStringLiteral("kind \"service\"")));
        QVERIFY(r2.errors.at(2).contains(QStringLiteral("price \"abc\"")));
        QVERIFY(r2.errors.at(3).contains(QStringLiteral("stock \"1.5\"")));
        QCOMPARE(int(m_store.knowledgeItems().size()), before + 1);
        QVERIFY(m_store.removeKnowledgeItem(m_store.findKnowledge(QStringLiteral("Good one")).first().id));
    }

    void exportRoundTrips()
    {
        QByteArray bytes;
        QBuffer out(&bytes);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(app::exportKnowledgeCsv(m_store, out, &error));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QTemporaryDir dir;
        models::Store copy;
        QVERIFY(copy.open(dir.filePath(QStringLiteral("copy.sqlite"))));
        QBuffer in(&bytes);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const app::CsvImportResult r = app::importKnowledgeCsv(copy, in);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
        const auto a = m_store.knowledgeItems(), b = copy.knowledgeItems();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].name, a[i].name);
            QCOMPARE(b[i].description, a[i].description); // commas, Arabic digits, quotes survive
            QCOMPARE(b[i].price, a[i].price);
            QCOMPARE(b[i].stock, a[i].stock);
            QCOMPARE(b[i].tags, a[i].tags);
        }
    }

    void responderAnswersInTheCustomersLanguage()
    {
        const auto ar = answer(QStringLiteral("شكد سعر الجنطة السودة؟"));
        QVERIFY2(!ar.handover, qPrintable(ar.reason));
        QVERIFY2(ar.text.contains(QStringLiteral("37,500 دينار")), qPrintable(ar.text));
        QVERIFY(ar.text.contains(QStringLiteral("متوفر")));

        const auto th = answer(QStringLiteral("เซรั่มวิตามินซีราคาเท่าไหร่คะ"));
        QVERIFY2(!th.handover, qPrintable(th.reason));
        QVERIFY2(th.text.contains(QStringLiteral("390 บาท")), qPrintable(th.text));

        const auto en = answer(QStringLiteral("how much are the gold earrings?"));
        QVERIFY2(en.text.contains(QStringLiteral("18,500 IQD")), qPrintable(en.text));

        // Out of stock is said; an order is not invited.
        const auto oud = answer(QStringLiteral("اريد اطلب عطر العود"));
        QVERIFY2(oud.text.contains(QStringLiteral("خلص")), qPrintable(oud.text));
        QVERIFY(!oud.text.contains(QStringLiteral("دزلنا")));
        // In stock with purchase intent: the order details are asked for.
        const auto buy = answer(QStringLiteral("อยากได้กระเป๋าผ้าค่ะ"));
        QVERIFY2(buy.text.contains(QStringLiteral("1,290.50 บาท")) && buy.text.contains(QStringLiteral("ที่อยู่")),
                 qPrintable(buy.text));
    }

    void responderAnswersFaqs()
    {
        const auto basra = answer(QStringLiteral("اكو توصيل للبصرة؟"));
        QVERIFY2(basra.text.contains(QStringLiteral("٢-٣ أيام")), qPrintable(basra.text));
        const auto cm = answer(QStringLiteral("ส่งเชียงใหม่กี่วันคะ"));
        QVERIFY2(cm.text.contains(QStringLiteral("1-2 วัน")), qPrintable(cm.text));
    }

    void responderHandsOverWhenItCannotAnswer()
    {
        QVERIFY(answer(QStringLiteral("اريد احجي ويا موظف")).handover);
        QVERIFY(answer(QStringLiteral("ของแตกมาค่ะ ขอคืนเงิน")).handover);
        QVERIFY(answer(QStringLiteral("where is my order??")).handover);
        const auto unknown = answer(QStringLiteral("how much is the blue umbrella"));
        QVERIFY(unknown.handover);
        QVERIFY(unknown.reason.contains(QStringLiteral("no product")));
        QVERIFY(answer(QStringLiteral("price of the silk scarf?")).handover); // no price on file
        const auto hi = answer(QStringLiteral("هلو"));
        QVERIFY(!hi.handover);
        QVERIFY(!hi.text.isEmpty());
    }

    void storeRejectsNonsense()
    {
        KnowledgeItem nameless;
        QCOMPARE(m_store.saveKnowledgeItem(nameless), 0);
        KnowledgeItem negative;
        negative.name = QStringLiteral("x");
        negative.price = -5;
        QCOMPARE(m_store.saveKnowledgeItem(negative), 0);
        QVERIFY(m_store.findKnowledge(QStringLiteral("\"NEAR( *")).isEmpty()); // FTS syntax is inert
    }
};

QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
