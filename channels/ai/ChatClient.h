#pragma once

// Any OpenAI-compatible chat-completions endpoint (API_CONTRACTS.md §6): plain or streamed (SSE)
// replies, the SDK's retry rules (408/409/429/5xx and connection errors; retry-after-ms,
// retry-after ≤ 120 s, else min(0.5·2^n, 8) s with jitter; a quota 429 is final), a deadline for
// the first byte and for silence between chunks, and errors in words staff can act on.

#include "common/HttpCall.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace wasel::channels {

struct ChatMessage {
    QString role; // system, user, assistant
    QString content;
};

struct ChatRequest {
    QList<ChatMessage> messages;
    double temperature = 0.3;
    int maxTokens = 400;
    bool stream = true;
};

struct ChatResult {
    bool ok = false;
    QString content; // the whole reply
    QString finishReason; // stop, length, content_filter …
    QString error; // when !ok
    int attempts = 0;
};

class ChatClient : public QObject
{
    Q_OBJECT

public:
    struct Settings {
        QUrl baseUrl; // e.g. https://api.openai.com; "/v1/chat/completions" is appended
        QString model;
        QString apiKey; // from the keychain (desktop) or WASEL_AI_KEY (headless); may be empty for local servers
        std::chrono::milliseconds firstByteTimeout{std::chrono::seconds(30)};
        std::chrono::milliseconds idleTimeout{std::chrono::seconds(20)};
        int maxRetries = 2;
        bool isValid() const { return baseUrl.isValid() && !baseUrl.host().isEmpty() && !model.isEmpty(); }
    };

    ChatClient(QNetworkAccessManager *network, const Settings &settings, QObject *parent = nullptr);

    const Settings &settings() const { return m_settings; }
    // For tests: the random source of the jitter (uniform in [0, 1)).
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    // onDelta receives each streamed fragment as it arrives (not called for plain replies); done
    // is called once. A retry happens only before the first fragment was delivered.
    void complete(const ChatRequest &request, std::function<void(const QString &)> onDelta,
                  std::function<void(const ChatResult &)> done);

    // The body sent for a request (exposed for tests).
    QByteArray requestBody(const ChatRequest &request) const;

private:
    struct Attempt;
    void start(std::shared_ptr<Attempt> attempt);
    void finishAttempt(std::shared_ptr<Attempt> attempt, int status, const QByteArray &body,
                       const QList<QNetworkReply::RawHeaderPair> &headers, const QString &networkError, bool timedOut);

    QNetworkAccessManager *m_network;
    Settings m_settings;
    std::function<double()> m_random;
};

} // namespace wasel::channels
