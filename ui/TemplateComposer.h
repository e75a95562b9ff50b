#pragma once

// The composer of a WhatsApp conversation whose 24-hour window has closed: only an approved
// template may go (API_CONTRACTS.md §2.2). Staff pick one, fill each {{n}} variable (all
// required), see the message as the customer will read it, and send; with no approved templates
// yet it says where to make one and offers a refresh. A Twilio conversation gets the content
// template form instead (ContentTemplateForm).

#include "TemplateCatalog.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedLayout;

namespace wasel::ui {

class ContentTemplateForm;

class TemplateComposer : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateComposer(QWidget *parent = nullptr);

    // Replaces the offer; the chosen template stays chosen (with what was typed) while it is still there.
    void setTemplates(const QList<app::MessageTemplate> &templates);
    // A Twilio conversation: the content template form, with the SIDs sent before.
    void setContentTemplates(const QStringList &recentSids);
    // Why the last refresh failed, shown until the next one succeeds; empty: none failed.
    void setRefreshError(const QString &error);
    void clearValues();
    void focusPicker();

    // The chosen template's body with the values typed so far.
    QString preview() const;

Q_SIGNALS:
    void sendRequested(const QString &name, const QString &language, const QStringList &values);
    void refreshRequested();
    void contentSendRequested(const QString &sid, const QStringList &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showTemplate(int index); // the variables' fields of the chosen template
    void updatePreview();
    QStringList values() const;
    void submit();

    QList<app::MessageTemplate> m_templates;
    QStackedLayout *m_pages;
    QComboBox *m_picker;
    QFormLayout *m_fields;
    QList<QLineEdit *> m_values;
    QList<QLabel *> m_valueLabels;
    QLabel *m_previewTitle;
    QLabel *m_preview;
    QPushButton *m_send;
    QLabel *m_empty;
    QLabel *m_error;
    QPushButton *m_refresh;
    ContentTemplateForm *m_content;
};

} // namespace wasel::ui
