// Customers' pictures in the conversation list and the thread header, offscreen: the downloaded
// picture where there is one (on the leading side, so on the right in Arabic), the initials where
// there is none, and the Instagram handle in the header's details. Saved as PNGs to look at.

#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "InboxActions.h"
#include "TestEvents.h"
#include "ThreadView.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;

class TestAvatars : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    models::Store m_store;
    qint64 m_withPicture = 0;
    qint64 m_withoutPicture = 0;

    // The list's row of a conversation, painted at 360 × its height in `direction`.
    QImage paintRow(qint64 conversationId, Qt::LayoutDirection direction)
    {
        models::ConversationListModel list(&m_store);
        list.fetchMore({});
        const QModelIndex index = list.index(list.rowOf(conversationId));
        ui::ConversationDelegate delegate;
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.palette = QApplication::palette();
        option.direction = direction;
        option.rect = QRect(0, 0, 360, 80);
        option.rect.setHeight(delegate.sizeHint(option, index).height());
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(option.palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        painter.end();
        saveScreenshot(image,
                       QStringLiteral("avatar-row-%1-%2.png")
                           .arg(conversationId)
                           .arg(direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")));
        return image;
    }

    static void saveScreenshot(const QImage &image, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            image.save(QDir(dir).filePath(name));
    }

    static bool isRed(QRgb pixel) { return qRed(pixel) > 200 && qGreen(pixel) < 60 && qBlue(pixel) < 60; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("a.sqlite"))));
        auto e = tests::customerText(ChannelKind::Instagram, QStringLiteral("17841"), QStringLiteral("hi"),
                                     QStringLiteral("m1"));
        m_withPicture = m_store.apply(e).conversationId;
        e = tests::customerText(ChannelKind::Messenger, QStringLiteral("5551"), QStringLiteral("hello"),
                                QStringLiteral("m2"));
        m_withoutPicture = m_store.apply(e).conversationId;

        const QString picture = m_dir.filePath(QStringLiteral("avatars/red.png"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("avatars"))));
        QImage red(120, 90, QImage::Format_RGB32); // not square: cropped to its centre
        red.fill(Qt::red);
        QVERIFY(red.save(picture));
        const auto target = m_store.profileTargetOf(m_withPicture);
        QVERIFY(target);
        models::ProfileUpdate profile{QStringLiteral("سمية"), QStringLiteral("somaya.shop"), QString(), picture};
        QVERIFY(m_store.saveProfile(target->identityId, profile, QDateTime::currentDateTimeUtc(),
                                    QDateTime::currentDateTimeUtc().addDays(7)));
    }

    void theListDrawsThePictureOnTheLeadingSide()
    {
        // Avatar: 40 px at a 12 px margin, so its centre is 32 px in from the leading edge.
        const QImage ltr = paintRow(m_withPicture, Qt::LeftToRight);
        QVERIFY(isRed(ltr.pixel(32, 32)));
        QVERIFY(!isRed(ltr.pixel(ltr.width() - 32, 32)));
        const QImage rtl = paintRow(m_withPicture, Qt::RightToLeft);
        QVERIFY(isRed(rtl.pixel(rtl.width() - 1 - 32, 32)));
        QVERIFY(!isRed(rtl.pixel(32, 32)));
        // Clipped to a circle: the square's corner stays background.
        QVERIFY(!isRed(ltr.pixel(13, 13)));
    }

    void withoutAPictureTheInitialsStay()
    {
        const QImage row = paintRow(m_withoutPicture, Qt::LeftToRight);
        QVERIFY(!isRed(row.pixel(32, 32)));
        QCOMPARE(row.pixel(22, 32), row.pixel(42, 32)); // the plain avatar colour either side of the letter
    }

    void theThreadHeaderShowsPictureAndHandle()
    {
        app::InboxActions actions(&m_store, QStringLiteral("Noor"));
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            ui::ThreadView view(&m_store, &actions);
            view.setLayoutDirection(direction);
            view.resize(720, 480);
            view.setConversation(m_withPicture);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            auto *avatar = view.findChild<QLabel *>(QStringLiteral("customerAvatar"));
            QVERIFY(avatar);
            const QImage picture = avatar->pixmap().toImage();
            QVERIFY(isRed(picture.pixel(picture.width() / 2, picture.height() / 2)));
            const bool leading =
                direction == Qt::LeftToRight ? avatar->x() < view.width() / 2 : avatar->x() > view.width() / 2;
            QVERIFY2(leading, "the picture sits before the name, on the right in Arabic");
            QStringList texts;
            for (const QLabel *label : view.findChildren<QLabel *>())
                texts << label->text();
            QVERIFY2(texts.join(u'|').contains(QStringLiteral("@somaya.shop")), qPrintable(texts.join(u'|')));
            saveScreenshot(view.grab().toImage(),
                           QStringLiteral("avatar-thread-%1.png")
                               .arg(direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")));

            // No picture: the initials' circle, not an empty space.
            view.setConversation(m_withoutPicture);
            const QImage initials = avatar->pixmap().toImage();
            QVERIFY(!initials.isNull());
            QVERIFY(!isRed(initials.pixel(initials.width() / 2, 4 * initials.height() / 5)));
        }
    }
};

QTEST_MAIN(TestAvatars)
#include "tst_avatars.moc"
