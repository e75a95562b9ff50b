// Links and files in a thread: only http, https and mailto addresses in a message's text are links
// (trailing punctuation left out); the delegate finds them under the pointer, and a file's chip or a
// photo under the pointer names its attachment (for Open and Save as…), left to right and mirrored.
// Each message keeps its own text direction whatever the UI language.

#include "AttachmentActions.h"
#include "Links.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QApplication>
#include <QFile>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;

class TestMessageLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    models::Store m_store;
    qint64 m_conversation = 0;

    // Every point of the item probed: the links and attachments found under the pointer.
    struct Found {
        QSet<QString> links;
        QSet<int> attachments;
        int minX = INT_MAX, maxX = -1; // where the attachments were found
    };
    Found probe(int row, Qt::LayoutDirection direction)
    {
        models::MessageListModel model(&m_store);
        model.setConversation(m_conversation);
        QListView view;
        view.resize(600, 400);
        ui::MessageDelegate delegate(&view);
        const QModelIndex index = model.index(row, 0);
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.palette = QApplication::palette();
        option.direction = direction;
        option.rect = QRect(0, 0, view.viewport()->width(), 0);
        option.rect.setHeight(delegate.sizeHint(option, index).height());
        Found found;
        for (int y = 0; y < option.rect.height(); y += 3) {
            for (int x = 0; x < option.rect.width(); x += 3) {
                const auto hit = delegate.hitAt(option, index, QPoint(x, y));
                if (!hit.link.isEmpty())
                    found.links.insert(hit.link.toString());
                if (hit.attachment >= 0) {
                    found.attachments.insert(hit.attachment);
                    found.minX = std::min(found.minX, x);
                    found.maxX = std::max(found.maxX, x);
                }
            }
        }
        return found;
    }

