// Reading: conversations, messages, customers and full-text search.

#include "Store.h"
#include "StorePrivate.h"
#include "domain/TextSearch.h"

#include <QSqlError>

#include <QHash>
#include <QStringTokenizer>

#include <algorithm>
#include <tuple>
#include <vector>

namespace wasel::models {

using namespace sql;

QString conversationSelect()
{
    return QStringLiteral(R"(SELECT c.id, c.account_id, c.customer_id, a.kind, c.thread_key, cu.display_name,
            cu.avatar_url, c.status, c.snoozed_until, c.assignee, c.priority, c.ai_mode,
            c.last_customer_message_at, c.last_activity_at, c.last_message_preview, c.last_message_direction,
            c.last_message_kind, c.unread_count, c.needs_human, c.context,
            (SELECT group_concat(l.name, char(31)) FROM conversation_labels cl JOIN labels l ON l.id = cl.label_id
              WHERE cl.conversation_id = c.id),
            cu.avatar_path,
            (SELECT i.username FROM identities i WHERE i.customer_id = c.customer_id AND i.channel = a.kind
              AND i.username <> '' ORDER BY i.id LIMIT 1),
            (SELECT m.unsent_at IS NOT NULL FROM messages m WHERE m.conversation_id = c.id
              ORDER BY m.created_at DESC, m.id DESC LIMIT 1),
            c.last_message_sender, c.last_message_ai_draft
        FROM conversations c
        JOIN channel_accounts a ON a.id = c.account_id
        JOIN customers cu ON cu.id = c.customer_id)");
}

Conversation Store::Private::readConversation(const QSqlQuery &q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.accountId = q.value(1).toLongLong();
    c.customerId = q.value(2).toLongLong();
    c.channel = channelKindFromString(q.value(3).toString()).value_or(ChannelKind::Messenger);
    c.threadKey = q.value(4).toString();
    c.customerName = q.value(5).toString();
    c.avatarUrl = q.value(6).toString();
    c.status = conversationStatusFromString(q.value(7).toString()).value_or(ConversationStatus::Open);
    c.snoozedUntil = toDateTime(q.value(8));
    c.assignee = q.value(9).toString();
    c.priority = Priority(std::clamp(q.value(10).toInt(), 0, int(Priority::Urgent)));
    c.aiMode = aiModeFromString(q.value(11).toString()).value_or(AiMode::Auto);
    c.lastCustomerMessageAt = toDateTime(q.value(12));
    c.lastActivityAt = toDateTime(q.value(13));
    c.lastMessagePreview = q.value(14).toString();
    c.lastMessageDirection = directionFromString(q.value(15).toString()).value_or(Direction::In);
    c.lastMessageKind = messageKindFromString(q.value(16).toString()).value_or(MessageKind::Text);
    c.unreadCount = q.value(17).toInt();
    c.needsHuman = q.value(18).toBool();
    c.contextJson = q.value(19).toString();
    const QString labels = q.value(20).toString();
    if (!labels.isEmpty()) {
        c.labels = labels.split(QChar(31));
        c.labels.sort(Qt::CaseInsensitive);
    }
    c.avatarPath = q.value(21).toString();
    c.customerUsername = q.value(22).toString();
    c.lastMessageUnsent = q.value(23).toBool();
    // Rows from before the sender was kept (none after migration 13 backfilled them) go by direction.
    c.lastMessageSender =
        senderKindFromString(q.value(24).toString())
            .value_or(c.lastMessageDirection == Direction::In ? SenderKind::Customer : SenderKind::Agent);
    c.lastMessageAiDraft = q.value(25).toBool();
    return c;
}

QString messageSelect()
{
    return QStringLiteral(R"(SELECT id, conversation_id, channel, direction, sender_kind, sender_name, kind, body,
            payload, external_id, reply_to_external_id, status, status_reason, created_at, updated_at,
            unsent_at, edited_at, reaction, ai_draft
        FROM messages)");
}

Message Store::Private::readMessage(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.channel = channelKindFromString(q.value(2).toString()).value_or(ChannelKind::Messenger);
    m.direction = directionFromString(q.value(3).toString()).value_or(Direction::In);
    m.sender = senderKindFromString(q.value(4).toString()).value_or(SenderKind::Customer);
    m.senderName = q.value(5).toString();
    m.kind = messageKindFromString(q.value(6).toString()).value_or(MessageKind::Unsupported);
    m.body = q.value(7).toString();
    m.payloadJson = q.value(8).toString();
    m.externalId = q.value(9).toString();
    m.replyToExternalId = q.value(10).toString();
    m.status = messageStatusFromString(q.value(11).toString()).value_or(MessageStatus::Received);
    m.statusReason = q.value(12).toString();
    m.createdAt = toDateTime(q.value(13));
    m.updatedAt = toDateTime(q.value(14));
    m.unsentAt = toDateTime(q.value(15));
    m.editedAt = toDateTime(q.value(16));
    m.reaction = q.value(17).toString();
    m.aiDraft = aiDraftFromString(q.value(18).toString()).value_or(AiDraft::None);
    return m;
}

QList<Attachment> Store::Private::attachmentsOf(qint64 messageId) const
{
    QList<Attachment> result;
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT id, kind, url, local_path, mime_type, file_name, size"
                                      " FROM attachments WHERE message_id = ? ORDER BY id"),
                       {messageId});
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.kind = messageKindFromString(q.value(1).toString()).value_or(MessageKind::File);
        a.url = q.value(2).toString();
        a.localPath = q.value(3).toString();
        a.mimeType = q.value(4).toString();
        a.fileName = q.value(5).toString();
        a.size = q.value(6).toLongLong();
        result.append(a);
    }
    return result;
}

