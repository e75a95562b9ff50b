// Customer profiles fetched from Messenger and Instagram: who to ask next, and what they said.

#include "Store.h"
#include "StorePrivate.h"

#include <QSqlError>

namespace wasel::models {

using namespace sql;

namespace {

// Identity columns of a ProfileTarget, with the account of the customer's latest conversation on
// the identity's channel (PSIDs and IGSIDs are scoped to that page or account).
QString targetSelect()
{
    return QStringLiteral(R"(SELECT i.id, i.customer_id, i.channel, i.external_id, i.profile_retry_at, cu.avatar_path,
            (SELECT a.external_id FROM conversations c JOIN channel_accounts a ON a.id = c.account_id
              WHERE c.customer_id = i.customer_id AND a.kind = i.channel
              ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 1)
        FROM identities i JOIN customers cu ON cu.id = i.customer_id)");
}

ProfileTarget readTarget(const QSqlQuery &q)
{
    ProfileTarget t;
    t.identityId = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.channel = channelKindFromString(q.value(2).toString()).value_or(ChannelKind::Messenger);
    t.externalId = q.value(3).toString();
    t.retryAt = toDateTime(q.value(4));
    t.avatarPath = q.value(5).toString();
    t.accountExternalId = q.value(6).toString();
    return t;
}

constexpr QLatin1String profileChannels("i.channel IN ('messenger', 'instagram')");

} // namespace

QList<ProfileTarget> Store::profilesDue(const QDateTime &now, int limit) const
{
    QSqlQuery q = exec(d->db,
                       targetSelect() + QStringLiteral(" WHERE ") + profileChannels
                           + QStringLiteral(" AND (i.profile_retry_at IS NULL OR i.profile_retry_at <= ?)"
                                            " ORDER BY i.profile_retry_at IS NOT NULL, i.profile_retry_at, i.id"
                                            " LIMIT ?"),
                       {fromDateTime(now), limit});
    QList<ProfileTarget> result;
    while (q.next()) {
        ProfileTarget t = readTarget(q);
        if (!t.accountExternalId.isEmpty()) // an identity with no conversation has no page to ask
            result.append(t);
    }
    return result;
}

std::optional<ProfileTarget> Store::profileTarget(qint64 identityId) const
{
    QSqlQuery q = exec(d->db, targetSelect() + QStringLiteral(" WHERE i.id = ? AND ") + profileChannels, {identityId});
    if (!q.next())
        return std::nullopt;
    return readTarget(q);
}

std::optional<ProfileTarget> Store::profileTargetOf(qint64 conversationId) const
{
    // On every customer message's path: one cached statement. The page that received this
    // conversation is the one whose token can ask.
    QSqlQuery &q = d->run(
        QStringLiteral(R"(SELECT i.id, i.customer_id, i.channel, i.external_id, i.profile_retry_at, cu.avatar_path,
                a.external_id
            FROM conversations c JOIN channel_accounts a ON a.id = c.account_id
            JOIN identities i ON i.customer_id = c.customer_id AND i.channel = a.kind
            JOIN customers cu ON cu.id = i.customer_id
            WHERE c.id = ? AND )")
            + profileChannels + QStringLiteral(" ORDER BY i.id LIMIT 1"),
        {conversationId});
    if (!q.next())
        return std::nullopt;
    ProfileTarget target = readTarget(q);
    q.finish();
    return target;
}

bool Store::saveProfile(qint64 identityId, const ProfileUpdate &profile, const QDateTime &fetchedAt,
                        const QDateTime &retryAt, const QString &error)
{
    Transaction tx(d->db);
    QSqlQuery current = exec(d->db,
                             QStringLiteral("SELECT i.customer_id, i.external_id, i.display_name, cu.display_name"
                                            " FROM identities i JOIN customers cu ON cu.id = i.customer_id"
                                            " WHERE i.id = ?"),
                             {identityId});
    if (!current.next())
        return d->fail(QStringLiteral("no identity %1 to store a profile on").arg(identityId));
    const qint64 customerId = current.value(0).toLongLong();
    const QString externalId = current.value(1).toString();
    const QString channelName = current.value(2).toString();
    const QString customerName = current.value(3).toString();
    current.finish();

    const QString name = profile.name.trimmed();
    if (!ok(exec(d->db,
                 QStringLiteral("UPDATE identities SET display_name = CASE WHEN ? <> '' THEN ? ELSE display_name END,"
                                " username = ?, profile_fetched_at = ?, profile_retry_at = ?, profile_error = ?"
                                " WHERE id = ?"),
                 {name, name, profile.username, fromDateTime(fetchedAt), fromDateTime(retryAt), error, identityId})))
        return d->fail(QStringLiteral("cannot store the profile of identity %1").arg(identityId));

    // Staff may have named the customer; only a name that came from this channel (or the raw id the
    // customer was created with) gives way to the profile's.
    const bool channelGaveName =
        customerName.isEmpty() || customerName == externalId || (!channelName.isEmpty() && customerName == channelName);
    if (!name.isEmpty() && name != customerName && channelGaveName) {
        if (!ok(exec(d->db, QStringLiteral("UPDATE customers SET display_name = ?, updated_at = ? WHERE id = ?"),
                     {name, fromDateTime(fetchedAt), customerId})))
            return d->fail(QStringLiteral("cannot rename customer %1").arg(customerId));
    }
    // The name, or the identity's name or @username the customer is also found by.
    if (!d->indexCustomer(customerId))
        return d->fail(QStringLiteral("cannot index customer %1 for search").arg(customerId));
    if (profile.avatarPath
        && !ok(exec(d->db,
                    QStringLiteral("UPDATE customers SET avatar_path = ?, avatar_url = ?, updated_at = ? WHERE id = ?"),
                    {*profile.avatarPath, profile.avatarUrl, fromDateTime(fetchedAt), customerId})))
        return d->fail(QStringLiteral("cannot store the picture of customer %1").arg(customerId));

    QList<qint64> conversations;
    QSqlQuery list = exec(d->db, QStringLiteral("SELECT id FROM conversations WHERE customer_id = ?"), {customerId});
    while (list.next())
        conversations.append(list.value(0).toLongLong());
    if (!tx.commit())
        return d->fail(QStringLiteral("cannot commit the profile: %1").arg(d->db.lastError().text()));
    for (qint64 id : std::as_const(conversations))
        d->notify(&Store::conversationChanged, id);
    return true;
}

bool Store::recordProfileError(qint64 identityId, const QString &error, const QDateTime &retryAt)
{
    QSqlQuery q =
        exec(d->db, QStringLiteral("UPDATE identities SET profile_retry_at = ?, profile_error = ? WHERE id = ?"),
             {fromDateTime(retryAt), error, identityId});
    if (!ok(q) || q.numRowsAffected() != 1)
        return d->fail(QStringLiteral("cannot record the profile error of identity %1").arg(identityId));
    return true;
}

} // namespace wasel::models
