// The inbox's views and actions on the demo workspace, offscreen, in WASEL_TEST_LANG (en, ar):
// selecting a conversation fills the customer panel; assigning, resolving (and resolve-and-next),
// snoozing to a picked time, labels, notes and customer fields go to the store and show in the
// list, the thread header, the sidebar counts and the panel; a snooze that ends reopens the
// conversation while the app runs; the Ctrl+/ overlay lists exactly the bound shortcuts; every
// control has an accessible name. Saved as PNGs to look at.

#include "AppContext.h"
#include "Composer.h"
#include "ConversationActions.h"
#include "CustomerPanel.h"
#include "InboxActions.h"
#include "MainWindow.h"
#include "Roles.h"
#include "Sidebar.h"
#include "ThreadView.h"
#include "WidgetTest.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace wasel;
using models::ConversationStatus;

namespace {

// Runs `answer` on the next modal dialog of type T that opens (the code under test calls exec()).
template<typename T, typename F> void whenDialogOpens(F answer)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    Q_EMIT menu->aboutToShow(); // the menu fills itself when it opens
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

class TestInboxViews : public QObject
{
    Q_OBJECT

    QString m_lang;
    app::AppContext m_context;
    std::unique_ptr<ui::MainWindow> m_window;

    models::Store *store() { return m_context.store(); }
    qint64 current() { return m_window->thread()->conversationId(); }
    models::Conversation conversation(qint64 id) { return *store()->conversation(id); }
    void press(int key, Qt::KeyboardModifiers modifiers)
    {
        // A dialog that just closed may still hold the activation: window shortcuts need the window's.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
    }
    ui::ConversationActions *more() { return m_window->thread()->conversationActions(); }
    QString subtitle()
    {
        // The header's details line: status, assignee, AI, labels.
        for (QLabel *label : m_window->thread()->findChildren<QLabel *>())
            if (label->accessibleName() == ui::ThreadView::tr("Conversation details"))
                return label->text();
        return {};
    }
    QVariant listData(qint64 id, int role)
    {
        auto *model = m_window->conversationView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(models::ConversationRole::Id).toLongLong() == id)
                return model->index(row, 0).data(role);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lang = tests::installTestLanguage();
        QString error;
        QVERIFY2(m_context.start({QString(), true, m_lang, QStringLiteral("Sara")}, &error), qPrintable(error));
        m_window = std::make_unique<ui::MainWindow>(&m_context);
        m_window->resize(1400, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        new QAbstractItemModelTester(m_window->conversationView()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QTRY_VERIFY(m_window->conversationView()->model()->rowCount() > 5);
        QTRY_VERIFY(current() != 0);
    }

    void selectingFillsTheCustomerPanel()
    {
        ui::CustomerPanel *panel = m_window->customerPanel();
        QSignalSpy customer(panel, &ui::CustomerPanel::customerChanged);
        m_window->selectConversation(2);
        const models::Conversation c = conversation(current());
        QCOMPARE(panel->conversationId(), c.id);
        QCOMPARE(panel->customerId(), c.customerId);
        QVERIFY(!customer.isEmpty());
        QCOMPARE(customer.last().at(0).toLongLong(), c.customerId);
        QCOMPARE(tests::namedChild<QLabel>(panel, "customerName")->text(), c.customerName);
        QCOMPARE(panel->identitiesList()->count(), int(store()->identities(c.customerId).size()));
        QVERIFY(panel->identitiesList()->item(0)->text().contains(models::channelDisplayName(c.channel)));
    }

    void assignToANewTeammate()
    {
        const qint64 id = current();
        QVERIFY(m_context.actions()->assignTo(id, QString()));
        QTRY_VERIFY(m_window->sidebar()->countOf(ui::Sidebar::tr("Unassigned")) > 0);
        const int unassigned = m_window->sidebar()->countOf(ui::Sidebar::tr("Unassigned"));
        whenDialogOpens<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(QStringLiteral("  Lina  "));
            d->accept();
        });
        QAction *someoneElse =
            actionNamed(tests::namedChild<QMenu>(more(), "assignMenu"), ui::ConversationActions::tr("Someone else…"));
        QVERIFY(someoneElse);
        someoneElse->trigger();
        QCOMPARE(conversation(id).assignee, QStringLiteral("Lina"));
        QVERIFY(m_context.actions()->teammates().contains(QStringLiteral("Lina")));
        QCOMPARE(listData(id, models::ConversationRole::Assignee).toString(), QStringLiteral("Lina"));
        QVERIFY(subtitle().contains(QStringLiteral("Lina")));
        QVERIFY(tests::namedChild<QToolButton>(more(), "assignButton")->text().contains(QStringLiteral("Lina")));
        QTRY_COMPARE(m_window->sidebar()->countOf(ui::Sidebar::tr("Unassigned")), unassigned - 1);

