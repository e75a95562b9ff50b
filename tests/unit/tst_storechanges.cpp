// Store::apply() for changes to messages already stored: unsent, edited, reacted to; referral
// context on the conversation. Each one idempotent, and kept when its message never arrived.

#include "TestEvents.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wasel::models;
using wasel::tests::customerText;

namespace {

const QDateTime T0 = QDateTime(QDate(2025, 8, 21), QTime(12, 0), Qt::UTC);

InboundEvent change(InboundEvent::Type type, const QString &id, const QDateTime &at, const QString &text = {})
{
    InboundEvent e = customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), text, id, at);
    e.type = type;
    return e;
}

InboundEvent reaction(const QString &target, const QString &emoji, const QDateTime &at)
{
    InboundEvent e = change(emoji.isEmpty() ? InboundEvent::Type::ReactionRemoved : InboundEvent::Type::Reaction,
                            target + QLatin1String(":reaction:") + QString::number(at.toMSecsSinceEpoch()), at, emoji);
    e.kind = MessageKind::Reaction;
    e.replyToExternalId = target;
    return e;
}

} // namespace

class TestStoreChanges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_n = 0;

    Store::ApplyResult apply(const InboundEvent &e)
    {
        const auto r = m_store->apply(e);
        if (!r.ok)
            qWarning() << r.error;
        return r;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n))));
    }

    void cleanup() { m_store.reset(); }

    void unsentKeepsTheRowNotTheContent()
    {
        InboundEvent original = customerText(ChannelKind::Instagram, QStringLiteral("ig-1"),
                                             QStringLiteral("رقمي 0770 123 4567"), QStringLiteral("mid.1"), T0);
        Attachment photo;
        photo.kind = MessageKind::Image;
        photo.url = QStringLiteral("https://cdn.example.com/a.jpg");
        original.attachments = {photo};
        const auto first = apply(original);
        QVERIFY(first.ok);
        QCOMPARE(m_store->searchMessages(QStringLiteral("رقمي")).size(), 1);

        QSignalSpy changed(m_store.get(), &Store::messageChanged);
        const auto unsent = apply(change(InboundEvent::Type::Unsent, QStringLiteral("mid.1"), T0.addSecs(60)));
        QVERIFY(unsent.ok && unsent.changed);
        QCOMPARE(unsent.messageId, first.messageId);
        QCOMPARE(changed.count(), 1);
        const auto m = m_store->message(first.messageId);
        QVERIFY(m->unsentAt.isValid());
        QVERIFY(m->body.isEmpty());
        QVERIFY(m->attachments.isEmpty());
        QVERIFY(m_store->searchMessages(QStringLiteral("رقمي")).isEmpty());
        QVERIFY(m_store->conversation(first.conversationId)->lastMessagePreview.isEmpty());
        QCOMPARE(m_store->messages(first.conversationId).size(), 1);

        // Redelivered: nothing more happens.
        QVERIFY(!apply(change(InboundEvent::Type::Unsent, QStringLiteral("mid.1"), T0.addSecs(60))).changed);
        // The original redelivered late does not bring the content back.
        QVERIFY(!apply(original).changed);
        QVERIFY(m_store->message(first.messageId)->body.isEmpty());
    }

    void unsentBeforeTheOriginalLeavesAPlaceholder()
    {
        const auto r = apply(change(InboundEvent::Type::Unsent, QStringLiteral("mid.never"), T0));
        QVERIFY(r.ok && r.changed);
        const auto m = m_store->message(r.messageId);
        QVERIFY(m->unsentAt.isValid());
        QCOMPARE(m->externalId, QStringLiteral("mid.never"));
        // The original, arriving after all, is recognised and stays taken back.
        QVERIFY(!apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), QStringLiteral("secret"),
                                    QStringLiteral("mid.never"), T0))
                     .changed);
        QVERIFY(m_store->message(r.messageId)->body.isEmpty());
    }

    void editReplacesTextAndSearch()
    {
        const auto first = apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), QStringLiteral("size L"),
                                              QStringLiteral("mid.2"), T0));
        const auto edited =
            apply(change(InboundEvent::Type::Edited, QStringLiteral("mid.2"), T0.addSecs(5), QStringLiteral("size M")));
        QVERIFY(edited.ok && edited.changed);
        const auto m = m_store->message(first.messageId);
        QCOMPARE(m->body, QStringLiteral("size M"));
        QVERIFY(m->editedAt.isValid());
        QCOMPARE(m_store->conversation(first.conversationId)->lastMessagePreview, QStringLiteral("size M"));
        QVERIFY(
            !apply(change(InboundEvent::Type::Edited, QStringLiteral("mid.2"), T0.addSecs(5), QStringLiteral("size M")))
                 .changed);
        // Taken back, then an edit redelivered: it stays taken back.
        QVERIFY(apply(change(InboundEvent::Type::Unsent, QStringLiteral("mid.2"), T0.addSecs(9))).changed);
        QVERIFY(
            !apply(change(InboundEvent::Type::Edited, QStringLiteral("mid.2"), T0.addSecs(5), QStringLiteral("size S")))
                 .changed);
        QVERIFY(m_store->message(first.messageId)->body.isEmpty());
    }

    void reactionsAttachToTheirMessage()
    {
        const auto first = apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), QStringLiteral("hello"),
                                              QStringLiteral("mid.3"), T0));
        const auto r = apply(reaction(QStringLiteral("mid.3"), QStringLiteral("❤️"), T0.addSecs(1)));
        QVERIFY(r.ok && r.changed);
        QCOMPARE(r.messageId, first.messageId);
        QCOMPARE(m_store->message(first.messageId)->reaction, QStringLiteral("❤️"));
        QCOMPARE(m_store->messages(first.conversationId).size(), 1); // no bubble of its own
        QVERIFY(!apply(reaction(QStringLiteral("mid.3"), QStringLiteral("❤️"), T0.addSecs(1))).changed);

        QVERIFY(apply(reaction(QStringLiteral("mid.3"), QString(), T0.addSecs(2))).changed);
        QVERIFY(m_store->message(first.messageId)->reaction.isEmpty());
        // The first reaction redelivered after its removal does not come back.
        QVERIFY(!apply(reaction(QStringLiteral("mid.3"), QStringLiteral("❤️"), T0.addSecs(1))).changed);
        QVERIFY(m_store->message(first.messageId)->reaction.isEmpty());
        QVERIFY(apply(reaction(QStringLiteral("mid.3"), QStringLiteral("😮"), T0.addSecs(3))).changed);
        QCOMPARE(m_store->message(first.messageId)->reaction, QStringLiteral("😮"));
    }

    void reactionToAnUnknownMessageIsKept()
    {
        const auto r = apply(reaction(QStringLiteral("mid.before-wasel"), QStringLiteral("👍"), T0));
        QVERIFY(r.ok && r.changed);
        const auto m = m_store->message(r.messageId);
        QCOMPARE_ENUM(m->kind, MessageKind::Reaction);
        QCOMPARE(m->body, QStringLiteral("👍"));
        QCOMPARE(m->replyToExternalId, QStringLiteral("mid.before-wasel"));
        // The customer changes it, then takes it back: the same row shows the newest state.
        const auto changed = apply(reaction(QStringLiteral("mid.before-wasel"), QStringLiteral("😂"), T0.addSecs(5)));
        QVERIFY(changed.ok && changed.changed);
        QCOMPARE(changed.messageId, r.messageId);
        QCOMPARE(m_store->message(r.messageId)->body, QStringLiteral("😂"));
        QCOMPARE(m_store->conversation(r.conversationId)->lastMessagePreview, QStringLiteral("😂"));
        const auto takenBack = apply(reaction(QStringLiteral("mid.before-wasel"), QString(), T0.addSecs(9)));
        QVERIFY(takenBack.ok && takenBack.changed);
        QCOMPARE(takenBack.messageId, r.messageId);
        QVERIFY(m_store->message(r.messageId)->body.isEmpty());
        QVERIFY(m_store->searchMessages(QStringLiteral("😂")).isEmpty());
        // An older one redelivered late does not bring an emoji back.
        QVERIFY(!apply(reaction(QStringLiteral("mid.before-wasel"), QStringLiteral("👍"), T0)).changed);
        QVERIFY(m_store->message(r.messageId)->body.isEmpty());
        QCOMPARE(m_store->messages(r.conversationId).size(), 1);
    }

    void removalOfAnUnseenReactionIsStoredQuietly()
    {
        const auto hello = apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), QStringLiteral("hello"),
                                              QStringLiteral("mid.hello"), T0));
        QVERIFY(m_store->markRead(hello.conversationId));
        const auto before = *m_store->conversation(hello.conversationId);
        // An unreact for a message Wasel never saw, nor its reaction: kept as an empty reaction row,
        // without an error, an unread count or a new preview.
        const auto removed = apply(reaction(QStringLiteral("mid.unknown"), QString(), T0.addSecs(60)));
        QVERIFY(removed.ok && removed.changed);
        QCOMPARE(removed.conversationId, hello.conversationId);
        const auto row = m_store->message(removed.messageId);
        QCOMPARE_ENUM(row->kind, MessageKind::Reaction);
        QVERIFY(row->body.isEmpty());
        const auto after = *m_store->conversation(hello.conversationId);
        QCOMPARE(after.unreadCount, 0);
        QCOMPARE(after.lastMessagePreview, before.lastMessagePreview);
        QCOMPARE(after.lastActivityAt, before.lastActivityAt);
        QVERIFY(!after.lastMessageUnsent);
        // Redelivered: nothing new. The reaction it took back, arriving late: still not shown.
        QVERIFY(!apply(reaction(QStringLiteral("mid.unknown"), QString(), T0.addSecs(60))).changed);
        const auto late = apply(reaction(QStringLiteral("mid.unknown"), QStringLiteral("❤️"), T0.addSecs(30)));
        QVERIFY(late.ok && !late.changed);
        QVERIFY(m_store->message(removed.messageId)->body.isEmpty());
        QCOMPARE(m_store->messages(hello.conversationId).size(), 2);
    }

    void theMerchantsOwnCommentJoinsTheCustomersThread()
    {
        // A customer's comment under a post, then the page's reply to it (from.id == the page).
        InboundEvent question =
            customerText(ChannelKind::Messenger, QStringLiteral("5500000000000001"), QStringLiteral("بكم هذا؟"),
                         QStringLiteral("post_1_c1"), T0, QStringLiteral("Zainab Ali"));
        question.kind = MessageKind::Comment;
        question.threadKey = QStringLiteral("page_post_1");
        const auto asked = apply(question);
        QVERIFY(asked.ok);
        InboundEvent answer = question;
        answer.customerExternalId.clear();
        answer.customerName.clear();
        answer.direction = Direction::Out;
        answer.sender = SenderKind::Agent;
        answer.status = MessageStatus::Sent;
        answer.senderName = QStringLiteral("Wasel Demo Shop");
        answer.text = QStringLiteral("25 ألف");
        answer.externalMessageId = QStringLiteral("post_1_c2");
        answer.replyToExternalId = QStringLiteral("post_1_c1");
        answer.timestamp = T0.addSecs(60);
        const auto answered = apply(answer);
        QVERIFY(answered.ok && answered.changed);
        QCOMPARE(answered.conversationId, asked.conversationId); // no conversation with the page as customer
        QCOMPARE(m_store->conversationCount({}), 1);
        const auto stored = m_store->message(answered.messageId);
        QCOMPARE_ENUM(stored->direction, Direction::Out);
        QCOMPARE_ENUM(stored->sender, SenderKind::Agent);
        QCOMPARE_ENUM(m_store->conversation(asked.conversationId)->lastMessageDirection, Direction::Out);
        // Wasel posted it itself: the reply is stored under the id Meta gave, so the webhook adds nothing.
        QVERIFY(!apply(answer).changed);
        QCOMPARE(m_store->messages(asked.conversationId).size(), 2);
        // A page comment under nobody's comment (or one never seen) has no conversation: no error, nothing made.
        answer.externalMessageId = QStringLiteral("post_1_c3");
        answer.replyToExternalId.clear();
        const auto alone = apply(answer);
        QVERIFY(alone.ok && !alone.changed);
        answer.replyToExternalId = QStringLiteral("post_1_unknown");
        QVERIFY(apply(answer).ok);
        QCOMPARE(m_store->conversationCount({}), 1);
        const qint64 customerId = m_store->conversation(asked.conversationId)->customerId;
        QVERIFY(!m_store->customer(customerId + 1)); // the page never became a customer
    }

    void aSharedPlaceIsNotMediaToDownload()
    {
        InboundEvent place = customerText(ChannelKind::WhatsApp, QStringLiteral("9647701234567"),
                                          QStringLiteral("Algeria St, Basra"), QStringLiteral("wamid.L"), T0);
        place.kind = MessageKind::Location;
        Attachment geo;
        geo.kind = MessageKind::Location;
        geo.url = QStringLiteral("geo:30.5085,47.7804");
        geo.fileName = QStringLiteral("Basra Mall");
        Attachment photo;
        photo.kind = MessageKind::Image;
        photo.mimeType = QStringLiteral("image/jpeg");
        place.attachments = {geo, photo};
        const auto r = apply(place);
        QVERIFY(r.ok);
        const QList<MediaTarget> due = m_store->mediaToDownload(r.messageId);
        QCOMPARE(due.size(), 1); // the photo only
        QCOMPARE_ENUM(due.first().kind, MessageKind::Image);
        QCOMPARE(m_store->conversation(r.conversationId)->lastMessagePreview, QStringLiteral("Algeria St, Basra"));
    }

    void previewsSayWhatHappened()
    {
        // Unsent: the list knows the newest message was taken back.
        const auto first = apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), QStringLiteral("secret"),
                                              QStringLiteral("mid.p1"), T0));
        QVERIFY(apply(change(InboundEvent::Type::Unsent, QStringLiteral("mid.p1"), T0.addSecs(5))).changed);
        QVERIFY(m_store->conversation(first.conversationId)->lastMessageUnsent);
        QVERIFY(m_store->conversation(first.conversationId)->lastMessagePreview.isEmpty());
        // A shared post without text: its title is the preview.
        InboundEvent share = customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), QString(),
                                          QStringLiteral("mid.p2"), T0.addSecs(10));
        share.kind = MessageKind::Share;
        Attachment post;
        post.kind = MessageKind::Share;
        post.url = QStringLiteral("https://www.instagram.com/p/abc/");
        post.fileName = QStringLiteral("Abaya collection");
        share.attachments = {post};
        QVERIFY(apply(share).changed);
        const auto c = *m_store->conversation(first.conversationId);
        QVERIFY(!c.lastMessageUnsent);
        QCOMPARE(c.lastMessagePreview, QStringLiteral("Abaya collection"));
        QCOMPARE_ENUM(c.lastMessageKind, MessageKind::Share);
        QVERIFY(m_store->message(apply(share).messageId)->body.isEmpty()); // the title is not made the text
    }

    void contextJoinsTheConversation()
    {
        const auto first = apply(customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), QStringLiteral("hi"),
                                              QStringLiteral("mid.4"), T0));
        InboundEvent line = customerText(ChannelKind::Instagram, QStringLiteral("ig-1"), QStringLiteral("summer-sale"),
                                         QStringLiteral("referral:1"), T0.addSecs(10));
        line.kind = MessageKind::Referral;
        line.sender = SenderKind::System;
        line.contextJson = QStringLiteral(R"({"referral":{"ref":"summer-sale","source":"ADS"}})");
        const auto r = apply(line);
        QVERIFY(r.ok && r.changed);
        QCOMPARE(r.conversationId, first.conversationId);
        const QJsonObject context =
            QJsonDocument::fromJson(m_store->conversation(first.conversationId)->contextJson.toUtf8()).object();
        QCOMPARE(context.value(QLatin1String("referral")).toObject().value(QLatin1String("source")).toString(),
                 QStringLiteral("ADS"));
        // A system line is not the customer writing: no unread badge for it.
        QCOMPARE(m_store->conversation(first.conversationId)->unreadCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_storechanges.moc"
