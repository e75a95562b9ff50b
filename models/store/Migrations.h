#pragma once

// Schema versions, one migration per step (STYLE.md §10). PRAGMA user_version holds the version on
// disk; each migrateToN() runs in its own transaction together with the version bump, so a crash
// mid-migration leaves the previous version intact.

#include <QSqlDatabase>
#include <QString>

namespace wasel::models::migrations {

int latestVersion();
int currentVersion(const QSqlDatabase &db);

// Migrates db from its current version up to `target` (default: latest). A database newer than this
// build is refused rather than touched. Fills *error on failure.
bool migrate(const QSqlDatabase &db, QString *error, int target = -1);

} // namespace wasel::models::migrations
