#pragma once

// When a Meta access token stops working, from Graph's /debug_token. Page, Instagram and WhatsApp
// tokens may be long-lived or expire in hours; Meta never warns before it refuses them, so the
// channels page asks during "Test connection" and shows the date.

#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace wasel::channels {

struct GraphTokenInfo {
    bool valid = false;
    // The earlier of the token's own expiry (expires_at) and the end of its data access
    // (data_access_expires_at): after either, Meta refuses the token's calls until the account is
    // connected again. Invalid when neither is set (0): the token does not expire.
    QDateTime expiresAt;

    // {"data": {"is_valid": true, "expires_at": 0, "data_access_expires_at": 1576687825, …}}
    static std::optional<GraphTokenInfo> parse(const QByteArray &body);
};

// Completes a successful connection test of `token`: asks /debug_token about the token itself
// (Meta accepts a token of the same app as the caller) and adds its expiry to `result`. A token
// Meta reports as invalid turns the result into a failure; an unreadable answer leaves the
// expiry unknown and the result as it was.
void addTokenExpiry(QNetworkAccessManager *network, const ApiEndpoint &endpoint, const QString &token,
                    ConnectionTestResult result, std::function<void(const ConnectionTestResult &)> done);

} // namespace wasel::channels
