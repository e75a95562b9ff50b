// The AI in the thread, as staff see it. Auto mode: the reply streaming from the AI endpoint (a
// loopback fake) grows as a bubble at the end of the thread and becomes the stored message in its
// place; it shows only in its own conversation, goes when the AI fails or hands over or staff take
// over, and a thread staff scrolled up in stays where it was. Draft mode: the reply grows in the
// composer instead; sent as it is or edited, it is stored as the AI's draft and the bubble and the
// conversation list say so. Grabbed to PNG in English or Arabic.

#include "AiActivityBar.h"
#include "Assistant.h"
#include "AssistantActivity.h"
#include "Composer.h"
#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "FakeHttpServer.h"
#include "InboxActions.h"
#include "MessageDelegate.h"
#include "Roles.h"
#include "ThreadView.h"
#include "store/Store.h"

#include "TestEvents.h"
#include "WidgetTest.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using namespace wasel;
using models::AiDraft;
using models::ChannelKind;
using models::MessageRole;
using models::SenderKind;

namespace {
const QString Streamed = QStringLiteral("Hi! Your order shipped yesterday."); // openai_chat_stream.sse
}

class TestAiThread : public QObject
{
    Q_OBJECT

    QString m_lang;
    QTemporaryDir m_dir;
    std::unique_ptr<models::Store> m_store;
    std::unique_ptr<tests::FakeHttpServer> m_server;
    std::unique_ptr<app::Assistant> m_assistant;
    std::unique_ptr<app::AssistantActivity> m_activity;
    std::unique_ptr<app::InboxActions> m_actions;
    std::unique_ptr<QWidget> m_window;
    ui::ThreadView *m_thread = nullptr;
    ui::AiActivityBar *m_bar = nullptr;
    int m_n = 0;

    models::Store::ApplyResult customerSays(const QString &customer, const QString &text)
    {
        return m_store->apply(
            tests::customerText(ChannelKind::Instagram, customer, text, QStringLiteral("mid.%1").arg(++m_n)));
    }
    // The endpoint answers the next request with the recorded stream, in fragments.
    void streamNextReply()
    {
        QFile stream(QStringLiteral(WASEL_SPEC_DIR "/fixtures/openai_chat_stream.sse"));
        QVERIFY(stream.open(QIODevice::ReadOnly));
        m_server->script.push_back({200, stream.readAll(), {{"Content-Type", "text/event-stream"}}, false});
    }
    void open(qint64 conversationId)
    {
        m_thread->setConversation(conversationId);
        m_bar->setConversation(conversationId);
    }
    QAbstractItemModel *model() const { return m_thread->messageView()->model(); }
    QModelIndex lastRow() const { return model()->index(model()->rowCount() - 1, 0); }
    void shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_lang));
        QVERIFY(m_window->grab().save(path));
        qInfo().noquote() << "screenshot:" << path;
    }

