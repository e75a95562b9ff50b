#pragma once

// SendGrid's v3 API as far as Wasel uses it today: "Test connection" of a SendGrid mailbox asks
// GET /v3/scopes which permissions the API key has, and passes when it may send mail.

#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace wasel::channels {

struct SendGridApi {
    static ApiEndpoint defaultEndpoint()
    {
        return {QUrl(QStringLiteral("https://api.sendgrid.com")), QString(), std::chrono::seconds(20)};
    }

    // {"scopes": ["mail.send", …]} → the scopes; nullopt for anything else.
    static std::optional<QStringList> parseScopes(const QByteArray &body);

    static void testKey(QNetworkAccessManager *network, const ApiEndpoint &endpoint, const QString &apiKey,
                        std::function<void(const ConnectionTestResult &)> done);
};

} // namespace wasel::channels
