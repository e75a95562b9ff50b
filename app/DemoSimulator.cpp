#include "DemoSimulator.h"

#include "common/Signatures.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSimulator, "wasel.app.demo.simulator")

namespace wasel::app {

DemoSimulator::DemoSimulator(const QJsonArray &script, const QJsonArray &accounts, quint16 port,
                             const SimulatorSecrets &secrets, QObject *parent)
    : QObject(parent)
    , m_script(script)
    , m_port(port)
    , m_secrets(secrets)
{
    for (const QJsonValue &v : accounts)
        m_accounts.insert(v.toObject().value(QLatin1String("key")).toString(), v.toObject());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DemoSimulator::postNext);
}

void DemoSimulator::start(double pace)
{
    m_pace = pace;
    m_next = 0;
    if (!m_script.isEmpty())
        m_timer.start(
            qRound(m_script.at(0).toObject().value(QLatin1String("delay_seconds")).toDouble(5) * 1000 * m_pace));
}

static QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

DemoSimulator::Request DemoSimulator::requestFor(const QJsonObject &entry, int sequence) const
{
    const QJsonObject account = m_accounts.value(entry.value(QLatin1String("account")).toString());
    const QString channel = account.value(QLatin1String("channel")).toString();
    const QString accountId = account.value(QLatin1String("external_id")).toString();
    const QJsonObject customer = entry.value(QLatin1String("customer")).toObject();
    const QString customerId = customer.value(QLatin1String("external_id")).toString();
    const QString customerName = customer.value(QLatin1String("name")).toString();
    const QString text = entry.value(QLatin1String("text")).toString();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString id = QStringLiteral("demo-%1-%2").arg(nowMs).arg(sequence);

    Request request;
    if (channel == QLatin1String("messenger") || channel == QLatin1String("instagram")) {
        const QJsonObject event{
            {QStringLiteral("sender"), QJsonObject{{QStringLiteral("id"), customerId}}},
            {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("id"), accountId}}},
            {QStringLiteral("timestamp"), double(nowMs)},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("mid"), QStringLiteral("m_") + id}, {QStringLiteral("text"), text}}},
        };
        request.body = compact(QJsonObject{
            {QStringLiteral("object"),
             channel == QLatin1String("messenger") ? QStringLiteral("page") : QStringLiteral("instagram")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), accountId},
                                    {QStringLiteral("time"), double(nowMs)},
                                    {QStringLiteral("messaging"), QJsonArray{event}}}}},
        });
    } else if (channel == QLatin1String("whatsapp")) {
        const QJsonObject value{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phone_number_id"), accountId}}},
            {QStringLiteral("contacts"),
             QJsonArray{QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), customerName}}},
                                    {QStringLiteral("wa_id"), customerId}}}},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("from"), customerId},
                                    {QStringLiteral("id"), QStringLiteral("wamid.") + id},
                                    {QStringLiteral("timestamp"), QString::number(nowMs / 1000)},
                                    {QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}}}},
        };
        request.body = compact(QJsonObject{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("demo-waba")},
                                    {QStringLiteral("changes"),
                                     QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                            {QStringLiteral("value"), value}}}}}}},
        });
    }
    if (!request.body.isEmpty()) {
        request.path = "/webhooks/meta";
        request.headers = {
            {"Content-Type", "application/json"},
            {"X-Hub-Signature-256", channels::signatures::metaSignature(m_secrets.metaAppSecret, request.body)}};
        return request;
    }

    if (channel == QLatin1String("twilio_whatsapp")) {
        const channels::signatures::FormFields fields{
            {QStringLiteral("MessageSid"), QStringLiteral("SM") + id},
            {QStringLiteral("From"), QStringLiteral("whatsapp:") + customerId},
            {QStringLiteral("To"), QStringLiteral("whatsapp:") + accountId},
            {QStringLiteral("ProfileName"), customerName},
            {QStringLiteral("Body"), text},
            {QStringLiteral("NumMedia"), QStringLiteral("0")},
            {QStringLiteral("SmsStatus"), QStringLiteral("received")},
        };
        QUrlQuery form;
        for (const auto &[name, value] : fields)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        request.path = "/webhooks/twilio";
        request.body = form.query(QUrl::FullyEncoded).toLatin1();
        const QString url = QStringLiteral("http://127.0.0.1:%1/webhooks/twilio").arg(m_port);
        request.headers = {
            {"Content-Type", "application/x-www-form-urlencoded"},
            {"X-Twilio-Signature", channels::signatures::twilioSignature(m_secrets.twilioAuthToken, url, fields)}};
    } else if (channel == QLatin1String("email")) {
        const QByteArray boundary = "wasel-demo-boundary";
        auto part = [&](const char *name, const QString &value) {
            return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                + value.toUtf8() + "\r\n";
        };
        const QString from = QStringLiteral("%1 <%2>").arg(customerName, customerId);
        request.body = part("headers",
                            QStringLiteral("Message-ID: <%1@demo.example>\nSubject: %2\n")
                                .arg(id, entry.value(QLatin1String("subject")).toString()))
            + part("from", from) + part("to", accountId)
            + part("subject", entry.value(QLatin1String("subject")).toString()) + part("text", text)
            + part("envelope",
                   QString::fromUtf8(compact(QJsonObject{{QStringLiteral("to"), QJsonArray{accountId}},
                                                         {QStringLiteral("from"), customerId}})))
            + "--" + boundary + "--\r\n";
        request.path =
            "/webhooks/sendgrid?token=" + QUrl::toPercentEncoding(QString::fromLatin1(m_secrets.sendgridToken));
        request.headers = {{"Content-Type", "multipart/form-data; boundary=" + boundary}};
    } else if (channel == QLatin1String("manychat")) {
        request.body = compact(QJsonObject{
            {QStringLiteral("id"), customerId},
            {QStringLiteral("page_id"), accountId},
            {QStringLiteral("name"), customerName},
            {QStringLiteral("last_input_text"), text},
            {QStringLiteral("last_interaction"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        });
        request.path = "/webhooks/manychat";
        request.headers = {{"Content-Type", "application/json"}, {"X-Wasel-Token", m_secrets.manychatSecret}};
    }
    return request;
}

void DemoSimulator::postNext()
{
    if (m_next >= m_script.size()) {
        Q_EMIT finished();
        return;
    }
    const int index = m_next++;
    const Request r = requestFor(m_script.at(index).toObject(), index);
    auto scheduleNext = [this] {
        if (m_next < m_script.size())
            m_timer.start(qRound(m_script.at(m_next).toObject().value(QLatin1String("delay_seconds")).toDouble(5) * 1000
                                 * m_pace));
        else
            Q_EMIT finished();
    };
    if (r.path.isEmpty()) {
        qCDebug(lcSimulator) << "entry" << index << "has no webhook (website chat arrives over its socket)";
        return scheduleNext();
    }
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port) + QString::fromLatin1(r.path)));
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.post(request, r.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, index, scheduleNext] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            qCWarning(lcSimulator) << "demo message" << index << "got" << status << reply->readAll();
        reply->deleteLater();
        Q_EMIT posted(index, status);
        scheduleNext();
    });
}

} // namespace wasel::app