namespace {

// WHERE clause and binds for a ConversationQuery (paging excluded).
std::pair<QString, QVariantList> whereFor(const ConversationQuery &query)
{
    QStringList conditions;
    QVariantList binds;
    if (query.status) {
        conditions << QStringLiteral("c.status = ?");
        binds << toString(*query.status);
    }
    if (query.channel) {
        // By account id (conversations_account_status), so counting needs no join.
        conditions << QStringLiteral("c.account_id IN (SELECT id FROM channel_accounts WHERE kind = ?)");
        binds << toString(*query.channel);
    }
    if (query.assignee) {
        conditions << QStringLiteral("c.assignee = ?");
        binds << *query.assignee;
    }
    // Label and failed reply as IN lists rather than EXISTS per conversation: SQLite then starts
    // from the few matching rows (conversation_labels_label, messages_failed) instead of probing for
    // every conversation.
    if (query.label) {
        conditions << QStringLiteral("c.id IN (SELECT cl.conversation_id FROM conversation_labels cl"
                                     " JOIN labels l ON l.id = cl.label_id WHERE l.name = ?)");
        binds << *query.label;
    }
    if (query.unreadOnly)
        conditions << QStringLiteral("c.unread_count > 0");
    if (query.failedOnly)
        conditions << QStringLiteral("c.id IN (SELECT m.conversation_id FROM messages m WHERE m.status = 'failed')");
    if (query.needsHuman)
        conditions << QStringLiteral("c.needs_human = 1 AND c.status <> 'resolved'");
    return {conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
            binds};
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcStore) << "prepare failed:" << q.lastError().text();
        return q;
    }
    for (const QVariant &v : binds)
        bind(q, v);
    if (!q.exec())
        qCWarning(lcStore) << "query failed:" << q.lastError().text();
    return q;
}

} // namespace

QList<Conversation> Store::conversations(const ConversationQuery &query) const
{
    auto [where, binds] = whereFor(query);
    if (query.after) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("(c.last_activity_at < ? OR (c.last_activity_at = ? AND c.id < ?))");
        binds << fromDateTime(query.after->first) << fromDateTime(query.after->first) << query.after->second;
    }
    binds << std::max(1, query.limit);
    QSqlQuery q = run(
        d->db, conversationSelect() + where + QStringLiteral(" ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?"),
        binds);
    QList<Conversation> result;
    while (q.next())
        result.append(Private::readConversation(q));
    return result;
}

