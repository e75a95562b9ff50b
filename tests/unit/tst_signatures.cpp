// Webhook authentication against the vectors of API_CONTRACTS.md §8: the SDKs' own vectors, the
// documented worked example, and the signatures computed over every fixture file.

#include "common/Signatures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace wasel::channels::signatures;

static QJsonObject vectors(const char *name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

static QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WASEL_SPEC_DIR "/fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

static FormFields fieldsOf(const QJsonObject &params)
{
    FormFields fields;
    for (auto it = params.begin(); it != params.end(); ++it)
        fields.append({it.key(), it.value().toString()});
    return fields;
}

class TestSignatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantTime()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals("", ""));
    }

    void metaSdkVector()
    {
        const QJsonObject v = vectors("meta_signature_vectors.json").value(QLatin1String("sdk_vector")).toObject();
        const QByteArray secret = v.value(QLatin1String("app_secret")).toString().toUtf8();
        const QByteArray body = v.value(QLatin1String("body")).toString().toUtf8();
        const QByteArray header = v.value(QLatin1String("header")).toString().toUtf8();
        QCOMPARE(metaSignature(secret, body), header);
        QVERIFY(verifyMeta(secret, body, header).ok);
        QVERIFY(verifyMeta(secret, body, header.toUpper().replace("SHA256=", "sha256=")).ok); // hex case
    }

    void metaFixtureSignatures()
    {
        const QJsonObject v =
            vectors("meta_signature_vectors.json").value(QLatin1String("fixture_signatures_self_computed")).toObject();
        const QByteArray secret = v.value(QLatin1String("app_secret")).toString().toUtf8();
        const QJsonObject signatures = v.value(QLatin1String("signatures")).toObject();
        QVERIFY(signatures.size() >= 10);
        for (auto it = signatures.begin(); it != signatures.end(); ++it) {
            const QByteArray body = fixture(it.key());
            const QByteArray header = it.value().toString().toUtf8();
            QVERIFY2(verifyMeta(secret, body, header).ok, qPrintable(it.key()));
            QByteArray tampered = body;
            tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'x' ? 'y' : 'x';
            QVERIFY2(!verifyMeta(secret, tampered, header).ok, qPrintable(it.key()));
            QVERIFY(!verifyMeta("wrong_secret", body, header).ok);
        }
    }

    void metaRefusals_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("missing");
        QTest::newRow("no prefix") << QByteArray(64, 'a') << QStringLiteral("malformed");
        QTest::newRow("sha1") << QByteArray("sha1=" + QByteArray(40, 'a')) << QStringLiteral("malformed");
        QTest::newRow("short") << QByteArray("sha256=abc") << QStringLiteral("malformed");
        QTest::newRow("not hex") << QByteArray("sha256=" + QByteArray(64, 'z')) << QStringLiteral("malformed");
        QTest::newRow("wrong") << QByteArray("sha256=" + QByteArray(64, 'a')) << QStringLiteral("does not match");
    }

    void metaRefusals()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, reason);
        const Verdict verdict = verifyMeta("TEST_APP_SECRET", "test", header);
        QVERIFY(!verdict.ok);
        QVERIFY2(verdict.reason.contains(reason), qPrintable(verdict.reason));
        QVERIFY(!verdict.reason.contains(QLatin1String("TEST_APP_SECRET")));
        QVERIFY(!verifyMeta("", "test", metaSignature("", "test")).ok); // no secret configured: never accepted
    }

    void twilioSdkVectors()
    {
        const QJsonObject all = vectors("twilio_signature_vectors.json");
        const QJsonObject a = all.value(QLatin1String("A_sdk_tests")).toObject();
        const QByteArray token = a.value(QLatin1String("auth_token")).toString().toUtf8();
        const FormFields fields = fieldsOf(a.value(QLatin1String("params")).toObject());
        const QString url = a.value(QLatin1String("url")).toString();
        const QByteArray expected = a.value(QLatin1String("expected_signature")).toString().toUtf8();
        QCOMPARE(twilioSignature(token, url, fields), expected);
        QVERIFY(verifyTwilio(token, url, fields, expected).ok);

        // Twilio may have signed the URL with or without the port: each variant verifies against
        // the URL as configured, and the configured URL verifies against each variant.
        const QJsonObject ports = a.value(QLatin1String("port_variants")).toObject();
        QCOMPARE(ports.size(), 5);
        for (auto it = ports.begin(); it != ports.end(); ++it) {
            const QByteArray signature = it.value().toString().toUtf8();
            QCOMPARE(twilioSignature(token, it.key(), fields), signature);
            QVERIFY2(verifyTwilio(token, it.key(), fields, signature).ok, qPrintable(it.key()));
        }
        QVERIFY(verifyTwilio(
                    token, url, fields,
                    ports.value(QLatin1String("https://mycompany.com:443/myapp.php?foo=1&bar=2")).toString().toUtf8())
                    .ok);
        QVERIFY(verifyTwilio(token, QStringLiteral("https://user:pass@mycompany.com/myapp.php?foo=1&bar=2"), fields,
                             ports.value(QLatin1String("https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2"))
                                 .toString()
                                 .toUtf8())
                    .ok);
        // A non-default port is not interchangeable with another.
        QVERIFY(!verifyTwilio(
                     token, QStringLiteral("http://mycompany.com:8080/myapp.php?foo=1&bar=2"), fields,
                     ports.value(QLatin1String("http://mycompany.com:1234/myapp.php?foo=1&bar=2")).toString().toUtf8())
                     .ok);

        const QJsonObject b = all.value(QLatin1String("B_docs_worked_example")).toObject();
        QCOMPARE(twilioSignature(token, b.value(QLatin1String("url")).toString(),
                                 fieldsOf(b.value(QLatin1String("params")).toObject())),
                 b.value(QLatin1String("expected_signature")).toString().toUtf8());

        const QJsonObject c = all.value(QLatin1String("C_duplicate_keys")).toObject();
        FormFields multi;
        for (const QJsonValue pair : c.value(QLatin1String("params_multi")).toArray())
            multi.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
        QCOMPARE(twilioSignature(token, c.value(QLatin1String("url")).toString(), multi),
                 c.value(QLatin1String("expected_signature")).toString().toUtf8());

        // JSON-bodied webhooks sign the URL (with bodySHA256) and no parameters.
        const QJsonObject dj = all.value(QLatin1String("D_json_body")).toObject();
        QCOMPARE(twilioSignature(token, dj.value(QLatin1String("url")).toString(), {}),
                 dj.value(QLatin1String("expected_signature")).toString().toUtf8());
        QCOMPARE(twilioSignature(token, dj.value(QLatin1String("url_only_sha")).toString(), {}),
                 dj.value(QLatin1String("expected_signature_url_only_sha")).toString().toUtf8());
    }

    void twilioFixtureSignatures()
    {
        const QJsonObject e = vectors("twilio_signature_vectors.json")
                                  .value(QLatin1String("E_fixture_signatures_self_computed"))
                                  .toObject();
        const QByteArray token = e.value(QLatin1String("auth_token")).toString().toUtf8();
        const QString url = e.value(QLatin1String("url")).toString();
        const QJsonObject signatures = e.value(QLatin1String("signatures")).toObject();
        QCOMPARE(signatures.size(), 5);
        for (auto it = signatures.begin(); it != signatures.end(); ++it) {
            const auto fields = parseForm(fixture(it.key()).trimmed());
            QVERIFY2(fields.has_value(), qPrintable(it.key()));
            const QByteArray signature = it.value().toString().toUtf8();
            QVERIFY2(verifyTwilio(token, url, *fields, signature).ok, qPrintable(it.key()));
            QVERIFY(!verifyTwilio(token, url + QLatin1String("&x=1"), *fields, signature).ok);
            FormFields tampered = *fields;
            tampered.append({QStringLiteral("Body"), QStringLiteral("changed")});
            QVERIFY(!verifyTwilio(token, url, tampered, signature).ok);
        }
    }

    void twilioRefusals()
    {
        const FormFields fields{{QStringLiteral("A"), QStringLiteral("1")}};
        const QString url = QStringLiteral("https://inbox.example.com/webhooks/twilio");
        QVERIFY(verifyTwilio("t", url, fields, "").reason.contains(QLatin1String("missing")));
        QVERIFY(verifyTwilio("t", url, fields, "not base64!").reason.contains(QLatin1String("malformed")));
        QVERIFY(verifyTwilio("t", url, fields, "AAAA").reason.contains(QLatin1String("malformed"))); // 3 bytes
        QVERIFY(verifyTwilio("t", url, fields, QByteArray(20, 'a').toBase64())
                    .reason.contains(QLatin1String("does not match")));
        QVERIFY(verifyTwilio("", url, fields, twilioSignature("", url, fields))
                    .reason.contains(QLatin1String("no Twilio")));
        QVERIFY(verifyTwilio("t", QString(), fields, twilioSignature("t", QString(), fields))
                    .reason.contains(QLatin1String("public URL")));
    }

    void formDecoding()
    {
        const auto fields = parseForm("Body=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7+there&Empty=&Flag&To=whatsapp%3A%2B1");
        QVERIFY(fields.has_value());
        QCOMPARE(fields->size(), 4);
        QCOMPARE(fields->at(0).second, QStringLiteral("مرحبا there"));
        QCOMPARE(fields->at(1).second, QString());
        QCOMPARE(fields->at(2).first, QStringLiteral("Flag"));
        QCOMPARE(fields->at(3).second, QStringLiteral("whatsapp:+1"));
        QVERIFY(parseForm("").has_value());
        QVERIFY(!parseForm("a=%ZZ").has_value());
        QVERIFY(!parseForm("a=%4").has_value());
        QVERIFY(!parseForm("a=%FF%FE").has_value()); // not UTF-8
        QVERIFY(!parseForm("=value").has_value());
    }
};

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
