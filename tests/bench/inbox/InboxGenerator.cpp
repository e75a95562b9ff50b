#include "InboxGenerator.h"

#include "Vocabulary.h"
#include "domain/TextSearch.h"
#include "domain/Types.h"
#include "store/SqlHelpers.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <random>
#include <vector>

namespace wasel::bench {

using models::ChannelKind;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr int PreviewLength = 160; // as models/store/StoreApply.cpp
constexpr int MessagesPerTransaction = 50000;

// Our own draws on mt19937's raw output: the standard distributions differ between libraries, and
// the same seed must give the same workspace everywhere.
class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return int(m_engine() % quint32(n)); }
    double unit() { return m_engine() / 4294967296.0; }
    bool chance(double p) { return unit() < p; }
    // An index into a list of n, mostly near the front (word frequencies are very uneven).
    int skewed(int n) { return std::min(n - 1, int(n * std::pow(unit(), 2.2))); }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937 m_engine;
};

struct Account {
    ChannelKind kind;
    QString externalId;
    QString name;
};

const QList<Account> &accounts()
{
    static const QList<Account> list{
        {ChannelKind::WhatsApp, QStringLiteral("109800000001"), QStringLiteral("Shop WhatsApp")},
        {ChannelKind::WhatsApp, QStringLiteral("109800000002"), QStringLiteral("Shop WhatsApp Basra")},
        {ChannelKind::Instagram, QStringLiteral("17841400000001"), QStringLiteral("Shop Instagram")},
        {ChannelKind::Messenger, QStringLiteral("104000000001"), QStringLiteral("Shop page")},
        {ChannelKind::Messenger, QStringLiteral("104000000002"), QStringLiteral("Shop page Thailand")},
        {ChannelKind::TwilioWhatsApp, QStringLiteral("whatsapp:+9647700000000"), QStringLiteral("Twilio sender")},
        {ChannelKind::Email, QStringLiteral("shop@example.com"), QStringLiteral("Shop mail")},
        {ChannelKind::Widget, QStringLiteral("shop-site"), QStringLiteral("Website chat")},
        {ChannelKind::ManyChat, QStringLiteral("556600000001"), QStringLiteral("ManyChat")},
    };
    return list;
}

