// The main window on the demo workspace, offscreen, in the language of WASEL_TEST_LANG (en, ar,
// th): it shows conversations and a thread, mirrors in Arabic, sends with Ctrl+Enter into the
// outbox, moves between conversations from the keyboard, and is saved as a PNG to look at.

#include "AppContext.h"
#include "Composer.h"
#include "MainWindow.h"
#include "Roles.h"
#include "Sidebar.h"
#include "TestEvents.h"
#include "ThreadView.h"
#include "Translations.h"
#include "store/Store.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace wasel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString m_lang;
    app::AppContext m_context;
    std::unique_ptr<ui::MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        m_lang = qEnvironmentVariable("WASEL_TEST_LANG", QStringLiteral("en"));
        QVERIFY(translations::install(*qApp, m_lang));
        if (m_lang == QLatin1String("ar"))
            QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        QString error;
        QVERIFY2(m_context.start({QString(), true, m_lang, QString()}, &error), qPrintable(error));
        m_window = std::make_unique<ui::MainWindow>(&m_context);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->conversationView()->model()->rowCount() > 5);
        QTRY_VERIFY(m_window->thread()->conversationId() != 0);
    }

    void mirroredInArabic()
    {
        const int sidebarX = m_window->sidebar()->mapTo(m_window.get(), QPoint(0, 0)).x();
        if (m_lang == QLatin1String("ar")) {
            QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
            QVERIFY2(sidebarX > m_window->width() / 2, "the views are on the right in Arabic");
        } else {
            QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
            QVERIFY(sidebarX < m_window->width() / 2);
        }
    }

    void translated()
    {
        const QString send = m_window->thread()->composer()->findChild<QPushButton *>()->text();
        if (m_lang == QLatin1String("ar"))
            QCOMPARE(send, QStringLiteral("إرسال"));
        else if (m_lang == QLatin1String("th"))
            QCOMPARE(send, QStringLiteral("ส่ง"));
        else
            QCOMPARE(send, QStringLiteral("Send"));
    }

    void keyboardMovesBetweenConversations()
    {
        m_window->activateWindow();
        const qint64 first = m_window->thread()->conversationId();
        QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(m_window->thread()->conversationId() != first);
        QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(m_window->thread()->conversationId(), first);
    }

    void ctrlEnterQueuesTheReplyInTheOutbox()
    {
        // Pick a conversation whose reply window is open (the composer says so by enabling Send).
        ui::Composer *composer = m_window->thread()->composer();
        auto *send = composer->findChild<QPushButton *>();
        const int before = int(m_context.store()->outbox().size());
        for (int row = 0; row < m_window->conversationView()->model()->rowCount(); ++row) {
            m_window->selectConversation(row);
            composer->setNoteMode(false);
            composer->editor()->setPlainText(QStringLiteral("تم، راح نرسلها اليوم 🚚"));
            if (send->isEnabled())
                break;
        }
        QVERIFY2(send->isEnabled(), "some demo conversation has an open reply window");
        const qint64 conversation = m_window->thread()->conversationId();
        composer->editor()->setFocus();
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(int(m_context.store()->outbox().size()), before + 1);
        QCOMPARE(m_context.store()->outbox().last().conversationId, conversation);
        QVERIFY(composer->text().isEmpty());
        const auto messages = m_context.store()->messages(conversation);
        QCOMPARE(messages.last().body, QStringLiteral("تم، راح نرسلها اليوم 🚚"));
    }

    void commentThreadOffersAPrivateReply()
    {
        ui::Composer *composer = m_window->thread()->composer();
        auto *privately = composer->findChild<QToolButton *>(QStringLiteral("privateReplyButton"));
        QVERIFY(privately);
        for (int row = 0; row < m_window->conversationView()->model()->rowCount(); ++row) {
            m_window->selectConversation(row);
            const auto c = m_context.store()->conversation(m_window->thread()->conversationId());
            QCOMPARE(privately->isVisibleTo(composer), c && !c->threadKey.isEmpty());
            if (c && !c->threadKey.isEmpty())
                break;
        }
        QVERIFY2(privately->isVisibleTo(composer), "the demo has a comment thread");
        // The header says which post, with a link to it (the demo post's address, escaped).
        auto *about = m_window->thread()->findChild<QLabel *>(QStringLiteral("conversationContext"));
        QVERIFY(about && about->isVisibleTo(m_window->thread()));
        QVERIFY2(about->text().contains(QLatin1String("<a href=\"https://www.instagram.com/p/")),
                 qPrintable(about->text()));
        privately->setChecked(true);
        composer->setNoteMode(false);
        composer->editor()->setPlainText(QStringLiteral("أرسلنا لك السعر برسالة خاصة"));
        QTest::qWait(200); // the thread and the customer panel lay out, as for a person looking at it
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("wasel-comment-%1.png").arg(m_lang))));
        composer->editor()->setFocus();
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        const auto messages = m_context.store()->messages(m_window->thread()->conversationId());
        QCOMPARE(messages.last().body, QStringLiteral("أرسلنا لك السعر برسالة خاصة"));
        QCOMPARE(messages.last().payloadJson, QStringLiteral("{\"reply\":\"private\"}"));
        QVERIFY(!messages.last().replyToExternalId.isEmpty()); // the newest comment of the thread
    }

    void failedSendOffersRetry()
    {
        // The demo has one reply that failed to send; its conversation says why and offers Retry.
        ui::ThreadView *thread = m_window->thread();
        for (int row = 0; row < m_window->conversationView()->model()->rowCount() && !thread->failedMessage(); ++row)
            m_window->selectConversation(row);
        const qint64 failed = thread->failedMessage();
        QVERIFY2(failed != 0, "a demo conversation has a failed message");
        auto *bar = thread->findChild<QWidget *>(QStringLiteral("failureBar"));
        QVERIFY(bar && bar->isVisible());
        QVERIFY(!m_context.store()->message(failed)->statusReason.isEmpty());
        QTest::qWait(200); // the thread lays out and scrolls to the newest message
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("wasel-failed-%1.png").arg(m_lang))));
        QTest::mouseClick(thread->findChild<QToolButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
        QVERIFY(m_context.store()->message(failed)->status == models::MessageStatus::Queued);
        QVERIFY(!bar->isVisible());
        QCOMPARE(thread->failedMessage(), 0);
    }

    // A message's files and links are reachable without a mouse: the menu key on the current
    // message offers Open and Save as… for each file and Open for each link.
    void messageFilesAndLinksFromTheKeyboard()
    {
        models::InboundEvent e = tests::customerText(models::ChannelKind::WhatsApp, QStringLiteral("9647700001234"),
                                                     QStringLiteral("the list: https://shop.example/list ok?"),
                                                     QStringLiteral("wamid.keyboard-files"));
        models::Attachment file;
        file.kind = models::MessageKind::File;
        file.url = QStringLiteral("https://files.example/price-list.pdf");
        file.mimeType = QStringLiteral("application/pdf");
        file.fileName = QStringLiteral("price-list.pdf");
        e.attachments = {file};
        const auto applied = m_context.store()->apply(e);
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QAbstractItemModel *list = m_window->conversationView()->model();
        int row = -1;
        QTRY_VERIFY([&] {
            for (int r = 0; r < list->rowCount() && row < 0; ++r)
                if (list->index(r, 0).data(models::ConversationRole::Id).toLongLong() == applied.conversationId)
                    row = r;
            return row >= 0;
        }());
        m_window->selectConversation(row);
        QTRY_COMPARE(m_window->thread()->conversationId(), applied.conversationId);
        QListView *messages = nullptr;
        for (QListView *view : m_window->thread()->findChildren<QListView *>())
            if (view->accessibleName() == ui::ThreadView::tr("Messages"))
                messages = view;
        QVERIFY(messages);
        QTRY_VERIFY(messages->model()->rowCount() > 0);
        m_window->activateWindow();
        messages->setFocus();
        messages->setCurrentIndex(messages->model()->index(messages->model()->rowCount() - 1, 0));
        QTest::qWait(100); // laid out and scrolled to the newest message

        QStringList shown;
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, &shown] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                poll->stop();
                poll->deleteLater();
                for (QAction *a : menu->actions())
                    shown << a->text() + (a->isEnabled() ? QString() : QStringLiteral(" (disabled)"));
                menu->close();
            }
        });
        poll->start();
        // The menu key, as the desktop's platform delivers it (the offscreen one has no menu key): a
        // keyboard context menu event to the focus widget, at its cursor rectangle (the current item).
        QTRY_COMPARE(QApplication::focusWidget(), messages);
        const QPoint at = messages->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
        QVERIFY(messages->visualRect(messages->currentIndex()).contains(at));
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, messages->mapToGlobal(at));
        QApplication::sendEvent(messages, &menuKey);
        QTRY_VERIFY(!shown.isEmpty());
        const QString all = shown.join(u'|');
        QVERIFY2(shown.contains(QStringLiteral("price-list.pdf")), qPrintable(all)); // the file's section
        const qsizetype section = shown.indexOf(QStringLiteral("price-list.pdf"));
        QVERIFY2(section + 2 < shown.size(), qPrintable(all));
        // Open at its https address (not downloaded yet), Save as… disabled until it is.
        QVERIFY2(!shown.at(section + 1).endsWith(QLatin1String("(disabled)")), qPrintable(all));
        QVERIFY2(shown.at(section + 2).endsWith(QLatin1String("(disabled)")), qPrintable(all));
        QVERIFY2(shown.last().contains(QLatin1String("https://shop.example/list")), qPrintable(all));
    }

    void screenshot()
    {
        m_window->selectConversation(0);
        QTest::qWait(200);
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        // A real picture, not a blank window: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(QStringLiteral("wasel-%1.png").arg(m_lang));
        QVERIFY(image.save(path));
        qInfo().noquote() << "screenshot:" << path;
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
