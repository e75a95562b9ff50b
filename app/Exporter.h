#pragma once

// `wasel export`: every message of a workspace, one per line, as JSON Lines or CSV.
//
// Fields: conversation, channel, customer {id, name, identities [{channel, external_id}]},
// direction (in|out), sender (customer|agent|ai|system), kind, text, external_id, status,
// created_at (ISO 8601, UTC). CSV flattens customer into customer_id, customer_name and
// customer_identities ("channel:external_id" joined by spaces).

#include <QString>

class QIODevice;

namespace wasel::models {
class Store;
}

namespace wasel::app {

enum class ExportFormat {
    JsonLines,
    Csv
};

struct ExportResult {
    bool ok = false;
    qint64 messages = 0;
    QString error;
};

ExportResult exportMessages(const models::Store &store, ExportFormat format, QIODevice &out);

} // namespace wasel::app