// Share of conversations per account, in percent (sums to 100).
int pickAccount(Rng &rng)
{
    static const int weights[] = {22, 8, 22, 14, 6, 6, 8, 8, 6};
    int r = rng.below(100);
    for (int i = 0; i < int(std::size(weights)); ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return 0;
}

Language pickLanguage(Rng &rng)
{
    const int r = rng.below(100);
    return r < 45 ? Language::Arabic : r < 75 ? Language::Thai : Language::English;
}

QString externalIdFor(ChannelKind kind, int conversation, Language language)
{
    switch (kind) {
    case ChannelKind::Messenger:
        return QStringLiteral("7%1").arg(conversation, 15, 10, QChar(u'0'));
    case ChannelKind::Instagram:
        return QStringLiteral("17%1").arg(conversation, 15, 10, QChar(u'0'));
    case ChannelKind::WhatsApp:
    case ChannelKind::TwilioWhatsApp: {
        const QString number = language == Language::Thai
            ? QStringLiteral("668%1").arg(conversation, 8, 10, QChar(u'0'))
            : QStringLiteral("9647%1").arg(conversation, 9, 10, QChar(u'0'));
        return kind == ChannelKind::TwilioWhatsApp ? QStringLiteral("whatsapp:+") + number : number;
    }
    case ChannelKind::Email:
        return QStringLiteral("customer%1@example.net").arg(conversation);
    case ChannelKind::Widget:
        return QStringLiteral("visitor-%1").arg(conversation, 8, 16, QChar(u'0'));
    case ChannelKind::ManyChat:
        break;
    }
    return QStringLiteral("55%1").arg(conversation, 10, 10, QChar(u'0'));
}

QString messageText(Rng &rng, Language language, bool fromCustomer)
{
    const QStringList &words = wordsOf(language);
    const int count = 3 + rng.below(10);
    QString text;
    for (int i = 0; i < count; ++i) {
        // Thai runs words together; a space separates phrases.
        if (i > 0 && (language != Language::Thai || rng.chance(0.3)))
            text += u' ';
        text += words.at(rng.skewed(int(words.size())));
    }
    if (rng.chance(0.15))
        text += QStringLiteral(" %1").arg((1 + rng.below(200)) * (language == Language::Arabic ? 250 : 10));
    if (rng.chance(0.05))
        text += QStringLiteral(" #%1").arg(10000 + rng.below(90000));
    if (language == Language::English && !text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (fromCustomer && rng.chance(0.3))
        text += language == Language::Arabic ? QStringLiteral("؟") : QStringLiteral("?");
    return text;
}

QString previewOf(const QString &text)
{
    QString preview = text.simplified();
    if (preview.size() > PreviewLength)
        preview = preview.left(PreviewLength - 1) + QChar(0x2026);
    return preview;
}

struct GeneratedMessage {
    models::Direction direction = models::Direction::In;
    models::SenderKind sender = models::SenderKind::Customer;
    models::MessageKind kind = models::MessageKind::Text;
    models::MessageStatus status = models::MessageStatus::Received;
    QString body;
    QString statusReason;
    qint64 at = 0;
    bool image = false;
};

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.prepare(sql);
    return q;
}

bool execWith(QSqlQuery &q, std::initializer_list<QVariant> values, QString *error)
{
    int i = 0;
    for (const QVariant &v : values)
        models::sql::bind(q, i++, v); // an empty QString as '', not NULL, as the store binds it
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

QVariant nullable(qint64 value)
{
    return value ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}

class Writer
{
public:
    Writer(const QSqlDatabase &db, const GeneratorOptions &options)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
        , m_now(options.now.toMSecsSinceEpoch())
        , m_insertCustomer(prepared(db,
                                    QStringLiteral("INSERT INTO customers(id, display_name, created_at, updated_at)"
                                                   " VALUES (?, ?, ?, ?)")))
        , m_insertIdentity(prepared(db,
                                    QStringLiteral("INSERT INTO identities(customer_id, channel, external_id,"
                                                   " display_name, username) VALUES (?, ?, ?, ?, ?)")))
        , m_insertCustomerSearch(prepared(db, QStringLiteral("INSERT INTO customer_search(rowid, name) VALUES (?, ?)")))
        , m_insertConversation(prepared(db, QStringLiteral(R"(INSERT INTO conversations(id, account_id,
                customer_id, status, snoozed_until, assignee, priority, ai_mode, last_customer_message_at,
                last_activity_at, last_message_preview, last_message_direction, last_message_kind,
                last_message_sender, unread_count, needs_human, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))")))
        , m_insertLabel(
              prepared(db, QStringLiteral("INSERT INTO conversation_labels(conversation_id, label_id) VALUES (?, ?)")))
        , m_insertMessage(prepared(db, QStringLiteral(R"(INSERT INTO messages(id, conversation_id, channel,
                direction, sender_kind, sender_name, kind, body, external_id, status, status_reason, created_at,
                updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))")))
        , m_insertAttachment(prepared(db,
                                      QStringLiteral("INSERT INTO attachments(message_id, kind, url, mime_type,"
                                                     " size) VALUES (?, 'image', ?, 'image/jpeg', ?)")))
        , m_insertSearch(prepared(db, QStringLiteral("INSERT INTO message_search(rowid, body) VALUES (?, ?)")))
    {
    }

    GeneratorResult run();

private:
    bool writeAccountsAndLabels();
    bool writeConversation(int index, int messageCount, bool big);
    bool commitEvery();

    QSqlDatabase m_db;
    const GeneratorOptions &m_options;
    Rng m_rng;
    qint64 m_now;
    QSqlQuery m_insertCustomer, m_insertIdentity, m_insertCustomerSearch, m_insertConversation, m_insertLabel,
        m_insertMessage, m_insertAttachment, m_insertSearch;
    QString m_error;
    GeneratorResult m_result;
    qint64 m_nextMessageId = 1;
    int m_sinceCommit = 0;
    // The previous conversation's customer, sometimes met again on another channel.
    qint64 m_lastCustomer = 0;
    Language m_lastLanguage = Language::Arabic;
    QString m_lastName;
    // Per customer: a bit per account it has a conversation with (low 16 bits) and per channel it
    // has an identity on (ChannelKind + 16).
    std::vector<quint32> m_customerBits;
};

const QStringList &labelNames()
{
    static const QStringList names{QStringLiteral("VIP"),      QString::fromUtf8("طلب جديد"),
                                   QString::fromUtf8("توصيل"), QString::fromUtf8("ร้องเรียน"),
                                   QStringLiteral("refund"),   QStringLiteral("wholesale"),
                                   QString::fromUtf8("ส่งแล้ว"), QString::fromUtf8("متابعة")};
    return names;
}

const QStringList &agents()
{
    static const QStringList names{QStringLiteral("Sara"), QStringLiteral("Ali"), QStringLiteral("Noi"),
                                   QStringLiteral("Hassan")};
    return names;
}

bool Writer::writeAccountsAndLabels()
{
    QSqlQuery account = prepared(
        m_db,
        QStringLiteral("INSERT INTO channel_accounts(id, kind, external_id, name, created_at) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < accounts().size(); ++i) {
        const Account &a = accounts().at(i);
        if (!execWith(account, {i + 1, models::toString(a.kind), a.externalId, a.name, m_now - 400 * Day}, &m_error))
            return false;
    }
    QSqlQuery label = prepared(m_db, QStringLiteral("INSERT INTO labels(id, name) VALUES (?, ?)"));
    for (int i = 0; i < labelNames().size(); ++i) {
        if (!execWith(label, {i + 1, labelNames().at(i)}, &m_error))
            return false;
    }
    return true;
}

bool Writer::commitEvery()
{
    if (m_sinceCommit < MessagesPerTransaction)
        return true;
    m_sinceCommit = 0;
    if (!m_db.commit() || !m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool Writer::writeConversation(int index, int messageCount, bool big)
{
    const int accountIndex = big ? 0 : pickAccount(m_rng);
    const Account &account = accounts().at(accountIndex);
    const QString channel = models::toString(account.kind);
    const qint64 conversationId = index + 1;

    // The customer: usually new; sometimes the previous one, writing on another channel.
    qint64 customerId = 0;
    Language language;
    QString name;
    if (m_lastCustomer && !(m_customerBits[std::size_t(m_lastCustomer - 1)] & (1u << accountIndex))
        && m_rng.chance(0.1)) {
        customerId = m_lastCustomer;
        language = m_lastLanguage;
        name = m_lastName;
    } else {
        language = pickLanguage(m_rng);
        name = m_rng.pick(firstNamesOf(language)) + u' ' + m_rng.pick(lastNamesOf(language));
        customerId = qint64(m_customerBits.size()) + 1;
        m_customerBits.push_back(0);
        const qint64 created = m_now - 200 * Day + index;
        if (!execWith(m_insertCustomer, {customerId, name, created, created}, &m_error)
            || !execWith(m_insertCustomerSearch, {customerId, models::search::indexText(name)}, &m_error))
            return false;
        ++m_result.customers;
    }
    quint32 &bits = m_customerBits[std::size_t(customerId - 1)];
    bits |= 1u << accountIndex;
    if (!(bits & (1u << (16 + int(account.kind))))) {
        bits |= 1u << (16 + int(account.kind));
        const QString username =
            account.kind == ChannelKind::Instagram ? QStringLiteral("shopper%1").arg(index) : QString();
        if (!execWith(m_insertIdentity,
                      {customerId, channel, externalIdFor(account.kind, index, language), name, username}, &m_error))
            return false;
    }
    m_lastCustomer = customerId;
    m_lastLanguage = language;
    m_lastName = name;

    // Status and who handles it.
    const int r = m_rng.below(100);
    const models::ConversationStatus status = big ? models::ConversationStatus::Open
        : r < 55                                  ? models::ConversationStatus::Open
        : r < 65                                  ? models::ConversationStatus::Pending
        : r < 70                                  ? models::ConversationStatus::Snoozed
                                                  : models::ConversationStatus::Resolved;
    const QString assignee = m_rng.chance(0.5) ? QString() : m_rng.pick(agents());
    static const QStringList aiModes{QStringLiteral("auto"), QStringLiteral("auto"), QStringLiteral("auto"),
                                     QStringLiteral("draft"), QStringLiteral("off")};
    const QString aiMode = m_rng.pick(aiModes);
    const int priority = m_rng.chance(0.8) ? 0 : 1 + m_rng.below(4);

    // The messages, oldest first, ending at the conversation's last activity.
    const qint64 lastAt = big ? m_now - 2 * Day - 3 * Hour : m_now - qint64(180 * Day * std::pow(m_rng.unit(), 1.7));
    std::vector<GeneratedMessage> messages(static_cast<std::size_t>(messageCount));
    qint64 at = lastAt;
    for (int i = messageCount - 1; i >= 0; --i) {
        GeneratedMessage &m = messages[std::size_t(i)];
        m.at = at;
        at -= big ? 20000 + qint64(40 * Minute * std::pow(m_rng.unit(), 3))
                  : 30000 + qint64(8 * Hour * std::pow(m_rng.unit(), 3));
    }
    qint64 lastCustomerAt = 0;
    for (int i = 0; i < messageCount; ++i) {
        GeneratedMessage &m = messages[std::size_t(i)];
        const bool in = i == 0 || m_rng.chance(0.55);
        m.direction = in ? models::Direction::In : models::Direction::Out;
        m.sender = in           ? models::SenderKind::Customer
            : m_rng.chance(0.6) ? models::SenderKind::Agent
                                : models::SenderKind::Ai;
        m.status = in           ? models::MessageStatus::Received
            : m_rng.chance(0.6) ? models::MessageStatus::Read
            : m_rng.chance(0.6) ? models::MessageStatus::Delivered
                                : models::MessageStatus::Sent;
        m.image = in && m_rng.chance(0.03);
        m.kind = m.image ? models::MessageKind::Image : models::MessageKind::Text;
        m.body = m.image && m_rng.chance(0.5) ? QString() : messageText(m_rng, language, in);
        if (in)
            lastCustomerAt = m.at;
    }
    // A reply that could not be sent, now and then: the "Failed to send" view has something to show.
    if (m_rng.chance(0.004)) {
        for (int i = messageCount - 1; i >= 0; --i) {
            GeneratedMessage &m = messages[std::size_t(i)];
            if (m.direction == models::Direction::Out) {
                m.status = models::MessageStatus::Failed;
                m.statusReason = QStringLiteral("(#10) This message is sent outside of allowed window.");
                break;
            }
        }
    }
    int unread = 0;
    if (status != models::ConversationStatus::Resolved && m_rng.chance(0.75)) {
        for (int i = messageCount - 1; i >= 0 && messages[std::size_t(i)].direction == models::Direction::In; --i)
            ++unread;
    }
    const bool needsHuman = status == models::ConversationStatus::Open && m_rng.chance(0.03);
    const QVariant snoozedUntil =
        status == models::ConversationStatus::Snoozed ? QVariant(m_now + (1 + m_rng.below(72)) * Hour) : QVariant();

    const GeneratedMessage &last = messages.back();
    if (!execWith(m_insertConversation,
                  {conversationId, accountIndex + 1, customerId, models::toString(status),
                   snoozedUntil.isValid() ? snoozedUntil : QVariant(QMetaType(QMetaType::LongLong)), assignee, priority,
                   aiMode, nullable(lastCustomerAt), lastAt, previewOf(last.body), models::toString(last.direction),
                   models::toString(last.kind), models::toString(last.sender), unread, needsHuman ? 1 : 0,
                   messages.front().at},
                  &m_error))
        return false;
    if (m_rng.chance(0.25)) {
        const int first = m_rng.below(int(labelNames().size()));
        const int second = m_rng.chance(0.3) ? m_rng.below(int(labelNames().size())) : first;
        const QList<int> chosen = second == first ? QList<int>{first} : QList<int>{first, second};
        for (int label : chosen) {
            if (!execWith(m_insertLabel, {conversationId, label + 1}, &m_error))
                return false;
        }
    }

    const QString agentName = assignee.isEmpty() ? agents().constFirst() : assignee;
    for (const GeneratedMessage &m : messages) {
        const qint64 id = m_nextMessageId++;
        const bool failed = m.status == models::MessageStatus::Failed;
        const QString externalId = failed ? QString()
            : account.kind == ChannelKind::WhatsApp || account.kind == ChannelKind::TwilioWhatsApp
            ? QStringLiteral("wamid.GEN%1").arg(id)
            : QStringLiteral("mid.gen%1").arg(id);
        const QString senderName = m.sender == models::SenderKind::Customer ? name
            : m.sender == models::SenderKind::Ai                            ? QStringLiteral("Wasel AI")
                                                                            : agentName;
        if (!execWith(m_insertMessage,
                      {id, conversationId, channel, models::toString(m.direction), models::toString(m.sender),
                       senderName, models::toString(m.kind), m.body,
                       externalId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(externalId),
                       models::toString(m.status), m.statusReason, m.at, m.at},
                      &m_error))
            return false;
        if (m.image
            && !execWith(
                m_insertAttachment,
                {id, QStringLiteral("https://media.example.invalid/%1.jpg").arg(id), 40000 + m_rng.below(400000)},
                &m_error))
            return false;
        if (const QString text = models::search::indexText(m.body);
            !text.isEmpty() && !execWith(m_insertSearch, {id, text}, &m_error))
            return false;
        ++m_result.messages;
        ++m_sinceCommit;
    }
    ++m_result.conversations;
    if (big)
        m_result.bigConversationId = conversationId;
    return commitEvery();
}

GeneratorResult Writer::run()
{
    const int n = m_options.conversations;
    const int big = m_options.bigConversation > 0 ? m_options.bigConversation : 0;
    const qint64 spread = qint64(m_options.messages) - big - (big ? n - 1 : n);
    if (n < 1 || spread < 0) {
        m_result.error = QStringLiteral("%1 messages cannot fill %2 conversations (one of %3 messages)")
                             .arg(m_options.messages)
                             .arg(n)
                             .arg(big);
        return m_result;
    }
    // Every conversation has one message; the rest go to conversations drawn at random.
    std::vector<int> counts(std::size_t(n), 1);
    const int bigIndex = big ? n / 3 : -1;
    if (big)
        counts[std::size_t(bigIndex)] = big;
    for (qint64 i = 0; i < spread; ++i) {
        int c = m_rng.below(n);
        if (c == bigIndex)
            c = (c + 1) % n;
        ++counts[std::size_t(c)];
    }
    if (!m_db.transaction() || !writeAccountsAndLabels()) {
        m_result.error = m_error.isEmpty() ? m_db.lastError().text() : m_error;
        return m_result;
    }
    for (int i = 0; i < n; ++i) {
        if (!writeConversation(i, counts[std::size_t(i)], i == bigIndex)) {
            m_db.rollback();
            m_result.error = QStringLiteral("conversation %1: %2").arg(i + 1).arg(m_error);
            return m_result;
        }
    }
    if (!m_db.commit()) {
        m_result.error = m_db.lastError().text();
        return m_result;
    }
    m_result.ok = true;
    return m_result;
}

} // namespace

GeneratorResult generateInbox(const QString &path, const GeneratorOptions &options)
{
    GeneratorResult result;
    if (QFile::exists(path)) {
        result.error = QStringLiteral("%1 exists already").arg(path);
        return result;
    }
    {
        // The schema, exactly as the app makes it.
        models::Store store;
        if (!store.open(path)) {
            result.error = store.lastError().message;
            return result;
        }
    }
    const QString connection = QStringLiteral("wasel-inbox-generator");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            // Nothing to protect while the file is being made: no journal, no syncs.
            for (const char *pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                       "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"})
                QSqlQuery(db).exec(QString::fromLatin1(pragma));
            // Filling tables without their indexes and building each index once at the end is several
            // times faster than updating them row by row; the definitions are the schema's own.
            QStringList names, indexes;
            QSqlQuery list(db);
            list.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
            while (list.next()) {
                names.append(list.value(0).toString());
                indexes.append(list.value(1).toString());
            }
            list.finish();
            for (const QString &name : std::as_const(names))
                QSqlQuery(db).exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
            {
                Writer writer(db, options);
                result = writer.run();
            }
            for (const QString &index : std::as_const(indexes)) {
                QSqlQuery create(db);
                if (!create.exec(index) && result.ok) {
                    result.ok = false;
                    result.error = QStringLiteral("cannot recreate an index: %1").arg(create.lastError().text());
                }
            }
            // The words of the message index, as migration 14 takes them from an existing index.
            for (const char *step : {"CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, message_search, row)",
                                     "INSERT INTO search_terms(term, messages) SELECT term, doc FROM temp.vocabulary",
                                     "DROP TABLE temp.vocabulary"}) {
                QSqlQuery terms(db);
                if (!terms.exec(QString::fromLatin1(step)) && result.ok) {
                    result.ok = false;
                    result.error = QStringLiteral("cannot list the indexed words: %1").arg(terms.lastError().text());
                }
            }
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace wasel::bench
