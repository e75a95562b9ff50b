// The command line: modes, required options and clear errors for bad input.

#include "CommandLine.h"

#include <QTest>

using wasel::app::CommandLine;
using wasel::app::parseCommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static CommandLine parse(const QStringList &args)
    {
        return parseCommandLine(QStringList{QStringLiteral("wasel")} + args);
    }

private Q_SLOTS:
    void desktopByDefault()
    {
        const CommandLine cl = parse({});
        QVERIFY(cl.error.isEmpty());
        QCOMPARE(cl.mode, CommandLine::Mode::Desktop);
        QCOMPARE(cl.listenPort, quint16(8787));
        QCOMPARE(cl.listenAddress, QStringLiteral("127.0.0.1"));
    }

    void demoInArabic()
    {
        const CommandLine cl = parse({QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("ar")});
        QVERIFY(cl.error.isEmpty());
        QVERIFY(cl.demo);
        QCOMPARE(cl.language, QStringLiteral("ar"));
        QVERIFY(!parse({QStringLiteral("--lang"), QStringLiteral("fr")}).error.isEmpty());
    }

    // The inbox benchmark's probes: a report file, and a conversation to open only with one.
    void benchProbes()
    {
        const CommandLine cl =
            parse({QStringLiteral("--data-dir"), QStringLiteral("d"), QStringLiteral("--bench-report"),
                   QStringLiteral("r.txt"), QStringLiteral("--bench-open"), QStringLiteral("42")});
        QVERIFY2(cl.error.isEmpty(), qPrintable(cl.error));
        QCOMPARE(cl.mode, CommandLine::Mode::Desktop);
        QCOMPARE(cl.benchReport, QStringLiteral("r.txt"));
        QCOMPARE(cl.benchOpen, qint64(42));
        QVERIFY(!parse({QStringLiteral("--bench-open"), QStringLiteral("42")}).error.isEmpty());
        QVERIFY(!parse({QStringLiteral("--bench-report"), QStringLiteral("r.txt"), QStringLiteral("--bench-open"),
                        QStringLiteral("x")})
                     .error.isEmpty());
        QVERIFY(!cl.helpText.contains(QStringLiteral("bench")));
    }

    void exportNeedsDirAndFormat()
    {
        const CommandLine ok = parse({QStringLiteral("export"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/w"),
                                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                                      QStringLiteral("o.csv")});
        QVERIFY(ok.error.isEmpty());
        QCOMPARE(ok.mode, CommandLine::Mode::Export);
        QCOMPARE(ok.exportFormat, QStringLiteral("csv"));
        QCOMPARE(ok.outputFile, QStringLiteral("o.csv"));
        QVERIFY(!parse({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")}).error.isEmpty());
        QVERIFY(!parse({QStringLiteral("export"), QStringLiteral("--data-dir"), QStringLiteral("d"),
                        QStringLiteral("--format"), QStringLiteral("xml")})
                     .error.isEmpty());
    }

    void headlessAndListen()
    {
        const CommandLine cl = parse({QStringLiteral("--headless"), QStringLiteral("--data-dir"), QStringLiteral("d"),
                                      QStringLiteral("--listen"), QStringLiteral("0.0.0.0:9000")});
        QVERIFY(cl.error.isEmpty());
        QCOMPARE(cl.mode, CommandLine::Mode::Headless);
        QCOMPARE(cl.listenAddress, QStringLiteral("0.0.0.0"));
        QCOMPARE(cl.listenPort, quint16(9000));
        QVERIFY(parse({QStringLiteral("--headless"), QStringLiteral("--data-dir"), QStringLiteral("d"),
                       QStringLiteral("--listen"), QStringLiteral("[::1]:0")})
                    .error.isEmpty());
        QVERIFY(!parse({QStringLiteral("--headless")}).error.isEmpty());
        for (const char *bad : {"localhost", "1.2.3.4:99999", "nothost:80", ":80"}) {
            QVERIFY2(!parse({QStringLiteral("--headless"), QStringLiteral("--data-dir"), QStringLiteral("d"),
                             QStringLiteral("--listen"), QString::fromLatin1(bad)})
                          .error.isEmpty(),
                     bad);
        }
    }

    void knowledgeBaseAndTriage()
    {
        const CommandLine import = parse({QStringLiteral("kb"), QStringLiteral("import"), QStringLiteral("--data-dir"),
                                          QStringLiteral("w"), QStringLiteral("products.csv")});
        QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
        QCOMPARE(import.mode, CommandLine::Mode::KbImport);
        QCOMPARE(import.file, QStringLiteral("products.csv"));
        QCOMPARE(parse({QStringLiteral("kb"), QStringLiteral("export"), QStringLiteral("--data-dir"),
                        QStringLiteral("w"), QStringLiteral("out.csv")})
                     .mode,
                 CommandLine::Mode::KbExport);
        QVERIFY(!parse({QStringLiteral("kb"), QStringLiteral("import"), QStringLiteral("x.csv")}).error.isEmpty());
        QVERIFY(!parse({QStringLiteral("kb"), QStringLiteral("delete"), QStringLiteral("--data-dir"),
                        QStringLiteral("w"), QStringLiteral("x.csv")})
                     .error.isEmpty());
        QVERIFY(
            !parse({QStringLiteral("kb"), QStringLiteral("import"), QStringLiteral("--data-dir"), QStringLiteral("w")})
                 .error.isEmpty());

        const CommandLine triage =
            parse({QStringLiteral("triage"), QStringLiteral("شكد سعره؟"), QStringLiteral("hello")});
        QVERIFY(triage.error.isEmpty());
        QCOMPARE(triage.mode, CommandLine::Mode::Triage);
        QCOMPARE(triage.texts, (QStringList{QStringLiteral("شكد سعره؟"), QStringLiteral("hello")}));
        QVERIFY(!parse({QStringLiteral("triage")}).error.isEmpty());
        QVERIFY(!parse({QStringLiteral("export"), QStringLiteral("extra"), QStringLiteral("--data-dir"),
                        QStringLiteral("d"), QStringLiteral("--format"), QStringLiteral("csv")})
                     .error.isEmpty());
        const CommandLine channels =
            parse({QStringLiteral("--headless"), QStringLiteral("--data-dir"), QStringLiteral("d"),
                   QStringLiteral("--channels"), QStringLiteral("channels.json")});
        QCOMPARE(channels.channelsFile, QStringLiteral("channels.json"));
    }

    void send()
    {
        const CommandLine cl = parse({QStringLiteral("send"), QStringLiteral("--conversation"), QStringLiteral("12"),
                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9000"),
                                      QStringLiteral("see"), QStringLiteral("you")});
        QVERIFY2(cl.error.isEmpty(), qPrintable(cl.error));
        QCOMPARE(cl.mode, CommandLine::Mode::Send);
        QCOMPARE(cl.conversationId, 12);
        QCOMPARE(cl.listenPort, 9000);
        QCOMPARE(cl.texts.join(u' '), QStringLiteral("see you"));
        QVERIFY(!parse({QStringLiteral("send"), QStringLiteral("hello")}).error.isEmpty()); // no conversation
        QVERIFY(!parse({QStringLiteral("send"), QStringLiteral("--conversation"), QStringLiteral("x"),
                        QStringLiteral("hello")})
                     .error.isEmpty());
        QVERIFY(!parse({QStringLiteral("send"), QStringLiteral("--conversation"), QStringLiteral("3")})
                     .error.isEmpty()); // no text
    }

    void replayAndUnknown()
    {
        const CommandLine cl = parse(
            {QStringLiteral("replay"), QStringLiteral("--data-dir"), QStringLiteral("d"), QStringLiteral("--failed")});
        QCOMPARE(cl.mode, CommandLine::Mode::Replay);
        QVERIFY(cl.failedOnly);
        QVERIFY(!parse({QStringLiteral("frobnicate")}).error.isEmpty());
        QVERIFY(!parse({QStringLiteral("--no-such-option")}).error.isEmpty());
        QCOMPARE(parse({QStringLiteral("--help")}).mode, CommandLine::Mode::Help);
        QCOMPARE(parse({QStringLiteral("--version")}).mode, CommandLine::Mode::Version);
        QVERIFY(!parse({QStringLiteral("--quit-after"), QStringLiteral("soon")}).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
