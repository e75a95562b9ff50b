#pragma once

// The knowledge base as a spreadsheet (CSV, RFC 4180, UTF-8), since merchants keep their product
// lists in Excel or Google Sheets. Columns by header name, in any order:
//   kind (product|faq, default product), name (required), price, currency, description, stock, tags
// Tags are separated by commas inside their cell. A row updates the item of the same kind and
// name, and only the columns the file has. A bad row is reported and skipped; the good rows are saved.

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace wasel::models {
class Store;
}

namespace wasel::app {

struct CsvImportResult {
    int saved = 0;
    QStringList errors; // "row 4: price "abc" is not a number"
    bool ok() const { return errors.isEmpty(); }
};

CsvImportResult importKnowledgeCsv(models::Store &store, QIODevice &in);
bool exportKnowledgeCsv(const models::Store &store, QIODevice &out, QString *error);

// RFC 4180 rows (quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF).
QList<QStringList> parseCsv(const QString &text, QString *error);

} // namespace wasel::app
