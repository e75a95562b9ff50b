#pragma once

// What the assistant page needs: the merchant's instructions (business description, tone, dialect,
// the AI's name, how many AI replies before a person must answer) and the OpenAI-compatible
// endpoint (base URL, model), kept in the workspace settings ("ai_*"), and the endpoint's API key,
// kept in the keychain (entry ai/key) and nowhere else. Test asks the endpoint for one short reply.
// With no endpoint the built-in offline responder answers.

#include "Assistant.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace wasel::models {
class Store;
}

namespace wasel::app {

class SecretStore;

// The page's form.
struct AssistantDraft {
    AssistantSettings settings; // apiKey: empty = keep the one in the keychain
    bool removeKey = false; // forget the stored key (a local server needs none)
};

class AssistantSetup : public QObject
{
    Q_OBJECT

public:
    explicit AssistantSetup(models::Store *store, QObject *parent = nullptr);
    ~AssistantSetup() override;

    models::Store *store() const { return m_store; }

    // The instructions and endpoint as stored, without the key. Headless uses it too, with the
    // endpoint of its environment on top (AssistantSettings from WASEL_AI_*).
    static AssistantSettings storedSettings(const models::Store &store);
    // The dialects the assistant answers in: match (the customer's), ar (Iraqi Arabic), th, en.
    static QStringList dialects();

    // Empty when the draft can be saved; otherwise one sentence naming the field.
    static QString validate(const AssistantDraft &draft);
    // Validates, writes a new key to the keychain first (refused without one: nowhere else), then
    // the settings. done(error) on this object's thread; changed() follows a save.
    void save(const AssistantDraft &draft, std::function<void(const QString &error)> done);
    // The stored settings with the key from the keychain (error says why the key could not be read).
    void load(std::function<void(const AssistantSettings &settings, const QString &error)> done);
    // One short chat completion with the stored settings and key; the outcome in words.
    void test(std::function<void(bool ok, const QString &summary)> done);

Q_SIGNALS:
    void changed();

private:
    models::Store *m_store;
    std::unique_ptr<SecretStore> m_secrets;
    struct Test;
    std::unique_ptr<Test> m_test; // the endpoint test in progress
};

} // namespace wasel::app