private Q_SLOTS:
    void initTestCase() { m_lang = tests::installTestLanguage(); }
    // A thread view with the AI's bar above its composer, following the assistant, as the main window has it.
    void init()
    {
        m_store = std::make_unique<models::Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("thread-%1.sqlite").arg(++m_n))));
        m_server = std::make_unique<tests::FakeHttpServer>();
        QVERIFY(m_server->listen());
        app::AssistantSettings settings;
        settings.baseUrl = m_server->url();
        settings.model = QStringLiteral("test-model");
        settings.apiKey = QStringLiteral("sk-test");
        m_assistant = std::make_unique<app::Assistant>(m_store.get(), settings);
        m_activity = std::make_unique<app::AssistantActivity>();
        m_activity->attach(m_assistant.get());
        m_actions = std::make_unique<app::InboxActions>(m_store.get(), QStringLiteral("Sara"));
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        layout->setContentsMargins(0, 0, 0, 0);
        m_thread = new ui::ThreadView(m_store.get(), m_actions.get(), m_window.get());
        m_bar = new ui::AiActivityBar(m_store.get(), m_activity.get(), m_thread->composer(), m_window.get());
        m_thread->addAboveComposer(m_bar);
        m_thread->followAssistant(m_activity.get());
        layout->addWidget(m_thread);
        m_window->resize(720, 620);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_actions.reset();
        m_activity.reset();
        m_assistant.reset();
        m_server.reset();
        m_store.reset();
    }

    void streamedAutoReplyGrowsInTheThread()
    {
        const auto asked = customerSays(QStringLiteral("a"), QStringLiteral("hello, any news about my order?"));
        const qint64 conv = asked.conversationId;
        open(conv);
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model()->rowCount(), 1);

        // What the thread's last row showed each time it came or changed.
        QStringList shown;
        QObject watching;
        const auto record = [&](const QString &what, int row) {
            const QModelIndex i = model()->index(row, 0);
            if (row == model()->rowCount() - 1)
                shown << QStringLiteral("%1 %2: %3")
                             .arg(what,
                                  i.data(MessageRole::Pending).toBool() ? QStringLiteral("pending")
                                                                        : QStringLiteral("stored"),
                                  i.data(MessageRole::Text).toString());
        };
        connect(model(), &QAbstractItemModel::rowsInserted, &watching,
                [&](const QModelIndex &, int, int last) { record(QStringLiteral("inserted"), last); });
        connect(
            model(), &QAbstractItemModel::dataChanged, &watching,
            [&](const QModelIndex &, const QModelIndex &bottom) { record(QStringLiteral("changed"), bottom.row()); });
        QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);

        // The reply streams in: a bubble at the end, growing, then the stored message in its place.
        streamNextReply();
        m_assistant->onMessage(conv, asked.messageId);
        QTRY_VERIFY(model()->rowCount() == 2 && !lastRow().data(MessageRole::Pending).toBool());
        QCOMPARE(shown.value(0), QStringLiteral("inserted pending: Hi! Your order"));
        QVERIFY2(shown.contains(QStringLiteral("changed pending: ") + Streamed), qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.contains(QStringLiteral("changed stored: ") + Streamed), qPrintable(shown.join(u'\n')));
        QCOMPARE(shown.filter(QStringLiteral("inserted")).size(), 1);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model()->rowCount(), 2);
        const auto stored = m_store->message(lastRow().data(MessageRole::Id).toLongLong());
        QVERIFY(stored && stored->sender == SenderKind::Ai);
        QCOMPARE(stored->body, Streamed);
        QVERIFY(m_activity->writing(conv).isEmpty());
        QVERIFY(!m_bar->isVisible());

        // The bubble grows with the text. The bar above the composer keeps its height here, so that
        // only the row's own change lays the thread out again.
        QListView *view = m_thread->messageView();
        m_bar->setFixedHeight(m_bar->sizeHint().height() * 2);
        Q_EMIT m_assistant->replyProgress(conv, QStringLiteral("Also,"));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(lastRow().data(MessageRole::Pending).toBool());
        QTRY_VERIFY(view->visualRect(lastRow()).height() > 0);
        const int oneLine = view->visualRect(lastRow()).height();
        Q_EMIT m_assistant->replyProgress(
            conv,
            QStringLiteral("Also, the gold earrings are 18,500 IQD and the canvas tote is 12,000 IQD; both are "
                           "in stock, and we deliver across Baghdad the next day. Would you like to order?"));
        QTRY_VERIFY(view->visualRect(lastRow()).height() > oneLine);
        QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum()); // in view
        QCOMPARE(ui::MessageDelegate::senderLine(lastRow()),
                 ui::MessageDelegate::tr("AI · %1").arg(QStringLiteral("Wasel AI")));
        shoot(QStringLiteral("ai-thread-streaming"));

        // Another conversation's reply is not shown here; it is there when that one is opened.
        const auto other = customerSays(QStringLiteral("b"), QStringLiteral("hi"));
        Q_EMIT m_assistant->replyProgress(other.conversationId, QStringLiteral("For b only"));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(lastRow().data(MessageRole::Text).toString().startsWith(QStringLiteral("Also, the gold")));
        open(other.conversationId);
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(lastRow().data(MessageRole::Pending).toBool());
        QCOMPARE(lastRow().data(MessageRole::Text).toString(), QStringLiteral("For b only"));
        open(conv);
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(lastRow().data(MessageRole::Pending).toBool());

        // The AI service failed: the bubble goes, the error stays in the bar.
        Q_EMIT m_assistant->failed(conv, QStringLiteral("The AI service refused the API key (HTTP 401)."));
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(m_bar->isVisible());
        QVERIFY(m_bar->message().contains(QStringLiteral("HTTP 401")));
        // The AI handed over: it goes.
        Q_EMIT m_assistant->replyProgress(conv, QStringLiteral("Let me"));
        QCOMPARE(model()->rowCount(), 3);
        Q_EMIT m_assistant->handoverRequested(conv, QStringLiteral("the customer asked for a person"));
        QCOMPARE(model()->rowCount(), 2);
        // Staff took over while it was writing: what it still writes will not be sent, so it goes.
        Q_EMIT m_assistant->replyProgress(conv, QStringLiteral("Let me check"));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(m_store->setNeedsHuman(conv, true));
        QCOMPARE(model()->rowCount(), 2);
        Q_EMIT m_assistant->replyProgress(conv, QStringLiteral("Let me check that"));
        QCOMPARE(model()->rowCount(), 2);
        QVERIFY(!lastRow().data(MessageRole::Pending).toBool());
    }

    void scrolledUpThreadStaysWhereItIs()
    {
        qint64 conv = 0;
        for (int i = 0; i < 30; ++i)
            conv = customerSays(QStringLiteral("c"), QStringLiteral("question number %1").arg(i)).conversationId;
        open(conv);
        QScrollBar *bar = m_thread->messageView()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum()); // opened at the newest

        // Scrolled up to read: the AI's reply growing and a new message come below, the view stays.
        bar->setValue(bar->maximum() / 2);
        const int reading = bar->value();
        const int range = bar->maximum();
        Q_EMIT m_assistant->replyProgress(conv, QStringLiteral("Hi"));
        Q_EMIT m_assistant->replyProgress(
            conv, QStringLiteral("Hi! We have it in black and in brown, both 35,000 IQD, and we deliver tomorrow."));
        customerSays(QStringLiteral("c"), QStringLiteral("one more thing"));
        QTRY_VERIFY(bar->maximum() > range);
        QCoreApplication::processEvents(); // anything the view would do soon is done
        QCOMPARE(bar->value(), reading);

        // At the bottom, the view keeps to the bottom as the reply grows.
        bar->setValue(bar->maximum());
        const int grown = bar->maximum();
        Q_EMIT m_assistant->replyProgress(
            conv,
            QStringLiteral("Hi! We have it in black and in brown, both 35,000 IQD, and we deliver tomorrow. "
                           "If you send your address and phone number, I will put the order in for you, and "
                           "you pay the driver when it arrives."));
        QTRY_VERIFY(bar->maximum() > grown);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void approvedDraftIsMarkedAi()
    {
        const auto asked = customerSays(QStringLiteral("d"), QStringLiteral("hello, any news about my order?"));
        const qint64 conv = asked.conversationId;
        QVERIFY(m_store->setAiMode(conv, models::AiMode::Draft));
        open(conv);
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::Composer *composer = m_thread->composer();
        QStringList composed;
        QObject watching;
        connect(composer->editor(), &QPlainTextEdit::textChanged, &watching, [&] { composed << composer->text(); });

        // Draft mode: the reply grows in the composer, not in the thread, and nothing goes out.
        streamNextReply();
        m_assistant->onMessage(conv, asked.messageId);
        QTRY_COMPARE(composer->text(), Streamed);
        QVERIFY2(composed.contains(QStringLiteral("Hi! Your order")), qPrintable(composed.join(u'\n')));
        QCOMPARE(model()->rowCount(), 1);
        QVERIFY(m_store->outbox().isEmpty());

        // Sent as it is: staff's reply, marked as the AI's draft in the thread and in the list.
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(model()->rowCount(), 2);
        QVERIFY(composer->text().isEmpty());
        const auto sent = m_store->message(lastRow().data(MessageRole::Id).toLongLong());
        QVERIFY(sent && sent->sender == SenderKind::Agent && sent->aiDraft == AiDraft::AsWritten);
        QCOMPARE(sent->body, Streamed);
        QCOMPARE(ui::MessageDelegate::senderLine(lastRow()),
                 ui::MessageDelegate::tr("%1 · sent the AI's draft").arg(QStringLiteral("Sara")));
        models::ConversationListModel list(m_store.get());
        list.setQuery({});
        list.fetchMore({});
        const auto preview = [&] { return ui::ConversationDelegate::preview(list.index(list.rowOf(conv), 0)); };
        QCOMPARE(preview(), ui::ConversationDelegate::tr("You (AI's draft): %1").arg(Streamed));

        // Edited before sending: still the AI's draft, and said so.
        const auto again = customerSays(QStringLiteral("d"), QStringLiteral("and when will it arrive?"));
        streamNextReply();
        m_assistant->onMessage(conv, again.messageId);
        QTRY_COMPARE(composer->text(), Streamed);
        QTest::keyClicks(composer->editor(), QStringLiteral(" It arrives tomorrow."));
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(model()->rowCount(), 4);
        QCOMPARE(lastRow().data(MessageRole::Text).toString(), Streamed + QStringLiteral(" It arrives tomorrow."));
        QVERIFY(AiDraft(lastRow().data(MessageRole::AiDraft).toInt()) == AiDraft::Edited);
        QVERIFY(m_store->message(lastRow().data(MessageRole::Id).toLongLong())->aiDraft == AiDraft::Edited);
        QCOMPARE(ui::MessageDelegate::senderLine(lastRow()),
                 ui::MessageDelegate::tr("%1 · edited the AI's draft").arg(QStringLiteral("Sara")));
        QListView *view = m_thread->messageView();
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(lastRow()))); // laid out, in view
        shoot(QStringLiteral("ai-draft-sent"));

        // Staff's own words are theirs alone; the AI's own replies say AI in the list.
        QTest::keyClicks(composer->editor(), QStringLiteral("Anything else?"));
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(model()->rowCount(), 5);
        QVERIFY(AiDraft(lastRow().data(MessageRole::AiDraft).toInt()) == AiDraft::None);
        QCOMPARE(ui::MessageDelegate::senderLine(lastRow()), QStringLiteral("Sara"));
        QCOMPARE(preview(), ui::ConversationDelegate::tr("You: %1").arg(QStringLiteral("Anything else?")));
        QVERIFY(m_store->enqueueOutbound(conv, QStringLiteral("Thank you!"), SenderKind::Ai, QStringLiteral("Wasel AI"),
                                         QStringLiteral("ai-thanks")));
        QCOMPARE(preview(), ui::ConversationDelegate::tr("AI: %1").arg(QStringLiteral("Thank you!")));
        // A routing rule's automatic reply is nobody's words.
        QVERIFY(m_store->enqueueOutbound(conv, QStringLiteral("We open at 10."), SenderKind::System,
                                         QStringLiteral("After hours"), QStringLiteral("rule-hours")));
        QCOMPARE(preview(), ui::ConversationDelegate::tr("Auto-reply: %1").arg(QStringLiteral("We open at 10.")));
    }
};

QTEST_MAIN(TestAiThread)
#include "tst_aithread.moc"
