#pragma once

// Who a Messenger or Instagram customer is, from Meta's User Profile APIs:
//   Messenger  GET /{version}/{PSID}?fields=first_name,last_name,profile_pic
//   Instagram  GET /{version}/{IGSID}?fields=name,username,profile_pic
// with the page's (Instagram: the linked page's) access token as a Bearer header, and the
// picture itself from the CDN URL the profile names (it expires within days, so callers keep the
// bytes). Answers are read with GraphSendConnector's verdict, so 190, rate limits and temporary
// trouble mean what they mean when sending.

#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

// wasel.channels.meta: profile fetches and their failures.
Q_DECLARE_LOGGING_CATEGORY(lcMetaProfiles)

namespace wasel::channels {

struct GraphProfile {
    QString name; // Messenger: first and last name; Instagram: name (may be absent)
    QString username; // Instagram handle without "@"; empty on Messenger
    QUrl pictureUrl; // empty when the person has no picture
};

class GraphProfileClient
{
public:
    // The biggest picture accepted; Meta's are tens of kilobytes.
    static constexpr qint64 MaxPictureBytes = 5 * 1024 * 1024;

    GraphProfileClient(QNetworkAccessManager *network, const ApiEndpoint &endpoint);

    // The fields asked for on each channel (Messenger or Instagram).
    static QString fields(models::ChannelKind kind);
    // A 2xx answer's body as a profile; nullopt when it is not a JSON object.
    static std::optional<GraphProfile> parse(models::ChannelKind kind, const QByteArray &body);

    // done(status, profile) once: status Sent with the profile, or Retry/Fail with a reason.
    using ProfileDone = std::function<void(const SendResult &status, const GraphProfile &profile)>;
    void fetchProfile(models::ChannelKind kind, const QString &userId, const QString &token, ProfileDone done);

    // The picture's bytes (without the token: the CDN needs none). Only http(s), at most
    // MaxPictureBytes; whether they are an image is the caller's to check.
    using PictureDone = std::function<void(const SendResult &status, const QByteArray &bytes)>;
    void fetchPicture(const QUrl &url, PictureDone done);

private:
    QNetworkAccessManager *m_network;
    ApiEndpoint m_endpoint;
};

} // namespace wasel::channels
