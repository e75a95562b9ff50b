#pragma once

// Downloads what a WhatsApp customer sent into the workspace, since the providers' copies expire or
// need credentials to read:
//   Cloud API  GET /{version}/{media-id} with the number's Bearer token → {"url", "mime_type",
//              "file_size"}, then GET that url with the same token (API_CONTRACTS.md §1.6);
//   Twilio     GET MediaUrlN with HTTP Basic auth (account SID or API key : secret), which answers
//              with a redirect to a storage URL that is fetched without the credentials.
// The bytes go straight to disk (QSaveFile: a file appears only when complete) and stop at
// MaxBytes, checked from Content-Length when the answer has one and again while reading.

#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcWhatsAppMedia)

namespace wasel::channels {

struct TwilioCredentials;

struct MediaFile {
    QString path; // the complete file
    QString mimeType; // from the answer (Content-Type, else the media endpoint's mime_type)
    qint64 size = 0;
};

class MediaClient
{
public:
    static constexpr qint64 MaxBytes = 25 * 1024 * 1024;
    static constexpr int MaxRedirects = 5;

    MediaClient(QNetworkAccessManager *network, const ApiEndpoint &graph);

    // done(status, file) once: Sent with the stored file, or Retry/Fail with a readable reason.
    using Done = std::function<void(const SendResult &status, const MediaFile &file)>;

    // Saves as `<directory>/<stem>.<extension of the MIME type>`.
    void fetchCloudMedia(const QString &mediaId, const QString &token, const QString &directory, const QString &stem,
                         Done done);
    void fetchTwilioMedia(const QUrl &url, const TwilioCredentials &credentials, const QString &directory,
                          const QString &stem, Done done);

    // "jpg" for image/jpeg …, "bin" when the type is unknown; only [a-z0-9], so it is safe in a name.
    static QString extensionFor(const QString &mimeType);
    // https anywhere, plain http only to this computer (tests, a local relay): credentials never
    // travel in clear text.
    static bool isAllowedUrl(const QUrl &url);

private:
    QNetworkAccessManager *m_network;
    ApiEndpoint m_graph;
};

} // namespace wasel::channels
