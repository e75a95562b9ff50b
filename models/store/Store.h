#pragma once

// The local store: one SQLite database per workspace (STYLE.md §10).
//
// Single-threaded: a Store lives on the thread that opened it and is used only there. Every write
// runs in one transaction; every statement is prepared. The Store emits change signals after each
// commit so item models can update the rows they show; it never knows about views.

#include "domain/InboundEvent.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace wasel::models {

namespace sql {
class Transaction;
}

// Typed failure of a store operation, shown to people as `message` (already translated-free
// technical English: it goes to logs and error roles, not to dialogs).
struct StoreError {
    QString message;
};

// What the conversation list asks for. Empty/absent members mean "any".
struct ConversationQuery {
    std::optional<ConversationStatus> status;
    std::optional<ChannelKind> channel;
    std::optional<QString> assignee; // empty string = unassigned
    std::optional<QString> label;
    bool unreadOnly = false;
    bool failedOnly = false; // conversations with an outbound message that failed
    bool needsHuman = false; // the AI handed over and no one has answered yet
    // Keyset paging: rows strictly after this (lastActivityAt DESC, id DESC) position.
    std::optional<std::pair<QDateTime, qint64>> after;
    int limit = 100;
};

struct SearchHit {
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString customerName;
    ChannelKind channel = ChannelKind::Messenger;
    QString snippet; // original message text around the match; matched words wrapped in \x02…\x03
    QDateTime createdAt;
};

struct CustomerHit {
    qint64 customerId = 0;
    QString displayName;
    QList<qint64> conversationIds;
};

// A raw webhook delivery as it was received (issue 3's durability log).
struct WebhookEvent {
    qint64 id = 0;
    QString provider; // meta, twilio, twilio_status, sendgrid, manychat
    QString dedupeKey; // provider id (+ status) that identifies redeliveries
    QByteArray headers; // the headers needed to re-verify, as JSON
    QByteArray body; // raw bytes, exactly as received
    QDateTime receivedAt;
    QString state; // pending, applied, failed, ignored
    QString error;
};

struct OutboxItem {
    qint64 id = 0;
    QString clientId;
    qint64 messageId = 0;
    qint64 conversationId = 0;
    ChannelKind channel = ChannelKind::Messenger;
    QString state; // queued, sending, sent, failed
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString providerMessageId;
    QDateTime createdAt;
};

// One outbox item with what sending it needs: the message, who it goes to and from which account.
struct OutboundWork {
    OutboxItem item;
    Message message;
    QString accountExternalId; // page id, Instagram id, phone number id, Twilio sender …
    QString recipientExternalId; // the customer's id on that channel (PSID, IGSID, wa_id, address …)
    QString threadKey; // comment or email thread, empty for direct messages
    QDateTime lastCustomerMessageAt;
    // The message replied to (message.replyToExternalId) as stored: when it was written (a comment's
    // private reply must go within 7 days of it) and how many private replies to it already went out.
    QDateTime replyToCreatedAt;
    int earlierPrivateReplies = 0;
};

// What an outbound message carries besides its text. payloadJson is provider-neutral, read by the
// connectors: {"reply": "public"|"private"} (how to answer a comment), "quick_replies":
// [{"title", "payload", "image_url"?}], "cards": [{"title", "subtitle"?, "image_url"?, "url"?,
// "buttons": [{"type": "web_url"|"postback", "title", "url"|"payload"}]}], "template": {"name",
// "language", "variables": [...]} (an approved WhatsApp template; the message's kind becomes template).
struct OutboundContent {
    QString text;
    QString payloadJson;
    QString replyToExternalId; // answer this message; in a comment thread it defaults to the newest comment
    QList<Attachment> attachments; // url or localPath each
    AiDraft aiDraft = AiDraft::None; // a staff reply that was the AI's draft (kept for Agent senders only)
};

// Where a conversation's messages go: the account it belongs to and the customer's id there.
struct ConversationAddress {
    ChannelKind channel = ChannelKind::Messenger;
    QString accountExternalId;
    QString recipientExternalId;
};

