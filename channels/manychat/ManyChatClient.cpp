#include "ManyChatClient.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace wasel::channels {

using Json = nlohmann::json;

namespace {

Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

// Subscriber ids are 16+ digit integers; they must leave as JSON numbers, never through a double.
std::optional<Json> subscriberNumber(const QString &id)
{
    bool ok = false;
    const qulonglong n = id.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Json(static_cast<std::uint64_t>(n));
}

QString describeError(const Json &root)
{
    QString message = root.is_object() && root.value("message", Json()).is_string()
        ? QString::fromStdString(root["message"].get<std::string>())
        : QString();
    QStringList details;
    if (root.is_object() && root.contains("details") && root["details"].is_object()) {
        const Json &d = root["details"];
        if (d.contains("messages") && d["messages"].is_array()) {
            for (const Json &m : d["messages"]) {
                if (m.is_object() && m.value("message", Json()).is_string())
                    details.append(QString::fromStdString(m["message"].get<std::string>()));
            }
        }
    }
    if (!details.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(": ")) + details.join(QStringLiteral("; "));
    return message;
}

} // namespace

ManyChatClient::ManyChatClient(QNetworkAccessManager *network, const ApiEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
{
}

ManyChatResult ManyChatClient::read(const HttpResponse &response)
{
    ManyChatResult result;
    const Json root = parse(response.body);
    const bool success = root.is_object() && root.value("status", Json()) == "success";
    if (response.isSuccess() && success) {
        result.ok = true;
        result.data = QByteArray::fromStdString(root.value("data", Json::object()).dump());
        return result;
    }
    const QString message = describeError(root);
    if (response.isSuccess()) { // HTTP 200 with status "error": ManyChat's final word
        result.error = message.isEmpty() ? tr("ManyChat answered with an error") : tr("ManyChat: %1").arg(message);
        return result;
    }
    const SendResult verdict =
        classifyFailure(response, message.isEmpty() ? QString() : tr("ManyChat: %1").arg(message));
    result.retryable = verdict.outcome == SendResult::Outcome::Retry;
    result.retryAfter = verdict.retryAfter;
    result.error = verdict.error;
    return result;
}

void ManyChatClient::call(const QString &key, const QByteArray &verb, const QString &path, const QString &subscriberId,
                          const QByteArray &body, Done done)
{
    QUrl url = m_endpoint.baseUrl;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QString endpoint = path.left(query < 0 ? path.size() : query);
    httpCall(m_network, request, verb, body, m_endpoint.timeout,
             [this, subscriberId, endpoint, done = std::move(done)](const HttpResponse &response) {
                 const ManyChatResult result = read(response);
                 Q_EMIT called(subscriberId, endpoint, result.ok,
                               result.ok ? QStringLiteral("HTTP %1 success").arg(response.status)
                                         : QStringLiteral("HTTP %1 %2").arg(response.status).arg(result.error));
                 done(result);
             });
}

void ManyChatClient::sendContent(const QString &key, const QString &subscriberId, const QByteArray &contentJson,
                                 const QString &messageTag, Done done)
{
    const auto id = subscriberNumber(subscriberId);
    const Json content = parse(contentJson);
    if (!id || !content.is_object())
        return done({false, false, {}, {}, tr("ManyChat subscriber %1 or the content is not valid").arg(subscriberId)});
    Json body = {{"subscriber_id", *id}, {"data", {{"version", "v2"}, {"content", content}}}};
    if (!messageTag.isEmpty())
        body["message_tag"] = messageTag.toStdString();
    call(key, "POST", QStringLiteral("/fb/sending/sendContent"), subscriberId, QByteArray::fromStdString(body.dump()),
         std::move(done));
}

void ManyChatClient::getSubscriberInfo(const QString &key, const QString &subscriberId, Done done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subscriber_id"), subscriberId);
    call(key, "GET", QStringLiteral("/fb/subscriber/getInfo?") + query.toString(QUrl::FullyEncoded), subscriberId, {},
         std::move(done));
}

void ManyChatClient::getPageInfo(const QString &key, Done done)
{
    call(key, "GET", QStringLiteral("/fb/page/getInfo"), QString(), {}, std::move(done));
}

void ManyChatClient::addTagByName(const QString &key, const QString &subscriberId, const QString &tag, Done done)
{
    const auto id = subscriberNumber(subscriberId);
    if (!id)
        return done({false, false, {}, {}, tr("ManyChat subscriber %1 is not valid").arg(subscriberId)});
    const Json body = {{"subscriber_id", *id}, {"tag_name", tag.toStdString()}};
    call(key, "POST", QStringLiteral("/fb/subscriber/addTagByName"), subscriberId,
         QByteArray::fromStdString(body.dump()), std::move(done));
}

void ManyChatClient::removeTagByName(const QString &key, const QString &subscriberId, const QString &tag, Done done)
{
    const auto id = subscriberNumber(subscriberId);
    if (!id)
        return done({false, false, {}, {}, tr("ManyChat subscriber %1 is not valid").arg(subscriberId)});
    const Json body = {{"subscriber_id", *id}, {"tag_name", tag.toStdString()}};
    call(key, "POST", QStringLiteral("/fb/subscriber/removeTagByName"), subscriberId,
         QByteArray::fromStdString(body.dump()), std::move(done));
}

void ManyChatClient::setCustomFieldByName(const QString &key, const QString &subscriberId, const QString &field,
                                          const QByteArray &valueJson, Done done)
{
    const auto id = subscriberNumber(subscriberId);
    const Json value = parse(valueJson);
    if (!id || value.is_discarded() || value.is_object() || value.is_array())
        return done({false, false, {}, {}, tr("The value for %1 is not a number, text or yes/no").arg(field)});
    const Json body = {{"subscriber_id", *id}, {"field_name", field.toStdString()}, {"field_value", value}};
    call(key, "POST", QStringLiteral("/fb/subscriber/setCustomFieldByName"), subscriberId,
         QByteArray::fromStdString(body.dump()), std::move(done));
}

} // namespace wasel::channels
