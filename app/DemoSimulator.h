#pragma once

// The live demo's customers: posts the demo script's messages (resources/demo/demo.json,
// "simulator") to the app's own webhook server at a human pace, each signed or authenticated
// exactly as its provider would — so the demo exercises the real gateway, parsers and automation.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

namespace wasel::app {

struct SimulatorSecrets {
    QByteArray metaAppSecret;
    QByteArray twilioAuthToken;
    QByteArray sendgridToken;
    QByteArray manychatSecret;
};

class DemoSimulator : public QObject
{
    Q_OBJECT

public:
    DemoSimulator(const QJsonArray &script, const QJsonArray &accounts, quint16 port, const SimulatorSecrets &secrets,
                  QObject *parent = nullptr);

    // Starts posting; `pace` scales each entry's delay_seconds (1.0 = as written).
    void start(double pace = 1.0);
    // The request the simulator sends for one script entry: path, headers and body. Empty path
    // for an entry no webhook carries (the website widget talks over its own socket).
    struct Request {
        QByteArray path;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    Request requestFor(const QJsonObject &entry, int sequence) const;

Q_SIGNALS:
    void posted(int index, int status);
    void finished();

private:
    void postNext();

    QJsonArray m_script;
    QHash<QString, QJsonObject> m_accounts;
    quint16 m_port;
    SimulatorSecrets m_secrets;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    int m_next = 0;
    double m_pace = 1.0;
};

} // namespace wasel::app