// A Messenger or Instagram identity whose profile (name, username, picture) can be asked for, with
// the account (page or Instagram account) whose token may ask.
struct ProfileTarget {
    qint64 identityId = 0;
    qint64 customerId = 0;
    ChannelKind channel = ChannelKind::Messenger;
    QString externalId; // PSID / IGSID
    QString accountExternalId; // page id / Instagram account id of its latest conversation
    QDateTime retryAt; // invalid: never asked
    QString avatarPath; // the customer's current picture, if any
};

// What a profile fetch found. avatarPath: the new downloaded picture; nullopt keeps the current one,
// an empty string removes it (the person has no picture any more).
struct ProfileUpdate {
    QString name;
    QString username;
    QString avatarUrl;
    std::optional<QString> avatarPath;
};

// A customer's attachment not yet downloaded into the workspace (WhatsApp Cloud API, Twilio), with
// what fetching it needs: the provider's media id or URL and the account whose token may ask.
struct MediaTarget {
    qint64 attachmentId = 0;
    qint64 messageId = 0;
    qint64 conversationId = 0;
    ChannelKind channel = ChannelKind::WhatsApp;
    QString accountExternalId; // phone number id (Cloud API) or Twilio sender
    MessageKind kind = MessageKind::File;
    QString mediaId; // Cloud API: the message payload's "media_id"
    QString url; // Twilio MediaUrlN; on the Cloud API only in newer webhooks
    QString mimeType; // as the webhook named it
    QDateTime createdAt; // of the message
};

// One ManyChat API call, as the customer panel's "ManyChat log" shows it.
struct ManyChatLogEntry {
    qint64 id = 0;
    QString subscriberId;
    QString endpoint; // e.g. /fb/sending/sendContent
    bool ok = false;
    QString summary; // HTTP status and ManyChat's answer in one line; never a key
    QDateTime createdAt;
};