        // The teammate is offered from now on; picking "me" moves it to Mine.
        const int mine = m_window->sidebar()->countOf(ui::Sidebar::tr("Mine"));
        QVERIFY(actionNamed(tests::namedChild<QMenu>(more(), "assignMenu"), QStringLiteral("Lina")));
        QAction *me = actionNamed(tests::namedChild<QMenu>(more(), "assignMenu"),
                                  ui::ConversationActions::tr("%1 (me)").arg(QStringLiteral("Sara")));
        QVERIFY(me);
        me->trigger();
        QCOMPARE(conversation(id).assignee, QStringLiteral("Sara"));
        QTRY_COMPARE(m_window->sidebar()->countOf(ui::Sidebar::tr("Mine")), mine + 1);
    }

    void statusAndPriorityFromTheMenus()
    {
        const qint64 id = current();
        QAction *pending =
            actionNamed(tests::namedChild<QMenu>(more(), "statusMenu"), ui::ConversationActions::tr("Pending"));
        QVERIFY(pending);
        pending->trigger();
        QCOMPARE(int(conversation(id).status), int(ConversationStatus::Pending));
        // It left the open list (the thread moved on with it); opened again, the header says so.
        QVERIFY(!listData(id, models::ConversationRole::Id).isValid());
        m_window->openConversation(id);
        QCOMPARE(current(), id);
        QVERIFY(subtitle().contains(ui::ThreadView::tr("Pending")));
        QAction *urgent =
            actionNamed(tests::namedChild<QMenu>(more(), "priorityMenu"), ui::ConversationActions::tr("Urgent"));
        QVERIFY(urgent);
        urgent->trigger();
        QCOMPARE(int(conversation(id).priority), int(models::Priority::Urgent));
        QVERIFY(tests::namedChild<QToolButton>(more(), "priorityButton")
                    ->text()
                    .contains(ui::ConversationActions::tr("Urgent")));
        QVERIFY(m_context.actions()->setStatus(id, ConversationStatus::Open));
        m_window->openConversation(id);
        QCOMPARE(m_window->conversationView()->currentIndex().data(models::ConversationRole::Id).toLongLong(), id);
    }

    void resolveFromTheKeyboard()
    {
        const qint64 id = current();
        QTRY_VERIFY(m_window->sidebar()->countOf(ui::Sidebar::tr("Resolved")) >= 0);
        const int resolved = m_window->sidebar()->countOf(ui::Sidebar::tr("Resolved"));
        const int open = m_window->sidebar()->countOf(ui::Sidebar::tr("All open"));
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(int(conversation(id).status), int(ConversationStatus::Resolved));
        QVERIFY(!listData(id, models::ConversationRole::Id).isValid()); // gone from the open list
        QTRY_COMPARE(m_window->sidebar()->countOf(ui::Sidebar::tr("Resolved")), resolved + 1);
        QTRY_COMPARE(m_window->sidebar()->countOf(ui::Sidebar::tr("All open")), open - 1);
        QVERIFY(current() != id); // the list moved on to the next conversation
    }

    void resolveAndNext()
    {
        m_window->selectConversation(1);
        const qint64 id = current();
        const qint64 below =
            m_window->conversationView()->model()->index(2, 0).data(models::ConversationRole::Id).toLongLong();
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(int(conversation(id).status), int(ConversationStatus::Resolved));
        QCOMPARE(current(), below);
        QCOMPARE(m_window->conversationView()->currentIndex().row(), 1);

        // In the Resolved view the row stays, and resolve-and-next still moves on.
        QVERIFY(m_window->sidebar()->selectView(ui::Sidebar::tr("Resolved")));
        m_window->selectConversation(0);
        const qint64 first = current();
        QVERIFY(first);
        m_window->resolveAndNext();
        QCOMPARE(m_window->conversationView()->currentIndex().row(), 1);
        QVERIFY(current() != first);
        QVERIFY(m_window->sidebar()->selectView(ui::Sidebar::tr("All open")));
        QTRY_VERIFY(current() != 0);
    }

