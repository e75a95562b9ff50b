#include "GraphTokenInfo.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QUrlQuery>

namespace wasel::channels {

using Json = nlohmann::json;

std::optional<GraphTokenInfo> GraphTokenInfo::parse(const QByteArray &body)
{
    const Json root = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!root.is_object() || !root.contains("data") || !root["data"].is_object())
        return std::nullopt;
    const Json &data = root["data"];
    const auto valid = data.find("is_valid");
    if (valid == data.end() || !valid->is_boolean())
        return std::nullopt;
    GraphTokenInfo info;
    info.valid = valid->get<bool>();
    for (const char *field : {"expires_at", "data_access_expires_at"}) {
        const auto at = data.find(field);
        if (at == data.end() || !at->is_number_integer() || at->get<long long>() <= 0)
            continue; // absent or 0: no end
        const QDateTime when = QDateTime::fromSecsSinceEpoch(at->get<long long>(), Qt::UTC);
        if (!info.expiresAt.isValid() || when < info.expiresAt)
            info.expiresAt = when;
    }
    return info;
}

void addTokenExpiry(QNetworkAccessManager *network, const ApiEndpoint &endpoint, const QString &token,
                    ConnectionTestResult result, std::function<void(const ConnectionTestResult &)> done)
{
    QUrl url = endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/debug_token").arg(endpoint.version));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("input_token"), token);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    httpCall(network, request, "GET", QByteArray(), endpoint.timeout,
             [result, done = std::move(done)](const HttpResponse &r) mutable {
                 const auto info = r.isSuccess() ? GraphTokenInfo::parse(r.body) : std::nullopt;
                 if (!info)
                     return done(result); // the test itself passed; only the expiry stays unknown
                 if (!info->valid) {
                     result.ok = false;
                     result.credentialsRefused = true;
                     result.summary = QCoreApplication::translate(
                         "wasel::channels::GraphTokenInfo",
                         "Meta says this access token is no longer valid: reconnect the account and paste a new one.");
                 }
                 result.tokenExpiresAt = info->expiresAt;
                 done(result);
             });
}

} // namespace wasel::channels
