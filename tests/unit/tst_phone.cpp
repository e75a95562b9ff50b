// One person, one phone: every way a number arrives becomes the same E.164 identity.

#include "domain/Phone.h"

#include <QtTest>

using wasel::models::normalizePhone;

class TestPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString iraq = QStringLiteral("+9647701234567");
        QTest::newRow("e164") << iraq << iraq;
        QTest::newRow("twilio") << QStringLiteral("whatsapp:+9647701234567") << iraq;
        QTest::newRow("wa_id") << QStringLiteral("9647701234567") << iraq;
        QTest::newRow("spaces") << QStringLiteral(" +964 770 123 4567 ") << iraq;
        QTest::newRow("dashes") << QStringLiteral("+964-770-123-4567") << iraq;
        QTest::newRow("00") << QStringLiteral("00964 770 123 4567") << iraq;
        QTest::newRow("arabic digits") << QStringLiteral("+٩٦٤٧٧٠١٢٣٤٥٦٧") << iraq;
        QTest::newRow("thai digits") << QStringLiteral("+๖๖๘๑๒๓๔๕๖๗๘") << QStringLiteral("+66812345678");
        QTest::newRow("thai") << QStringLiteral("+66 81 234 5678") << QStringLiteral("+66812345678");
        QTest::newRow("local") << QStringLiteral("07701234567") << QString();
        QTest::newRow("letters") << QStringLiteral("+964 770 CALL ME") << QString();
        QTest::newRow("too long") << QStringLiteral("+1234567890123456") << QString();
        QTest::newRow("too short") << QStringLiteral("+12345") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("two plus") << QStringLiteral("++9647701234567") << QString();
    }
    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalizePhone(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
