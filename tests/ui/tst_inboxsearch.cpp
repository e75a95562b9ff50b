// The inbox's finders and composer helpers on a small workspace, offscreen, in the language of
// WASEL_TEST_LANG: Ctrl+K goes to a customer's conversation from the keyboard; Ctrl+F finds a
// message by its words (Arabic and Thai too), shows the snippet as plain text with the match
// highlighted by range, and opens an old message that is not in the thread's first page, scrolled
// to and highlighted; "/" in the composer offers canned responses; the send key follows the setting;
// the tray's count follows the unread conversations. The search popup is saved as a PNG to look at.

#include "AppContext.h"
#include "CannedPopup.h"
#include "CannedResponsesDialog.h"
#include "Composer.h"
#include "CustomerPanel.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "Notifications.h"
#include "SearchPopup.h"
#include "TestEvents.h"
#include "ThreadView.h"
#include "TrayIcon.h"
#include "WidgetTest.h"
#include "store/Store.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;

namespace {

// Accepts every shortcut override, as a QLineEdit with X11 key bindings does for Ctrl+K.
class GreedyField : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    QList<int> claimed; // the keys (not modifiers) whose override reached the field

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key != Qt::Key_Control && key != Qt::Key_Shift)
                claimed.append(key);
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
};

} // namespace

class TestInboxSearch : public QObject
{
    Q_OBJECT

    QString m_lang;
    QTemporaryDir m_dir;
    app::AppContext m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_layla = 0; // a long thread whose first message is old
    qint64 m_oldMessage = 0;
    qint64 m_ali = 0;
    qint64 m_somchai = 0;
    qint64 m_markup = 0;

    models::Store *store() { return m_context.store(); }

    qint64 add(ChannelKind channel, const QString &customer, const QString &name, const QString &text,
               const QDateTime &at, qint64 *conversation = nullptr)
    {
        static int n = 0;
        const auto result =
            store()->apply(tests::customerText(channel, customer, text, QStringLiteral("m-%1").arg(++n), at, name));
        if (!result.ok)
            qFatal("cannot store a test message: %s", qPrintable(result.error));
        if (conversation)
            *conversation = result.conversationId;
        return result.messageId;
    }

    void save(QWidget *widget, const QString &name)
    {
        // Laid out as a person would see it: the layouts of what just changed run from posted events.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR"); !dir.isEmpty() && QDir().mkpath(dir))
            QVERIFY(widget->grab().save(QDir(dir).filePath(QStringLiteral("%1_%2.png").arg(name, m_lang))));
    }

    ui::SearchPopup *popup() { return m_window->searchPopup(); }

    void type(const QString &text)
    {
        popup()->input()->clear();
        // QTest types Latin-1 only; Arabic and Thai are put in as an input method would.
        bool latin = true;
        for (QChar c : text)
            latin = latin && c.unicode() < 0x80;
        if (latin)
            QTest::keyClicks(popup()->input(), text);
        else
            popup()->input()->insert(text);
        popup()->refresh();
    }

