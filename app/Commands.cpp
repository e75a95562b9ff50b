#include "Commands.h"

#include "KnowledgeCsv.h"
#include "Router.h"
#include "store/Store.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrl>

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

int runSendCommand(const CommandLine &cl, QIODevice &out, QIODevice &err)
{
    const QByteArray token = qgetenv("WASEL_API_TOKEN").trimmed();
    if (token.isEmpty()) {
        say(err, QStringLiteral("wasel send: set WASEL_API_TOKEN to the token of the running Wasel"));
        return 2;
    }
    QString host = cl.listenAddress;
    if (host.contains(u':'))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    const QUrl url(QStringLiteral("http://%1:%2/api/conversations/%3/messages")
                       .arg(host)
                       .arg(cl.listenPort)
                       .arg(cl.conversationId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(15000);
    const nlohmann::json body = {{"text", cl.texts.join(u' ').toStdString()}};

    QNetworkAccessManager network;
    QNetworkReply *reply = network.post(request, QByteArray::fromStdString(body.dump()));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const nlohmann::json answer = nlohmann::json::parse(reply->readAll().toStdString(), nullptr, false);
    if (status == 0) {
        say(err, QStringLiteral("wasel send: no Wasel answers at %1: %2").arg(url.authority(), reply->errorString()));
        return 1;
    }
    if (status != 201 || !answer.is_object()) {
        const std::string reason = answer.is_object() && answer.contains("error") && answer["error"].is_string()
            ? answer["error"].get<std::string>()
            : std::string("unexpected answer");
        say(err, QStringLiteral("wasel send: HTTP %1: %2").arg(status).arg(QString::fromStdString(reason)));
        return 1;
    }
    const qint64 id = answer.value("id", 0LL);
    const std::string state = answer.value("status", std::string());
    out.write(QStringLiteral("message %1 %2\n").arg(id).arg(QString::fromStdString(state)).toUtf8());
    return 0;
}

} // namespace wasel::app
