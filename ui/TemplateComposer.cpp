#include "TemplateComposer.h"

#include "ContentTemplateForm.h"
#include "Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace wasel::ui {

TemplateComposer::TemplateComposer(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QStackedLayout)
    , m_picker(new QComboBox(this))
    , m_fields(new QFormLayout)
    , m_previewTitle(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_error(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_content(new ContentTemplateForm(this))
{
    m_picker->setObjectName(QStringLiteral("templatePicker"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_send->setObjectName(QStringLiteral("templateSendButton"));
    m_send->setIcon(theme::glyph(QStringLiteral("send")));
    m_send->setDefault(true);
    m_empty->setObjectName(QStringLiteral("noTemplatesNote"));
    m_empty->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("templateRefreshError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_refresh->setObjectName(QStringLiteral("templateRefreshButton"));
    QPalette danger = m_error->palette();
    danger.setColor(QPalette::WindowText, theme::dangerColor(palette()));
    m_error->setPalette(danger);

    // The offer: picker, one field per variable, the preview, Send.
    auto *offer = new QWidget(this);
    auto *offerLayout = new QVBoxLayout(offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->setSpacing(6);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_send);
    offerLayout->addLayout(pickRow);
    m_fields->setContentsMargins(0, 0, 0, 0);
    offerLayout->addLayout(m_fields);
    offerLayout->addWidget(m_previewTitle);
    offerLayout->addWidget(m_preview);

    // Nothing approved yet (or never fetched).
    auto *none = new QWidget(this);
    auto *noneLayout = new QHBoxLayout(none);
    noneLayout->setContentsMargins(0, 0, 0, 0);
    noneLayout->addWidget(m_empty, 1);
    noneLayout->addWidget(m_refresh);

    m_pages->addWidget(offer);
    m_pages->addWidget(none);
    m_pages->addWidget(m_content); // Twilio
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(m_pages);
    column->addWidget(m_error);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &TemplateComposer::showTemplate);
    connect(m_send, &QPushButton::clicked, this, &TemplateComposer::submit);
    connect(m_refresh, &QPushButton::clicked, this, &TemplateComposer::refreshRequested);
    connect(m_content, &ContentTemplateForm::sendRequested, this, &TemplateComposer::contentSendRequested);
    retranslate();
    setTemplates({});
}

void TemplateComposer::retranslate()
{
    m_picker->setAccessibleName(tr("Template"));
    m_picker->setToolTip(tr("An approved WhatsApp template: the only message allowed more than 24 hours after the "
                            "customer wrote"));
    m_previewTitle->setText(tr("The customer will read:"));
    m_preview->setAccessibleName(tr("Template preview"));
    m_send->setText(tr("Send template"));
    m_send->setAccessibleName(tr("Send template"));
    m_send->setToolTip(tr("Fill in every variable to send"));
    m_empty->setText(tr("No approved templates: create one in WhatsApp Manager, then refresh."));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Refresh templates"));
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const QString name = m_values.at(i)->property("variable").toString();
        m_valueLabels.at(i)->setText(tr("Variable {{%1}}").arg(name));
        m_values.at(i)->setAccessibleName(tr("Template variable %1").arg(name));
        m_values.at(i)->setPlaceholderText(tr("Required"));
    }
    for (int i = 0; i < m_picker->count(); ++i) {
        const app::MessageTemplate &t = m_templates.at(i);
        m_picker->setItemText(i, tr("%1 (%2)").arg(t.name, t.language));
    }
}

void TemplateComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TemplateComposer::setTemplates(const QList<app::MessageTemplate> &templates)
{
    const int current = m_picker->currentIndex();
    const QString chosen =
        current >= 0 ? m_templates.at(current).name + u'/' + m_templates.at(current).language : QString();
    const QStringList typed = values();
    m_templates = templates;
    int keep = templates.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < templates.size(); ++i)
        if (templates.at(i).name + u'/' + templates.at(i).language == chosen)
            keep = int(i);
    {
        const QSignalBlocker quiet(m_picker);
        m_picker->clear();
        for (const app::MessageTemplate &t : templates)
            m_picker->addItem(tr("%1 (%2)").arg(t.name, t.language));
        m_picker->setCurrentIndex(keep);
    }
    showTemplate(keep);
    if (keep >= 0 && templates.at(keep).name + u'/' + templates.at(keep).language == chosen)
        for (qsizetype i = 0; i < m_values.size() && i < typed.size(); ++i)
            m_values.at(i)->setText(typed.at(i));
    m_pages->setCurrentIndex(templates.isEmpty() ? 1 : 0);
}

void TemplateComposer::setContentTemplates(const QStringList &recentSids)
{
    m_content->setRecent(recentSids);
    m_pages->setCurrentWidget(m_content);
    setRefreshError(QString());
}

void TemplateComposer::setRefreshError(const QString &error)
{
    m_error->setText(error.isEmpty() ? QString() : tr("The templates could not be refreshed: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
}

void TemplateComposer::showTemplate(int index)
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0); // deletes the fields and their labels
    m_values.clear();
    m_valueLabels.clear();
    if (index >= 0 && index < m_templates.size()) {
        QWidget *previous = m_picker;
        for (const QString &name : m_templates.at(index).variables) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("templateVariable") + name);
            edit->setProperty("variable", name);
            auto *label = new QLabel(this);
            label->setBuddy(edit);
            m_fields->addRow(label, edit);
            m_values.append(edit);
            m_valueLabels.append(label);
            connect(edit, &QLineEdit::textChanged, this, &TemplateComposer::updatePreview);
            connect(edit, &QLineEdit::returnPressed, this, &TemplateComposer::submit);
            setTabOrder(previous, edit); // picker, the variables in order, then Send
            previous = edit;
        }
        setTabOrder(previous, m_send);
    }
    retranslate();
    updatePreview();
}

QStringList TemplateComposer::values() const
{
    QStringList list;
    for (const QLineEdit *edit : m_values)
        list.append(edit->text().trimmed());
    return list;
}

QString TemplateComposer::preview() const
{
    const int index = m_picker->currentIndex();
    return index >= 0 && index < m_templates.size() ? m_templates.at(index).filled(values()) : QString();
}

void TemplateComposer::updatePreview()
{
    const QString text = preview();
    m_preview->setText(text);
    // The customer's language, not the UI's, decides which way the preview reads.
    m_preview->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const QStringList typed = values();
    m_send->setEnabled(m_picker->currentIndex() >= 0
                       && std::none_of(typed.cbegin(), typed.cend(), [](const QString &v) { return v.isEmpty(); }));
}

void TemplateComposer::clearValues()
{
    for (QLineEdit *edit : std::as_const(m_values))
        edit->clear();
    m_content->clearValues();
}

void TemplateComposer::focusPicker()
{
    if (m_pages->currentWidget() == m_content)
        return m_content->focusSid();
    if (!m_values.isEmpty())
        m_values.first()->setFocus(Qt::ShortcutFocusReason);
    else
        m_picker->setFocus(Qt::ShortcutFocusReason);
}

void TemplateComposer::submit()
{
    const int index = m_picker->currentIndex();
    if (!m_send->isEnabled() || index < 0)
        return;
    const app::MessageTemplate &t = m_templates.at(index);
    Q_EMIT sendRequested(t.name, t.language, values());
}

} // namespace wasel::ui
