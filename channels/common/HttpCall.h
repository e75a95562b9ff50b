#pragma once

// One HTTP request to a provider with a deadline, and the reading of its answer that every
// connector shares: which failures are temporary (network, timeout, 5xx, 429 with Retry-After)
// and which are the provider's final word.

#include "Connector.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace wasel::channels {

// Where a provider's API is and how long to wait for it. Tests point baseUrl at a loopback fake.
struct ApiEndpoint {
    QUrl baseUrl;
    QString version; // e.g. "v21.0" for Graph; empty where the path carries it
    std::chrono::milliseconds timeout{std::chrono::seconds(20)};
};

struct HttpResponse {
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool isSuccess() const { return status >= 200 && status < 300; }
    // Retry-After as seconds or as an HTTP date.
    std::optional<std::chrono::seconds> retryAfter() const;
};

// Sends `body` (empty: GET) and calls done once, on the manager's thread. A request that has not
// finished after `timeout` is aborted and reported with timedOut = true.
void httpCall(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
              const QByteArray &body, std::chrono::milliseconds timeout,
              std::function<void(const HttpResponse &)> done);

// The generic verdict for a response that is not a success: network trouble, timeouts, 5xx and
// 429 are retried (with the provider's Retry-After); any other status fails with `reason`.
SendResult classifyFailure(const HttpResponse &response, const QString &reason);

} // namespace wasel::channels
