#pragma once

// Fills a workspace from the demo description (resources/demo/demo.json, schema in its README):
// accounts, customers across channels, conversations with statuses, labels, notes, canned replies,
// and customer, staff, AI and system messages. Times in the file are minutes before now, so the
// demo always looks like a living inbox.

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace wasel::models {
class Store;
}

namespace wasel::app {

struct DemoSeedResult {
    bool ok = false;
    QString error;
    QString workspaceName;
    QString agentName;
    int conversations = 0;
    int messages = 0;
    QJsonArray simulator; // the live-demo script, for the simulator
    QJsonArray accounts; // the demo's channel accounts (key, channel, external_id, name)
};

// Reads the description from `json` (the default demo when empty). Refuses to seed a workspace that
// already has conversations, so it can never mix demo data into real data.
DemoSeedResult seedDemo(models::Store &store, const QByteArray &json = QByteArray());

} // namespace wasel::app
