#include "RoutingRulesPage.h"

#include "Theme.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace wasel::ui {

using app::Intent;

namespace {

constexpr Intent AllIntents[] = {
    Intent::PriceInquiry,     Intent::PurchaseIntent, Intent::OrderStatus, Intent::Complaint,
    Intent::PositiveFeedback, Intent::HumanRequested, Intent::Greeting,    Intent::Other};

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QListWidget *checkList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setMaximumHeight(120);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QString &value)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

QStringList checkedValues(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).toString());
    return out;
}

void setChecked(QListWidget *list, const QStringList &values)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(values.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                   : Qt::Unchecked);
}

void selectData(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

RoutingRulesPage::RoutingRulesPage(app::AutomationSetup *setup, QWidget *parent)
    : QWidget(parent)
    , m_setup(setup)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Routing rules"));
    auto *layout = new QHBoxLayout(this);

    // The ordered list, with what can be done to it.
    auto *left = new QVBoxLayout;
    auto *intro = new QLabel(tr("Rules run from the top on every new customer message, before the AI. A rule fires "
                                "when all its conditions hold."),
                             this);
    intro->setWordWrap(true);
    left->addWidget(intro);
    m_list->setObjectName(QStringLiteral("rulesList"));
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addRuleButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeRuleButton"));
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    for (QPushButton *b : {add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    left->addLayout(buttons);

    auto *hoursBox = new QGroupBox(tr("Business hours"), this);
    auto *hoursForm = new QFormLayout(hoursBox);
    m_timezone = new QLineEdit(this);
    m_timezone->setObjectName(QStringLiteral("timezoneEdit"));
    m_timezone->setPlaceholderText(QStringLiteral("Asia/Baghdad"));
    hoursForm->addRow(tr("Time zone"), m_timezone);
    auto *days = new QHBoxLayout;
    for (int d = 0; d < 7; ++d) {
        // 0 = Sunday; Qt counts Monday 1 … Sunday 7.
        auto *box = new QCheckBox(QLocale().dayName(d == 0 ? 7 : d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("day%1Box").arg(d));
        m_days.append(box);
        days->addWidget(box);
    }
    hoursForm->addRow(tr("Open on"), days);
    auto *times = new QHBoxLayout;
    m_open = new QTimeEdit(this);
    m_open->setObjectName(QStringLiteral("openEdit"));
    m_open->setDisplayFormat(QStringLiteral("HH:mm"));
    m_close = new QTimeEdit(this);
    m_close->setObjectName(QStringLiteral("closeEdit"));
    m_close->setDisplayFormat(QStringLiteral("HH:mm"));
    times->addWidget(m_open);
    times->addWidget(new QLabel(QStringLiteral("–"), this));
    times->addWidget(m_close);
    times->addStretch();
    hoursForm->addRow(tr("From"), times);
    auto *saveHours = new QPushButton(tr("Save business hours"), this);
    saveHours->setObjectName(QStringLiteral("saveHoursButton"));
    hoursForm->addRow(QString(), saveHours);
    left->addWidget(hoursBox);
    layout->addLayout(left, 2);

    // The selected rule.
    auto *right = new QVBoxLayout;
    auto *top = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    top->addRow(tr("Name"), m_name);
    m_enabled = new QCheckBox(tr("On"), this);
    m_enabled->setObjectName(QStringLiteral("enabledBox"));
    top->addRow(QString(), m_enabled);
    right->addLayout(top);

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenForm = new QFormLayout(when);
    whenForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_channels = checkList(this, "channelsList");
    for (models::ChannelKind kind : models::allChannelKinds())
        addCheckItem(m_channels, models::channelDisplayName(kind), models::toString(kind));
    whenForm->addRow(tr("Channel is one of"), m_channels);
    m_intents = checkList(this, "intentsList");
    for (Intent intent : AllIntents)
        addCheckItem(m_intents, app::intentLabel(intent), app::toString(intent));
    whenForm->addRow(tr("Intent is one of"), m_intents);
    m_keywords = new QLineEdit(this);
    m_keywords->setObjectName(QStringLiteral("keywordsEdit"));
    m_keywords->setPlaceholderText(tr("any of these words, separated by commas: refund, ارجاع, คืนเงิน"));
    whenForm->addRow(tr("Message has a keyword"), m_keywords);
    m_labels = new QLineEdit(this);
    m_labels->setObjectName(QStringLiteral("labelsEdit"));
    m_labels->setPlaceholderText(tr("vip, wholesale"));
    whenForm->addRow(tr("Customer has a label"), m_labels);
    m_hours = new QComboBox(this);
    m_hours->setObjectName(QStringLiteral("hoursBox"));
    m_hours->addItem(tr("Any time"), QString());
    m_hours->addItem(tr("During business hours"), QStringLiteral("inside"));
    m_hours->addItem(tr("Outside business hours"), QStringLiteral("outside"));
    whenForm->addRow(tr("Time"), m_hours);
    right->addWidget(when);

    auto *then = new QGroupBox(tr("Then"), this);
    auto *thenForm = new QFormLayout(then);
    thenForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_assign = new QLineEdit(this);
    m_assign->setObjectName(QStringLiteral("assignEdit"));
    thenForm->addRow(tr("Assign to"), m_assign);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityBox"));
    m_priority->addItem(tr("Unchanged"), QString());
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_priority->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_priority->addItem(tr("Urgent"), QStringLiteral("urgent"));
    thenForm->addRow(tr("Priority"), m_priority);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    thenForm->addRow(tr("Add the label"), m_label);
    m_aiMode = new QComboBox(this);
    m_aiMode->setObjectName(QStringLiteral("aiModeBox"));
    m_aiMode->addItem(tr("Unchanged"), QString());
    m_aiMode->addItem(tr("AI answers"), QStringLiteral("auto"));
    m_aiMode->addItem(tr("AI drafts, staff send"), QStringLiteral("draft"));
    m_aiMode->addItem(tr("AI off"), QStringLiteral("off"));
    thenForm->addRow(tr("AI mode"), m_aiMode);
    m_canned = new QComboBox(this);
    m_canned->setObjectName(QStringLiteral("cannedBox"));
    thenForm->addRow(tr("Send the canned reply"), m_canned);
    m_handover = new QCheckBox(tr("Hand over to a person (the AI stops)"), this);
    m_handover->setObjectName(QStringLiteral("handoverBox"));
    thenForm->addRow(QString(), m_handover);
    m_stop = new QCheckBox(tr("Stop here: later rules do not run"), this);
    m_stop->setObjectName(QStringLiteral("stopBox"));
    thenForm->addRow(QString(), m_stop);
    right->addWidget(then);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rulesStatus"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    auto *save = new QPushButton(tr("Save rule"), this);
    save->setObjectName(QStringLiteral("saveRuleButton"));
    save->setDefault(true);
    right->addWidget(save, 0, Qt::AlignRight);
    right->addStretch();
    layout->addLayout(right, 3);

    connect(add, &QPushButton::clicked, this, &RoutingRulesPage::newRule);
    connect(m_remove, &QPushButton::clicked, this, &RoutingRulesPage::remove);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(save, &QPushButton::clicked, this, &RoutingRulesPage::save);
    connect(saveHours, &QPushButton::clicked, this, &RoutingRulesPage::saveHours);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const auto rules = m_setup->rules();
        if (row < rules.size())
            showRule(rules.at(row));
    });
    connect(m_setup->store(), &models::Store::routingRulesChanged, this, &RoutingRulesPage::reload);
    reload();
    loadHours();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newRule();
}

void RoutingRulesPage::reload()
{
    const auto rules = m_setup->rules();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int current = -1;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const auto &r = rules.at(i);
        QString text = QStringLiteral("%1. %2").arg(i + 1).arg(r.rule.name);
        if (!r.enabled)
            text = tr("%1 (off)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        if (!r.problem.isEmpty()) {
            item->setToolTip(r.problem);
            item->setForeground(theme::dangerColor(palette()));
        }
        if (r.id == m_currentId)
            current = int(i);
    }
    m_list->setCurrentRow(current);
    const QString canned = m_canned->currentData().toString();
    m_canned->clear();
    m_canned->addItem(tr("None"), QString());
    for (const QString &shortcut : m_setup->cannedShortcuts())
        m_canned->addItem(u'/' + shortcut, shortcut);
    selectData(m_canned, canned);
    m_remove->setEnabled(current >= 0);
    m_up->setEnabled(current > 0);
    m_down->setEnabled(current >= 0 && current + 1 < m_list->count());
}

