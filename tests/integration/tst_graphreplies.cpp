// Answers on Messenger / Instagram that are more than a plain message, against the loopback fake
// of the Graph API: reply_to a specific message, comment threads answered publicly or privately
// (Private Replies: one per comment, within 7 days), an expired token failing with "reconnect"
// where the channels page reads it, usage headers pausing the account, and sender actions.

#include "GraphSendSupport.h"
#include "common/Outbox.h"

#include <QSignalSpy>

using namespace wasel;
using channels::SendResult;
using models::ChannelKind;
using models::OutboundContent;
using tests::Json;
using tests::parseJson;

class TestGraphReplies : public QObject
{
    Q_OBJECT

private:
    tests::GraphSendFixture f;
    int m_n = 0;

private Q_SLOTS:
    void init() { QVERIFY(f.reset(++m_n)); }

    void replyToASpecificMessageQuotesItsMid()
    {
        auto c = f.connector(ChannelKind::Instagram);
        const qint64 conversation = f.conversation(ChannelKind::Instagram);
        QString text;
        while (text.size() < 1500)
            text += QStringLiteral("نعم متوفر باللون الأسود ");
        const qint64 msg = f.queue(conversation, {text, {}, QStringLiteral("mid.in.1"), {}});
        QCOMPARE(f.store->message(msg)->replyToExternalId, QStringLiteral("mid.in.1"));
        f.graph->script = {tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID-1\",\"message_id\":\"m_1\"}"),
                           tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID-1\",\"message_id\":\"m_2\"}")};
        const SendResult r = f.send(*c, msg);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(r.providerMessageId, QStringLiteral("m_1"));
        QCOMPARE(f.graph->requests.size(), 2);
        const QStringList pieces = channels::GraphSendConnector::splitText(text, 1000);
        const Json first = {{"recipient", {{"id", "PSID-1"}}},
                            {"messaging_type", "RESPONSE"},
                            {"message", {{"text", pieces.at(0).toStdString()}}},
                            {"reply_to", {{"mid", "mid.in.1"}}}};
        QCOMPARE_JSON(parseJson(f.graph->requests.at(0).body), first);
        // The rest of a split message follows the quote; it does not quote again.
        const Json second = {{"recipient", {{"id", "PSID-1"}}},
                             {"messaging_type", "RESPONSE"},
                             {"message", {{"text", pieces.at(1).toStdString()}}}};
        QCOMPARE_JSON(parseJson(f.graph->requests.at(1).body), second);
    }

    void publicReplyOnInstagramGoesUnderTheComment()
    {
        auto c = f.connector(ChannelKind::Instagram);
        const QString text = QStringLiteral("السعر ٢٥ ألف & التوصيل مجاني");
        const qint64 msg =
            f.queue(f.commentThread(ChannelKind::Instagram), {text, QStringLiteral("{\"reply\":\"public\"}"), {}, {}});
        // The store answers the thread's newest comment when no message is named.
        QCOMPARE(f.store->message(msg)->replyToExternalId, QStringLiteral("comment-1"));
        f.graph->script.push_back(tests::ScriptedResponse::json(200, "{\"id\":\"reply-77\"}"));
        const SendResult r = f.send(*c, msg);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(r.providerMessageId, QStringLiteral("reply-77"));
        const auto &req = f.graph->requests.first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.target, "/v21.0/comment-1/replies?message=" + QUrl::toPercentEncoding(text));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer PAGE_TOKEN"));
        QCOMPARE(req.body, QByteArray());
    }

    void publicReplyOnAFacebookPageIsAComment()
    {
        auto c = f.connector(ChannelKind::Messenger);
        const QString text = QStringLiteral("ราคา 450 บาท ส่งฟรี");
        // No choice stored: a comment is answered in public.
        const qint64 msg = f.queue(f.commentThread(ChannelKind::Messenger), {text, {}, {}, {}});
        f.graph->script.push_back(tests::ScriptedResponse::json(200, "{\"id\":\"post-1_reply\"}"));
        QCOMPARE(int(f.send(*c, msg).outcome), int(SendResult::Outcome::Sent));
        const auto &req = f.graph->requests.first();
        QCOMPARE(req.target, QByteArray("/v21.0/comment-1/comments"));
        QCOMPARE(req.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(req.body, "message=" + QUrl::toPercentEncoding(text));
    }

    void privateReplyIsSentToTheComment()
    {
        auto c = f.connector(ChannelKind::Instagram);
        const qint64 msg = f.queue(
            f.commentThread(ChannelKind::Instagram, 6.5),
            {QStringLiteral("Sent you the price in a message"), QStringLiteral("{\"reply\":\"private\"}"), {}, {}});
        f.graph->script.push_back(
            tests::ScriptedResponse::json(200, "{\"recipient_id\":\"PSID-1\",\"message_id\":\"dm_1\"}"));
        QCOMPARE(int(f.send(*c, msg).outcome), int(SendResult::Outcome::Sent));
        const auto &req = f.graph->requests.first();
        QCOMPARE(req.target, QByteArray("/v21.0/me/messages"));
        const Json expected = {{"recipient", {{"comment_id", "comment-1"}}},
                               {"message", {{"text", "Sent you the price in a message"}}}};
        QCOMPARE_JSON(parseJson(req.body), expected);
    }

    void privateRepliesFollowMetasRules()
    {
        auto c = f.connector(ChannelKind::Messenger);
        const QString privately = QStringLiteral("{\"reply\":\"private\"}");
        // A comment older than 7 days: no request, a reason staff can act on.
        const SendResult old =
            f.send(*c, f.queue(f.commentThread(ChannelKind::Messenger, 8), {QStringLiteral("hi"), privately, {}, {}}));
        QCOMPARE(int(old.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(old.error.contains(QStringLiteral("7 days")), qPrintable(old.error));

        // One private reply per comment: the second is refused before Meta sees it …
        const qint64 thread = f.commentThread(ChannelKind::Messenger);
        const qint64 first = f.queue(thread, {QStringLiteral("one"), privately, {}, {}});
        QVERIFY(f.store->beginOutboxAttempt(f.outboxIdOf(first)));
        QVERIFY(f.store->outboxSent(f.outboxIdOf(first), QStringLiteral("dm_1")));
        const SendResult again = f.send(*c, f.queue(thread, {QStringLiteral("two"), privately, {}, {}}));
        QCOMPARE(int(again.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(again.error.contains(QStringLiteral("only one")), qPrintable(again.error));
        QCOMPARE(f.graph->requests.size(), 0);
        // … while a public answer to the same comment is still fine.
        QCOMPARE(int(f.send(*c, f.queue(thread, {QStringLiteral("three"), {}, {}, {}})).outcome),
                 int(SendResult::Outcome::Sent));
        QCOMPARE(f.graph->requests.size(), 1);
    }

    void expiredTokenFailsWithReconnectWhereTheChannelsPageReadsIt()
    {
        auto c = f.connector(ChannelKind::Messenger);
        const qint64 msg = f.queue(f.conversation(ChannelKind::Messenger), {QStringLiteral("hi"), {}, {}, {}});
        f.graph->script.push_back(tests::ScriptedResponse::json(
            400,
            "{\"error\":{\"message\":\"Error validating access token: Session has expired\","
            "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}"));
        channels::Outbox outbox(f.store.get());
        outbox.addConnector(c.get());
        outbox.start();
        QTRY_VERIFY(f.store->message(msg)->status == models::MessageStatus::Failed);
        QCOMPARE(f.graph->requests.size(), 1); // not retried: a new token is needed first
        // ChannelSetup::accounts() shows each account's newest failed outbox item as its last error.
        const QList<models::OutboxItem> failed = f.store->outbox(QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().lastError.contains(QStringLiteral("reconnect")), qPrintable(failed.first().lastError));
    }

    void usageHeadersAskForAPause_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("pauseSeconds");
        QTest::newRow("calm") << QByteArray("X-App-Usage")
                              << QByteArray("{\"call_count\":28,\"total_time\":25,\"total_cputime\":25}") << 0;
        QTest::newRow("app near its limit")
            << QByteArray("X-App-Usage") << QByteArray("{\"call_count\":91,\"total_time\":25,\"total_cputime\":25}")
            << 60;
        QTest::newRow("page with an estimate")
            << QByteArray("X-Business-Use-Case-Usage")
            << QByteArray("{\"1234\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":25,\"total_time\":25,"
                          "\"estimated_time_to_regain_access\":19}]}")
            << 19 * 60;
        QTest::newRow("not json") << QByteArray("X-App-Usage") << QByteArray("{call_count") << 0;
    }
    void usageHeadersAskForAPause()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, pauseSeconds);
        auto c = f.connector(ChannelKind::Messenger);
        f.graph->script.push_back({200, "{\"message_id\":\"m_1\"}", {{header, value}}, false});
        const SendResult r =
            f.send(*c, f.queue(f.conversation(ChannelKind::Messenger), {QStringLiteral("hi"), {}, {}, {}}));
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(r.pauseAccount.value_or(std::chrono::seconds(0)).count(), pauseSeconds);
    }

    void theOutboxWaitsOutAPauseBeforeTheAccountsNextSend()
    {
        auto c = f.connector(ChannelKind::Messenger);
        QDateTime clock = QDateTime::currentDateTimeUtc().addSecs(5); // ahead of the items queued below
        channels::Outbox outbox(f.store.get());
        outbox.setClock([&clock] { return clock; });
        outbox.addConnector(c.get());
        f.graph->script.push_back({200,
                                   "{\"message_id\":\"m_1\"}",
                                   {{"X-Business-Use-Case-Usage",
                                     "{\"1234\":[{\"type\":\"pages\",\"call_count\":97,"
                                     "\"estimated_time_to_regain_access\":2}]}"}},
                                   false});
        const qint64 first = f.queue(f.conversation(ChannelKind::Messenger), {QStringLiteral("one"), {}, {}, {}});
        QSignalSpy settled(&outbox, &channels::Outbox::settled);
        outbox.start();
        QTRY_COMPARE(settled.size(), 1);
        QCOMPARE_ENUM(f.store->message(first)->status, models::MessageStatus::Sent);

        // Another customer of the same page: due, but the page must rest for 2 minutes.
        const qint64 second = f.queue(f.conversation(ChannelKind::Messenger), {QStringLiteral("two"), {}, {}, {}});
        outbox.pump(); // synchronous up to the request: a send would have left "queued" by now
        QCOMPARE(f.store->outbox().at(1).state, QStringLiteral("queued"));
        clock = clock.addSecs(119);
        outbox.pump();
        QCOMPARE(f.store->outbox().at(1).state, QStringLiteral("queued"));
        clock = clock.addSecs(2);
        outbox.pump();
        QTRY_VERIFY(f.store->message(second)->status == models::MessageStatus::Sent);
        QCOMPARE(f.graph->requests.size(), 2);
    }

    void senderActionsAreSentOnceAndNotQueued()
    {
        auto c = f.connector(ChannelKind::Messenger);
        c->senderAction(QStringLiteral("account-1"), QStringLiteral("PSID-9"), channels::SenderAction::MarkSeen);
        c->senderAction(QStringLiteral("account-1"), QStringLiteral("PSID-9"), channels::SenderAction::MarkSeen);
        c->senderAction(QStringLiteral("account-1"), QStringLiteral("PSID-9"), channels::SenderAction::TypingOn);
        c->senderAction(QStringLiteral("unknown"), QStringLiteral("PSID-9"), channels::SenderAction::TypingOn);
        QTRY_COMPARE(f.graph->requests.size(), 2);
        c->senderAction(QStringLiteral("account-1"), QStringLiteral("PSID-9"), channels::SenderAction::TypingOff);
        QTRY_COMPARE(f.graph->requests.size(), 3);
        QMap<std::string, int> actions;
        for (const auto &req : std::as_const(f.graph->requests)) {
            QCOMPARE(req.target, QByteArray("/v21.0/me/messages"));
            const Json body = parseJson(req.body);
            QCOMPARE(body.size(), size_t(2)); // recipient and sender_action, no message
            QCOMPARE_JSON(body["recipient"], (Json{{"id", "PSID-9"}}));
            actions[body.value("sender_action", "")] += 1;
        }
        QCOMPARE(actions.value("mark_seen"), 1);
        QCOMPARE(actions.value("typing_on"), 1);
        QCOMPARE(actions.value("typing_off"), 1);
        QVERIFY(f.store->outbox().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphReplies)
#include "tst_graphreplies.moc"
