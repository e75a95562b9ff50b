// The knowledge base: products and FAQs, and their full-text index (same text preparation as
// messages, so Arabic without harakat and unspaced Thai are found).

#include "StorePrivate.h"

#include "domain/TextSearch.h"

#include <QSqlError>

#include <cmath>

namespace wasel::models {

using namespace sql;

namespace {

QString kindName(KnowledgeItem::Kind kind)
{
    return kind == KnowledgeItem::Kind::Faq ? QStringLiteral("faq") : QStringLiteral("product");
}

QString knowledgeSelect()
{
    return QStringLiteral(
        "SELECT id, kind, name, price, currency, description, stock, tags, updated_at FROM knowledge_items");
}

KnowledgeItem readKnowledge(const QSqlQuery &q)
{
    KnowledgeItem item;
    item.id = q.value(0).toLongLong();
    item.kind = q.value(1).toString() == QLatin1String("faq") ? KnowledgeItem::Kind::Faq : KnowledgeItem::Kind::Product;
    item.name = q.value(2).toString();
    if (!q.value(3).isNull())
        item.price = q.value(3).toDouble();
    item.currency = q.value(4).toString();
    item.description = q.value(5).toString();
    if (!q.value(6).isNull())
        item.stock = q.value(6).toInt();
    item.tags = q.value(7).toString().split(u',', Qt::SkipEmptyParts);
    for (QString &tag : item.tags)
        tag = tag.trimmed();
    item.updatedAt = toDateTime(q.value(8));
    return item;
}

} // namespace

bool Store::Private::indexKnowledge(qint64 itemId, const QString &name, const QString &description, const QString &tags)
{
    return ok(exec(
        db,
        QStringLiteral("INSERT OR REPLACE INTO knowledge_search(rowid, name, description, tags) VALUES (?, ?, ?, ?)"),
        {itemId, search::indexText(name), search::indexText(description), search::indexText(tags)}));
}

qint64 Store::saveKnowledgeItem(const KnowledgeItem &item)
{
    const QString name = item.name.trimmed();
    if (name.isEmpty()) {
        d->fail(QStringLiteral("a product or question needs a name"));
        return 0;
    }
    if (item.price && (*item.price < 0 || !std::isfinite(*item.price))) {
        d->fail(QStringLiteral("the price of %1 must be a positive number").arg(name));
        return 0;
    }
    QStringList tags;
    for (const QString &tag : item.tags)
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    const QVariant price = item.price ? QVariant(*item.price) : QVariant(QMetaType(QMetaType::Double));
    const QVariant stock = item.stock ? QVariant(*item.stock) : QVariant(QMetaType(QMetaType::Int));
    const QVariant now = fromDateTime(QDateTime::currentDateTimeUtc());

    Transaction tx(d->db);
    qint64 id = item.id;
    if (id == 0) {
        QSqlQuery existing = exec(d->db, QStringLiteral("SELECT id FROM knowledge_items WHERE kind = ? AND name = ?"),
                                  {kindName(item.kind), name});
        if (existing.next())
            id = existing.value(0).toLongLong();
    }
    QSqlQuery write = id == 0
        ? exec(d->db,
               QStringLiteral("INSERT INTO knowledge_items(kind, name, price, currency, description, stock, tags,"
                              " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {kindName(item.kind), name, price, item.currency.trimmed(), item.description.trimmed(), stock,
                tags.join(QStringLiteral(", ")), now})
        : exec(d->db,
               QStringLiteral("UPDATE knowledge_items SET kind = ?, name = ?, price = ?, currency = ?, description = ?,"
                              " stock = ?, tags = ?, updated_at = ? WHERE id = ?"),
               {kindName(item.kind), name, price, item.currency.trimmed(), item.description.trimmed(), stock,
                tags.join(QStringLiteral(", ")), now, id});
    if (!ok(write)) {
        d->fail(QStringLiteral("cannot save %1: %2").arg(name, write.lastError().text()));
        return 0;
    }
    if (id == 0)
        id = write.lastInsertId().toLongLong();
    if (!d->indexKnowledge(id, name, item.description, tags.join(u' ')) || !tx.commit()) {
        d->fail(QStringLiteral("cannot index %1").arg(name));
        return 0;
    }
    d->notify(&Store::knowledgeChanged);
    return id;
}

bool Store::removeKnowledgeItem(qint64 id)
{
    Transaction tx(d->db);
    if (!ok(exec(d->db, QStringLiteral("DELETE FROM knowledge_search WHERE rowid = ?"), {id}))
        || !ok(exec(d->db, QStringLiteral("DELETE FROM knowledge_items WHERE id = ?"), {id})) || !tx.commit())
        return d->fail(QStringLiteral("cannot remove knowledge item %1").arg(id));
    d->notify(&Store::knowledgeChanged);
    return true;
}

QList<KnowledgeItem> Store::knowledgeItems() const
{
    QSqlQuery q = exec(d->db, knowledgeSelect() + QStringLiteral(" ORDER BY kind DESC, name COLLATE NOCASE"));
    QList<KnowledgeItem> items;
    while (q.next())
        items.append(readKnowledge(q));
    return items;
}

QList<KnowledgeItem> Store::findKnowledge(const QString &text, const QStringList &ignore, int limit) const
{
    QStringList ignored;
    for (const QString &word : ignore)
        for (const QString &w : search::words(word))
            ignored.append(search::stem(w));
    const QString match = search::anyWordExpression(text, ignored, QStringLiteral("{name tags}"));
    if (match.isEmpty())
        return {};
    QSqlQuery q =
        exec(d->db,
             QStringLiteral("SELECT k.id, k.kind, k.name, k.price, k.currency, k.description, k.stock, k.tags,"
                            " k.updated_at FROM knowledge_search s JOIN knowledge_items k ON k.id = s.rowid"
                            " WHERE knowledge_search MATCH ? ORDER BY rank LIMIT ?"),
             {match, std::max(1, limit)});
    QList<KnowledgeItem> items;
    while (q.next())
        items.append(readKnowledge(q));
    return items;
}

} // namespace wasel::models
