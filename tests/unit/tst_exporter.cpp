// `wasel export`: one line per message with the documented fields, in JSON Lines and CSV.

#include "Exporter.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel::models;
using namespace wasel::app;
using wasel::tests::customerText;

class TestExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    QByteArray run(ExportFormat format)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const ExportResult r = exportMessages(m_store, format, buffer);
        [&] { QVERIFY2(r.ok, qPrintable(r.error)); }();
        return buffer.data();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("export.sqlite"))));
        const QDateTime at = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
        const auto r =
            m_store.apply(customerText(ChannelKind::TwilioWhatsApp, QStringLiteral("whatsapp:+9647701234567"),
                                       QStringLiteral("شكد السعر، \"الأسود\"؟\nوياه توصيل"), QStringLiteral("SM123"),
                                       at, QStringLiteral("Ali, Baghdad")));
        m_store.enqueueOutbound(r.conversationId, QStringLiteral("٢٥ ألف عيوني"), SenderKind::Agent,
                                QStringLiteral("Sara"), QStringLiteral("c1"));
        // Staff sent the AI's draft after editing it: exported as theirs, marked as the AI's draft.
        OutboundContent edited{QStringLiteral("يوصل باچر"), {}, {}, {}};
        edited.aiDraft = AiDraft::Edited;
        m_store.enqueueOutbound(r.conversationId, edited, SenderKind::Agent, QStringLiteral("Sara"),
                                QStringLiteral("c2"));
    }

    void jsonLines()
    {
        const QList<QByteArray> lines = run(ExportFormat::JsonLines).split('\n');
        QCOMPARE(lines.size(), 4); // three messages and the final newline
        QVERIFY(lines.last().isEmpty());
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(first.value(QStringLiteral("channel")).toString(), QStringLiteral("twilio_whatsapp"));
        QCOMPARE(first.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QCOMPARE(first.value(QStringLiteral("sender")).toString(), QStringLiteral("customer"));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
        QCOMPARE(first.value(QStringLiteral("external_id")).toString(), QStringLiteral("SM123"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(first.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-20T09:30:00.000Z"));
        QVERIFY(first.value(QStringLiteral("conversation")).toInteger() > 0);
        const QJsonObject customer = first.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("name")).toString(), QStringLiteral("Ali, Baghdad"));
        QVERIFY(customer.value(QStringLiteral("id")).toInteger() > 0);
        const QJsonArray identities = customer.value(QStringLiteral("identities")).toArray();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.at(0).toObject().value(QStringLiteral("external_id")).toString(),
                 QStringLiteral("whatsapp:+9647701234567"));
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value(QStringLiteral("sender")).toString(), QStringLiteral("agent"));
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QVERIFY(second.value(QStringLiteral("external_id")).isNull());
        QVERIFY(second.value(QStringLiteral("ai_draft")).isNull());
        const QJsonObject third = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(third.value(QStringLiteral("sender")).toString(), QStringLiteral("agent"));
        QCOMPARE(third.value(QStringLiteral("ai_draft")).toString(), QStringLiteral("edited"));
    }

    void csvQuotesWhatNeedsQuoting()
    {
        const QString csv = QString::fromUtf8(run(ExportFormat::Csv));
        QVERIFY(csv.startsWith(
            QStringLiteral("conversation,channel,customer_id,customer_name,customer_identities,direction,"
                           "sender,ai_draft,kind,text,external_id,status,created_at\r\n")));
        QVERIFY(csv.contains(QStringLiteral("\"Ali, Baghdad\"")));
        QVERIFY(csv.contains(QStringLiteral("\"شكد السعر، \"\"الأسود\"\"؟\nوياه توصيل\"")));
        QVERIFY(csv.contains(QStringLiteral("twilio_whatsapp:whatsapp:+9647701234567")));
        QVERIFY(csv.contains(QStringLiteral(",agent,edited,text,")));
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 4);
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
