#include "SendGridApi.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace wasel::channels {

using Json = nlohmann::json;

namespace {

struct SendGrid {
    Q_DECLARE_TR_FUNCTIONS(wasel::channels::SendGridApi)
};

// SendGrid's error body: {"errors": [{"message": "…", "field": …}]}.
QString firstError(const QByteArray &body)
{
    const Json root = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!root.is_object() || !root.contains("errors") || !root["errors"].is_array() || root["errors"].empty())
        return {};
    const Json &first = root["errors"].front();
    return first.is_object() ? QString::fromStdString(first.value("message", std::string())) : QString();
}

} // namespace

std::optional<QStringList> SendGridApi::parseScopes(const QByteArray &body)
{
    const Json root = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!root.is_object() || !root.contains("scopes") || !root["scopes"].is_array())
        return std::nullopt;
    QStringList scopes;
    for (const Json &scope : root["scopes"])
        if (scope.is_string())
            scopes.append(QString::fromStdString(scope.get<std::string>()));
    return scopes;
}

void SendGridApi::testKey(QNetworkAccessManager *network, const ApiEndpoint &endpoint, const QString &apiKey,
                          std::function<void(const ConnectionTestResult &)> done)
{
    QUrl url = endpoint.baseUrl;
    url.setPath(QStringLiteral("/v3/scopes"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    httpCall(network, request, "GET", QByteArray(), endpoint.timeout, [done = std::move(done)](const HttpResponse &r) {
        if (r.status == 401 || r.status == 403) {
            ConnectionTestResult refused(
                false,
                SendGrid::tr("SendGrid refused the API key: %1")
                    .arg(firstError(r.body).isEmpty() ? QString::number(r.status) : firstError(r.body)));
            refused.credentialsRefused = true;
            return done(refused);
        }
        const auto scopes = r.isSuccess() ? parseScopes(r.body) : std::nullopt;
        if (!scopes) {
            const QString reason = firstError(r.body);
            return done({false,
                         classifyFailure(r,
                                         reason.isEmpty() ? SendGrid::tr("SendGrid answered %1").arg(r.status)
                                                          : SendGrid::tr("SendGrid: %1").arg(reason))
                             .error});
        }
        if (!scopes->contains(QLatin1String("mail.send")))
            return done({false,
                         SendGrid::tr("The API key works but may not send mail: give it the Mail Send "
                                      "permission in SendGrid's API key settings.")});
        // SendGrid keys do not expire: they work until someone deletes them.
        done({true, SendGrid::tr("The API key may send mail (%n permissions).", nullptr, int(scopes->size())),
              QDateTime()});
    });
}

} // namespace wasel::channels
