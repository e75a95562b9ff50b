#pragma once

// The message templates of a WhatsApp Business Account, from Meta's Business Management API:
//   GET /{version}/{waba-id}/message_templates?fields=name,language,status,category,components&limit=N
// with the number's Bearer token, page after page (paging.cursors.after while paging.next is there).
// Only APPROVED templates are kept: nothing else can be sent.

#include "common/Connector.h"
#include "common/HttpCall.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace wasel::channels {

struct WhatsAppTemplate {
    QString name;
    QString language; // e.g. "ar", "en_US"
    QString category; // MARKETING, UTILITY, AUTHENTICATION
    QString body; // the BODY component's text with its {{1}} / {{name}} placeholders
    QStringList variables; // the placeholders' names in order of first appearance ("1", "2" …)
};

class TemplateClient
{
public:
    static constexpr int PageSize = 100;
    static constexpr int MaxPages = 20; // 2,000 templates: far beyond any shop's

    TemplateClient(QNetworkAccessManager *network, const ApiEndpoint &graph);

    // One page's approved templates; *after is the next page's cursor, empty on the last page.
    static QList<WhatsAppTemplate> parsePage(const QByteArray &body, QString *after);

    // Every approved template, or Retry/Fail with a readable reason (nothing partial).
    using Done = std::function<void(const SendResult &status, const QList<WhatsAppTemplate> &templates)>;
    void list(const QString &wabaId, const QString &token, Done done);

private:
    QNetworkAccessManager *m_network;
    ApiEndpoint m_graph;
};

} // namespace wasel::channels
