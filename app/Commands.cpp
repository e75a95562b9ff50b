#include "Commands.h"

#include "KnowledgeCsv.h"
#include "Router.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace wasel::app {

namespace {

void say(QIODevice &device, const QString &line)
{
    device.write((line + u'\n').toUtf8());
}

bool openWorkspace(models::Store &store, const QString &dataDir, bool mustExist, QIODevice &err)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("wasel.sqlite"));
    if (mustExist && !QFile::exists(path)) {
        say(err, QStringLiteral("wasel: no workspace at %1").arg(dataDir));
        return false;
    }
    if (!QDir().mkpath(dataDir) || !store.open(path)) {
        say(err, QStringLiteral("wasel: cannot open the workspace %1: %2").arg(dataDir, store.lastError().message));
        return false;
    }
    return true;
}

} // namespace

int runKnowledgeCommand(const CommandLine &cl, QIODevice &out, QIODevice &err)
{
    models::Store store;
    const bool importing = cl.mode == CommandLine::Mode::KbImport;
    if (!openWorkspace(store, cl.dataDir, !importing, err))
        return 1;
    if (importing) {
        QFile file(cl.file);
        if (!file.open(QIODevice::ReadOnly)) {
            say(err, QStringLiteral("wasel kb import: cannot read %1: %2").arg(cl.file, file.errorString()));
            return 1;
        }
        const CsvImportResult result = importKnowledgeCsv(store, file);
        for (const QString &e : result.errors)
            say(err, QStringLiteral("wasel kb import: %1").arg(e));
        say(out,
            QStringLiteral("imported %1 item(s) from %2; %3 row(s) skipped")
                .arg(result.saved)
                .arg(cl.file)
                .arg(result.errors.size()));
        return result.ok() ? 0 : 1;
    }
    // Written to a temporary file and renamed, so a failure never leaves half a spreadsheet.
    QSaveFile file(cl.file);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !exportKnowledgeCsv(store, file, &error) || !file.commit()) {
        say(err,
            QStringLiteral("wasel kb export: cannot write %1: %2")
                .arg(cl.file, error.isEmpty() ? file.errorString() : error));
        return 1;
    }
    say(out, QStringLiteral("exported %1 item(s) to %2").arg(store.knowledgeItems().size()).arg(cl.file));
    return 0;
}

int runTriageCommand(const CommandLine &cl, QIODevice &out, QIODevice &err)
{
    std::unique_ptr<models::Store> store;
    std::unique_ptr<Router> router;
    if (!cl.dataDir.isEmpty()) {
        store = std::make_unique<models::Store>();
        if (!openWorkspace(*store, cl.dataDir, true, err))
            return 1;
        router = std::make_unique<Router>(store.get());
        for (const QString &problem : router->reload())
            say(err, QStringLiteral("wasel triage: %1").arg(problem));
    }
    for (const QString &text : cl.texts) {
        const Triage t = triage(text);
        nlohmann::json rules = nlohmann::json::array();
        if (router) {
            const RoutingContext context{models::ChannelKind::Messenger, text, t, {}, QDateTime::currentDateTimeUtc()};
            for (const QString &name : router->evaluate(context))
                rules.push_back(name.toStdString());
        }
        const nlohmann::json line = {{"text", text.toStdString()},
                                     {"language", t.language.toStdString()},
                                     {"intent", toString(t.intent).toStdString()},
                                     {"handover", t.handover},
                                     {"rules", rules}};
        out.write(QByteArray::fromStdString(line.dump()) + '\n');
    }
    return 0;
}

} // namespace wasel::app