private Q_SLOTS:
    void findsOnlySafeLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("https") << QStringLiteral("see https://shop.example/p/12?c=red.")
                               << QStringList{QStringLiteral("https://shop.example/p/12?c=red")};
        QTest::newRow("http and mailto") << QStringLiteral("http://a.example, or mailto:me@shop.example!")
                                         << QStringList{QStringLiteral("http://a.example"),
                                                        QStringLiteral("mailto:me@shop.example")};
        QTest::newRow("www") << QStringLiteral("(www.shop.example)")
                             << QStringList{QStringLiteral("https://www.shop.example")};
        QTest::newRow("parenthesis kept") << QStringLiteral("https://en.example/wiki/Bag_(fashion)")
                                          << QStringList{QStringLiteral("https://en.example/wiki/Bag_(fashion)")};
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1) file:///etc/passwd") << QStringList{};
        QTest::newRow("custom scheme") << QStringLiteral("intent://x whatsapp://send") << QStringList{};
        QTest::newRow("inside a word") << QStringLiteral("xhttps://a.example") << QStringList{};
        QTest::newRow("no host") << QStringLiteral("https:// and http:///path") << QStringList{};
        QTest::newRow("arabic around") << QStringLiteral("الرابط https://shop.example/ع، شكراً")
                                       << QStringList{QStringLiteral("https://shop.example/%D8%B9")};
    }

    void findsOnlySafeLinks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, links);
        QStringList found;
        for (const ui::TextLink &link : ui::findLinks(text)) {
            found.append(QString::fromUtf8(link.url.toEncoded()));
            QVERIFY(link.start >= 0 && link.start + link.length <= text.size());
        }
        QCOMPARE(found, links);
        QVERIFY(!ui::isSafeLink(QUrl(QStringLiteral("javascript:alert(1)"))));
        QVERIFY(!ui::isSafeLink(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(ui::isSafeLink(QUrl(QStringLiteral("mailto:a@b.example"))));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(QStringLiteral(":memory:")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto text = tests::customerText(ChannelKind::Messenger, QStringLiteral("p1"),
                                        QStringLiteral("Look: https://shop.example/red or javascript:alert(1) ok"),
                                        QStringLiteral("m1"), now.addSecs(-60));
        const auto r = m_store.apply(text);
        QVERIFY(r.ok);
        m_conversation = r.conversationId;
        auto file = tests::customerText(ChannelKind::Messenger, QStringLiteral("p1"), QString(), QStringLiteral("m2"),
                                        now.addSecs(-30));
        const QString path = m_dir.filePath(QStringLiteral("invoice.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 test");
        f.close();
        file.kind = models::MessageKind::File;
        file.attachments.append({0, models::MessageKind::File, QStringLiteral("https://cdn.example/x"), path,
                                 QStringLiteral("application/pdf"), QStringLiteral("../../invoice.pdf"), 13});
        QVERIFY(m_store.apply(file).ok);
        QVERIFY(m_store
                    .apply(tests::customerText(ChannelKind::Messenger, QStringLiteral("p1"),
                                               QStringLiteral("مرحبا، هل الحقيبة متوفرة؟"), QStringLiteral("m3"), now))
                    .ok);
    }

    void linksUnderThePointer()
    {
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const Found found = probe(0, direction);
            QCOMPARE(found.links, QSet<QString>{QStringLiteral("https://shop.example/red")});
            QVERIFY(found.attachments.isEmpty());
        }
    }

    void attachmentsUnderThePointer()
    {
        const Found ltr = probe(1, Qt::LeftToRight);
        QCOMPARE(ltr.attachments, QSet<int>{0});
        QVERIFY(ltr.links.isEmpty());
        const Found rtl = probe(1, Qt::RightToLeft);
        QCOMPARE(rtl.attachments, QSet<int>{0});
        // The customer's bubble is on the leading side: left, or right when mirrored.
        QVERIFY(ltr.maxX < 300);
        QVERIFY(rtl.minX > 300);
    }

    void clickingALinkInTheView()
    {
        models::MessageListModel model(&m_store);
        model.setConversation(m_conversation);
        QListView view;
        view.resize(600, 400);
        auto *delegate = new ui::MessageDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.setSelectionMode(QAbstractItemView::NoSelection);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy links(delegate, &ui::MessageDelegate::linkActivated);
        QSignalSpy files(delegate, &ui::MessageDelegate::attachmentActivated);
        // Find a point on the link and one on the file's chip the way the view lays them out.
        const auto pointOn = [&](int row, bool link) {
            const QModelIndex index = model.index(row, 0);
            QStyleOptionViewItem option;
            option.initFrom(view.viewport());
            option.font = view.font();
            option.rect = view.visualRect(index);
            for (int y = option.rect.top(); y < option.rect.bottom(); y += 2) {
                for (int x = option.rect.left(); x < option.rect.right(); x += 2) {
                    const auto hit = delegate->hitAt(option, index, QPoint(x, y));
                    if (link ? !hit.link.isEmpty() : hit.attachment >= 0)
                        return QPoint(x, y);
                }
            }
            return QPoint(-1, -1);
        };
        const QPoint onLink = pointOn(0, true);
        QVERIFY(onLink.x() >= 0);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onLink);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().first().toUrl(), QUrl(QStringLiteral("https://shop.example/red")));
        const QPoint onFile = pointOn(1, false);
        QVERIFY(onFile.x() >= 0);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onFile);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().at(1).toInt(), 0);
        // Elsewhere in a bubble: nothing.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.viewport()->width() - 5, 5));
        QCOMPARE(links.size() + files.size(), 2);
    }

    void attachmentFiles()
    {
        models::MessageListModel model(&m_store);
        model.setConversation(m_conversation);
        const QVariantMap a = model.index(1, 0).data(models::MessageRole::Attachments).toList().first().toMap();
        QVERIFY(!ui::attachmentFile(a).isEmpty());
        // Only the name: "../../invoice.pdf" does not steer Save as… elsewhere.
        QCOMPARE(ui::suggestedFileName(a), QStringLiteral("invoice.pdf"));
        const QString target = m_dir.filePath(QStringLiteral("copy.pdf"));
        QString error;
        QVERIFY2(ui::saveAttachmentCopy(a, target, &error), qPrintable(error));
        QFile copy(target);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("%PDF-1.4 test"));
        // Saved again over the copy: replaced, not refused.
        QVERIFY2(ui::saveAttachmentCopy(a, target, &error), qPrintable(error));
        QVariantMap missing = a;
        missing.insert(QStringLiteral("localPath"), m_dir.filePath(QStringLiteral("gone.pdf")));
        QVERIFY(!ui::saveAttachmentCopy(missing, target, &error));
        QVERIFY(!error.isEmpty());
        missing.insert(QStringLiteral("fileName"), QString());
        QCOMPARE(ui::suggestedFileName(missing), QStringLiteral("file.pdf"));
    }

    void eachMessageHasItsOwnDirection()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft); // an Arabic window
        models::MessageListModel model(&m_store);
        model.setConversation(m_conversation);
        QCOMPARE(model.index(0, 0).data(models::MessageRole::TextDirection).toInt(), int(Qt::LeftToRight));
        QCOMPARE(model.index(2, 0).data(models::MessageRole::TextDirection).toInt(), int(Qt::RightToLeft));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestMessageLinks)
#include "tst_messagelinks.moc"
