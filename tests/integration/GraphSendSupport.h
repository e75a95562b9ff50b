#pragma once

// What the Graph Send API tests share: a store on disk, the loopback fake of graph.facebook.com,
// a connector pointed at it (token "PAGE_TOKEN" for account-1) and a way to send one queued item
// and wait for its verdict.

#include "FakeHttpServer.h"
#include "TestEvents.h"
#include "meta/GraphSendConnector.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

namespace wasel::tests {

using Json = nlohmann::json;

inline Json parseJson(const QByteArray &body)
{
    return Json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

// Compares JSON as text, so a failure prints both documents.
#define QCOMPARE_JSON(actual, expected)                                                                                \
    QCOMPARE(QString::fromStdString((actual).dump()), QString::fromStdString((expected).dump()))

class GraphSendFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<models::Store> store;
    std::unique_ptr<FakeHttpServer> graph;
    QNetworkAccessManager network;
    int customers = 0;

    bool reset(int n)
    {
        customers = 0;
        graph.reset();
        store = std::make_unique<models::Store>();
        graph = std::make_unique<FakeHttpServer>();
        return store->open(dir.filePath(QStringLiteral("graph-%1.sqlite").arg(n))) && graph->listen();
    }

    std::unique_ptr<channels::GraphSendConnector> connector(models::ChannelKind kind)
    {
        channels::ApiEndpoint options = channels::GraphSendConnector::defaultEndpoint();
        options.baseUrl = graph->url();
        options.timeout = std::chrono::seconds(5);
        return std::make_unique<channels::GraphSendConnector>(
            kind, &network,
            [](const QString &account) {
                return account == QLatin1String("account-1") ? QStringLiteral("PAGE_TOKEN") : QString();
            },
            options);
    }

    // A direct conversation with a new customer (PSID-n) who wrote `hoursAgo` hours ago.
    qint64 conversation(models::ChannelKind kind, double hoursAgo = 1)
    {
        const int n = ++customers;
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600));
        return store
            ->apply(customerText(kind, QStringLiteral("PSID-%1").arg(n), QStringLiteral("سلام"),
                                 QStringLiteral("mid.in.%1").arg(n), at))
            .conversationId;
    }

    // A comment conversation: customer PSID-n commented `comment-n` under post-1, `daysAgo` days ago.
    qint64 commentThread(models::ChannelKind kind, double daysAgo = 1)
    {
        const int n = ++customers;
        models::InboundEvent e = customerText(kind, QStringLiteral("PSID-%1").arg(n), QStringLiteral("بكم هذا؟"),
                                              QStringLiteral("comment-%1").arg(n),
                                              QDateTime::currentDateTimeUtc().addSecs(qint64(-daysAgo * 86400)));
        e.kind = models::MessageKind::Comment;
        e.threadKey = QStringLiteral("post-1");
        return store->apply(e).conversationId;
    }

    qint64 queue(qint64 conversationId, const models::OutboundContent &content)
    {
        return store->enqueueOutbound(conversationId, content, models::SenderKind::Agent, QStringLiteral("Noor"),
                                      QStringLiteral("client-%1-%2").arg(conversationId).arg(++m_clients));
    }

    qint64 outboxIdOf(qint64 messageId) const
    {
        for (const auto &item : store->outbox())
            if (item.messageId == messageId)
                return item.id;
        return 0;
    }

    // Sends one queued message straight through the connector and waits for the verdict.
    channels::SendResult send(channels::GraphSendConnector &c, qint64 messageId)
    {
        const auto work = store->outboundWork(outboxIdOf(messageId));
        if (!work)
            return channels::SendResult::fail(QStringLiteral("no such outbox item"));
        std::optional<channels::SendResult> result;
        c.send(*work, false, [&result](const channels::SendResult &r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(channels::SendResult::fail(QStringLiteral("no answer")));
    }

private:
    int m_clients = 0;
};

} // namespace wasel::tests
