#include "KnowledgeCsv.h"

#include "store/Store.h"

#include <QLocale>

#include <cmath>

namespace wasel::app {

using models::KnowledgeItem;

QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            if (!(row.size() == 1 && row.first().isEmpty()))
                rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QStringLiteral("a quoted field is not closed (row %1)").arg(rows.size() + 1);
        return {};
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

const QStringList Columns{QStringLiteral("kind"),     QStringLiteral("name"),        QStringLiteral("price"),
                          QStringLiteral("currency"), QStringLiteral("description"), QStringLiteral("stock"),
                          QStringLiteral("tags")};

// Prices as people type them in a spreadsheet: "25,000", "25000", "199.50", "١٥٠٠٠".
std::optional<double> parseNumber(QString s)
{
    QString digits;
    for (QChar c : s.trimmed()) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
        else if (c == u'.' || c == QChar(0x066B)) // Arabic decimal separator
            digits += u'.';
        else if (c == u',' || c == QChar(0x066C) || c == u' ' || c == QChar(0x00A0))
            continue; // thousands separators
        else
            return std::nullopt;
    }
    bool ok = false;
    const double value = digits.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

CsvImportResult importKnowledgeCsv(models::Store &store, QIODevice &in)
{
    CsvImportResult result;
    QString text = QString::fromUtf8(in.readAll());
    if (text.startsWith(QChar(0xFEFF))) // Excel's UTF-8 byte order mark
        text.remove(0, 1);
    QString parseError;
    const QList<QStringList> rows = parseCsv(text, &parseError);
    if (!parseError.isEmpty()) {
        result.errors.append(parseError);
        return result;
    }
    if (rows.isEmpty()) {
        result.errors.append(QStringLiteral("the file is empty"));
        return result;
    }
    QHash<QString, int> column;
    for (int i = 0; i < rows.first().size(); ++i)
        column.insert(rows.first().at(i).trimmed().toLower(), i);
    if (!column.contains(QStringLiteral("name"))) {
        result.errors.append(QStringLiteral("the first row must name the columns, with at least \"name\" (found: %1)")
                                 .arg(rows.first().join(QStringLiteral(", "))));
        return result;
    }
    auto cell = [&column](const QStringList &row, const QString &name) {
        const int i = column.value(name, -1);
        return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
    };
    // A file with fewer columns updates only those: re-importing prices must not erase stock.
    QHash<QString, KnowledgeItem> existing;
    for (const KnowledgeItem &item : store.knowledgeItems())
        existing.insert(QString::number(int(item.kind)) + u'/' + item.name, item);
    auto has = [&column](const char *name) { return column.contains(QLatin1String(name)); };

    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        const QString where = QStringLiteral("row %1").arg(r + 1);
        KnowledgeItem::Kind kindValue = KnowledgeItem::Kind::Product;
        const QString kind = cell(row, QStringLiteral("kind")).toLower();
        if (kind == QLatin1String("faq"))
            kindValue = KnowledgeItem::Kind::Faq;
        else if (!kind.isEmpty() && kind != QLatin1String("product")) {
            result.errors.append(QStringLiteral("%1: kind \"%2\" must be product or faq").arg(where, kind));
            continue;
        }
        const QString name = cell(row, QStringLiteral("name"));
        if (name.isEmpty()) {
            result.errors.append(QStringLiteral("%1: the name is empty").arg(where));
            continue;
        }
        KnowledgeItem item = existing.value(QString::number(int(kindValue)) + u'/' + name);
        item.kind = kindValue;
        item.name = name;
        if (has("price"))
            item.price.reset();
        if (has("stock"))
            item.stock.reset();
        if (const QString price = cell(row, QStringLiteral("price")); !price.isEmpty()) {
            item.price = parseNumber(price);
            if (!item.price) {
                result.errors.append(QStringLiteral("%1: price \"%2\" is not a number").arg(where, price));
                continue;
            }
        }
        if (const QString stock = cell(row, QStringLiteral("stock")); !stock.isEmpty()) {
            const auto n = parseNumber(stock);
            if (!n || *n != std::floor(*n) || *n > 1e9) {
                result.errors.append(QStringLiteral("%1: stock \"%2\" is not a whole number").arg(where, stock));
                continue;
            }
            item.stock = int(*n);
        }
        if (has("currency"))
            item.currency = cell(row, QStringLiteral("currency")).toUpper();
        if (has("description"))
            item.description = cell(row, QStringLiteral("description"));
        if (has("tags"))
            item.tags = cell(row, QStringLiteral("tags")).split(u',', Qt::SkipEmptyParts);
        if (store.saveKnowledgeItem(item) == 0) {
            result.errors.append(QStringLiteral("%1: %2").arg(where, store.lastError().message));
            continue;
        }
        ++result.saved;
        existing.insert(QString::number(int(item.kind)) + u'/' + item.name, item);
    }
    return result;
}

bool exportKnowledgeCsv(const models::Store &store, QIODevice &out, QString *error)
{
    QString text = Columns.join(u',') + QStringLiteral("\r\n");
    for (const KnowledgeItem &item : store.knowledgeItems()) {
        const QString price = item.price
            ? QLocale::c().toString(*item.price, 'f', std::abs(*item.price - std::round(*item.price)) < 0.005 ? 0 : 2)
            : QString();
        const QStringList fields{item.kind == KnowledgeItem::Kind::Faq ? QStringLiteral("faq")
                                                                       : QStringLiteral("product"),
                                 item.name,
                                 price,
                                 item.currency,
                                 item.description,
                                 item.stock ? QString::number(*item.stock) : QString(),
                                 item.tags.join(QStringLiteral(", "))};
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(csvField(f));
        text += escaped.join(u',') + QStringLiteral("\r\n");
    }
    // With a byte order mark, Excel opens Arabic and Thai text as UTF-8.
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (out.write(bytes) != bytes.size()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace wasel::app
