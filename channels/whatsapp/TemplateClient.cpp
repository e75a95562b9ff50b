#include "TemplateClient.h"

#include "whatsapp/CloudSendConnector.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace wasel::channels {

using Json = nlohmann::json;

namespace {

struct WhatsAppTemplates {
    Q_DECLARE_TR_FUNCTIONS(wasel::channels::WhatsAppTemplates)
};

QString str(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// Callers may let their TemplateClient go before the answers come: the pages need only these.
void page(QNetworkAccessManager *network, const ApiEndpoint &graph, const QString &wabaId, const QString &token,
          const QString &after, int pagesLeft, QList<WhatsAppTemplate> sofar, TemplateClient::Done done)
{
    QUrl url = graph.baseUrl;
    url.setPath(QStringLiteral("/%1/%2/message_templates").arg(graph.version, wabaId));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QStringLiteral("name,language,status,category,components"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(TemplateClient::PageSize));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    httpCall(network, request, "GET", QByteArray(), graph.timeout,
             [network, graph, wabaId, token, pagesLeft, sofar = std::move(sofar),
              done = std::move(done)](const HttpResponse &r) mutable {
                 if (!r.isSuccess())
                     return done(CloudSendConnector::verdict(r), {});
                 QString next;
                 sofar += TemplateClient::parsePage(r.body, &next);
                 // A cursor that repeats would page forever; MaxPages stops that too.
                 if (next.isEmpty() || pagesLeft <= 1)
                     return done(SendResult::sent(QString()), sofar);
                 page(network, graph, wabaId, token, next, pagesLeft - 1, std::move(sofar), std::move(done));
             });
}

} // namespace

TemplateClient::TemplateClient(QNetworkAccessManager *network, const ApiEndpoint &graph)
    : m_network(network)
    , m_graph(graph)
{
}

QList<WhatsAppTemplate> TemplateClient::parsePage(const QByteArray &body, QString *after)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    after->clear();
    QList<WhatsAppTemplate> result;
    const Json doc = Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!doc.is_object())
        return result;
    const Json data = doc.value("data", Json::array());
    for (const Json &t : data.is_array() ? data : Json::array()) {
        if (!t.is_object() || str(t, "status") != QLatin1String("APPROVED"))
            continue;
        WhatsAppTemplate tpl;
        tpl.name = str(t, "name");
        tpl.language = str(t, "language");
        tpl.category = str(t, "category");
        if (tpl.name.isEmpty() || tpl.language.isEmpty())
            continue;
        const Json components = t.value("components", Json::array());
        for (const Json &c : components.is_array() ? components : Json::array()) {
            if (c.is_object() && str(c, "type").compare(QLatin1String("BODY"), Qt::CaseInsensitive) == 0)
                tpl.body = str(c, "text");
        }
        for (auto it = placeholder.globalMatch(tpl.body); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!tpl.variables.contains(name))
                tpl.variables.append(name);
        }
        result.append(tpl);
    }
    const Json paging = doc.value("paging", Json::object());
    if (paging.is_object() && paging.contains("next")) {
        const Json cursors = paging.value("cursors", Json::object());
        if (cursors.is_object())
            *after = str(cursors, "after");
    }
    return result;
}

void TemplateClient::list(const QString &wabaId, const QString &token, Done done)
{
    static const QRegularExpression validId(QStringLiteral("^[0-9]{1,32}$"));
    if (!validId.match(wabaId).hasMatch())
        return done(
            SendResult::fail(WhatsAppTemplates::tr("The WhatsApp Business Account id %1 is not a number.").arg(wabaId)),
            {});
    if (token.isEmpty())
        return done(SendResult::fail(WhatsAppTemplates::tr("No access token for this WhatsApp Business Account: add "
                                                           "it on the Channels page.")),
                    {});
    page(m_network, m_graph, wabaId, token, QString(), MaxPages, {}, std::move(done));
}

} // namespace wasel::channels
