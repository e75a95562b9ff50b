// A WhatsApp photo in the thread once it is downloaded: drawn as a thumbnail inside the customer's
// bubble (on the leading side, so on the right in Arabic); before the download, or for a file that
// is not a picture, the chip with its name stays. Saved as PNGs to look at.

#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "TestEvents.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QListView>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace wasel;
using models::ChannelKind;

class TestMediaThumbnail : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    models::Store m_store;
    qint64 m_conversation = 0;
    qint64 m_attachment = 0;

    QImage paintFirst(Qt::LayoutDirection direction, const QString &name)
    {
        models::MessageListModel model(&m_store);
        model.setConversation(m_conversation);
        QListView view;
        view.resize(480, 400);
        ui::MessageDelegate delegate(&view);
        const QModelIndex index = model.index(0, 0);
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.palette = QApplication::palette();
        option.direction = direction;
        option.rect = QRect(0, 0, view.viewport()->width(), 0);
        option.rect.setHeight(delegate.sizeHint(option, index).height());
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(option.palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        painter.end();
        if (const QString dir = qEnvironmentVariable("WASEL_SCREENSHOT_DIR"); !dir.isEmpty() && QDir().mkpath(dir))
            image.save(QDir(dir).filePath(name));
        return image;
    }

    // A colour nothing else in a bubble has (link-coloured chips are blue).
    static constexpr QRgb Photo = 0xff11bb77;

    // The horizontal extent of the photo in the image, or (-1, -1).
    static std::pair<int, int> photoSpan(const QImage &image)
    {
        int first = -1, last = -1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                if (std::abs(qRed(p) - qRed(Photo)) < 4 && std::abs(qGreen(p) - qGreen(Photo)) < 4
                    && std::abs(qBlue(p) - qBlue(Photo)) < 4) {
                    first = first < 0 ? x : std::min(first, x);
                    last = std::max(last, x);
                }
            }
        return {first, last};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("t.sqlite"))));
        auto e = tests::customerText(ChannelKind::WhatsApp, QStringLiteral("9647701234567"), QString(),
                                     QStringLiteral("wamid.1"));
        e.kind = models::MessageKind::Image;
        models::Attachment photo;
        photo.kind = models::MessageKind::Image;
        photo.mimeType = QStringLiteral("image/jpeg");
        e.attachments = {photo};
        const auto applied = m_store.apply(e);
        m_conversation = applied.conversationId;
        m_attachment = m_store.message(applied.messageId)->attachments.value(0).id;
        QVERIFY(m_attachment > 0);
    }

    void beforeTheDownloadTheChipShows()
    {
        const QImage image = paintFirst(Qt::LeftToRight, QStringLiteral("media-chip-ltr.png"));
        QCOMPARE(photoSpan(image).first, -1);
    }

    void aDownloadedPhotoIsAThumbnailOnTheLeadingSide()
    {
        const QString path = m_dir.filePath(QStringLiteral("media/1-abc.png"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("media"))));
        QImage photo(800, 600, QImage::Format_RGB32); // larger than a thumbnail: scaled down
        photo.fill(Photo);
        QVERIFY(photo.save(path));
        QVERIFY(m_store.saveAttachmentFile(m_attachment, path, QStringLiteral("image/png"), QFileInfo(path).size()));

        const QImage ltr = paintFirst(Qt::LeftToRight, QStringLiteral("media-thumbnail-ltr.png"));
        const auto [left, right] = photoSpan(ltr);
        QVERIFY2(left >= 0 && left < ltr.width() / 3, "the photo starts near the left edge");
        QVERIFY(right - left + 1 <= ui::ThumbnailCache::MaxSide);
        QVERIFY(right - left + 1 >= ui::ThumbnailCache::MaxSide - 2);

        const QImage rtl = paintFirst(Qt::RightToLeft, QStringLiteral("media-thumbnail-rtl.png"));
        const auto [rtlLeft, rtlRight] = photoSpan(rtl);
        QVERIFY2(rtlRight > 2 * rtl.width() / 3, "in Arabic the customer's photo sits on the right");
        QCOMPARE(rtlRight - rtlLeft, right - left);
    }

    void aFileThatIsNotAPictureKeepsItsChip()
    {
        const QString path = m_dir.filePath(QStringLiteral("media/1-abc.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not an image");
        file.close();
        // A new path, so the cache has not seen it.
        const QString broken = m_dir.filePath(QStringLiteral("media/1-def.png"));
        QVERIFY(QFile::rename(path, broken));
        QVERIFY(m_store.saveAttachmentFile(m_attachment, broken, QStringLiteral("image/png"), 12));
        QCOMPARE(photoSpan(paintFirst(Qt::LeftToRight, QStringLiteral("media-broken-ltr.png"))).first, -1);
    }
};

QTEST_MAIN(TestMediaThumbnail)
#include "tst_mediathumbnail.moc"
