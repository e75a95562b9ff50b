#include "AiActivityBar.h"

#include "AssistantActivity.h"
#include "Composer.h"
#include "Theme.h"
#include "store/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace wasel::ui {

AiActivityBar::AiActivityBar(models::Store *store, app::AssistantActivity *activity, Composer *composer,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_activity(activity)
    , m_composer(composer)
    , m_text(new QLabel(this))
    , m_discard(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("aiActivityBar"));
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("aiActivityText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissAiErrorButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_discard);
    layout->addWidget(m_dismiss);

    connect(m_discard, &QToolButton::clicked, this, [this] {
        if (m_composer->text() == m_offered)
            m_composer->clear();
        m_offered.clear();
        m_activity->discardDraft(m_conversationId);
    });
    connect(m_dismiss, &QToolButton::clicked, this, [this] { m_activity->dismissError(m_conversationId); });
    connect(m_activity, &app::AssistantActivity::changed, this, [this](qint64 id) {
        if (id == m_conversationId)
            refresh();
    });
    connect(m_activity, &app::AssistantActivity::draftReady, this, [this](qint64 id, const QString &text) {
        if (id == m_conversationId)
            offer(text);
    });
    // Staff sent the reply: the draft has served, whatever they made of it.
    connect(m_composer, &Composer::sendRequested, this, [this] {
        m_offered.clear();
        m_activity->discardDraft(m_conversationId);
    });
    connect(m_store, &models::Store::conversationChanged, this, [this](qint64 id) {
        if (id == m_conversationId)
            refresh();
    });
    hide();
}

void AiActivityBar::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    m_offered.clear();
    if (const QString draft = m_activity->draft(conversationId); !draft.isEmpty())
        offer(draft);
    refresh();
}

void AiActivityBar::offer(const QString &text)
{
    const QString current = m_composer->text();
    if (!current.trimmed().isEmpty() && current != m_offered)
        return; // staff are writing their own reply: the bar says a draft is there, nothing is overwritten
    m_composer->setDraft(text);
    m_offered = text;
}

QString AiActivityBar::message() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void AiActivityBar::refresh()
{
    m_discard->setText(tr("Discard draft"));
    m_dismiss->setText(tr("Dismiss"));
    const auto conversation = m_conversationId ? m_store->conversation(m_conversationId) : std::nullopt;
    if (!conversation) {
        hide();
        return;
    }
    const QString error = m_activity->error(m_conversationId);
    const QString writing = m_activity->writing(m_conversationId);
    const QString draft = m_activity->draft(m_conversationId);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme::mix(pal.color(QPalette::Base), theme::aiAccent(pal), 0.12));
    m_discard->setVisible(false);
    m_dismiss->setVisible(false);
    if (!error.isEmpty()) {
        pal.setColor(QPalette::Window, theme::dangerColor(pal).lighter(210));
        m_text->setText(tr("The AI could not answer: %1").arg(error));
        m_dismiss->setVisible(true);
    } else if (!writing.isEmpty() && conversation->aiMode == models::AiMode::Draft) {
        m_text->setText(tr("The AI is drafting a reply in the composer…"));
        offer(writing);
    } else if (!writing.isEmpty()) {
        // The reply itself grows in the thread, as the AI's bubble; here only that it is under way.
        m_text->setText(tr("The AI is replying in the thread…"));
    } else if (!draft.isEmpty()) {
        m_text->setText(m_composer->text() == draft
                            ? tr("The AI's draft is in the composer: send it as it is, edit it, or discard it.")
                            : tr("The AI wrote a draft; your own text is kept in the composer."));
        m_discard->setVisible(true);
    } else {
        hide();
        return;
    }
    setPalette(pal);
    show();
}

void AiActivityBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace wasel::ui
