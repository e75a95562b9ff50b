// The composer's attachments and Twilio's content templates (issues 6 and 7): a file offered by the
// attach button or dropped onto the reply is checked against the channel's limit, copied into the
// workspace's media folder, shown as a removable chip (removing it deletes the copy) and queued
// with the reply, text or not; a Twilio conversation says why it cannot send local files. Outside
// the window a Twilio conversation gets the content template form (SID + values) whose send
// queues ContentSid and ContentVariables. Run in WASEL_TEST_LANG, with screenshots to look at.

#include "AttachmentStrip.h"
#include "Composer.h"
#include "InboxActions.h"
#include "TestEvents.h"
#include "ThreadView.h"
#include "WidgetTest.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;

class TestComposerAttachments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    models::Store m_store;
    QString m_lang;
    QString m_media;

    qint64 customerWrote(ChannelKind channel, const QString &account, const QString &customer, const QString &id,
                         double hoursAgo)
    {
        auto e = tests::customerText(channel, customer, QStringLiteral("عندكم هذا الفستان؟"), id,
                                     QDateTime::currentDateTimeUtc().addSecs(qint64(-hoursAgo * 3600)),
                                     QStringLiteral("Noor Al-Hashimi"));
        e.accountExternalId = account;
        return m_store.apply(e).conversationId;
    }

    QString file(const QString &name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        // A PNG signature, so the MIME type is known from the content as well as the name.
        QByteArray bytes = QByteArray::fromHex("89504e470d0a1a0a");
        bytes.append(QByteArray(size - bytes.size(), '\0'));
        f.write(bytes);
        return path;
    }

    void saveScreenshot(QWidget &view, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR", QDir::tempPath());
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_lang))));
    }

    static void drop(QWidget *target, const QStringList &paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        data.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        QVERIFY(dropped.isAccepted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lang = tests::installTestLanguage();
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("t.sqlite"))));
        m_media = m_dir.filePath(QStringLiteral("media"));
    }

    void attachDropRemoveAndSend()
    {
        const qint64 conversation = customerWrote(ChannelKind::WhatsApp, QStringLiteral("1098765"),
                                                  QStringLiteral("9647701234567"), QStringLiteral("wamid.A"), 1);
        app::InboxActions actions(&m_store, QStringLiteral("Noor"));
        actions.setMediaDir(m_media);
        ui::ThreadView view(&m_store, &actions);
        view.resize(900, 620);
        view.setConversation(conversation);
        view.show();
        ui::Composer *composer = view.composer();
        ui::AttachmentStrip *strip = composer->attachments();
        auto *attach = tests::namedChild<QToolButton>(&view, "attachButton");
        auto *send = composer->findChild<QPushButton *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(attach->isVisible() && attach->isEnabled());
        QVERIFY(!attach->accessibleName().isEmpty());
        QVERIFY(!send->isEnabled()); // nothing typed, nothing attached

        // Dropped onto the reply: checked, copied, shown as a chip; Send works without text.
        const QString photo = file(QStringLiteral("dress.png"), 4096);
        drop(composer->editor()->viewport(), {photo});
        QCOMPARE(strip->staged().size(), 1);
        const models::Attachment staged = strip->staged().first();
        QCOMPARE(staged.fileName, QStringLiteral("dress.png"));
        QCOMPARE(staged.mimeType, QStringLiteral("image/png"));
        QCOMPARE(models::toString(staged.kind), models::toString(models::MessageKind::Image));
        QVERIFY2(staged.localPath.startsWith(m_media + u'/'), qPrintable(staged.localPath));
        QVERIFY(QFile::exists(staged.localPath));
        QVERIFY(composer->editor()->toPlainText().isEmpty()); // the drop is not pasted as text
        QVERIFY(send->isEnabled());
        QVERIFY(tests::namedChild<QFrame>(&view, "attachmentChip")->isVisible());

        // Too big for WhatsApp (5 MB for a photo): refused with the reason under the chips.
        strip->offer({file(QStringLiteral("huge.png"), 5 * 1024 * 1024 + 10)});
        QCOMPARE(strip->staged().size(), 1);
        QVERIFY2(strip->note().contains(QStringLiteral("huge.png")), qPrintable(strip->note()));

        // A second file, then its chip removed: its copy goes, the first stays.
        strip->offer({file(QStringLiteral("size-chart.png"), 512)});
        QCOMPARE(strip->staged().size(), 2);
        QVERIFY(strip->note().isEmpty());
        const QString second = strip->staged().at(1).localPath;
        QTest::keyClicks(composer->editor(), QStringLiteral("Two colours"));
        saveScreenshot(view, QStringLiteral("wasel-attachments"));
        const auto removeButtons = view.findChildren<QToolButton *>(QStringLiteral("removeAttachment"));
        QCOMPARE(removeButtons.size(), 2);
        QVERIFY(!removeButtons.at(1)->accessibleName().isEmpty());
        removeButtons.at(1)->click();
        QCOMPARE(strip->staged().size(), 1);
        QTRY_VERIFY(!QFile::exists(second));
        QVERIFY(QFile::exists(staged.localPath));

        // Sent: the reply carries the staged copy; the chips are gone, the file stays for the outbox.
        send->click();
        const QList<models::OutboxItem> outbox = m_store.outbox();
        QCOMPARE(outbox.size(), 1);
        const auto message = m_store.message(outbox.first().messageId);
        QCOMPARE(message->body, QStringLiteral("Two colours"));
        QCOMPARE(message->attachments.size(), 1);
        QCOMPARE(message->attachments.first().localPath, staged.localPath);
        QCOMPARE(message->attachments.first().fileName, QStringLiteral("dress.png"));
        QVERIFY(strip->staged().isEmpty());
        QVERIFY(QFile::exists(staged.localPath));
    }

    void twilioCannotSendLocalFiles()
    {
        const qint64 conversation = customerWrote(ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"),
                                                  QStringLiteral("+9647701230000"), QStringLiteral("SM-in-1"), 1);
        app::InboxActions actions(&m_store, QStringLiteral("Noor"));
        actions.setMediaDir(m_media);
        ui::ThreadView view(&m_store, &actions);
        view.resize(900, 620);
        view.setConversation(conversation);
        view.show();
        ui::AttachmentStrip *strip = view.composer()->attachments();
        auto *attach = tests::namedChild<QToolButton>(&view, "attachButton");
        QVERIFY(!attach->isEnabled());
        QVERIFY2(attach->toolTip().contains(QStringLiteral("Twilio")), qPrintable(attach->toolTip()));
        const int before = int(QDir(m_media).entryList(QDir::Files).size());
        drop(view.composer()->editor()->viewport(), {file(QStringLiteral("local.png"), 64)});
        QVERIFY(strip->staged().isEmpty());
        QVERIFY(!strip->note().isEmpty());
        QCOMPARE(int(QDir(m_media).entryList(QDir::Files).size()), before); // nothing copied
        QVERIFY(!actions.stageAttachment(conversation, m_dir.filePath(QStringLiteral("local.png"))));
    }

    void twilioContentTemplateOutsideTheWindow()
    {
        const qint64 conversation = customerWrote(ChannelKind::TwilioWhatsApp, QStringLiteral("+14155238886"),
                                                  QStringLiteral("+9647701239999"), QStringLiteral("SM-in-2"), 30);
        app::InboxActions actions(&m_store, QStringLiteral("Noor"));
        ui::ThreadView view(&m_store, &actions);
        view.resize(900, 620);
        view.setConversation(conversation);
        view.show();
        QVERIFY(view.composer()->isTemplateMode());
        auto *sid = tests::namedChild<QComboBox>(&view, "contentSid");
        auto *values = tests::namedChild<QPlainTextEdit>(&view, "contentVariables");
        auto *send = tests::namedChild<QPushButton>(&view, "contentSendButton");
        QVERIFY(sid->isVisible() && values->isVisible());
        QVERIFY(!sid->accessibleName().isEmpty() && !values->accessibleName().isEmpty());
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(sid, QStringLiteral("HX123")); // not a whole SID
        QVERIFY(!send->isEnabled());
        const QString full = QStringLiteral("HX0123456789abcdef0123456789abcdef");
        sid->setEditText(full);
        QVERIFY(send->isEnabled());
        values->setPlainText(QStringLiteral("نور\n\n#77  \n"));
        saveScreenshot(view, QStringLiteral("wasel-twilio-template"));
        send->click();
        const QList<models::OutboxItem> outbox = m_store.outbox();
        const auto message = m_store.message(outbox.last().messageId);
        QCOMPARE(message->conversationId, conversation);
        QCOMPARE(models::toString(message->kind), models::toString(models::MessageKind::Template));
        const QJsonObject expected{{QStringLiteral("template"),
                                    QJsonObject{{QStringLiteral("content_sid"), full},
                                                {QStringLiteral("variables"),
                                                 QJsonObject{{QStringLiteral("1"), QStringLiteral("نور")},
                                                             {QStringLiteral("2"), QStringLiteral("#77")}}}}}};
        QCOMPARE(QJsonDocument::fromJson(message->payloadJson.toUtf8()).object(), expected);
        QVERIFY(message->body.contains(full));
        QVERIFY(values->toPlainText().isEmpty());
        // Offered again next time, newest first.
        QCOMPARE(actions.recentContentTemplates(conversation), QStringList{full});
        QCOMPARE(sid->count(), 1);
        QCOMPARE(sid->itemText(0), full);
        // A wrong SID typed straight into InboxActions: refused with a reason, nothing queued.
        QSignalSpy failed(&actions, &app::InboxActions::failed);
        QCOMPARE(actions.sendContentTemplate(conversation, QStringLiteral("order_update"), {}), 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_store.outbox().size(), outbox.size());
    }
};

QTEST_MAIN(TestComposerAttachments)
#include "tst_composerattachments.moc"
