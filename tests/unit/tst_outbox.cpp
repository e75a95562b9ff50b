// The outbox state machine: queued -> sending -> sent | retried | failed, driven by a hand-moved
// clock and a scripted connector, including a restart with an item left in "sending".

#include "TestEvents.h"
#include "common/Outbox.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <deque>

using namespace wasel;
using channels::SendResult;
using models::ChannelKind;
using models::MessageStatus;
using models::SenderKind;

namespace {

// Answers each send with the next scripted result, synchronously or when the test says so.
class ScriptedConnector : public channels::Connector
{
public:
    explicit ScriptedConnector(ChannelKind kind)
        : m_kind(kind)
    {
    }
    ChannelKind kind() const override { return m_kind; }
    channels::Capabilities capabilities() const override { return {}; }
    void send(const models::OutboundWork &work, bool inDoubt, std::function<void(const SendResult &)> done) override
    {
        calls.push_back({work, inDoubt});
        if (holdAnswers) {
            pending.push_back(std::move(done));
            return;
        }
        const SendResult result =
            script.empty() ? SendResult::sent(QStringLiteral("mid.%1").arg(calls.size())) : script.front();
        if (!script.empty())
            script.pop_front();
        done(result);
    }
    void testConnection(const QString &, std::function<void(const channels::ConnectionTestResult &)> done) override
    {
        done({true, QStringLiteral("scripted")});
    }

    struct Call {
        models::OutboundWork work;
        bool inDoubt;
    };
    std::vector<Call> calls;
    std::deque<SendResult> script;
    bool holdAnswers = false;
    std::vector<std::function<void(const SendResult &)>> pending;

private:
    ChannelKind m_kind;
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    QString m_path;
    QDateTime m_now;
    int m_n = 0;

