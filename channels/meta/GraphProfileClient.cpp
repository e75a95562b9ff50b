#include "GraphProfileClient.h"

#include "GraphSendConnector.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcMetaProfiles, "wasel.channels.meta")

namespace wasel::channels {

using models::ChannelKind;
using Json = nlohmann::json;

namespace {

// Translation context for the reasons below.
struct GraphProfiles {
    Q_DECLARE_TR_FUNCTIONS(wasel::channels::GraphProfiles)
};

QString stringAt(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()).trimmed() : QString();
}

// PSIDs and IGSIDs are digits; anything else would change the request's path, so it is refused.
bool isGraphId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

GraphProfileClient::GraphProfileClient(QNetworkAccessManager *network, const ApiEndpoint &endpoint)
    : m_network(network)
    , m_endpoint(endpoint)
{
}

QString GraphProfileClient::fields(ChannelKind kind)
{
    return kind == ChannelKind::Instagram ? QStringLiteral("name,username,profile_pic")
                                          : QStringLiteral("first_name,last_name,profile_pic");
}

std::optional<GraphProfile> GraphProfileClient::parse(ChannelKind kind, const QByteArray &body)
{
    const Json root = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!root.is_object())
        return std::nullopt;
    GraphProfile profile;
    if (kind == ChannelKind::Instagram) {
        profile.name = stringAt(root, "name");
        profile.username = stringAt(root, "username");
    } else {
        profile.name = QStringList{stringAt(root, "first_name"), stringAt(root, "last_name")}.join(u' ').trimmed();
    }
    const QUrl picture(stringAt(root, "profile_pic"), QUrl::StrictMode);
    if (picture.isValid() && (picture.scheme() == QLatin1String("https") || picture.scheme() == QLatin1String("http")))
        profile.pictureUrl = picture;
    return profile;
}

void GraphProfileClient::fetchProfile(ChannelKind kind, const QString &userId, const QString &token, ProfileDone done)
{
    if (token.isEmpty())
        return done(SendResult::fail(GraphProfiles::tr("No access token is stored for this account.")), {});
    if (!isGraphId(userId))
        return done(SendResult::fail(GraphProfiles::tr("“%1” is not a Meta user id.").arg(userId)), {});
    QUrl url = m_endpoint.baseUrl;
    url.setPath(QStringLiteral("/%1/%2").arg(m_endpoint.version, userId));
    url.setQuery(QStringLiteral("fields=") + fields(kind));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(0); // httpCall's own deadline applies
    httpCall(m_network, request, "GET", QByteArray(), m_endpoint.timeout,
             [kind, userId, done = std::move(done)](const HttpResponse &r) {
                 if (!r.isSuccess()) {
                     const SendResult verdict = GraphSendConnector::verdict(r);
                     qCWarning(lcMetaProfiles).noquote()
                         << "profile of" << models::toString(kind) << userId << "not fetched:" << verdict.error;
                     return done(verdict, {});
                 }
                 const auto profile = parse(kind, r.body);
                 if (!profile) {
                     qCWarning(lcMetaProfiles).noquote() << "profile of" << models::toString(kind) << userId
                                                         << "is not a JSON object:" << r.body.left(80);
                     return done(
                         SendResult::fail(GraphProfiles::tr("Meta's answer about this person could not be read.")), {});
                 }
                 done(SendResult::sent(QString()), *profile);
             });
}

void GraphProfileClient::fetchPicture(const QUrl &url, PictureDone done)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return done(SendResult::fail(GraphProfiles::tr("The profile picture has no web address.")), {});
    QNetworkRequest request(url);
    request.setTransferTimeout(0);
    httpCall(m_network, request, "GET", QByteArray(), m_endpoint.timeout,
             [done = std::move(done)](const HttpResponse &r) {
                 if (!r.isSuccess()) {
                     const SendResult verdict = classifyFailure(r, QString());
                     qCWarning(lcMetaProfiles).noquote() << "profile picture not downloaded:" << verdict.error;
                     return done(verdict, {});
                 }
                 if (r.body.size() > MaxPictureBytes || r.body.isEmpty()) {
                     qCWarning(lcMetaProfiles) << "profile picture refused:" << r.body.size() << "bytes";
                     return done(SendResult::fail(GraphProfiles::tr("The profile picture is empty or too large.")), {});
                 }
                 done(SendResult::sent(QString()), r.body);
             });
}

} // namespace wasel::channels