std::optional<Conversation> Store::conversation(qint64 id) const
{
    QSqlQuery q = run(d->db, conversationSelect() + QStringLiteral(" WHERE c.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return Private::readConversation(q);
}

bool Store::conversationMatches(qint64 id, const ConversationQuery &query) const
{
    auto [where, binds] = whereFor(query);
    where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    where += QStringLiteral("c.id = ?");
    binds << id;
    QSqlQuery q = run(d->db, QStringLiteral("SELECT 1 FROM conversations c") + where, binds);
    return q.next();
}

QList<qint64> Store::conversationIds(const ConversationQuery &query) const
{
    const auto [where, binds] = whereFor(query);
    QSqlQuery q = run(d->db, QStringLiteral("SELECT c.id FROM conversations c") + where, binds);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

int Store::conversationCount(const ConversationQuery &query) const
{
    const auto [where, binds] = whereFor(query);
    // Every conversation has its account (a foreign key), so counting needs no join.
    QSqlQuery q = run(d->db, QStringLiteral("SELECT count(*) FROM conversations c") + where, binds);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Message> Store::messages(qint64 conversationId, qint64 beforeMessageId, int limit) const
{
    // Keyset paging on (created_at, id): the page before a message is what was said before it.
    QSqlQuery q = run(d->db,
                      messageSelect()
                          + QStringLiteral(" WHERE conversation_id = ? AND (? = 0 OR (created_at, id) < "
                                           "((SELECT created_at FROM messages WHERE id = ?), ?))"
                                           " ORDER BY created_at DESC, id DESC LIMIT ?"),
                      {conversationId, beforeMessageId, beforeMessageId, beforeMessageId, std::max(1, limit)});
    QList<Message> result;
    while (q.next())
        result.prepend(Private::readMessage(q));
    q.finish();
    for (Message &m : result)
        m.attachments = d->attachmentsOf(m.id);
    return result;
}

std::optional<Message> Store::message(qint64 id) const
{
    QSqlQuery q = run(d->db, messageSelect() + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Message m = Private::readMessage(q);
    q.finish();
    m.attachments = d->attachmentsOf(m.id);
    return m;
}

std::optional<Customer> Store::customer(qint64 id) const
{
    QSqlQuery q =
        run(d->db,
            QStringLiteral("SELECT id, display_name, avatar_url, created_at, avatar_path FROM customers WHERE id = ?"),
            {id});
    if (!q.next())
        return std::nullopt;
    return Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), toDateTime(q.value(3)),
                    q.value(4).toString()};
}

QList<Identity> Store::identities(qint64 customerId) const
{
    QSqlQuery q = run(d->db,
                      QStringLiteral("SELECT id, customer_id, channel, external_id, display_name, username,"
                                     " profile_fetched_at, profile_retry_at, profile_error FROM identities"
                                     " WHERE customer_id = ? ORDER BY id"),
                      {customerId});
    QList<Identity> result;
    while (q.next()) {
        result.append(Identity{q.value(0).toLongLong(), q.value(1).toLongLong(),
                               channelKindFromString(q.value(2).toString()).value_or(ChannelKind::Messenger),
                               q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                               toDateTime(q.value(6)), toDateTime(q.value(7)), q.value(8).toString()});
    }
    return result;
}

QList<ChannelAccount> Store::channelAccounts() const
{
    QSqlQuery q = run(
        d->db, QStringLiteral("SELECT id, kind, external_id, name, settings FROM channel_accounts ORDER BY id"), {});
    QList<ChannelAccount> result;
    while (q.next()) {
        result.append(ChannelAccount{q.value(0).toLongLong(),
                                     channelKindFromString(q.value(1).toString()).value_or(ChannelKind::Messenger),
                                     q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return result;
}

QList<Note> Store::notes(qint64 conversationId) const
{
    QSqlQuery q = run(d->db,
                      QStringLiteral("SELECT id, conversation_id, author, body, created_at FROM notes"
                                     " WHERE conversation_id = ? ORDER BY created_at, id"),
                      {conversationId});
    QList<Note> result;
    while (q.next())
        result.append(Note{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(), toDateTime(q.value(4))});
    return result;
}

QList<CannedResponse> Store::cannedResponses() const
{
    QSqlQuery q =
        run(d->db, QStringLiteral("SELECT id, shortcut, title, body FROM canned_responses ORDER BY shortcut"), {});
    QList<CannedResponse> result;
    while (q.next())
        result.append(CannedResponse{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString()});
    return result;
}

QStringList Store::labels() const
{
    QSqlQuery q = run(d->db, QStringLiteral("SELECT name FROM labels ORDER BY name COLLATE NOCASE"), {});
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

QList<OutboxItem> Store::outbox(const QString &state) const
{
    QSqlQuery q =
        run(d->db, outboxSelect() + QStringLiteral(" WHERE (? = '' OR state = ?) ORDER BY id"), {state, state});
    QList<OutboxItem> result;
    while (q.next())
        result.append(Private::readOutboxItem(q));
    return result;
}

// ---- Search ------------------------------------------------------------------------------------

namespace {

constexpr QChar HighlightStart(0x02);
constexpr QChar HighlightEnd(0x03);
constexpr qsizetype SnippetContext = 40;
constexpr int RankWindow = 500; // searchMessages ranks at most this many of the newest matches,
constexpr qint64 FirstRange = 65536; // found in ranges of message ids: the newest this many, then doubling
constexpr int CustomerCandidates = 200; // searchCustomers ranks at most this many of the newest matches
constexpr int Completions = 32; // … of messages holding one of this many words the last word begins,
constexpr int CompletionsScanned = 2000; // the commonest of the first this many in the alphabet

// The original text around the first match, with every occurrence of a query word marked. Matching
// runs on a normalized copy that remembers where each character came from, so harakat in the
// message do not hide the match and the snippet keeps the text exactly as the customer wrote it.
QString snippetFor(const QString &original, const QStringList &terms)
{
    QString folded;
    QList<qsizetype> origin;
    folded.reserve(original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QString piece = search::normalize(QStringView(original).mid(i, 1));
        for (QChar c : piece) {
            folded.append(c);
            origin.append(i);
        }
    }
    QList<std::pair<qsizetype, qsizetype>> ranges; // [start, end) in original
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.size())) {
            // The whole word around the match: a stem found inside "الحذاء", a prefix while typing.
            qsizetype start = origin.at(at);
            qsizetype end = origin.at(at + term.size() - 1) + 1;
            // Thai runs have no spaces, so a Thai match is highlighted exactly, not to the next space.
            auto inWord = [&original](qsizetype i) {
                const QChar c = original.at(i);
                return (c.isLetterOrNumber() || c.isMark()) && !(c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F);
            };
            while (start > 0 && inWord(start - 1))
                --start;
            while (end < original.size() && inWord(end))
                ++end;
            ranges.append({start, end});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    const qsizetype first = ranges.isEmpty() ? 0 : ranges.first().first;
    const qsizetype from = std::max<qsizetype>(0, first - SnippetContext);
    const qsizetype to = std::min<qsizetype>(original.size(), first + 2 * SnippetContext + 40);

    QString out;
    if (from > 0)
        out += QChar(0x2026);
    qsizetype pos = from;
    for (const auto &[start, end] : ranges) {
        if (start < pos || start >= to)
            continue;
        out += original.mid(pos, start - pos) + HighlightStart + original.mid(start, end - start) + HighlightEnd;
        pos = end;
    }
    if (pos < to)
        out += original.mid(pos, to - pos);
    if (to < original.size())
        out += QChar(0x2026);
    return out.simplified();
}

// How well an indexed text (words joined by spaces, search::indexText) answers the query's stems —
// the last one also as a prefix, like the MATCH expression: BM25's term-frequency saturation and
// length normalisation (k1 = 1.2, b = 0.75) against the candidates' mean length. Without BM25's
// inverse document frequency, which FTS5 computes by reading each term's whole list of messages (the
// one cost that grew with the workspace); every candidate holds every term, so leaving it out only
// changes how two terms weigh against each other, and a one-word search orders exactly as BM25 does.
double scoreOf(QStringView text, qsizetype length, const QStringList &stems, double meanLength)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    const double norm = k1 * (1 - b + b * double(length) / std::max(1.0, meanLength));
    double score = 0;
    for (qsizetype i = 0; i < stems.size(); ++i) {
        const bool prefix = i == stems.size() - 1;
        int tf = 0;
        for (const QStringView token : QStringTokenizer(text, u' ', Qt::SkipEmptyParts))
            tf += prefix ? token.startsWith(stems.at(i)) : token == stems.at(i);
        score += tf * (k1 + 1) / (tf + norm);
    }
    return score;
}

// The ids of the best `limit` of `ranked` (best first), as bound values and the "?,?,…" of an IN list.
template<typename Ranked> std::pair<QString, QVariantList> bestIds(std::vector<Ranked> &ranked, int limit)
{
    if (qsizetype(ranked.size()) > limit)
        ranked.resize(std::size_t(limit));
    QStringList marks;
    QVariantList ids;
    for (const Ranked &r : ranked) {
        marks << QStringLiteral("?");
        ids << r.id;
    }
    return {marks.join(u','), ids};
}

// The hits read for `ranked`, in its order; an id the read did not find (never expected) is left out.
template<typename Hit, typename Ranked>
QList<Hit> inRankOrder(const std::vector<Ranked> &ranked, const QHash<qint64, Hit> &found)
{
    QList<Hit> result;
    result.reserve(found.size());
    for (const Ranked &r : ranked)
        if (const auto it = found.constFind(r.id); it != found.cend())
            result.append(*it);
    return result;
}

} // namespace

QList<SearchHit> Store::searchMessages(const QString &userQuery, int limit) const
{
    const QStringList stems = search::queryStems(userQuery);
    if (stems.isEmpty())
        return {};
    // The last word is still being typed: it stands for the indexed words it begins — itself when it
    // is one, then the commonest (CompletionsScanned bounds the range read for a one-letter prefix).
    // An FTS5 prefix query would instead merge the whole list of messages of every such word before
    // its first match, a cost that grows with the workspace; an OR of whole words is read lazily,
    // newest first, like any other term.
    QStringList completions;
    QSqlQuery terms = run(d->db,
                          QStringLiteral("SELECT term FROM (SELECT term, messages FROM search_terms"
                                         " WHERE term >= ? AND term < ? || char(1114111) LIMIT ?)"
                                         " ORDER BY term = ? DESC, messages DESC LIMIT ?"),
                          {stems.last(), stems.last(), CompletionsScanned, stems.last(), Completions});
    while (terms.next())
        completions.append(terms.value(0).toString());
    const QString match = search::matchExpression(stems, completions);
    if (match.isEmpty())
        return {};
    limit = std::max(1, limit);
    // The newest matches straight from the index in rowid order (an inbox is searched for what was
    // said lately), ranked here by scoreOf, and only the page of hits joined to its conversation
    // and customer: a common word matches tens of thousands of messages, and neither reading all of
    // them nor joining each may grow with the workspace. The index is read in ranges of message ids,
    // the newest FirstRange first and each range twice the one before, until a page of matches is
    // found (at most RankWindow of them) or the oldest message is reached: a common word fills its
    // RankWindow from the first range, and words that seldom meet in one message read the ranges
    // that hold a page of them, not every message of each word. In a workspace of FirstRange
    // messages or fewer, or with fewer matches than a page, that is the best of all matches. The
    // index holds exactly the stored messages (rows leave it with their message), so every ranked
    // row joins. (tests/bench/inbox)
    struct Ranked {
        qint64 id;
        QString text; // as indexed: words separated by single spaces
        qsizetype length; // in words
        double score = 0;
    };
    const int wanted = std::max(RankWindow, limit);
    std::vector<Ranked> ranked;
    ranked.reserve(std::size_t(wanted));
    qint64 totalLength = 0;
    QSqlQuery newest = run(d->db, QStringLiteral("SELECT coalesce(max(id), 0) FROM messages"), {});
    qint64 upper = newest.next() ? newest.value(0).toLongLong() : 0;
    newest.finish();
    for (qint64 range = FirstRange; upper > 0 && qsizetype(ranked.size()) < limit; range *= 2) {
        const qint64 lower = std::max<qint64>(1, upper - range + 1);
        QSqlQuery candidates = run(d->db,
                                   QStringLiteral("SELECT rowid, body FROM message_search WHERE message_search MATCH ?"
                                                  " AND rowid >= ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?"),
                                   {match, lower, upper, wanted - int(ranked.size())});
        while (candidates.next()) {
            QString text = candidates.value(1).toString();
            const qsizetype length = text.count(u' ') + 1;
            totalLength += length;
            ranked.push_back({candidates.value(0).toLongLong(), std::move(text), length});
        }
        upper = lower - 1;
    }
    const double meanLength = ranked.empty() ? 1.0 : double(totalLength) / double(ranked.size());
    for (Ranked &r : ranked)
        r.score = scoreOf(r.text, r.length, stems, meanLength);
    // Best first; equal scores newest first (the candidates came newest first).
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
    if (ranked.empty())
        return {};
    const auto [marks, ids] = bestIds(ranked, limit);
    QSqlQuery q = run(d->db,
                      QStringLiteral("SELECT m.id, m.conversation_id, cu.display_name, m.channel, m.body, m.created_at"
                                     " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                                     " JOIN customers cu ON cu.id = c.customer_id WHERE m.id IN (%1)")
                          .arg(marks),
                      ids);
    QHash<qint64, SearchHit> found;
    while (q.next()) {
        SearchHit hit;
        hit.messageId = q.value(0).toLongLong();
        hit.conversationId = q.value(1).toLongLong();
        hit.customerName = q.value(2).toString();
        hit.channel = channelKindFromString(q.value(3).toString()).value_or(ChannelKind::Messenger);
        hit.snippet = snippetFor(q.value(4).toString(), stems);
        hit.createdAt = toDateTime(q.value(5));
        found.insert(hit.messageId, hit);
    }
    return inRankOrder(ranked, found);
}

namespace {

// A phone number as people type it ("+964 770 123 4567", "0770-123-4567", Arabic-Indic digits):
// its digits, without an international "00"; empty when the query is not a number of 3 digits or more.
QString phoneDigits(QStringView query)
{
    for (QChar c : query)
        if (!c.isDigit() && !c.isSpace() && !QStringView(u"+-().").contains(c))
            return {};
    QString digits = search::asciiDigits(query);
    if (digits.startsWith(QStringLiteral("00")))
        digits.remove(0, 2);
    return digits.size() >= 3 ? digits : QString();
}

} // namespace

QList<CustomerHit> Store::searchCustomers(const QString &userQuery, int limit) const
{
    // Names and handles (Store::Private::indexCustomer).
    const QString digits = phoneDigits(userQuery);
    const QStringList stems = digits.isEmpty() ? search::queryStems(userQuery) : QStringList();
    const QString match =
        digits.isEmpty() ? search::prefixExpression(stems) : QStringLiteral("handles : \"%1\"*").arg(digits);
    if (match.isEmpty())
        return {};
    limit = std::max(1, limit);
    // The newest CustomerCandidates matching customers, ranked here: those the query names (every
    // word in the name, the last one as typed so far) before those it finds only by a handle, a
    // whole last word before a beginning, a shorter name before a longer; equal ones newest first.
    // BM25 would rank every customer that matches, and a first letter matches a tenth of them.
    struct Ranked {
        qint64 id;
        int named = 0; // query words found in the name
        bool whole = false; // the last word is a whole word of the name
        qsizetype length = 0; // words in the name
    };
    std::vector<Ranked> ranked;
    QSqlQuery candidates = run(d->db,
                               QStringLiteral("SELECT rowid, name FROM customer_search WHERE customer_search MATCH ?"
                                              " ORDER BY rowid DESC LIMIT ?"),
                               {match, std::max(CustomerCandidates, limit)});
    while (candidates.next()) {
        Ranked r{candidates.value(0).toLongLong()};
        const QStringList name = candidates.value(1).toString().split(u' ', Qt::SkipEmptyParts);
        r.length = name.size();
        for (qsizetype i = 0; i < stems.size(); ++i) {
            const bool last = i == stems.size() - 1;
            const bool found = std::any_of(name.cbegin(), name.cend(), [&](const QString &word) {
                return last ? word.startsWith(stems.at(i)) : word == stems.at(i);
            });
            r.named += found;
            if (last)
                r.whole = name.contains(stems.at(i));
        }
        ranked.push_back(r);
    }
    candidates.finish();
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return std::tie(b.named, b.whole, a.length) < std::tie(a.named, a.whole, b.length);
    });
    if (ranked.empty())
        return {};
    const auto [marks, ids] = bestIds(ranked, limit);
    QSqlQuery q = run(d->db,
                      QStringLiteral("SELECT cu.id, cu.display_name,"
                                     " (SELECT group_concat(c.id) FROM conversations c WHERE c.customer_id = cu.id)"
                                     " FROM customers cu WHERE cu.id IN (%1)")
                          .arg(marks),
                      ids);
    QHash<qint64, CustomerHit> found;
    while (q.next()) {
        CustomerHit hit;
        hit.customerId = q.value(0).toLongLong();
        hit.displayName = q.value(1).toString();
        const QStringList conversations = q.value(2).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &id : conversations)
            hit.conversationIds.append(id.toLongLong());
        found.insert(hit.customerId, hit);
    }
    return inRankOrder(ranked, found);
}

} // namespace wasel::models
