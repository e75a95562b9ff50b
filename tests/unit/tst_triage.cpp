// Intent and language on the labeled set in tests/data/intents.tsv (Iraqi Arabic, Thai, English).
// Prints the accuracy per language; fails below the bar, and on any wrong language.

#include "Triage.h"

#include <QFile>
#include <QtTest>

using namespace wasel::app;

class TestTriage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labeledSet()
    {
        QFile file(QStringLiteral(WASEL_SOURCE_DIR "/tests/data/intents.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QHash<QString, int> total, right;
        QStringList misses, missedHandovers;
        int lines = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList cols = line.split(u'\t');
            QCOMPARE(cols.size(), 3);
            ++lines;
            const Triage t = triage(cols[2]);
            QCOMPARE(t.language, cols[0]); // language detection must be exact
            total[cols[0]] += 1;
            const bool wantsPerson =
                cols[1] == QLatin1String("human_requested") || cols[1] == QLatin1String("complaint");
            if (wantsPerson && !t.handover)
                missedHandovers.append(cols[2]);
            if (toString(t.intent) == cols[1])
                right[cols[0]] += 1;
            else
                misses.append(QStringLiteral("  %1 expected %2, got %3 (cue \"%4\"): %5")
                                  .arg(cols[0], cols[1], toString(t.intent), t.cue, cols[2]));
        }
        QVERIFY(lines >= 90);
        int allRight = 0;
        for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("th"), QStringLiteral("en")}) {
            QVERIFY(total[lang] >= 30);
            allRight += right[lang];
            qInfo().noquote() << QStringLiteral("intent accuracy %1: %2/%3 = %4%")
                                     .arg(lang)
                                     .arg(right[lang])
                                     .arg(total[lang])
                                     .arg(100.0 * right[lang] / total[lang], 0, 'f', 1);
        }
        qInfo().noquote() << QStringLiteral("intent accuracy overall: %1/%2 = %3%")
                                 .arg(allRight)
                                 .arg(lines)
                                 .arg(100.0 * allRight / lines, 0, 'f', 1);
        if (!misses.isEmpty())
            qInfo().noquote() << QStringLiteral("misses:\n") + misses.join(u'\n');
        // The bar: 85% per language. With about 40 messages a language, one miss costs 2.5 points,
        // so the bar allows 6 misses in each — misses between neighbouring intents (a price
        // question read as an order) that only change a label. What the bar cannot allow is a
        // missed handover, checked on its own below.
        for (const QString &lang : {QStringLiteral("ar"), QStringLiteral("th"), QStringLiteral("en")})
            QVERIFY2(right[lang] * 100 >= total[lang] * 85, qPrintable(lang));
        // A customer who asks for a person or complains is never left with the AI.
        QVERIFY2(missedHandovers.isEmpty(), qPrintable(missedHandovers.join(u'\n')));
    }

    void handoverFollowsTheIntent()
    {
        QVERIFY(triage(u"اريد احجي ويا موظف").handover);
        QVERIFY(triage(u"ของแตกมาค่ะ ขอคืนเงิน").handover);
        QVERIFY(!triage(u"how much is it?").handover);
        QVERIFY(triage(u"where is my order 😡").handover); // strongly negative: a person answers
        QVERIFY(triage(u"WHY NO ANSWER!!!").handover);
        QVERIFY(!triage(u"thank you!!!").handover);
        QCOMPARE(toString(triage(u"").intent), QStringLiteral("other"));
        QCOMPARE(triage(u"").language, QStringLiteral("en"));
        QCOMPARE(triage(u"😀😀").language, QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