    QString resultText(int row, int role) { return popup()->results()->model()->index(row, 0).data(role).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        // m_lang also names the screenshots; the language itself is WASEL_TEST_LANG.
        m_lang = tests::installTestLanguage();
        if (qEnvironmentVariable("WASEL_TEST_PALETTE") == QLatin1String("dark")) {
            // A dark system theme, as Fusion draws it: everything must read from the palette.
            QApplication::setStyle(QStringLiteral("Fusion"));
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
            dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
            dark.setColor(QPalette::Base, QColor(0x17, 0x18, 0x1a));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
            dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
            dark.setColor(QPalette::Button, QColor(0x2d, 0x2f, 0x33));
            dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
            dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
            dark.setColor(QPalette::HighlightedText, Qt::white);
            dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
            dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
            dark.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x2f, 0x33));
            dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
            QApplication::setPalette(dark);
            m_lang += QStringLiteral("_dark");
        }
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            m_lang += QStringLiteral("_x") + qEnvironmentVariable("QT_SCALE_FACTOR");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_context.start({m_dir.path(), false, qEnvironmentVariable("WASEL_TEST_LANG", QStringLiteral("en")),
                                  QStringLiteral("Nok")},
                                 &error),
                 qPrintable(error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_oldMessage = add(ChannelKind::Messenger, QStringLiteral("psid-layla"), QStringLiteral("Layla Hassan"),
                           QStringLiteral("Do you still have the red abaya in size M?"), now.addDays(-20), &m_layla);
        for (int i = 0; i < 130; ++i)
            add(ChannelKind::Messenger, QStringLiteral("psid-layla"), QStringLiteral("Layla Hassan"),
                QStringLiteral("Follow-up number %1").arg(i), now.addSecs(-3600 + i * 20));
        add(ChannelKind::WhatsApp, QStringLiteral("9647700000001"), QStringLiteral("علي كريم"),
            QStringLiteral("شكد سعر الجنطة السوداء؟ أريدها اليوم"), now.addSecs(-600), &m_ali);
        add(ChannelKind::Instagram, QStringLiteral("igsid-somchai"), QStringLiteral("สมชาย ใจดี"),
            QStringLiteral("กระเป๋าสีดำราคาเท่าไหร่คะ ส่งฟรีไหม"), now.addSecs(-500), &m_somchai);
        add(ChannelKind::Instagram, QStringLiteral("igsid-olivia"), QStringLiteral("Olivia Brown"),
            QStringLiteral("Is the black bag still available? I saw it on your page yesterday."), now.addSecs(-400));
        m_markup = add(ChannelKind::Widget, QStringLiteral("visitor-1"), QStringLiteral("Visitor"),
                       QStringLiteral("<b>bold</b> & <a href=\"https://evil.example\">markup</a> question"),
                       now.addSecs(-300));
        store()->addCannedResponse({0, QStringLiteral("delivery"), QStringLiteral("Delivery times"),
                                    QStringLiteral("We deliver within two days.")});
        store()->addCannedResponse(
            {0, QStringLiteral("thanks"), QStringLiteral("Thank you"), QStringLiteral("Thank you for your order!")});

        m_window = std::make_unique<ui::MainWindow>(&m_context);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->thread()->conversationId() != 0);
    }

    void quickSwitcherGoesToACustomer()
    {
        m_window->activateWindow();
        m_window->openConversation(m_ali);
        QCOMPARE(m_window->thread()->conversationId(), m_ali);
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(popup()->mode(), ui::SearchPopup::Mode::Switcher);
        QVERIFY(popup()->input()->hasFocus());
        // Empty: the recent conversations.
        QVERIFY(popup()->results()->model()->rowCount() >= 4);
        type(QStringLiteral("lay"));
        QCOMPARE(popup()->results()->model()->rowCount(), 1);
        QCOMPARE(resultText(0, ui::SearchResultRole::Title), QStringLiteral("Layla Hassan"));
        QTest::keyClick(popup()->input(), Qt::Key_Down); // stays on the only row
        QTest::keyClick(popup()->input(), Qt::Key_Return);
        QTRY_VERIFY(!popup()->isVisible());
        QCOMPARE(m_window->thread()->conversationId(), m_layla);

        // Esc closes without going anywhere; arrows move between several results.
        m_window->openQuickSwitcher();
        QTRY_VERIFY(popup()->isVisible());
        type(QString());
        QCOMPARE(popup()->results()->currentIndex().row(), 0);
        QTest::keyClick(popup()->input(), Qt::Key_Down);
        QTest::keyClick(popup()->input(), Qt::Key_Down);
        QCOMPARE(popup()->results()->currentIndex().row(), 2);
        QTest::keyClick(popup()->input(), Qt::Key_Up);
        QCOMPARE(popup()->results()->currentIndex().row(), 1);
        QTest::keyClick(popup()->input(), Qt::Key_Escape);
        QTRY_VERIFY(!popup()->isVisible());
        QCOMPARE(m_window->thread()->conversationId(), m_layla);

        // Arabic names are found without their exact letters (normalized like the index).
        m_window->openQuickSwitcher();
        type(QStringLiteral("علي"));
        QCOMPARE(popup()->results()->model()->rowCount(), 1);
        QCOMPARE(popup()->results()->model()->index(0, 0).data(ui::SearchResultRole::ConversationId).toLongLong(),
                 m_ali);
        QTest::keyClick(popup()->input(), Qt::Key_Escape);
    }

    void fullTextSearchOpensAnOldMessage()
    {
        m_window->openConversation(m_ali);
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(popup()->mode(), ui::SearchPopup::Mode::Messages);
        type(QStringLiteral("abaya"));
        QCOMPARE(popup()->results()->model()->rowCount(), 1);
        const QModelIndex hit = popup()->results()->model()->index(0, 0);
        QCOMPARE(hit.data(ui::SearchResultRole::MessageId).toLongLong(), m_oldMessage);
        const QString snippet = hit.data(ui::SearchResultRole::Snippet).toString();
        QCOMPARE(snippet, QStringLiteral("Do you still have the red abaya in size M?"));
        const QVariantList ranges = hit.data(ui::SearchResultRole::Ranges).toList();
        QCOMPARE(ranges.size(), 1);
        const QPoint range = ranges.first().toPoint();
        QCOMPARE(snippet.mid(range.x(), range.y()), QStringLiteral("abaya"));

        QTest::keyClick(popup()->input(), Qt::Key_Return);
        QTRY_VERIFY(!popup()->isVisible());
        ui::ThreadView *thread = m_window->thread();
        QCOMPARE(thread->conversationId(), m_layla);
        models::MessageListModel *model = thread->messageModel();
        QVERIFY2(model->rowCount() > 50, "older pages were loaded to reach the message");
        const int row = model->rowOf(m_oldMessage);
        QVERIFY(row >= 0);
        QCOMPARE(model->highlightedMessage(), m_oldMessage);
        QVERIFY(model->index(row, 0).data(models::MessageRole::Highlighted).toBool());
        QVERIFY(!model->index(row + 1, 0).data(models::MessageRole::Highlighted).toBool());
        // On screen, not at the bottom where the thread usually opens.
        QListView *view = thread->messageView();
        QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(model->index(row, 0))));
        QVERIFY(view->verticalScrollBar()->value() < view->verticalScrollBar()->maximum());
        // The customer panel fills on its next refresh and its lists lay their items out on a timer.
        QTRY_COMPARE(m_window->customerPanel()->identitiesList()->count(), 1);
        QTest::qWait(50);
        save(m_window.get(), QStringLiteral("search_opened"));
    }

    void shortcutsWorkWhileTyping()
    {
        // Ctrl+K is also "delete to the end of the line" in Qt's text editors on X11: the finder wins.
        m_window->activateWindow();
        m_window->openConversation(m_ali);
        QPlainTextEdit *editor = m_window->thread()->composer()->editor();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("keep this"));
        QTest::keyClick(editor, Qt::Key_Home);
        QTest::keyClick(editor, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(popup()->mode(), ui::SearchPopup::Mode::Switcher);
        QCOMPARE(editor->toPlainText(), QStringLiteral("keep this"));
        QTest::keyClick(popup()->input(), Qt::Key_Escape);
        QTRY_VERIFY(!popup()->isVisible());
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(popup()->mode(), ui::SearchPopup::Mode::Messages);
        QTest::keyClick(popup()->input(), Qt::Key_Escape);
        QTRY_VERIFY(!popup()->isVisible());
        editor->clear();

        // The offscreen platform uses Windows key bindings, where no text field wants Ctrl+K; a
        // field that claims it the way Qt's X11 bindings do (delete to the end of the line) must
        // still give it to the finder.
        auto *greedy = new GreedyField(m_window.get());
        greedy->show();
        greedy->setFocus();
        QTRY_VERIFY(greedy->hasFocus());
        QTest::keyClick(greedy, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(popup()->mode(), ui::SearchPopup::Mode::Switcher);
        QVERIFY(greedy->claimed.isEmpty());
        QTest::keyClick(popup()->input(), Qt::Key_Escape);
        QTRY_VERIFY(!popup()->isVisible());
        // Other keys still reach the field's own override handling.
        greedy->setFocus();
        QTRY_VERIFY(greedy->hasFocus());
        QTest::keyClick(greedy, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(greedy->claimed, QList<int>{Qt::Key_L});
        delete greedy;
    }

    void snippetsArePlainText()
    {
        m_window->openSearch();
        type(QStringLiteral("markup"));
        QCOMPARE(popup()->results()->model()->rowCount(), 1);
        const QString snippet = resultText(0, ui::SearchResultRole::Snippet);
        QVERIFY2(snippet.contains(QStringLiteral("</b> & <a href=\"https://evil.example\">markup</a>")),
                 qPrintable(snippet));
        const QVariantList ranges =
            popup()->results()->model()->index(0, 0).data(ui::SearchResultRole::Ranges).toList();
        QVERIFY(!ranges.isEmpty());
        for (const QVariant &r : ranges)
            QCOMPARE(snippet.mid(r.toPoint().x(), r.toPoint().y()), QStringLiteral("markup"));
        QVERIFY(!snippet.contains(QChar(0x02)) && !snippet.contains(QChar(0x03)));
        QTest::keyClick(popup()->input(), Qt::Key_Escape);
        // The markers themselves are read by range, and stray control characters are dropped.
        const ui::HighlightedText parsed =
            ui::parseSnippet(QStringLiteral("a \x02red\x03 <i>x</i> \x02") + QChar(0x02) + QStringLiteral("b\x03\x01"));
        QCOMPARE(parsed.text, QStringLiteral("a red <i>x</i> b"));
        QCOMPARE(parsed.ranges.size(), 2);
        QCOMPARE(parsed.ranges.at(0), std::make_pair(2, 3));
        QCOMPARE(parsed.ranges.at(1), std::make_pair(15, 1));
    }

    void searchInEveryLanguage()
    {
        m_window->openSearch();
        type(QStringLiteral("black bag"));
        QCOMPARE(popup()->results()->model()->rowCount(), 1);
        if (m_lang == QLatin1String("en")) // plural forms from wasel_en.qm, not "1 message(s) found"
            QCOMPARE(tests::namedChild<QLabel>(popup(), "searchStatus")->text(), QStringLiteral("1 message found"));
        type(QStringLiteral("جنطه")); // finds الجنطة: article and teh marbuta folded
        QCOMPARE(popup()->results()->model()->rowCount(), 1);
        QCOMPARE(popup()->results()->model()->index(0, 0).data(ui::SearchResultRole::ConversationId).toLongLong(),
                 m_ali);
        type(QStringLiteral("ราคา")); // inside a Thai run without spaces
        QCOMPARE(popup()->results()->model()->rowCount(), 1);
        QCOMPARE(popup()->results()->model()->index(0, 0).data(ui::SearchResultRole::ConversationId).toLongLong(),
                 m_somchai);
        const QVariantList ranges =
            popup()->results()->model()->index(0, 0).data(ui::SearchResultRole::Ranges).toList();
        QVERIFY(!ranges.isEmpty());
        type(QStringLiteral("nothing-like-this"));
        QCOMPARE(popup()->results()->model()->rowCount(), 0);
        QVERIFY(tests::namedChild<QLabel>(popup(), "searchStatus")->isVisible());

        // The screenshot: what this language's staff would search for.
        const QString query = m_lang.startsWith(QLatin1String("ar")) ? QStringLiteral("جنطه")
            : m_lang.startsWith(QLatin1String("th"))                 ? QStringLiteral("ราคา")
                                                                     : QStringLiteral("bag");
        type(query);
        QVERIFY(popup()->results()->model()->rowCount() >= 1);
        save(popup(), QStringLiteral("search_results"));
        QTest::keyClick(popup()->input(), Qt::Key_Escape);
    }

    void cannedResponsesFromTheComposer()
    {
        m_window->openConversation(m_olivia());
        ui::Composer *composer = m_window->thread()->composer();
        QPlainTextEdit *editor = composer->editor();
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("Hello! /del"));
        ui::CannedPopup *canned = composer->cannedPopup();
        QTRY_VERIFY(canned->isVisible());
        QCOMPARE(canned->count(), 1);
        save(canned, QStringLiteral("canned_popup"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(!canned->isVisible());
        QCOMPARE(composer->text(), QStringLiteral("Hello! We deliver within two days."));

        // Both offered for a bare "/", the second chosen with the arrow; Esc closes it for this word.
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("/"));
        QTRY_VERIFY(canned->isVisible());
        QCOMPARE(canned->count(), 2);
        QTest::keyClick(editor, Qt::Key_Down);
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(composer->text(), QStringLiteral("Thank you for your order!"));
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("/th"));
        QTRY_VERIFY(canned->isVisible());
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!canned->isVisible());
        QTest::keyClicks(editor, QStringLiteral("a"));
        QVERIFY2(!canned->isVisible(), "Esc closed it for this word");
        // Not inside a word (a date, a path), and nothing for a filter that matches nothing.
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("on 1/del"));
        QVERIFY(!canned->isVisible());
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("/zzz"));
        QVERIFY(!canned->isVisible());
        editor->clear();
    }

    void cannedResponsesAreEdited()
    {
        m_window->openCannedResponses();
        ui::CannedResponsesDialog *dialog = m_window->cannedDialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *list = tests::namedChild<QListWidget>(dialog, "cannedList");
        QCOMPARE(list->count(), 2);
        dialog->startNew();
        tests::namedChild<QLineEdit>(dialog, "cannedShortcut")->setText(QStringLiteral("two words"));
        tests::namedChild<QPlainTextEdit>(dialog, "cannedBody")->setPlainText(QStringLiteral("Hi"));
        QVERIFY(!dialog->save());
        QVERIFY(tests::namedChild<QLabel>(dialog, "cannedError")->isVisible());
        QCOMPARE(store()->cannedResponses().size(), 2);
        tests::namedChild<QLineEdit>(dialog, "cannedShortcut")->setText(QStringLiteral("/hours"));
        tests::namedChild<QLineEdit>(dialog, "cannedTitle")->setText(QStringLiteral("Opening hours"));
        tests::namedChild<QPlainTextEdit>(dialog, "cannedBody")->setPlainText(QStringLiteral("We open at 10."));
        QTest::mouseClick(tests::namedChild<QPushButton>(dialog, "cannedSave"), Qt::LeftButton);
        QCOMPARE(store()->cannedResponses().size(), 3);
        QCOMPARE(list->count(), 3);
        save(dialog, QStringLiteral("canned_dialog"));
        // The composer offers it at once.
        QCOMPARE(m_window->thread()->composer()->cannedPopup()->matching(QStringLiteral("hou")).size(), 1);
        // A duplicate shortcut is refused; an edit keeps the id; Remove removes.
        dialog->startNew();
        tests::namedChild<QLineEdit>(dialog, "cannedShortcut")->setText(QStringLiteral("Delivery"));
        tests::namedChild<QPlainTextEdit>(dialog, "cannedBody")->setPlainText(QStringLiteral("x"));
        QVERIFY(!dialog->save());
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QLatin1String("/hours")))
                list->setCurrentRow(i);
        }
        QCOMPARE(tests::namedChild<QLineEdit>(dialog, "cannedShortcut")->text(), QStringLiteral("hours"));
        tests::namedChild<QPlainTextEdit>(dialog, "cannedBody")->setPlainText(QStringLiteral("We open at 11."));
        QVERIFY(dialog->save());
        QCOMPARE(store()->cannedResponses().size(), 3);
        QCOMPARE(m_window->thread()->composer()->cannedPopup()->matching(QStringLiteral("hours")).first().body,
                 QStringLiteral("We open at 11."));
        QVERIFY(dialog->removeSelected());
        QCOMPARE(store()->cannedResponses().size(), 2);
        QCOMPARE(m_window->thread()->composer()->cannedPopup()->matching(QStringLiteral("hours")).size(), 0);
        dialog->close();
    }

    void sendKeyFollowsTheSetting()
    {
        m_window->activateWindow();
        m_window->openConversation(m_olivia());
        ui::Composer *composer = m_window->thread()->composer();
        QPlainTextEdit *editor = composer->editor();
        editor->setFocus();
        QCOMPARE(composer->sendKey(), ui::Composer::SendKey::CtrlEnter);
        const qsizetype before = store()->outbox().size();
        QTest::keyClicks(editor, QStringLiteral("first line"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("second"));
        QCOMPARE(store()->outbox().size(), before);
        QCOMPARE(composer->text(), QStringLiteral("first line\nsecond"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(store()->outbox().size(), before + 1);
        QCOMPARE(composer->text(), QString());

        // The menu's choice is a workspace setting, applied to the composer.
        auto *settings = tests::namedChild<QToolButton>(m_window.get(), "settingsButton");
        QAction *enter = settings->menu()->findChild<QAction *>(QStringLiteral("sendWithEnter"));
        QVERIFY(enter);
        enter->trigger();
        QCOMPARE(store()->setting(QStringLiteral("send_key")), QStringLiteral("enter"));
        QCOMPARE(composer->sendKey(), ui::Composer::SendKey::Enter);
        QVERIFY(enter->isChecked());
        QTest::keyClicks(editor, QStringLiteral("one"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(editor, QStringLiteral("two"));
        QCOMPARE(composer->text(), QStringLiteral("one\ntwo"));
        QCOMPARE(store()->outbox().size(), before + 1);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(store()->outbox().size(), before + 2);
        QCOMPARE(store()->message(store()->outbox().last().messageId)->body, QStringLiteral("one\ntwo"));
        // Enter picks a canned response rather than sending while the popup is open.
        QTest::keyClicks(editor, QStringLiteral("/thanks"));
        QTRY_VERIFY(composer->cannedPopup()->isVisible());
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(composer->text(), QStringLiteral("Thank you for your order!"));
        QCOMPARE(store()->outbox().size(), before + 2);
        editor->clear();
        settings->menu()->findChild<QAction *>(QStringLiteral("sendWithCtrlEnter"))->trigger();
        QCOMPARE(composer->sendKey(), ui::Composer::SendKey::CtrlEnter);
    }

    void trayCountFollowsUnread()
    {
        ui::InboxWatcher *watcher = m_window->inboxWatcher();
        models::ConversationQuery unread;
        unread.unreadOnly = true;
        const int count = store()->conversationCount(unread);
        QVERIFY(count >= 1);
        QTRY_COMPARE(watcher->unreadCount(), count);
        QCOMPARE(m_window->trayIcon()->unreadCount(), count);
        // A new customer in a new conversation: one more; reading it: one less.
        qint64 conversation = 0;
        add(ChannelKind::Email, QStringLiteral("new@example.com"), QStringLiteral("New Person"),
            QStringLiteral("Hello there"), QDateTime::currentDateTimeUtc(), &conversation);
        QTRY_COMPARE(m_window->trayIcon()->unreadCount(), count + 1);
        // The count in words of the window's language (Arabic says "one" and "two" without a digit).
        QCOMPARE(m_window->trayIcon()->toolTip(),
                 QCoreApplication::translate("wasel::ui::TrayIcon", "Wasel — %n unread conversation(s)", nullptr,
                                             count + 1));
        if (qEnvironmentVariable("WASEL_TEST_LANG") != QLatin1String("ar") || count + 1 > 2)
            QVERIFY(m_window->trayIcon()->toolTip().contains(QString::number(count + 1)));
        store()->markRead(conversation);
        QTRY_COMPARE(m_window->trayIcon()->unreadCount(), count);
        // The icon carries the count; none without unread conversations.
        const QImage plain = ui::TrayIcon::badgeIcon(0).pixmap(32, 32).toImage();
        const QImage badged = ui::TrayIcon::badgeIcon(3).pixmap(32, 32).toImage();
        QVERIFY(!badged.isNull());
        QVERIFY(plain.convertToFormat(QImage::Format_ARGB32) != badged.convertToFormat(QImage::Format_ARGB32));
    }

private:
    qint64 m_olivia()
    {
        for (const models::CustomerHit &hit : store()->searchCustomers(QStringLiteral("Olivia")))
            return hit.conversationIds.value(0);
        return 0;
    }
};

QTEST_MAIN(TestInboxSearch)
#include "tst_inboxsearch.moc"
