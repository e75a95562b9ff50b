#include "AssistantPage.h"

#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wasel::ui {

AssistantPage::AssistantPage(app::AssistantSetup *setup, QWidget *parent)
    : QWidget(parent)
    , m_setup(setup)
{
    setWindowTitle(tr("Assistant"));
    auto *layout = new QVBoxLayout(this);

    auto *instructions = new QGroupBox(tr("How the AI answers"), this);
    auto *form = new QFormLayout(instructions);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_business = new QPlainTextEdit(this);
    m_business->setObjectName(QStringLiteral("businessEdit"));
    m_business->setPlaceholderText(tr("What the shop sells, where it delivers, how customers pay, opening hours…"));
    m_business->setTabChangesFocus(true);
    m_business->setMaximumHeight(110);
    form->addRow(tr("About the shop"), m_business);
    m_tone = new QLineEdit(this);
    m_tone->setObjectName(QStringLiteral("toneEdit"));
    form->addRow(tr("Tone"), m_tone);
    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(QStringLiteral("dialectBox"));
    m_dialect->addItem(tr("The customer's own language"), QStringLiteral("match"));
    m_dialect->addItem(tr("Iraqi Arabic"), QStringLiteral("ar"));
    m_dialect->addItem(tr("Thai"), QStringLiteral("th"));
    m_dialect->addItem(tr("English"), QStringLiteral("en"));
    form->addRow(tr("Answer in"), m_dialect);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("aiNameEdit"));
    form->addRow(tr("The AI's name"), m_name);
    m_maxReplies = new QSpinBox(this);
    m_maxReplies->setObjectName(QStringLiteral("maxRepliesBox"));
    m_maxReplies->setRange(0, 50);
    form->addRow(tr("AI replies before a person answers"), m_maxReplies);
    layout->addWidget(instructions);

    auto *endpoint = new QGroupBox(tr("AI service (optional)"), this);
    auto *endpointForm = new QFormLayout(endpoint);
    endpointForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setPlaceholderText(tr("empty: the built-in offline responder answers from the knowledge base"));
    endpointForm->addRow(tr("Address"), m_baseUrl);
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_model->setPlaceholderText(tr("for example gpt-4o-mini"));
    endpointForm->addRow(tr("Model"), m_model);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("kept in the keychain; type a new one to replace it"));
    endpointForm->addRow(tr("API key"), m_key);
    m_removeKey = new QCheckBox(tr("Forget the stored key (a server on this computer needs none)"), this);
    m_removeKey->setObjectName(QStringLiteral("removeKeyBox"));
    endpointForm->addRow(QString(), m_removeKey);
    auto *hint = new QLabel(tr("Any OpenAI-compatible chat completions service: OpenAI, Azure, OpenRouter, or a "
                               "server on this computer such as Ollama (http://127.0.0.1:11434)."),
                            this);
    hint->setWordWrap(true);
    endpointForm->addRow(hint);
    layout->addWidget(endpoint);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_test = new QPushButton(tr("Test the AI service"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &AssistantPage::save);
    connect(m_test, &QPushButton::clicked, this, &AssistantPage::test);
    connect(m_removeKey, &QCheckBox::toggled, m_key, &QLineEdit::setDisabled);
    reload();
    resize(720, 600);
}

void AssistantPage::reload()
{
    // The settings as stored; the key stays in the keychain and is never shown.
    const app::AssistantSettings s = app::AssistantSetup::storedSettings(*m_setup->store());
    m_baseUrl->setText(s.baseUrl.toString());
    m_model->setText(s.model);
    m_key->clear();
    m_removeKey->setChecked(false);
    m_business->setPlainText(s.businessDescription);
    m_tone->setText(s.tone);
    m_dialect->setCurrentIndex(std::max(0, m_dialect->findData(s.dialect)));
    m_name->setText(s.aiName);
    m_maxReplies->setValue(s.maxAiRepliesWithoutHuman);
}

app::AssistantDraft AssistantPage::currentDraft() const
{
    app::AssistantDraft draft;
    app::AssistantSettings &s = draft.settings;
    const QString address = m_baseUrl->text().trimmed();
    s.baseUrl = address.isEmpty() ? QUrl() : QUrl(address, QUrl::StrictMode);
    s.model = m_model->text().trimmed();
    s.apiKey = m_removeKey->isChecked() ? QString() : m_key->text();
    s.businessDescription = m_business->toPlainText();
    s.tone = m_tone->text();
    s.dialect = m_dialect->currentData().toString();
    s.aiName = m_name->text();
    s.maxAiRepliesWithoutHuman = m_maxReplies->value();
    draft.removeKey = m_removeKey->isChecked();
    return draft;
}

void AssistantPage::save()
{
    const app::AssistantDraft draft = currentDraft();
    if (const QString problem = app::AssistantSetup::validate(draft); !problem.isEmpty())
        return setStatus(problem, true);
    m_save->setEnabled(false);
    setStatus(tr("Saving…"), false);
    m_setup->save(draft, [this](const QString &error) {
        m_save->setEnabled(true);
        if (!error.isEmpty())
            return setStatus(error, true);
        reload();
        setStatus(tr("Saved. New customer messages are answered this way from now on."), false);
    });
}

void AssistantPage::test()
{
    m_test->setEnabled(false);
    setStatus(tr("Asking the AI service…"), false);
    m_setup->test([this](bool ok, const QString &summary) {
        m_test->setEnabled(true);
        setStatus(ok ? summary : tr("The AI service failed: %1").arg(summary), !ok);
    });
}

void AssistantPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // From the palette, so the error stays readable in a dark theme.
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, theme::dangerColor(pal));
    m_status->setPalette(pal);
}

} // namespace wasel::ui
