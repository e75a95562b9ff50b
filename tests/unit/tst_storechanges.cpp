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
        // Removing a reaction Wasel never saw changes nothing and is not an error.
        const auto removed = apply(reaction(QStringLiteral("mid.unknown"), QString(), T0));
        QVERIFY(removed.ok && !removed.changed);
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
