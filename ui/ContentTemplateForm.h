#pragma once

// The template picker of a Twilio WhatsApp conversation whose 24-hour window has closed: a Twilio
// Content template (ContentSid + ContentVariables, API_CONTRACTS.md §3.3), entered by its SID
// (HX…) — with the SIDs sent before offered — and the values of its {{1}}, {{2}} … one per line.
// The contracts do not document Twilio's Content API listing, so the form does not fetch one.

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace wasel::ui {

class ContentTemplateForm : public QWidget
{
    Q_OBJECT

public:
    explicit ContentTemplateForm(QWidget *parent = nullptr);

    void setRecent(const QStringList &sids); // newest first; what is typed stays
    void clearValues();
    void focusSid();

    QString sid() const;
    QStringList values() const; // one per non-empty line, in order

Q_SIGNALS:
    void sendRequested(const QString &sid, const QStringList &values);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    void submit();

    QLabel *m_note;
    QComboBox *m_sid;
    QPlainTextEdit *m_values;
    QPushButton *m_send;
};

} // namespace wasel::ui
