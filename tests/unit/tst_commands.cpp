// `wasel kb import|export` and `wasel triage`, run as the command line runs them.

#include "Commands.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QBuffer>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel::app;

class TestCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static CommandLine command(const QStringList &args)
    {
        CommandLine cl = parseCommandLine(QStringList{QStringLiteral("wasel")} + args);
        if (!cl.error.isEmpty())
            qWarning() << cl.error;
        return cl;
    }

private Q_SLOTS:
    void knowledgeBaseRoundTrip()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("shop"));
        QByteArray outBytes, errBytes;
        QBuffer out(&outBytes), err(&errBytes);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QCOMPARE(
            runKnowledgeCommand(command({QStringLiteral("kb"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                                         workspace, QStringLiteral(WASEL_SOURCE_DIR "/tests/data/knowledge.csv")}),
                                out, err),
            0);
        QVERIFY2(outBytes.startsWith("imported 9 item(s)"), outBytes.constData());
        QVERIFY(errBytes.isEmpty());

        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(runKnowledgeCommand(command({QStringLiteral("kb"), QStringLiteral("export"),
                                              QStringLiteral("--data-dir"), workspace, csv}),
                                     out, err),
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFkind,name,price,currency,description,stock,tags\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("جنطة جلد سوداء")));

        // Exporting a workspace that does not exist is an error, and creates nothing.
        errBytes.clear();
        err.seek(0);
        const QString missing = m_dir.filePath(QStringLiteral("nowhere"));
        QCOMPARE(runKnowledgeCommand(command({QStringLiteral("kb"), QStringLiteral("export"),
                                              QStringLiteral("--data-dir"), missing, csv}),
                                     out, err),
                 1);
        QVERIFY(errBytes.contains("no workspace"));
        QVERIFY(!QFile::exists(missing));
    }

    void triagePrintsOneJsonObjectPerText()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("rules"));
        {
            wasel::models::Store store;
            QVERIFY(QDir().mkpath(workspace));
            QVERIFY(store.open(QDir(workspace).filePath(QStringLiteral("wasel.sqlite"))));
            wasel::models::RoutingRuleRecord rule;
            rule.name = QStringLiteral("complaints to Noor");
            rule.definitionJson =
                QStringLiteral("{\"when\":{\"intents\":[\"complaint\"]},\"then\":{\"assign\":\"Noor\"}}");
            QVERIFY(store.saveRoutingRule(rule));
        }
        QByteArray outBytes, errBytes;
        QBuffer out(&outBytes), err(&errBytes);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QCOMPARE(runTriageCommand(command({QStringLiteral("triage"), QStringLiteral("--data-dir"), workspace,
                                           QStringLiteral("القطعة وصلت مكسورة"), QStringLiteral("ราคาเท่าไหร่คะ"),
                                           QStringLiteral("can I talk to a human?")}),
                                  out, err),
                 0);
        const QList<QByteArray> lines = outBytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const auto first = nlohmann::json::parse(lines[0].toStdString());
        QCOMPARE(QString::fromStdString(first["text"].get<std::string>()), QStringLiteral("القطعة وصلت مكسورة"));
        QCOMPARE(QString::fromStdString(first["language"].get<std::string>()), QStringLiteral("ar"));
        QCOMPARE(QString::fromStdString(first["intent"].get<std::string>()), QStringLiteral("complaint"));
        QCOMPARE(first["handover"].get<bool>(), true);
        QCOMPARE(first["rules"].size(), size_t(1));
        const auto second = nlohmann::json::parse(lines[1].toStdString());
        QCOMPARE(QString::fromStdString(second["intent"].get<std::string>()), QStringLiteral("price_inquiry"));
        QCOMPARE(second["handover"].get<bool>(), false);
        QVERIFY(second["rules"].empty());
        QCOMPARE(QString::fromStdString(nlohmann::json::parse(lines[2].toStdString())["intent"].get<std::string>()),
                 QStringLiteral("human_requested"));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
