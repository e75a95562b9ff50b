// Store::apply() and the write paths: idempotence, customers across channels, receipts, outbox.

#include "TestEvents.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel::models;
using wasel::tests::customerText;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    int count(const QString &table)
    {
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>();
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()))),
                 qPrintable(m_store->lastError().message));
    }

    void cleanup() { m_store.reset(); }

    void walAndForeignKeys()
    {
        QSqlQuery q(QSqlDatabase::database(m_store->connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void applyCreatesCustomerConversationAndMessage()
    {
        QSignalSpy inserted(m_store.get(), &Store::messageInserted);
        const auto r = m_store->apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-1"),
                                                   QStringLiteral("شكد سعر الجنطة؟"), QStringLiteral("mid.1"),
                                                   QDateTime::currentDateTimeUtc(), QStringLiteral("Zahraa")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.changed);
        QCOMPARE(inserted.count(), 1);
        const auto c = m_store->conversation(r.conversationId);
        QVERIFY(c);
        QCOMPARE(c->customerName, QStringLiteral("Zahraa"));
        QCOMPARE_ENUM(c->channel, ChannelKind::Instagram);
        QCOMPARE(c->unreadCount, 1);
        QCOMPARE(c->lastMessagePreview, QStringLiteral("شكد سعر الجنطة؟"));
        QVERIFY(c->lastCustomerMessageAt.isValid());
        const auto messages = m_store->messages(r.conversationId);
        QCOMPARE(messages.size(), 1);
        QCOMPARE_ENUM(messages.first().direction, Direction::In);
        QCOMPARE_ENUM(messages.first().status, MessageStatus::Received);
    }

    void applyIsIdempotent()
    {
        const auto e = customerText(ChannelKind::Messenger, QStringLiteral("psid-1"), QStringLiteral("hello"),
                                    QStringLiteral("mid.dup"));
        const auto first = m_store->apply(e);
        QVERIFY(first.ok && first.changed);
        const int messages = count(QStringLiteral("messages"));
        const int customers = count(QStringLiteral("customers"));
        const int unread = m_store->conversation(first.conversationId)->unreadCount;

        QSignalSpy changed(m_store.get(), &Store::conversationChanged);
        const auto second = m_store->apply(e);
        QVERIFY(second.ok);
        QVERIFY(!second.changed);
        QCOMPARE(second.messageId, first.messageId);
        QCOMPARE(count(QStringLiteral("messages")), messages);
        QCOMPARE(count(QStringLiteral("customers")), customers);
        QCOMPARE(m_store->conversation(first.conversationId)->unreadCount, unread);
        QCOMPARE(changed.count(), 0);
    }

    void sameIdOnAnotherChannelIsAnotherMessage()
    {
        QVERIFY(m_store
                    ->apply(customerText(ChannelKind::Messenger, QStringLiteral("a"), QStringLiteral("x"),
                                         QStringLiteral("id-7")))
                    .changed);
        QVERIFY(m_store
                    ->apply(customerText(ChannelKind::Instagram, QStringLiteral("a"), QStringLiteral("x"),
                                         QStringLiteral("id-7")))
                    .changed);
        QCOMPARE(count(QStringLiteral("messages")), 2);
    }

    void incompleteEventIsRefusedAndNothingIsStored()
    {
        auto e = customerText(ChannelKind::WhatsApp, QString(), QStringLiteral("no sender"), QStringLiteral("wamid.1"));
        const auto r = m_store->apply(e);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(count(QStringLiteral("messages")), 0);
        QCOMPARE(count(QStringLiteral("customers")), 0);
    }

    void customerNameReplacesPlaceholder()
    {
        auto e = customerText(ChannelKind::WhatsApp, QStringLiteral("9647701234567"), QStringLiteral("hi"),
                              QStringLiteral("w1"));
        const auto r = m_store->apply(e);
        QCOMPARE(m_store->conversation(r.conversationId)->customerName, QStringLiteral("9647701234567"));
        e.externalMessageId = QStringLiteral("w2");
        e.customerName = QStringLiteral("علي");
        m_store->apply(e);
        QCOMPARE(m_store->conversation(r.conversationId)->customerName, QStringLiteral("علي"));
        QCOMPARE(m_store->searchCustomers(QStringLiteral("علي")).size(), 1);
    }

    void oneCustomerAcrossChannels()
    {
        const auto wa =
            m_store->apply(customerText(ChannelKind::WhatsApp, QStringLiteral("66812345678"), QStringLiteral("สวัสดีค่ะ"),
                                        QStringLiteral("w1"), QDateTime::currentDateTimeUtc(), QStringLiteral("Nok")));
        const qint64 customerId = m_store->conversation(wa.conversationId)->customerId;
        QVERIFY(m_store->addIdentity(customerId, ChannelKind::Instagram, QStringLiteral("ig-nok")));
        const auto ig = m_store->apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-nok"),
                                                    QStringLiteral("ราคาเท่าไหร่คะ"), QStringLiteral("m1")));
        QVERIFY(ig.conversationId != wa.conversationId);
        QCOMPARE(m_store->conversation(ig.conversationId)->customerId, customerId);
        QCOMPARE(m_store->identities(customerId).size(), 2);
        // An identity cannot be moved silently to someone else.
        const auto other = m_store->apply(
            customerText(ChannelKind::Messenger, QStringLiteral("p2"), QStringLiteral("x"), QStringLiteral("p2m")));
        QVERIFY(!m_store->addIdentity(m_store->conversation(other.conversationId)->customerId, ChannelKind::Instagram,
                                      QStringLiteral("ig-nok")));
    }

    void commentThreadsAreSeparateConversations()
    {
        auto dm =
            customerText(ChannelKind::Instagram, QStringLiteral("ig-9"), QStringLiteral("dm"), QStringLiteral("m9"));
        auto comment = dm;
        comment.externalMessageId = QStringLiteral("c9");
        comment.kind = MessageKind::Comment;
        comment.threadKey = QStringLiteral("media-123");
        QVERIFY(m_store->apply(dm).conversationId != m_store->apply(comment).conversationId);
    }

    void newCustomerMessageReopensResolvedConversation()
    {
        const auto r = m_store->apply(customerText(ChannelKind::Email, QStringLiteral("a@example.com"),
                                                   QStringLiteral("Thanks"), QStringLiteral("e1")));
        QVERIFY(m_store->setStatus(r.conversationId, ConversationStatus::Resolved));
        QCOMPARE_ENUM(m_store->conversation(r.conversationId)->status, ConversationStatus::Resolved);
        m_store->apply(customerText(ChannelKind::Email, QStringLiteral("a@example.com"),
                                    QStringLiteral("One more thing"), QStringLiteral("e2")));
        QCOMPARE_ENUM(m_store->conversation(r.conversationId)->status, ConversationStatus::Open);
    }

    void onlyLiveCustomerNewsWakesASnoozedConversation()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto r = m_store->apply(customerText(ChannelKind::WhatsApp, QStringLiteral("9647700000001"),
                                                   QStringLiteral("hi"), QStringLiteral("w1"), now.addSecs(-60)));
        QVERIFY(m_store->setStatus(r.conversationId, ConversationStatus::Snoozed, now.addSecs(3600)));
        // Staff's reply and an archived message found by backfill leave it asleep.
        QVERIFY(m_store->enqueueOutbound(r.conversationId, QStringLiteral("on it"), SenderKind::Agent,
                                         QStringLiteral("Sara"), QStringLiteral("client-s"))
                > 0);
        QVERIFY(m_store
                    ->apply(customerText(ChannelKind::WhatsApp, QStringLiteral("9647700000001"), QStringLiteral("old"),
                                         QStringLiteral("w0"), now.addDays(-3)),
                            Store::ApplyMode::History)
                    .changed);
        auto c = m_store->conversation(r.conversationId);
        QCOMPARE_ENUM(c->status, ConversationStatus::Snoozed);
        QVERIFY(c->snoozedUntil.isValid());
        QCOMPARE(c->unreadCount, 0);
        // The customer writing again wakes it, and it forgets when it was to wake.
        QVERIFY(m_store
                    ->apply(customerText(ChannelKind::WhatsApp, QStringLiteral("9647700000001"),
                                         QStringLiteral("any news?"), QStringLiteral("w2"), now.addSecs(5)))
                    .changed);
        c = m_store->conversation(r.conversationId);
        QCOMPARE_ENUM(c->status, ConversationStatus::Open);
        QVERIFY(!c->snoozedUntil.isValid());
        QCOMPARE(c->unreadCount, 1);
        QCOMPARE(c->lastMessagePreview, QStringLiteral("any news?"));
    }

    // Ingest speed (tests/bench/ingest): SQLite rewrites the entries of every index on a column an
    // UPDATE assigns, even to the same value. A customer's message to an open conversation must
    // leave the indexes on status alone (migration 11 has several), so the pages it writes are the
    // same with or without them.
    void customerMessageLeavesTheStatusIndexesAlone()
    {
        auto framesOfOneMessage = [](Store &store, bool withStatusIndexes) {
            QSqlQuery q(QSqlDatabase::database(store.connectionName()));
            if (!withStatusIndexes)
                for (const char *index : {"conversations_account_status", "conversations_assignee_status",
                                          "conversations_id_status", "conversations_status_snoozed"})
                    if (!q.exec(QStringLiteral("DROP INDEX ") + QLatin1String(index)))
                        return -1;
            const QDateTime at = QDateTime::fromSecsSinceEpoch(1764400000);
            // Enough conversations that each index has pages of its own.
            for (int i = 0; i < 400; ++i)
                if (!store
                         .apply(customerText(ChannelKind::Messenger, QStringLiteral("psid-%1").arg(i),
                                             QStringLiteral("hello"), QStringLiteral("m-%1").arg(i), at.addSecs(i)))
                         .ok)
                    return -1;
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return -1;
            q.finish(); // no statement in progress while the store commits
            if (!store
                     .apply(customerText(ChannelKind::Messenger, QStringLiteral("psid-7"), QStringLiteral("again"),
                                         QStringLiteral("m-again"), at.addSecs(1000)))
                     .changed)
                return -1;
            // The WAL frames (pages) the one message's commit wrote.
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next())
                return -1;
            return q.value(1).toInt();
        };
        Store without;
        QVERIFY(without.open(m_dir.filePath(QStringLiteral("without-status-indexes.sqlite"))));
        const int expected = framesOfOneMessage(without, false);
        QVERIFY(expected > 0);
        QCOMPARE(framesOfOneMessage(*m_store, true), expected);
    }

    void olderMessageDoesNotMoveActivityBack()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto r = m_store->apply(customerText(ChannelKind::Widget, QStringLiteral("v1"), QStringLiteral("newest"),
                                                   QStringLiteral("n"), now));
        m_store->apply(customerText(ChannelKind::Widget, QStringLiteral("v1"), QStringLiteral("older"),
                                    QStringLiteral("o"), now.addSecs(-3600)));
        const auto c = m_store->conversation(r.conversationId);
        QCOMPARE(c->lastMessagePreview, QStringLiteral("newest"));
        QCOMPARE(c->lastActivityAt.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
    }

    void outboundIsQueuedWithOutboxEntry()
    {
        const auto r = m_store->apply(
            customerText(ChannelKind::Messenger, QStringLiteral("p1"), QStringLiteral("hi"), QStringLiteral("m1")));
        const qint64 id = m_store->enqueueOutbound(r.conversationId, QStringLiteral("أهلاً عيوني"), SenderKind::Agent,
                                                   QStringLiteral("Sara"), QStringLiteral("client-1"));
        QVERIFY(id > 0);
        const auto m = m_store->message(id);
        QCOMPARE_ENUM(m->status, MessageStatus::Queued);
        QCOMPARE_ENUM(m->direction, Direction::Out);
        const auto outbox = m_store->outbox(QStringLiteral("queued"));
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().clientId, QStringLiteral("client-1"));
        QCOMPARE(outbox.first().messageId, id);
        QCOMPARE(m_store->conversation(r.conversationId)->unreadCount, 0);
        // The client id is unique: the same send recorded twice is refused, not duplicated.
        QCOMPARE(m_store->enqueueOutbound(r.conversationId, QStringLiteral("again"), SenderKind::Agent,
                                          QStringLiteral("Sara"), QStringLiteral("client-1")),
                 0);
        QCOMPARE(m_store->messages(r.conversationId).size(), 2);
        QCOMPARE(m_store->enqueueOutbound(r.conversationId, QStringLiteral("   "), SenderKind::Agent, QString(),
                                          QStringLiteral("c2")),
                 0);
        QCOMPARE(
            m_store->enqueueOutbound(424242, QStringLiteral("x"), SenderKind::Agent, QString(), QStringLiteral("c3")),
            0);
    }

    // Staff's reply from the AI's draft is stored as theirs and as the AI's draft; the conversation
    // knows who wrote its newest message (the list marks AI replies and approved drafts).
    void approvedAiDraftIsMarked()
    {
        const auto r = m_store->apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-d"),
                                                   QStringLiteral("price?"), QStringLiteral("d1")));
        QVERIFY(m_store->conversation(r.conversationId)->lastMessageSender == SenderKind::Customer);
        const qint64 asWritten = m_store->enqueueOutbound(
            r.conversationId, OutboundContent{QStringLiteral("18,500 IQD"), {}, {}, {}, AiDraft::AsWritten},
            SenderKind::Agent, QStringLiteral("Sara"), QStringLiteral("d-c1"));
        QVERIFY(asWritten);
        QVERIFY(m_store->message(asWritten)->aiDraft == AiDraft::AsWritten);
        QVERIFY(m_store->message(asWritten)->sender == SenderKind::Agent);
        auto c = m_store->conversation(r.conversationId);
        QVERIFY(c->lastMessageSender == SenderKind::Agent);
        QVERIFY(c->lastMessageAiDraft);

        const qint64 edited = m_store->enqueueOutbound(
            r.conversationId, OutboundContent{QStringLiteral("18,000 IQD for you"), {}, {}, {}, AiDraft::Edited},
            SenderKind::Agent, QStringLiteral("Sara"), QStringLiteral("d-c2"));
        QVERIFY(m_store->message(edited)->aiDraft == AiDraft::Edited);
        // Staff's own words are not the AI's; the AI's own replies are sender AI, never a draft.
        const qint64 own = m_store->enqueueOutbound(r.conversationId, QStringLiteral("anything else?"),
                                                    SenderKind::Agent, QStringLiteral("Sara"), QStringLiteral("d-c3"));
        QVERIFY(m_store->message(own)->aiDraft == AiDraft::None);
        QVERIFY(!m_store->conversation(r.conversationId)->lastMessageAiDraft);
        const qint64 ai = m_store->enqueueOutbound(
            r.conversationId, OutboundContent{QStringLiteral("Hi!"), {}, {}, {}, AiDraft::AsWritten}, SenderKind::Ai,
            QStringLiteral("Wasel AI"), QStringLiteral("d-c4"));
        QVERIFY(m_store->message(ai)->aiDraft == AiDraft::None);
        c = m_store->conversation(r.conversationId);
        QVERIFY(c->lastMessageSender == SenderKind::Ai);
        QVERIFY(!c->lastMessageAiDraft);
        QVERIFY(m_store->messages(r.conversationId).at(1).aiDraft == AiDraft::AsWritten); // read back in a page too
    }

    void statusOnlyMovesForward()
    {
        const auto r = m_store->apply(
            customerText(ChannelKind::WhatsApp, QStringLiteral("964"), QStringLiteral("hi"), QStringLiteral("w1")));
        const qint64 id = m_store->enqueueOutbound(r.conversationId, QStringLiteral("hello"), SenderKind::Agent,
                                                   QString(), QStringLiteral("c1"));
        QVERIFY(m_store->setMessageStatus(id, MessageStatus::Sent, QString(), QStringLiteral("wamid.out")));

        InboundEvent receipt;
        receipt.type = InboundEvent::Type::StatusUpdate;
        receipt.channel = ChannelKind::WhatsApp;
        receipt.externalMessageId = QStringLiteral("wamid.out");
        receipt.status = MessageStatus::Read;
        QVERIFY(m_store->apply(receipt).changed);
        QCOMPARE_ENUM(m_store->message(id)->status, MessageStatus::Read);
        receipt.status = MessageStatus::Delivered; // late receipt
        const auto late = m_store->apply(receipt);
        QVERIFY(late.ok && !late.changed);
        QCOMPARE_ENUM(m_store->message(id)->status, MessageStatus::Read);
        // A receipt for a message this workspace never sent is harmless.
        receipt.externalMessageId = QStringLiteral("wamid.unknown");
        QVERIFY(m_store->apply(receipt).ok);
    }

    void watermarkReceiptMarksEarlierMessages()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto e = customerText(ChannelKind::Messenger, QStringLiteral("psid"), QStringLiteral("hi"),
                              QStringLiteral("m1"), now.addSecs(-60));
        const auto r = m_store->apply(e);
        const qint64 a = m_store->enqueueOutbound(r.conversationId, QStringLiteral("one"), SenderKind::Agent, QString(),
                                                  QStringLiteral("a"));
        m_store->setMessageStatus(a, MessageStatus::Sent, QString(), QStringLiteral("out-a"));

        InboundEvent read;
        read.type = InboundEvent::Type::StatusUpdate;
        read.channel = ChannelKind::Messenger;
        read.accountExternalId = e.accountExternalId;
        read.customerExternalId = e.customerExternalId;
        read.status = MessageStatus::Read;
        read.watermark = QDateTime::currentDateTimeUtc().addSecs(5);
        QVERIFY(m_store->apply(read).changed);
        QCOMPARE_ENUM(m_store->message(a)->status, MessageStatus::Read);
    }

    void webhookLogDeduplicates()
    {
        WebhookEvent e;
        e.provider = QStringLiteral("meta");
        e.dedupeKey = QStringLiteral("mid.1");
        e.body = QByteArrayLiteral("{\"object\":\"page\"}");
        const auto first = m_store->recordWebhookEvent(e);
        QVERIFY(first.ok && !first.duplicate && first.id > 0);
        const auto again = m_store->recordWebhookEvent(e);
        QVERIFY(again.ok && again.duplicate);
        QCOMPARE(again.id, first.id);
        QVERIFY(m_store->markWebhookEvent(first.id, QStringLiteral("failed"), QStringLiteral("parse error")));
        const auto failed = m_store->webhookEvents(QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().body, e.body);
        QVERIFY(!m_store->markWebhookEvent(first.id, QStringLiteral("bogus-state")));
        e.dedupeKey.clear();
        QVERIFY(!m_store->recordWebhookEvent(e).ok);
    }

    void staffActions()
    {
        const auto r = m_store->apply(
            customerText(ChannelKind::ManyChat, QStringLiteral("sub-1"), QStringLiteral("hi"), QStringLiteral("mc1")));
        const qint64 c = r.conversationId;
        QVERIFY(m_store->setAssignee(c, QStringLiteral("Nok")));
        QVERIFY(m_store->setPriority(c, Priority::High));
        QVERIFY(m_store->setAiMode(c, AiMode::Draft));
        QVERIFY(m_store->addLabel(c, QStringLiteral("vip")));
        QVERIFY(m_store->addLabel(c, QStringLiteral("vip")));
        QVERIFY(m_store->addLabel(c, QStringLiteral("طلب")));
        QVERIFY(!m_store->addLabel(c, QStringLiteral("  ")));
        QVERIFY(m_store->addNote(c, QStringLiteral("Nok"), QStringLiteral("Wants gift wrapping")) > 0);
        QVERIFY(!m_store->setStatus(c, ConversationStatus::Snoozed)); // needs a time
        QVERIFY(m_store->setStatus(c, ConversationStatus::Snoozed, QDateTime::currentDateTimeUtc().addSecs(3600)));
        QVERIFY(!m_store->setAssignee(999999, QStringLiteral("x")));
        const auto conv = m_store->conversation(c);
        QCOMPARE(conv->assignee, QStringLiteral("Nok"));
        QCOMPARE(conv->priority, Priority::High);
        QCOMPARE_ENUM(conv->aiMode, AiMode::Draft);
        QCOMPARE(conv->labels.size(), 2);
        QCOMPARE_ENUM(conv->status, ConversationStatus::Snoozed);
        QVERIFY(conv->snoozedUntil.isValid());
        QCOMPARE(m_store->notes(c).size(), 1);
        QVERIFY(m_store->removeLabel(c, QStringLiteral("vip")));
        QCOMPARE(m_store->conversation(c)->labels, QStringList{QStringLiteral("طلب")});
        QVERIFY(m_store->markRead(c));
        QCOMPARE(m_store->conversation(c)->unreadCount, 0);
        QVERIFY(m_store->markUnread(c));
        QCOMPARE(m_store->conversation(c)->unreadCount, 1);
    }

    void snoozedConversationsWakeUp()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto a = m_store->apply(
            customerText(ChannelKind::Widget, QStringLiteral("v-a"), QStringLiteral("a"), QStringLiteral("a")));
        const auto b = m_store->apply(
            customerText(ChannelKind::Widget, QStringLiteral("v-b"), QStringLiteral("b"), QStringLiteral("b")));
        QVERIFY(m_store->setStatus(a.conversationId, ConversationStatus::Snoozed, now.addSecs(60)));
        QVERIFY(m_store->setStatus(b.conversationId, ConversationStatus::Snoozed, now.addSecs(3600)));
        QCOMPARE(m_store->nextSnoozeWake().toMSecsSinceEpoch(), now.addSecs(60).toMSecsSinceEpoch());
        QCOMPARE(m_store->wakeSnoozed(now), 0);
        QSignalSpy changed(m_store.get(), &Store::conversationChanged);
        QCOMPARE(m_store->wakeSnoozed(now.addSecs(61)), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE_ENUM(m_store->conversation(a.conversationId)->status, ConversationStatus::Open);
        QVERIFY(!m_store->conversation(a.conversationId)->snoozedUntil.isValid());
        QCOMPARE_ENUM(m_store->conversation(b.conversationId)->status, ConversationStatus::Snoozed);
    }

    void queriesFilterAndPage()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 7; ++i) {
            const auto channel = i % 2 ? ChannelKind::Instagram : ChannelKind::WhatsApp;
            m_store->apply(customerText(channel, QStringLiteral("cust-%1").arg(i), QStringLiteral("msg %1").arg(i),
                                        QStringLiteral("id-%1").arg(i), now.addSecs(i)));
        }
        ConversationQuery q;
        q.limit = 3;
        QList<qint64> seen;
        for (;;) {
            const auto page = m_store->conversations(q);
            for (const auto &c : page)
                seen.append(c.id);
            if (page.size() < q.limit)
                break;
            q.after = std::make_pair(page.last().lastActivityAt, page.last().id);
        }
        QCOMPARE(seen.size(), 7);
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 7);
        ConversationQuery ig;
        ig.channel = ChannelKind::Instagram;
        QCOMPARE(m_store->conversationCount(ig), 3);
        ConversationQuery unassigned;
        unassigned.assignee = QString();
        QCOMPARE(m_store->conversationCount(unassigned), 7);
    }

    void batchCommitsOnceAndRollsBackWhole()
    {
        {
            Store::Batch batch(*m_store);
            QVERIFY(m_store
                        ->apply(customerText(ChannelKind::Instagram, QStringLiteral("a"), QStringLiteral("one"),
                                             QStringLiteral("b1")))
                        .ok);
            QVERIFY(m_store
                        ->apply(customerText(ChannelKind::Instagram, QStringLiteral("b"), QStringLiteral("two"),
                                             QStringLiteral("b2")))
                        .ok);
            // Not committed: everything inside goes away.
        }
        QCOMPARE(count(QStringLiteral("messages")), 0);
        {
            Store::Batch batch(*m_store);
            QVERIFY(m_store
                        ->apply(customerText(ChannelKind::Instagram, QStringLiteral("a"), QStringLiteral("one"),
                                             QStringLiteral("b1")))
                        .ok);
            // An inner failure rolls back only its own savepoint.
            QVERIFY(
                m_store->enqueueOutbound(999999, QStringLiteral("x"), SenderKind::Agent, QString(), QStringLiteral("c"))
                == 0);
            QVERIFY(batch.commit());
        }
        QCOMPARE(count(QStringLiteral("messages")), 1);
        // Ordinary calls after a batch are their own transactions again.
        QVERIFY(m_store
                    ->apply(customerText(ChannelKind::Instagram, QStringLiteral("c"), QStringLiteral("three"),
                                         QStringLiteral("b3")))
                    .ok);
        QCOMPARE(count(QStringLiteral("messages")), 2);
    }

    void failedHistoryCanBeRetried()
    {
        // An outbound message that arrived already failed (history, no outbox entry) can still be retried.
        InboundEvent e = customerText(ChannelKind::WhatsApp, QStringLiteral("9647700000001"),
                                      QStringLiteral("back in stock"), QStringLiteral("hist.1"));
        e.direction = Direction::Out;
        e.sender = SenderKind::Agent;
        e.status = MessageStatus::Failed;
        e.statusReason = QStringLiteral("outside the window");
        const auto applied = m_store->apply(e);
        QVERIFY(applied.ok);
        QVERIFY(m_store->message(applied.messageId)->status == MessageStatus::Failed);
        QVERIFY(m_store->outbox().isEmpty());
        QVERIFY(m_store->retryFailedMessage(applied.messageId));
        QCOMPARE(m_store->outbox().size(), 1);
        QCOMPARE(m_store->outbox().first().state, QStringLiteral("queued"));
        QVERIFY(m_store->message(applied.messageId)->status == MessageStatus::Queued);
        QVERIFY(!m_store->retryFailedMessage(applied.messageId)); // queued now: nothing to retry
    }

    void channelAccountsAreSavedAndOnlyUnusedOnesRemoved()
    {
        QSignalSpy changed(m_store.get(), &Store::channelAccountsChanged);
        ChannelAccount account;
        account.kind = ChannelKind::WhatsApp;
        account.externalId = QStringLiteral("1098");
        account.name = QStringLiteral("Shop WhatsApp");
        account.settingsJson = QStringLiteral("{\"ids\":{\"waba_id\":\"2211\"}}");
        const qint64 id = m_store->saveChannelAccount(account);
        QVERIFY(id > 0);
        QCOMPARE(changed.size(), 1);
        account.id = id;
        account.name = QStringLiteral("Main number");
        QCOMPARE(m_store->saveChannelAccount(account), id);
        QCOMPARE(m_store->channelAccounts().size(), 1);
        QCOMPARE(m_store->channelAccounts().first().name, QStringLiteral("Main number"));
        QCOMPARE(m_store->channelAccounts().first().settingsJson, account.settingsJson);
        // The same number twice is refused.
        ChannelAccount twin = account;
        twin.id = 0;
        QCOMPARE(m_store->saveChannelAccount(twin), 0);

        // An account with conversations keeps them: it cannot be removed.
        InboundEvent hello = customerText(ChannelKind::WhatsApp, QStringLiteral("9647700000000"), QStringLiteral("hi"),
                                          QStringLiteral("wamid.1"));
        hello.accountExternalId = QStringLiteral("1098");
        QVERIFY(m_store->apply(hello).ok);
        QVERIFY(!m_store->removeChannelAccount(id));
        QCOMPARE(count(QStringLiteral("messages")), 1);
        ChannelAccount unused;
        unused.kind = ChannelKind::Messenger;
        unused.externalId = QStringLiteral("PAGE_2");
        const qint64 unusedId = m_store->saveChannelAccount(unused);
        QVERIFY(m_store->removeChannelAccount(unusedId));
        QCOMPARE(m_store->channelAccounts().size(), 1);
    }

    void allOrNothingBatchRollsBackWhenAPartFails()
    {
        {
            Store::Batch batch(*m_store, Store::Batch::Mode::AllOrNothing);
            QVERIFY(m_store
                        ->apply(customerText(ChannelKind::Instagram, QStringLiteral("a"), QStringLiteral("one"),
                                             QStringLiteral("j1")))
                        .ok);
            QCOMPARE(count(QStringLiteral("messages")), 1); // joined: no savepoint, same transaction
            {
                Store::Batch inner(*m_store); // joins too; left without commit = it failed
                QVERIFY(m_store
                            ->apply(customerText(ChannelKind::Instagram, QStringLiteral("b"), QStringLiteral("two"),
                                                 QStringLiteral("j2")))
                            .ok);
            }
            QVERIFY(!batch.commit()); // one part failed: the whole batch is refused
        }
        QCOMPARE(count(QStringLiteral("messages")), 0);
        {
            Store::Batch batch(*m_store, Store::Batch::Mode::AllOrNothing);
            QVERIFY(m_store
                        ->apply(customerText(ChannelKind::Instagram, QStringLiteral("a"), QStringLiteral("one"),
                                             QStringLiteral("j1")))
                        .ok);
            QVERIFY(batch.commit());
        }
        QCOMPARE(count(QStringLiteral("messages")), 1);
        // The next batch uses savepoints again: an inner failure no longer spoils the rest.
        {
            Store::Batch batch(*m_store);
            {
                Store::Batch failed(*m_store);
            }
            QVERIFY(batch.commit());
        }
    }

    void changeSignalsWaitForTheBatchCommit()
    {
        QSignalSpy inserted(m_store.get(), &Store::messageInserted);
        {
            Store::Batch batch(*m_store);
            QVERIFY(m_store
                        ->apply(customerText(ChannelKind::Instagram, QStringLiteral("a"), QStringLiteral("gone"),
                                             QStringLiteral("s1")))
                        .ok);
            QCOMPARE(inserted.size(), 0);
        } // rolled back: nobody hears of a message that never existed
        QCOMPARE(inserted.size(), 0);
        {
            Store::Batch batch(*m_store);
            QVERIFY(m_store
                        ->apply(customerText(ChannelKind::Instagram, QStringLiteral("a"), QStringLiteral("kept"),
                                             QStringLiteral("s2")))
                        .ok);
            {
                Store::Batch inner(*m_store); // rolled back to its savepoint, with its signals
                QVERIFY(m_store
                            ->apply(customerText(ChannelKind::Instagram, QStringLiteral("b"), QStringLiteral("undone"),
                                                 QStringLiteral("s3")))
                            .ok);
            }
            QCOMPARE(inserted.size(), 0);
            QVERIFY(batch.commit());
        }
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_store->message(inserted.first().at(1).toLongLong())->body, QStringLiteral("kept"));
        // Outside a batch a change is announced right after its own commit.
        QVERIFY(m_store
                    ->apply(customerText(ChannelKind::Instagram, QStringLiteral("a"), QStringLiteral("now"),
                                         QStringLiteral("s4")))
                    .ok);
        QCOMPARE(inserted.size(), 2);
    }

    void groupCommitOfWebhookEvents()
    {
        auto event = [](const QString &key) {
            WebhookEvent e;
            e.provider = QStringLiteral("meta");
            e.dedupeKey = key;
            e.body = key.toUtf8();
            return e;
        };
        const auto first = m_store->recordWebhookEvents(
            {event(QStringLiteral("k1")), event(QStringLiteral("k2")), event(QStringLiteral("k1"))});
        QCOMPARE(first.size(), 3);
        QVERIFY(first[0].ok && !first[0].duplicate);
        QVERIFY(first[1].ok && !first[1].duplicate);
        QVERIFY(first[2].ok && first[2].duplicate); // the same key twice in one batch
        QCOMPARE(first[2].id, first[0].id);
        const auto second = m_store->recordWebhookEvents({event(QStringLiteral("k2")), event(QStringLiteral("k3"))});
        QVERIFY(second[0].duplicate && !second[1].duplicate);
        QCOMPARE(count(QStringLiteral("webhook_events")), 3);
        QVERIFY(m_store->markWebhookEvent(first[0].id, QStringLiteral("applied")));
        QVERIFY(m_store->markWebhookEvent(first[1].id, QStringLiteral("failed"), QStringLiteral("bad JSON")));
        const auto stats = m_store->webhookStats();
        QCOMPARE(stats.applied, 1);
        QCOMPARE(stats.failed, 1);
        QCOMPARE(stats.pending, 1);
        QVERIFY(stats.lastEventAt.value(QStringLiteral("meta")).isValid());
        QCOMPARE(m_store->webhookEvent(first[1].id)->error, QStringLiteral("bad JSON"));
        QCOMPARE(m_store->webhookEvent(first[1].id)->body, QByteArray("k2"));
        // An event without a key fails the whole group: nothing half-recorded.
        const auto bad = m_store->recordWebhookEvents({event(QStringLiteral("k9")), event(QString())});
        QVERIFY(!bad[0].ok && !bad[1].ok);
        QCOMPARE(count(QStringLiteral("webhook_events")), 3);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
