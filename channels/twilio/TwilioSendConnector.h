#pragma once

// WhatsApp through Twilio's Messages API (API_CONTRACTS.md §3.3): form-encoded POST with HTTP
// Basic auth (account SID and auth token, or an API key), the "whatsapp:" prefix on both numbers,
// StatusCallback pointing at our public status route, Content templates (ContentSid +
// ContentVariables) outside the 24-hour window. An interrupted send is looked up in Twilio's
// message list before it is sent again.

#include "common/Connector.h"
#include "common/HttpCall.h"

#include <functional>

class QNetworkAccessManager;

namespace wasel::channels {

struct TwilioCredentials {
    QString accountSid; // AC…
    QString username; // the account SID, or an API key SID (SK…)
    QString password; // the auth token, or the API key secret
    bool isValid() const { return !accountSid.isEmpty() && !username.isEmpty() && !password.isEmpty(); }
    // "Basic base64(username:password)", for the Authorization header (the API and media URLs).
    QByteArray basicAuthorization() const { return "Basic " + (username + u':' + password).toUtf8().toBase64(); }
};

class TwilioSendConnector : public Connector
{
    Q_OBJECT

public:
    // Credentials for a sender number (E.164); invalid when the sender is not connected.
    using CredentialLookup = std::function<TwilioCredentials(const QString &senderNumber)>;

    static ApiEndpoint defaultEndpoint()
    {
        return {QUrl(QStringLiteral("https://api.twilio.com")), QStringLiteral("2010-04-01"), std::chrono::seconds(20)};
    }

    // publicBaseUrl: the relay's public URL, so StatusCallback reaches /webhooks/twilio/status.
    TwilioSendConnector(QNetworkAccessManager *network, CredentialLookup credentials, const QUrl &publicBaseUrl,
                        const ApiEndpoint &endpoint = defaultEndpoint(), QObject *parent = nullptr);

    models::ChannelKind kind() const override { return models::ChannelKind::TwilioWhatsApp; }
    Capabilities capabilities() const override;
    void send(const models::OutboundWork &work, bool inDoubt, std::function<void(const SendResult &)> done) override;
    void testConnection(const QString &senderNumber, std::function<void(const ConnectionTestResult &)> done) override;

    static SendResult verdict(const HttpResponse &response);

private:
    void post(const models::OutboundWork &work, const TwilioCredentials &credentials, QStringList pieces, int index,
              QString firstSid, std::function<void(const SendResult &)> done);
    void lookUpThenSend(const models::OutboundWork &work, const TwilioCredentials &credentials,
                        std::function<void(const SendResult &)> done);
    QNetworkRequest request(const QString &path, const TwilioCredentials &credentials) const;

    QNetworkAccessManager *m_network;
    CredentialLookup m_credentials;
    QUrl m_publicBaseUrl;
    ApiEndpoint m_endpoint;
};

} // namespace wasel::channels