    void snoozeToAPickedTime()
    {
        const qint64 id = current();
        const int snoozed = m_window->sidebar()->countOf(ui::Sidebar::tr("Snoozed"));
        const QDateTime when = QDateTime(QDate::currentDate().addDays(3), QTime(14, 30));
        whenDialogOpens<ui::SnoozeDialog>([when](ui::SnoozeDialog *d) {
            d->editor()->setDateTime(when);
            d->accept();
        });
        press(Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(int(conversation(id).status), int(ConversationStatus::Snoozed));
        QCOMPARE(conversation(id).snoozedUntil, when.toUTC());
        QTRY_COMPARE(m_window->sidebar()->countOf(ui::Sidebar::tr("Snoozed")), snoozed + 1);
        QVERIFY(!listData(id, models::ConversationRole::Id).isValid());

        // A time already past is refused with a reason, and nothing changes.
        QSignalSpy failed(m_context.actions(), &app::InboxActions::failed);
        QVERIFY(!m_context.actions()->snooze(id, QDateTime::currentDateTimeUtc().addSecs(-60)));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(conversation(id).snoozedUntil, when.toUTC());
    }

    void snoozeEndsWhileTheAppRuns()
    {
        const qint64 id = current();
        QVERIFY(m_context.actions()->snooze(id, QDateTime::currentDateTimeUtc().addMSecs(1500)));
        QCOMPARE(int(conversation(id).status), int(ConversationStatus::Snoozed));
        // Woken by the app's own timer (the periodic sweep alone would take up to 30 s).
        QTRY_COMPARE_WITH_TIMEOUT(int(conversation(id).status), int(ConversationStatus::Open), 5000);
        QTRY_VERIFY(listData(id, models::ConversationRole::Id).isValid());
    }

    void takeOverHandBackAndMarkUnread()
    {
        m_window->selectConversation(0);
        const qint64 id = current();
        if (conversation(id).aiMode == models::AiMode::Off && !conversation(id).needsHuman)
            QVERIFY(m_context.actions()->handBackToAi(id));
        press(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(int(conversation(id).aiMode), int(models::AiMode::Off));
        QCOMPARE(conversation(id).assignee, QStringLiteral("Sara"));
        QCOMPARE(listData(id, models::ConversationRole::AiMode).toInt(), int(models::AiMode::Off));
        QVERIFY(subtitle().contains(ui::ThreadView::tr("Assigned to %1").arg(QStringLiteral("Sara"))));
        press(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(int(conversation(id).aiMode), int(models::AiMode::Auto));
        QVERIFY(subtitle().contains(ui::ThreadView::tr("AI answers")));

        QCOMPARE(conversation(id).unreadCount, 0); // opened, so read
        press(Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(conversation(id).unreadCount > 0);
        QVERIFY(listData(id, models::ConversationRole::UnreadCount).toInt() > 0);
    }

    void labelsAddedAndRemoved()
    {
        m_window->selectConversation(0);
        const qint64 id = current();
        const QString label = QStringLiteral("Wholesale-%1").arg(id);
        whenDialogOpens<QInputDialog>([label](QInputDialog *d) {
            d->setTextValue(label);
            d->accept();
        });
        QAction *add =
            actionNamed(tests::namedChild<QMenu>(more(), "labelMenu"), ui::ConversationActions::tr("New label…"));
        QVERIFY(add);
        add->trigger();
        QVERIFY(conversation(id).labels.contains(label));
        QVERIFY(listData(id, models::ConversationRole::Labels).toStringList().contains(label));
        QVERIFY(subtitle().contains(label));
        QTRY_VERIFY(tests::namedChild<QLabel>(m_window->customerPanel(), "customerLabels")->text().contains(label));
        QTRY_COMPARE(m_window->sidebar()->countOf(label), 1); // a new view, with its count

        // Existing labels are offered, checked when the conversation has them; unchecking removes.
        QAction *existing = actionNamed(tests::namedChild<QMenu>(more(), "labelMenu"), label);
        QVERIFY(existing);
        QVERIFY(existing->isChecked());
        existing->trigger();
        QVERIFY(!conversation(id).labels.contains(label));
        QTRY_VERIFY(!tests::namedChild<QLabel>(m_window->customerPanel(), "customerLabels")->text().contains(label));
        QTRY_COMPARE(m_window->sidebar()->countOf(label), 0);
    }

    void privateNotesFromThePanelAndTheComposer()
    {
        const qint64 id = current();
        ui::CustomerPanel *panel = m_window->customerPanel();
        auto *edit = tests::namedChild<QLineEdit>(panel, "panelNote");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Prefers delivery after 6 pm"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(store()->notes(id).size(), 1);
        QCOMPARE(store()->notes(id).at(0).body, QStringLiteral("Prefers delivery after 6 pm"));
        QCOMPARE(store()->notes(id).at(0).author, QStringLiteral("Sara"));
        QVERIFY(edit->text().isEmpty());
        QTRY_VERIFY(panel->notesList()->item(0)->text().contains(QStringLiteral("Prefers delivery after 6 pm")));

        // Ctrl+Shift+N: the composer writes a note instead of a reply.
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        ui::Composer *composer = m_window->thread()->composer();
        QVERIFY(composer->isNoteMode());
        auto *editor = composer->findChild<QPlainTextEdit *>();
        QVERIFY(editor);
        editor->setPlainText(QStringLiteral("Asked for the blue one"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(store()->notes(id).size(), 2);
        QTRY_COMPARE(panel->notesList()->count(), 2);
        for (const models::OutboxItem &item : store()->outbox()) // a note never goes to the customer
            QVERIFY(store()->message(item.messageId)->body != QStringLiteral("Asked for the blue one"));
    }

    void customerFieldsEdited()
    {
        ui::CustomerPanel *panel = m_window->customerPanel();
        const qint64 customer = panel->customerId();
        tests::namedChild<QLineEdit>(panel, "newFieldKey")->setText(QStringLiteral("City"));
        tests::namedChild<QLineEdit>(panel, "newFieldValue")->setText(QStringLiteral("Basra"));
        QTest::mouseClick(tests::namedChild<QPushButton>(panel, "addFieldButton"), Qt::LeftButton);
        QCOMPARE(store()->customerFields(customer).size(), 1);
        QCOMPARE(store()->customerFields(customer).at(0).second, QStringLiteral("Basra"));
        QTRY_COMPARE(panel->fieldsTable()->rowCount(), 1);
        QCOMPARE(panel->fieldsTable()->item(0, 0)->text(), QStringLiteral("City"));

        // Edited in place, then emptied: changed, then removed.
        panel->fieldsTable()->item(0, 1)->setText(QStringLiteral("البصرة"));
        QCOMPARE(store()->customerFields(customer).at(0).second, QStringLiteral("البصرة"));
        QTRY_COMPARE(panel->fieldsTable()->item(0, 1)->text(), QStringLiteral("البصرة"));
        panel->fieldsTable()->item(0, 1)->setText(QString());
        QVERIFY(store()->customerFields(customer).isEmpty());
        QTRY_COMPARE(panel->fieldsTable()->rowCount(), 0);

        // A field without a name is not stored.
        tests::namedChild<QLineEdit>(panel, "newFieldKey")->clear();
        tests::namedChild<QLineEdit>(panel, "newFieldValue")->setText(QStringLiteral("orphan"));
        panel->addTypedField();
        QVERIFY(store()->customerFields(customer).isEmpty());
        tests::namedChild<QLineEdit>(panel, "newFieldValue")->clear();
        tests::namedChild<QLineEdit>(panel, "newFieldKey")->setText(QStringLiteral("Size"));
        tests::namedChild<QLineEdit>(panel, "newFieldValue")->setText(QStringLiteral("M"));
        panel->addTypedField();
        QTRY_COMPARE(panel->fieldsTable()->rowCount(), 1);
    }

    void otherConversationsOpen()
    {
        const qint64 id = current();
        const models::Conversation c = conversation(id);
        const models::ChannelKind other =
            c.channel == models::ChannelKind::Email ? models::ChannelKind::Widget : models::ChannelKind::Email;
        QVERIFY(store()->addIdentity(c.customerId, other, QStringLiteral("same-person-%1").arg(id)));
        models::InboundEvent e;
        e.channel = other;
        e.accountExternalId = QStringLiteral("other-account");
        e.customerExternalId = QStringLiteral("same-person-%1").arg(id);
        e.text = QStringLiteral("Also writing here");
        e.externalMessageId = QStringLiteral("other-%1").arg(id);
        e.timestamp = QDateTime::currentDateTimeUtc().addDays(-2);
        const auto applied = store()->apply(e);
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QCOMPARE(conversation(applied.conversationId).customerId, c.customerId);
        ui::CustomerPanel *panel = m_window->customerPanel();
        QCOMPARE(panel->conversationId(), id);
        // A new conversation of the shown customer appears in the panel by itself.
        const auto find = [panel]() -> QListWidgetItem * {
            for (int i = 0; i < panel->otherConversations()->count(); ++i)
                if (panel->otherConversations()->item(i)->text().contains(QStringLiteral("Also writing here")))
                    return panel->otherConversations()->item(i);
            return nullptr;
        };
        QTRY_VERIFY(find());
        QListWidgetItem *item = find();
        QVERIFY(item);
        QCOMPARE(panel->identitiesList()->count(), int(store()->identities(c.customerId).size()));
        Q_EMIT panel->otherConversations()->itemActivated(item);
        QCOMPARE(current(), applied.conversationId);
        QCOMPARE(panel->conversationId(), applied.conversationId);
        m_window->openConversation(id);
        QCOMPARE(current(), id);
    }

    void customerPanelToggles()
    {
        ui::CustomerPanel *panel = m_window->customerPanel();
        QVERIFY(panel->isVisible());
        press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!panel->isVisible());
        QVERIFY(!tests::namedChild<QPushButton>(m_window.get(), "customerPanelButton")->isChecked());
        QTest::mouseClick(tests::namedChild<QPushButton>(m_window.get(), "customerPanelButton"), Qt::LeftButton);
        QVERIFY(panel->isVisible());
    }

    void addedSectionsFollowTheCustomer()
    {
        auto *section = new QLabel;
        section->setObjectName(QStringLiteral("extraSection"));
        ui::CustomerPanel *panel = m_window->customerPanel();
        connect(panel, &ui::CustomerPanel::customerChanged, section,
                [section](qint64 id) { section->setText(QString::number(id)); });
        panel->addSection(QStringLiteral("ManyChat"), section);
        QCOMPARE(section->parentWidget()->parentWidget()->parentWidget()->parentWidget(), panel);
        QCOMPARE(section->accessibleName(), QStringLiteral("ManyChat"));
        const qint64 before = panel->customerId();
        for (int row = 0; row < m_window->conversationView()->model()->rowCount(); ++row) {
            m_window->selectConversation(row);
            if (panel->customerId() != before)
                break;
        }
        QVERIFY(panel->customerId() != before);
        QCOMPARE(section->text(), QString::number(panel->customerId()));
    }

    void overlayListsEveryShortcut()
    {
        press(Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(m_window->shortcutOverlay() && m_window->shortcutOverlay()->isVisible());
        QTableWidget *table = m_window->shortcutOverlay()->table();
        const QList<ui::ShortcutAction> &actions = m_window->shortcuts();
        const QList<QShortcut *> bound = m_window->findChildren<QShortcut *>();
        QCOMPARE(table->rowCount(), int(actions.size()));
        QSet<QKeySequence> seen;
        for (int row = 0; row < actions.size(); ++row) {
            QCOMPARE(table->item(row, 0)->text(), ui::shortcutText(actions[row]));
            QVERIFY(!table->item(row, 0)->text().isEmpty());
            QVERIFY(table->item(row, 1)->text().contains(actions[row].keys.toString(QKeySequence::NativeText)));
            QVERIFY2(!seen.contains(actions[row].keys), actions[row].id); // no key bound twice
            seen.insert(actions[row].keys);
            const auto it = std::find_if(bound.begin(), bound.end(), [&](QShortcut *s) {
                return s->objectName() == QLatin1String(actions[row].id);
            });
            QVERIFY2(it != bound.end(), actions[row].id);
            QCOMPARE((*it)->key(), actions[row].keys);
        }
        // Search's keys are rows of the same table.
        QVERIFY(seen.contains(QKeySequence(Qt::CTRL | Qt::Key_K)));
        QVERIFY(seen.contains(QKeySequence(Qt::CTRL | Qt::Key_F)));
        if (m_lang == QLatin1String("ar"))
            QCOMPARE(table->layoutDirection(), Qt::RightToLeft);
        saveScreenshot(m_window->shortcutOverlay()->grab().toImage(), QStringLiteral("shortcuts"));
        m_window->shortcutOverlay()->close();
    }

    void everyControlHasAnAccessibleName()
    {
        m_window->selectConversation(0);
        QStringList unnamed;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || qobject_cast<QScrollBar *>(w))
                continue;
            if (w->inherits("QAbstractScrollArea") && !w->inherits("QAbstractItemView")
                && !w->inherits("QPlainTextEdit") && !w->inherits("QTextEdit"))
                continue; // the panel's scroll area is a container
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                                       w->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void mirroredAndScreenshot()
    {
        m_window->selectConversation(0);
        QTest::qWait(0);
        const int panelX = m_window->customerPanel()->mapTo(m_window.get(), QPoint(0, 0)).x();
        if (m_lang == QLatin1String("ar"))
            QVERIFY2(panelX < m_window->width() / 2, "the customer panel is on the left in Arabic");
        else
            QVERIFY(panelX > m_window->width() / 2);
        saveScreenshot(m_window->grab().toImage(), QStringLiteral("inbox"));
    }

private:
    void saveScreenshot(const QImage &image, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("inboxviews-%1-%2.png").arg(name, m_lang))));
    }
};

QTEST_MAIN(TestInboxViews)
#include "tst_inboxviews.moc"