    qint64 conversationWith(const QString &customer, ChannelKind channel = ChannelKind::Messenger)
    {
        const auto r = m_store->apply(
            tests::customerText(channel, customer, QStringLiteral("hello"), QStringLiteral("in-%1").arg(++m_n), m_now));
        return r.conversationId;
    }
    qint64 queue(qint64 conversation, const QString &text)
    {
        return m_store->enqueueOutbound(conversation, text, SenderKind::Agent, QStringLiteral("Noor"),
                                        QStringLiteral("client-%1").arg(++m_n));
    }
    std::unique_ptr<channels::Outbox> makeOutbox()
    {
        auto outbox = std::make_unique<channels::Outbox>(m_store.get());
        outbox->setClock([this] { return m_now; });
        outbox->setRandom([] { return 0.5; }); // no jitter: exact times
        return outbox;
    }
    models::Message messageOf(qint64 id) { return *m_store->message(id); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<models::Store>();
        m_path = m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_n));
        QVERIFY(m_store->open(m_path));
        // The store stamps queued items with the real time; the test clock starts a few seconds after
        // it (slow migrations on a loaded machine must not make an item "not yet due"), on a whole
        // second so expected times are exact.
        const QDateTime real = QDateTime::currentDateTimeUtc().addSecs(3);
        m_now = QDateTime(real.date(), QTime(real.time().hour(), real.time().minute(), real.time().second()), Qt::UTC);
    }
    void cleanup() { m_store.reset(); }

    void sendsAndRecordsTheProviderId()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-1"));
        const qint64 msg = queue(conv, QStringLiteral("شكراً، الطلب بالطريق"));
        ScriptedConnector meta(ChannelKind::Messenger);
        meta.script.push_back(SendResult::sent(QStringLiteral("m_abc")));
        auto outbox = makeOutbox();
        outbox->addConnector(&meta);
        outbox->start();
        QCOMPARE(meta.calls.size(), size_t(1));
        QCOMPARE(meta.calls[0].work.recipientExternalId, QStringLiteral("psid-1"));
        QCOMPARE(meta.calls[0].work.accountExternalId, QStringLiteral("account-1"));
        QCOMPARE(meta.calls[0].work.message.body, QStringLiteral("شكراً، الطلب بالطريق"));
        QVERIFY(!meta.calls[0].inDoubt);
        QCOMPARE_ENUM(messageOf(msg).status, MessageStatus::Sent);
        QCOMPARE(messageOf(msg).externalId, QStringLiteral("m_abc"));
        const auto rows = m_store->outbox();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].state, QStringLiteral("sent"));
        QCOMPARE(rows[0].attempts, 1);
    }

    void retriesWithBackoffThenSends()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-2"));
        const qint64 msg = queue(conv, QStringLiteral("hi"));
        ScriptedConnector meta(ChannelKind::Messenger);
        meta.script = {SendResult::retry(QStringLiteral("HTTP 500")), SendResult::retry(QStringLiteral("timeout"))};
        auto outbox = makeOutbox();
        outbox->addConnector(&meta);
        outbox->start();
        QCOMPARE(meta.calls.size(), size_t(1));
        auto row = m_store->outbox().at(0);
        QCOMPARE(row.state, QStringLiteral("queued"));
        QCOMPARE(row.lastError, QStringLiteral("HTTP 500"));
        QCOMPARE(row.nextAttemptAt, m_now.addSecs(2)); // base 2 s after the first failure
        QCOMPARE_ENUM(messageOf(msg).status, MessageStatus::Queued);
        QCOMPARE(messageOf(msg).statusReason, QStringLiteral("HTTP 500"));

        m_now = m_now.addMSecs(1999);
        outbox->pump();
        QCOMPARE(meta.calls.size(), size_t(1)); // not before its time
        m_now = m_now.addMSecs(1);
        outbox->pump();
        QCOMPARE(meta.calls.size(), size_t(2));
        row = m_store->outbox().at(0);
        QCOMPARE(row.nextAttemptAt, m_now.addSecs(4)); // doubled
        m_now = m_now.addSecs(4);
        outbox->pump();
        QCOMPARE(meta.calls.size(), size_t(3));
        QCOMPARE_ENUM(messageOf(msg).status, MessageStatus::Sent);
        QCOMPARE(m_store->outbox().at(0).attempts, 3);
    }

    void honoursRetryAfter()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-3"));
        queue(conv, QStringLiteral("hi"));
        ScriptedConnector meta(ChannelKind::Messenger);
        meta.script = {SendResult::retry(QStringLiteral("rate limited"), std::chrono::seconds(120))};
        auto outbox = makeOutbox();
        outbox->addConnector(&meta);
        outbox->start();
        QCOMPARE(m_store->outbox().at(0).nextAttemptAt, m_now.addSecs(120));
    }

    void backoffIsCappedAndJittered()
    {
        channels::RetryPolicy policy;
        const QDateTime t = m_now;
        QCOMPARE(policy.nextAttempt(t, 1, 0.5), t.addSecs(2));
        QCOMPARE(policy.nextAttempt(t, 3, 0.5), t.addSecs(8));
        QCOMPARE(policy.nextAttempt(t, 30, 0.5), t.addSecs(15 * 60)); // capped
        QCOMPARE(policy.nextAttempt(t, 1, 0.0), t.addMSecs(1500)); // -25 %
        QCOMPARE(policy.nextAttempt(t, 1, 0.999999), t.addMSecs(2500)); // +25 %
    }

    void permanentErrorFailsAtOnceAndCanBeRetried()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-4"));
        const qint64 msg = queue(conv, QStringLiteral("hi"));
        ScriptedConnector meta(ChannelKind::Messenger);
        const QString reason = QStringLiteral("Outside the 24-hour window: the customer must write first");
        meta.script = {SendResult::fail(reason)};
        auto outbox = makeOutbox();
        QSignalSpy settled(outbox.get(), &channels::Outbox::settled);
        outbox->addConnector(&meta);
        outbox->start();
        QCOMPARE(meta.calls.size(), size_t(1));
        QCOMPARE_ENUM(messageOf(msg).status, MessageStatus::Failed);
        QCOMPARE(messageOf(msg).statusReason, reason);
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0).at(1).toString(), QStringLiteral("failed"));
        models::ConversationQuery failed;
        failed.failedOnly = true;
        QCOMPARE(m_store->conversationCount(failed), 1);

        QVERIFY(m_store->retryFailedMessage(msg)); // Retry in the thread
        outbox->pump();
        QCOMPARE(meta.calls.size(), size_t(2));
        QCOMPARE_ENUM(messageOf(msg).status, MessageStatus::Sent);
        QCOMPARE(m_store->conversationCount(failed), 0);
    }

    void givesUpAfterMaxAttempts()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-5"));
        const qint64 msg = queue(conv, QStringLiteral("hi"));
        ScriptedConnector meta(ChannelKind::Messenger);
        for (int i = 0; i < 3; ++i)
            meta.script.push_back(SendResult::retry(QStringLiteral("HTTP 503")));
        auto outbox = makeOutbox();
        channels::RetryPolicy policy;
        policy.maxAttempts = 3;
        outbox->setRetryPolicy(policy);
        outbox->addConnector(&meta);
        outbox->start();
        for (int i = 0; i < 5; ++i) {
            m_now = m_now.addSecs(3600);
            outbox->pump();
        }
        QCOMPARE(meta.calls.size(), size_t(3));
        QCOMPARE_ENUM(messageOf(msg).status, MessageStatus::Failed);
        QVERIFY2(messageOf(msg).statusReason.contains(QStringLiteral("HTTP 503")),
                 qPrintable(messageOf(msg).statusReason));
    }

    void keepsOrderWithinAConversation()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-6"));
        const qint64 first = queue(conv, QStringLiteral("first"));
        const qint64 second = queue(conv, QStringLiteral("second"));
        const qint64 other = queue(conversationWith(QStringLiteral("psid-7")), QStringLiteral("elsewhere"));
        ScriptedConnector meta(ChannelKind::Messenger);
        meta.holdAnswers = true;
        auto outbox = makeOutbox();
        outbox->addConnector(&meta);
        outbox->start();
        // The first of each conversation is under way; "second" waits behind "first".
        QCOMPARE(meta.calls.size(), size_t(2));
        QCOMPARE(meta.calls[0].work.message.id, first);
        QCOMPARE(meta.calls[1].work.message.id, other);
        meta.holdAnswers = false;
        auto answer = std::move(meta.pending.front());
        answer(SendResult::retry(QStringLiteral("timeout")));
        // "first" failed temporarily: it is still first in line, so "second" still waits.
        QCOMPARE(meta.calls.size(), size_t(2));
        m_now = m_now.addSecs(10);
        outbox->pump();
        QCOMPARE(meta.calls.size(), size_t(4)); // first again, then second right after it was sent
        QCOMPARE(meta.calls[2].work.message.id, first);
        QCOMPARE(meta.calls[3].work.message.id, second);
        QVERIFY(messageOf(first).externalId < messageOf(second).externalId);
    }

    void rateLimitSpacesSendsPerAccount()
    {
        for (int i = 0; i < 3; ++i)
            queue(conversationWith(QStringLiteral("wa-%1").arg(i), ChannelKind::WhatsApp), QStringLiteral("hi"));
        ScriptedConnector wa(ChannelKind::WhatsApp);
        auto outbox = makeOutbox();
        outbox->setRateLimit(ChannelKind::WhatsApp, 1.0, 1.0); // one per second, no burst
        outbox->addConnector(&wa);
        outbox->start();
        QCOMPARE(wa.calls.size(), size_t(1));
        m_now = m_now.addMSecs(500);
        outbox->pump();
        QCOMPARE(wa.calls.size(), size_t(1));
        m_now = m_now.addMSecs(500);
        outbox->pump();
        QCOMPARE(wa.calls.size(), size_t(2));
        m_now = m_now.addSecs(1);
        outbox->pump();
        QCOMPARE(wa.calls.size(), size_t(3));
    }

    void restartHandsInterruptedSendsBackInDoubt()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-8"));
        const qint64 msg = queue(conv, QStringLiteral("was I sent?"));
        const qint64 after = queue(conv, QStringLiteral("and me"));
        {
            // The first run records the attempt, calls the provider, and dies before the answer.
            ScriptedConnector meta(ChannelKind::Messenger);
            meta.holdAnswers = true;
            auto outbox = makeOutbox();
            outbox->addConnector(&meta);
            outbox->start();
            QCOMPARE(meta.calls.size(), size_t(1));
        }
        QCOMPARE(m_store->outbox(QStringLiteral("sending")).size(), 1);
        // Reopen the database as a restarted process would.
        m_store.reset();
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_path));
        ScriptedConnector meta(ChannelKind::Messenger);
        meta.script = {SendResult::sent(QStringLiteral("m_found_by_lookup"))};
        auto outbox = makeOutbox();
        outbox->addConnector(&meta);
        outbox->start();
        QCOMPARE(meta.calls.size(), size_t(2)); // the interrupted one (in doubt), then the next
        QCOMPARE(meta.calls[0].work.message.id, msg);
        QVERIFY(meta.calls[0].inDoubt);
        QCOMPARE(meta.calls[1].work.message.id, after);
        QVERIFY(!meta.calls[1].inDoubt);
        QCOMPARE(messageOf(msg).externalId, QStringLiteral("m_found_by_lookup"));
    }

    void echoBeforeAnswerIsNotShownTwice()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-9"));
        const qint64 msg = queue(conv, QStringLiteral("same message"));
        ScriptedConnector meta(ChannelKind::Messenger);
        meta.holdAnswers = true;
        auto outbox = makeOutbox();
        outbox->addConnector(&meta);
        outbox->start();
        // The echo webhook arrives before the Send API's answer.
        models::InboundEvent echo =
            tests::customerText(ChannelKind::Messenger, QStringLiteral("psid-9"), QStringLiteral("same message"),
                                QStringLiteral("m_echo"), m_now);
        echo.direction = models::Direction::Out;
        echo.sender = SenderKind::Agent;
        QVERIFY(m_store->apply(echo).ok);
        QCOMPARE(m_store->messages(conv).size(), 3);
        meta.pending.front()(SendResult::sent(QStringLiteral("m_echo")));
        const auto messages = m_store->messages(conv);
        QCOMPARE(messages.size(), 2); // the customer's and ours: the echo merged into ours
        // (Looked up by id: this test's clock runs ahead of the real one the store stamps a queued
        // message with, so the thread's time order is not the point here.)
        const auto ours =
            std::find_if(messages.cbegin(), messages.cend(), [msg](const auto &m) { return m.id == msg; });
        QVERIFY(ours != messages.cend());
        QCOMPARE(ours->externalId, QStringLiteral("m_echo"));
    }

    // The usual order: the Send API answers with the mid, then Meta echoes the same mid back. The
    // echo changes nothing: the message Wasel sent is the only copy.
    void echoAfterAnswerIsNotShownTwice()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-8"));
        const qint64 msg = queue(conv, QStringLiteral("sent from Wasel"));
        ScriptedConnector meta(ChannelKind::Messenger);
        meta.script = {SendResult::sent(QStringLiteral("m_sent_1"))};
        auto outbox = makeOutbox();
        outbox->addConnector(&meta);
        outbox->start();
        QCOMPARE(messageOf(msg).externalId, QStringLiteral("m_sent_1"));
        const int before = int(m_store->messages(conv).size());
        models::InboundEvent echo =
            tests::customerText(ChannelKind::Messenger, QStringLiteral("psid-8"), QStringLiteral("sent from Wasel"),
                                QStringLiteral("m_sent_1"), m_now);
        echo.direction = models::Direction::Out;
        echo.sender = SenderKind::Agent;
        const auto applied = m_store->apply(echo);
        QVERIFY(applied.ok);
        QVERIFY(!applied.changed);
        QCOMPARE(applied.messageId, msg);
        QCOMPARE(int(m_store->messages(conv).size()), before);
        QCOMPARE_ENUM(messageOf(msg).sender, SenderKind::Agent);
    }

    void waitsForAMissingConnector()
    {
        const qint64 conv = conversationWith(QStringLiteral("ig-1"), ChannelKind::Instagram);
        const qint64 msg = queue(conv, QStringLiteral("hi"));
        auto outbox = makeOutbox();
        outbox->start();
        QCOMPARE_ENUM(messageOf(msg).status, MessageStatus::Queued);
        QVERIFY2(messageOf(msg).statusReason.contains(QStringLiteral("Instagram")),
                 qPrintable(messageOf(msg).statusReason));
        QCOMPARE(m_store->outbox().at(0).attempts, 0);
    }

    void deleteOnlyWhatNeverLeft()
    {
        const qint64 conv = conversationWith(QStringLiteral("psid-10"));
        const qint64 failed = queue(conv, QStringLiteral("refused"));
        ScriptedConnector meta(ChannelKind::Messenger);
        meta.script = {SendResult::fail(QStringLiteral("no"))};
        auto outbox = makeOutbox();
        outbox->addConnector(&meta);
        outbox->start();
        QVERIFY(m_store->deleteUnsentMessage(failed));
        QVERIFY(!m_store->message(failed));
        const qint64 sent = queue(conv, QStringLiteral("accepted"));
        outbox->pump();
        QCOMPARE_ENUM(messageOf(sent).status, MessageStatus::Sent);
        QVERIFY(!m_store->deleteUnsentMessage(sent));
        QVERIFY(m_store->message(sent));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
