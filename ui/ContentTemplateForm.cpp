#include "ContentTemplateForm.h"

#include "InboxActions.h"
#include "Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wasel::ui {

ContentTemplateForm::ContentTemplateForm(QWidget *parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_sid(new QComboBox(this))
    , m_values(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
{
    m_note->setObjectName(QStringLiteral("contentTemplateNote"));
    m_note->setWordWrap(true);
    m_sid->setObjectName(QStringLiteral("contentSid"));
    m_sid->setEditable(true);
    m_sid->setInsertPolicy(QComboBox::NoInsert);
    m_values->setObjectName(QStringLiteral("contentVariables"));
    m_values->setTabChangesFocus(true);
    m_values->setFixedHeight(m_values->fontMetrics().lineSpacing() * 3 + 12);
    m_send->setObjectName(QStringLiteral("contentSendButton"));
    m_send->setIcon(theme::glyph(QStringLiteral("send")));

    auto *row = new QHBoxLayout;
    row->addWidget(m_sid, 1);
    row->addWidget(m_send);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    column->addWidget(m_note);
    column->addLayout(row);
    column->addWidget(m_values);

    connect(m_sid, &QComboBox::editTextChanged, this, &ContentTemplateForm::update);
    connect(m_values, &QPlainTextEdit::textChanged, this, &ContentTemplateForm::update);
    connect(m_send, &QPushButton::clicked, this, &ContentTemplateForm::submit);
    connect(m_sid->lineEdit(), &QLineEdit::returnPressed, this, &ContentTemplateForm::submit);
    retranslate();
    update();
}

void ContentTemplateForm::retranslate()
{
    m_note->setText(tr("More than 24 hours since the customer wrote: send a Twilio content template. Paste its SID "
                       "from the Twilio Console (Content Template Builder)."));
    m_sid->setAccessibleName(tr("Content template SID"));
    m_sid->lineEdit()->setPlaceholderText(tr("Content SID, HX…"));
    m_values->setAccessibleName(tr("Template variables"));
    m_values->setPlaceholderText(tr("Values of {{1}}, {{2}} …, one per line"));
    m_send->setText(tr("Send template"));
    m_send->setAccessibleName(tr("Send template"));
    m_send->setToolTip(tr("Enter the template's SID to send"));
}

void ContentTemplateForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContentTemplateForm::setRecent(const QStringList &sids)
{
    const QString typed = m_sid->currentText();
    const QSignalBlocker quiet(m_sid);
    m_sid->clear();
    m_sid->addItems(sids);
    m_sid->setEditText(typed.isEmpty() ? sids.value(0) : typed);
    update();
}

QString ContentTemplateForm::sid() const
{
    return m_sid->currentText().trimmed();
}

QStringList ContentTemplateForm::values() const
{
    QStringList list;
    for (const QString &line : m_values->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            list.append(line.trimmed());
    return list;
}

void ContentTemplateForm::update()
{
    m_send->setEnabled(app::InboxActions::isContentSid(sid()));
}

void ContentTemplateForm::clearValues()
{
    m_values->clear();
}

void ContentTemplateForm::focusSid()
{
    m_sid->setFocus(Qt::ShortcutFocusReason);
}

void ContentTemplateForm::submit()
{
    if (m_send->isEnabled())
        Q_EMIT sendRequested(sid(), values());
}

} // namespace wasel::ui