class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // Opens (creating if needed) the database file and migrates it to the current schema.
    // ":memory:" is accepted for tests. Returns false and fills lastError() on failure.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString connectionName() const;
    StoreError lastError() const;

    // Schema version on disk (PRAGMA user_version) and the version this build migrates to.
    int schemaVersion() const;
    static int currentSchemaVersion();

    // ---- Ingest -------------------------------------------------------------------------------
    struct ApplyResult {
        bool ok = false;
        bool changed = false; // false when the event was already applied (idempotent no-op)
        qint64 conversationId = 0;
        qint64 messageId = 0;
        QString error;
    };
    // Live: a message as it happens (a customer's counts as unread and reopens a resolved or
    // snoozed conversation). History: one fetched later from the provider's archive (backfill),
    // which staff may long have answered elsewhere: stored and placed in its thread, nothing more.
    enum class ApplyMode {
        Live,
        History
    };
    // Turns one normalized event into customer, identity, conversation and message rows in one
    // transaction. Applying the same event twice changes nothing the second time.
    ApplyResult apply(const InboundEvent &event, ApplyMode mode = ApplyMode::Live);

    // ---- Raw webhook log (durability before acknowledgement) --------------------------------
    struct RecordResult {
        bool ok = false;
        bool duplicate = false; // dedupe key seen before: acknowledge and ignore
        qint64 id = 0;
        QString error;
    };
    RecordResult recordWebhookEvent(const WebhookEvent &event);
    // Records several events in one transaction (one disk sync): the gateway's group commit. The
    // results are in the same order; all are ok only if the transaction committed.
    QList<RecordResult> recordWebhookEvents(const QList<WebhookEvent> &events);
    std::optional<WebhookEvent> webhookEvent(qint64 id) const;

    // Counts for the gateway's /health: events by state, and the last event time per provider.
    struct WebhookStats {
        int pending = 0, applied = 0, failed = 0, ignored = 0;
        QHash<QString, QDateTime> lastEventAt;
    };
    WebhookStats webhookStats() const;

    // Runs several store calls as one transaction: many applied events, one disk sync. Commit with
    // commit(); otherwise rolled back. With Savepoints each call's own transaction becomes a
    // savepoint inside it, so one failing call undoes only itself. AllOrNothing skips the savepoints
    // (much faster for many small writes): one failing call makes commit() roll back everything, and
    // the caller retries the slow way (channels::ingestRecordedEvents does).
    class Batch
    {
    public:
        enum class Mode {
            Savepoints,
            AllOrNothing
        };
        explicit Batch(Store &store, Mode mode = Mode::Savepoints);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        bool commit();

    private:
        void finish(bool committed);

        Store &m_store;
        std::unique_ptr<sql::Transaction> m_tx;
        qsizetype m_mark = 0; // change signals queued before this batch began
        bool m_done = false;
    };
    // Whether each commit waits for the disk (PRAGMA synchronous FULL, the default) or only for the
    // operating system (NORMAL: safe from a crash or kill of the app, not from power loss). The
    // gateway relaxes it while applying events: they are already in the durable log, and an apply
    // lost to power failure leaves its event pending, to be applied again on the next start.
    void setSyncCommits(bool full);
    bool markWebhookEvent(qint64 id, const QString &state, const QString &error = QString());
    // Oldest first, at most `limit`, with ids above `afterId` (for paging through a long log).
    QList<WebhookEvent> webhookEvents(const QString &state = QString(), int limit = 1000, qint64 afterId = 0) const;

    // ---- Reading ------------------------------------------------------------------------------
    QList<Conversation> conversations(const ConversationQuery &query) const;
    std::optional<Conversation> conversation(qint64 id) const;
    bool conversationMatches(qint64 id, const ConversationQuery &query) const;
    // Paging backwards: at most `limit` messages said before message `before` (by created_at, then
    // id; 0 = the newest), returned in chronological order (oldest first) — the order they were
    // said, not the order they reached the store (backfill brings history after newer messages).
    QList<Message> messages(qint64 conversationId, qint64 beforeMessageId = 0, int limit = 50) const;
    std::optional<Message> message(qint64 id) const;
    std::optional<Customer> customer(qint64 id) const;
    QList<Identity> identities(qint64 customerId) const;
    QList<ChannelAccount> channelAccounts() const;
    // The account's id, creating it (or giving it a name it lacked). 0 on failure.
    qint64 ensureChannelAccount(ChannelKind kind, const QString &externalId, const QString &name);
    // Creates (id 0) or updates a channel account with its name and settings; returns its id, 0 on
    // failure (e.g. another account of the kind already has that external id).
    qint64 saveChannelAccount(const ChannelAccount &account);
    // Removes an account that has no conversations; one that has keeps them, and is refused.
    bool removeChannelAccount(qint64 id);
    QList<Note> notes(qint64 conversationId) const;
    QList<CannedResponse> cannedResponses() const;
    QStringList labels() const;
    int conversationCount(const ConversationQuery &query) const;
    // The ids of every conversation the query matches, in no particular order (its limit and
    // paging are not applied): cheaper than reading the conversations when only their ids matter.
    QList<qint64> conversationIds(const ConversationQuery &query) const;

    // ---- Inbox views and customers (StoreCustomers.cpp) ----
    // What the sidebar shows: open conversations in all, the agent's, the unassigned and those the AI
    // handed over; every conversation with a failed send; snoozed and resolved ones; open ones per
    // channel and per label. Kept by the store as conversations change, so reading them costs the
    // same for ten conversations as for a million.
    struct ViewCounts {
        int open = 0, mine = 0, unassigned = 0, needsHuman = 0, failed = 0, snoozed = 0, resolved = 0;
        QMap<ChannelKind, int> channels;
        QHash<QString, int> labels;
    };
    ViewCounts viewCounts(const QString &agent) const;
    // Everyone some conversation is assigned to.
    QStringList assignees() const;
    // Every conversation of the customer, on any channel, most recent activity first.
    QList<Conversation> customerConversations(qint64 customerId) const;
    // Fields staff keep about a customer (key, value), by key. An empty value removes the field.
    QList<std::pair<QString, QString>> customerFields(qint64 customerId) const;
    bool setCustomerField(qint64 customerId, const QString &key, const QString &value);

    QList<SearchHit> searchMessages(const QString &userQuery, int limit = 50) const;
    // Customers by name or by a handle of one of their identities — a phone number written any usual
    // way, an email address, an identity's own name or @username — best first, names before handles.
    QList<CustomerHit> searchCustomers(const QString &userQuery, int limit = 20) const;

    // ---- Staff actions ------------------------------------------------------------------------
    // Stores an outbound message (status queued) and its outbox entry in one transaction, before
    // any network call. Returns the message id, or 0 on failure.
    qint64 enqueueOutbound(qint64 conversationId, const QString &text, SenderKind sender, const QString &senderName,
                           const QString &clientId)
    {
        return enqueueOutbound(conversationId, OutboundContent{text, {}, {}, {}}, sender, senderName, clientId);
    }
    // The same with quick replies, cards, attachments or a message to answer. Text may be empty when
    // something else is sent.
    qint64 enqueueOutbound(qint64 conversationId, const OutboundContent &content, SenderKind sender,
                           const QString &senderName, const QString &clientId);
    std::optional<ConversationAddress> conversationAddress(qint64 conversationId) const;
    QList<OutboxItem> outbox(const QString &state = QString()) const;

    // ---- Knowledge base ----
    // Saves a product or FAQ: by id when set, otherwise by (kind, name), so an import updates rows
    // it already has. Returns the id, or 0 with lastError() set.
    qint64 saveKnowledgeItem(const KnowledgeItem &item);
    bool removeKnowledgeItem(qint64 id);
    QList<KnowledgeItem> knowledgeItems() const;
    // The items whose name or tags share a word with `text` (a customer's message), best first;
    // `ignore` lists words that say nothing about which item (question words, "price" …).
    QList<KnowledgeItem> findKnowledge(const QString &text, const QStringList &ignore = {}, int limit = 3) const;

    // ---- Routing rules and settings ----
    QList<RoutingRuleRecord> routingRules() const; // in order
    // Inserts (id 0, at the end) or updates a rule. Returns its id, or 0.
    qint64 saveRoutingRule(const RoutingRuleRecord &rule);
    bool removeRoutingRule(qint64 id);
    // Moves a rule to `position` (0-based) and renumbers the others.
    bool moveRoutingRule(qint64 id, int position);
    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value);

    // ---- Outbox delivery (driven by channels/common Outbox) ----
    // Every transition commits before the caller touches the network, so a crash at any point
    // leaves a row that says exactly how far it got.

    // Queued items whose time has come, oldest first; at most one per conversation and none behind
    // an earlier unfinished item of the same conversation, so a conversation's replies keep their order.
    QList<OutboxItem> dueOutbox(const QDateTime &now, int limit = 20) const;
    // The earliest next_attempt_at among queued items (invalid when nothing is queued).
    QDateTime nextOutboxAttempt() const;
    // Everything a connector needs to send one item.
    std::optional<OutboundWork> outboundWork(qint64 outboxId) const;
    // queued -> sending, attempts + 1. Committed before the request is made: an item found in
    // "sending" after a restart was possibly accepted by the provider (in doubt).
    bool beginOutboxAttempt(qint64 outboxId);
    // sending -> sent; the message becomes sent with the provider's id.
    bool outboxSent(qint64 outboxId, const QString &providerMessageId);
    // sending -> queued again, to be tried at nextAttemptAt; the reason stays visible.
    bool outboxRetry(qint64 outboxId, const QDateTime &nextAttemptAt, const QString &error);
    // -> failed; the message shows the reason.
    bool outboxFailed(qint64 outboxId, const QString &reason);
    // Staff actions on a failed message: try again now, or delete it.
    bool retryFailedMessage(qint64 messageId);
    bool deleteUnsentMessage(qint64 messageId);

    bool setStatus(qint64 conversationId, ConversationStatus status, const QDateTime &snoozedUntil = {});
    // Reopens every snoozed conversation whose time has come; returns how many woke up.
    int wakeSnoozed(const QDateTime &now);
    // When the next snoozed conversation wakes up (invalid if none is snoozed).
    QDateTime nextSnoozeWake() const;
    bool setAssignee(qint64 conversationId, const QString &assignee);
    bool setPriority(qint64 conversationId, Priority priority);
    bool setAiMode(qint64 conversationId, AiMode mode);
    bool setNeedsHuman(qint64 conversationId, bool needsHuman);
    bool markRead(qint64 conversationId);
    bool markUnread(qint64 conversationId);
    bool addLabel(qint64 conversationId, const QString &label);
    bool removeLabel(qint64 conversationId, const QString &label);
    qint64 addNote(qint64 conversationId, const QString &author, const QString &body);
    // Adds a canned response, or updates the one with the same shortcut. Returns its id, 0 on failure.
    qint64 addCannedResponse(const CannedResponse &response);
    // Updates the canned response `response.id` (shortcut, title, text); false when another one has
    // that shortcut or it no longer exists.
    bool updateCannedResponse(const CannedResponse &response);
    bool removeCannedResponse(qint64 id);
    // Links another channel identity to an existing customer (one person across channels).
    // Fails if the identity already belongs to a different customer.
    bool addIdentity(qint64 customerId, ChannelKind channel, const QString &externalId,
                     const QString &displayName = QString());
    // The customer an identity belongs to (0 when none).
    qint64 customerOfIdentity(ChannelKind channel, const QString &externalId) const;
    // Links an identity to a customer like addIdentity; when another customer already has it (the
    // same person reached Wasel another way first), that customer is merged into this one: its
    // identities and conversations move here and it is removed. Refused (false) when both have a
    // conversation in the same thread of the same account.
    bool linkIdentity(qint64 customerId, ChannelKind channel, const QString &externalId);

    // ---- ManyChat (StoreManyChat.cpp) ----
    // Appends one API call to the subscriber's log, keeping the newest `keep` of them.
    bool addManyChatLog(const QString &subscriberId, const QString &endpoint, bool ok, const QString &summary,
                        int keep = 200);
    // Newest first: the calls for every ManyChat subscriber of the customer.
    QList<ManyChatLogEntry> manyChatLog(qint64 customerId, int limit = 100) const;
    // The subscriber's last getInfo "data" object (JSON) and when it was fetched; {"{}", invalid} when never.
    std::pair<QString, QDateTime> manyChatInfo(const QString &subscriberId) const;
    bool setManyChatInfo(const QString &subscriberId, const QString &infoJson);
    // Records how an outbound message went out (payload "route" and "route_note"), for the thread.
    bool setMessageRoute(qint64 messageId, const QString &route, const QString &note = QString());

    // ---- Customer profiles (Messenger, Instagram) ----
    // Identities never asked for, or whose retry time has come, oldest first.
    QList<ProfileTarget> profilesDue(const QDateTime &now, int limit = 50) const;
    std::optional<ProfileTarget> profileTarget(qint64 identityId) const;
    // The conversation's customer identity on the conversation's channel (Messenger/Instagram only).
    std::optional<ProfileTarget> profileTargetOf(qint64 conversationId) const;
    // Stores a fetched profile on the identity and its customer. The customer's name changes only
    // while it is still the one the channel gave (or the raw id), never one staff typed; `error`
    // notes a partial failure (the picture), retryAt when to ask again.
    bool saveProfile(qint64 identityId, const ProfileUpdate &profile, const QDateTime &fetchedAt,
                     const QDateTime &retryAt, const QString &error = QString());
    // Records a failed fetch, keeping everything stored before.
    bool recordProfileError(qint64 identityId, const QString &error, const QDateTime &retryAt);

    // ---- Customer media (WhatsApp Cloud API, Twilio) ----
    // The message's attachments that have no local copy yet (customer messages on WhatsApp only).
    QList<MediaTarget> mediaToDownload(qint64 messageId) const;
    // The same for every customer message since `since`, newest first: the start-up sweep.
    QList<MediaTarget> mediaDue(const QDateTime &since, int limit = 50) const;
    // Records the downloaded copy on the attachment (path inside the workspace, MIME type from the
    // answer, size in bytes) and tells the views (messageChanged).
    bool saveAttachmentFile(qint64 attachmentId, const QString &localPath, const QString &mimeType, qint64 size);

    // Updates a message's delivery state forward only (see isStatusAdvance).
    bool setMessageStatus(qint64 messageId, MessageStatus status, const QString &reason = QString(),
                          const QString &externalId = QString());

Q_SIGNALS:
    // Emitted after the commit that changed the row.
    void conversationChanged(qint64 conversationId);
    // A customer's own data (custom fields) changed; conversation rows are not affected.
    void customerChanged(qint64 customerId);
    void messageInserted(qint64 conversationId, qint64 messageId);
    void messageChanged(qint64 conversationId, qint64 messageId);
    void messageRemoved(qint64 conversationId, qint64 messageId);
    void knowledgeChanged();
    void cannedResponsesChanged();
    void routingRulesChanged();
    void settingChanged(const QString &key);
    void channelAccountsChanged();
    // A ManyChat subscriber's log or cached info changed.
    void manyChatChanged(const QString &subscriberId);

public:
    // Implementation detail, declared here so the store's own translation units can share helpers.
    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace wasel::models
