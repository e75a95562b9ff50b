#pragma once

// ManyChat's API (API_CONTRACTS.md §4): Bearer key, JSON bodies, and an envelope whose "status"
// decides success — ManyChat reports many errors with HTTP 200 and {"status": "error"}. Every call
// is reported through called() so the customer panel can show a ManyChat log for support.

#include "common/HttpCall.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace wasel::channels {

struct ManyChatResult {
    bool ok = false;
    bool retryable = false; // network, timeout, 429, 5xx
    std::optional<std::chrono::seconds> retryAfter;
    QByteArray data; // the "data" member as JSON, on success
    QString error; // ManyChat's message and details, in one sentence
};

class ManyChatClient : public QObject
{
    Q_OBJECT

public:
    static ApiEndpoint defaultEndpoint()
    {
        return {QUrl(QStringLiteral("https://api.manychat.com")), QString(), std::chrono::seconds(10)};
    }

    ManyChatClient(QNetworkAccessManager *network, const ApiEndpoint &endpoint = defaultEndpoint(),
                   QObject *parent = nullptr);

    using Done = std::function<void(const ManyChatResult &)>;

    // POST /fb/sending/sendContent with {subscriber_id, data: {version: "v2", content: {messages}}, message_tag?}.
    // subscriberId stays a string here and goes out as a JSON number (ids exceed 2^53).
    void sendContent(const QString &key, const QString &subscriberId, const QByteArray &contentJson,
                     const QString &messageTag, Done done);
    void getSubscriberInfo(const QString &key, const QString &subscriberId, Done done);
    void getPageInfo(const QString &key, Done done);
    void addTagByName(const QString &key, const QString &subscriberId, const QString &tag, Done done);
    void removeTagByName(const QString &key, const QString &subscriberId, const QString &tag, Done done);
    // value: a JSON value (number, string, boolean) as ManyChat types the field.
    void setCustomFieldByName(const QString &key, const QString &subscriberId, const QString &field,
                              const QByteArray &valueJson, Done done);

    static ManyChatResult read(const HttpResponse &response);

Q_SIGNALS:
    // One API call: which endpoint, for which subscriber (may be empty), and how it ended.
    void called(const QString &subscriberId, const QString &endpoint, bool ok, const QString &summary);

private:
    void call(const QString &key, const QByteArray &verb, const QString &path, const QString &subscriberId,
              const QByteArray &body, Done done);

    QNetworkAccessManager *m_network;
    ApiEndpoint m_endpoint;
};

} // namespace wasel::channels