void RoutingRulesPage::showRule(const app::AutomationSetup::Rule &r)
{
    m_currentId = r.id;
    const app::RoutingRule &rule = r.rule;
    m_name->setText(rule.name);
    m_enabled->setChecked(r.enabled);
    QStringList channels, intents;
    for (models::ChannelKind c : rule.channels)
        channels.append(models::toString(c));
    for (Intent i : rule.intents)
        intents.append(app::toString(i));
    setChecked(m_channels, channels);
    setChecked(m_intents, intents);
    m_keywords->setText(rule.keywords.join(QStringLiteral(", ")));
    m_labels->setText(rule.labels.join(QStringLiteral(", ")));
    selectData(m_hours, rule.hours);
    m_assign->setText(rule.assign);
    selectData(m_priority, rule.priority ? app::priorityName(*rule.priority) : QString());
    m_label->setText(rule.label);
    selectData(m_aiMode, rule.aiMode ? models::toString(*rule.aiMode) : QString());
    selectData(m_canned, rule.canned);
    m_handover->setChecked(rule.handover);
    m_stop->setChecked(rule.stop);
    setStatus(r.problem.isEmpty() ? QString() : tr("This rule is skipped: %1").arg(r.problem), !r.problem.isEmpty());
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

app::RoutingRule RoutingRulesPage::formRule() const
{
    app::RoutingRule rule;
    rule.name = m_name->text().trimmed();
    for (const QString &c : checkedValues(m_channels))
        if (const auto kind = models::channelKindFromString(c))
            rule.channels.append(*kind);
    for (const QString &i : checkedValues(m_intents))
        if (const auto intent = app::intentFromString(i))
            rule.intents.append(*intent);
    rule.keywords = commaList(m_keywords->text());
    rule.labels = commaList(m_labels->text());
    rule.hours = m_hours->currentData().toString();
    rule.assign = m_assign->text().trimmed();
    const QString priority = m_priority->currentData().toString();
    for (models::Priority p :
         {models::Priority::Low, models::Priority::Normal, models::Priority::High, models::Priority::Urgent})
        if (app::priorityName(p) == priority)
            rule.priority = p;
    rule.label = m_label->text().trimmed();
    rule.aiMode = models::aiModeFromString(m_aiMode->currentData().toString());
    rule.canned = m_canned->currentData().toString();
    rule.handover = m_handover->isChecked();
    rule.stop = m_stop->isChecked();
    return rule;
}

void RoutingRulesPage::newRule()
{
    m_list->setCurrentRow(-1);
    app::AutomationSetup::Rule blank;
    blank.rule.name = tr("New rule");
    showRule(blank);
    m_name->setFocus();
    m_name->selectAll();
}

void RoutingRulesPage::save()
{
    QString error;
    const qint64 id = m_setup->saveRule(m_currentId, formRule(), m_enabled->isChecked(), &error);
    if (!id)
        return setStatus(error, true);
    m_currentId = id;
    reload();
    setStatus(tr("Saved. The rule applies to the next customer message."), false);
}

void RoutingRulesPage::remove()
{
    if (!m_currentId)
        return;
    QString error;
    const int row = m_list->currentRow();
    if (!m_setup->removeRule(m_currentId, &error))
        return setStatus(error, true);
    m_currentId = 0;
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    else
        newRule();
    setStatus(tr("Removed."), false);
}

void RoutingRulesPage::move(int step)
{
    const int row = m_list->currentRow();
    if (!m_currentId || row < 0)
        return;
    QString error;
    if (!m_setup->moveRule(m_currentId, row + step, &error))
        setStatus(error, true);
}

void RoutingRulesPage::loadHours()
{
    QString problem;
    const app::BusinessHours hours = m_setup->businessHours(&problem);
    m_timezone->setText(hours.timezone);
    for (int d = 0; d < 7; ++d)
        m_days[d]->setChecked(hours.days.contains(d));
    m_open->setTime(hours.open);
    m_close->setTime(hours.close);
    if (!problem.isEmpty())
        setStatus(tr("The stored business hours cannot be read: %1").arg(problem), true);
}

void RoutingRulesPage::saveHours()
{
    app::BusinessHours hours;
    hours.timezone = m_timezone->text().trimmed().isEmpty() ? QStringLiteral("UTC") : m_timezone->text().trimmed();
    hours.days.clear();
    for (int d = 0; d < 7; ++d)
        if (m_days[d]->isChecked())
            hours.days.append(d);
    hours.open = m_open->time();
    hours.close = m_close->time();
    QString error;
    if (!m_setup->saveBusinessHours(hours, &error))
        return setStatus(error, true);
    setStatus(tr("Business hours saved."), false);
}

QString RoutingRulesPage::status() const
{
    return m_status->text();
}

void RoutingRulesPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? theme::dangerColor(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

} // namespace wasel::ui
