// What an outbound message carries besides text, on the Graph Send API: quick replies and product
// cards (generic template) from the message's payload, checked against Meta's limits before any
// request; attachments by web address and by upload of a local file.

#include "GraphSendSupport.h"

using namespace wasel;
using channels::SendResult;
using models::ChannelKind;
using tests::Json;
using tests::parseJson;

namespace {

// (Not a raw string literal: moc 6.4 loses track of the class after one.)
const QString Cards = QStringLiteral(
    "{\"cards\":[{\"title\":\"حقيبة جلد\",\"subtitle\":\"٢٥ ألف دينار\",\"image_url\":\"https://shop.example/bag.jpg\","
    "\"url\":\"https://shop.example/bag\",\"buttons\":[{\"type\":\"web_url\",\"title\":\"اطلب\","
    "\"url\":\"https://shop.example/bag/buy\"},{\"type\":\"postback\",\"title\":\"اسأل\",\"payload\":\"ASK_BAG\"}]}],"
    "\"quick_replies\":[{\"title\":\"أسود\",\"payload\":\"COLOR_BLACK\"},{\"title\":\"بني\"}]}");

} // namespace

class TestGraphContent : public QObject
{
    Q_OBJECT

private:
    tests::GraphSendFixture f;
    int m_n = 0;

private Q_SLOTS:
    void init() { QVERIFY(f.reset(++m_n)); }

    void cardsAndQuickRepliesGoAsMetaDescribesThem()
    {
        auto c = f.connector(ChannelKind::Messenger);
        const qint64 msg =
            f.queue(f.conversation(ChannelKind::Messenger), {QStringLiteral("هذي الحقيبة"), Cards, {}, {}});
        // The store keeps the payload as given.
        QCOMPARE(f.store->message(msg)->payloadJson, Cards);
        QCOMPARE_ENUM(f.store->message(msg)->kind, models::MessageKind::Template);
        QCOMPARE(int(f.send(*c, msg).outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(f.graph->requests.size(), 2);
        QCOMPARE_JSON(parseJson(f.graph->requests.at(0).body)["message"], (Json{{"text", "هذي الحقيبة"}}));
        const Json card = {{"title", "حقيبة جلد"},
                           {"subtitle", "٢٥ ألف دينار"},
                           {"image_url", "https://shop.example/bag.jpg"},
                           {"default_action", {{"type", "web_url"}, {"url", "https://shop.example/bag"}}},
                           {"buttons",
                            {{{"type", "web_url"}, {"url", "https://shop.example/bag/buy"}, {"title", "اطلب"}},
                             {{"type", "postback"}, {"title", "اسأل"}, {"payload", "ASK_BAG"}}}}};
        const Json expected = {
            {"attachment", {{"type", "template"}, {"payload", {{"template_type", "generic"}, {"elements", {card}}}}}},
            {"quick_replies",
             {{{"content_type", "text"}, {"title", "أسود"}, {"payload", "COLOR_BLACK"}},
              {{"content_type", "text"}, {"title", "بني"}, {"payload", "بني"}}}}};
        QCOMPARE_JSON(parseJson(f.graph->requests.at(1).body)["message"], expected);
    }

    void whatMetaWouldRefuseFailsFirst_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("reason");
        QString fourteen;
        for (int i = 0; i < 14; ++i)
            fourteen += QStringLiteral("%1{\"title\":\"q%2\"}").arg(i ? QStringLiteral(",") : QString()).arg(i);
        QTest::newRow("14 quick replies")
            << QStringLiteral("{\"quick_replies\":[%1]}").arg(fourteen) << QStringLiteral("at most 13");
        QTest::newRow("long quick reply")
            << QStringLiteral("{\"quick_replies\":[{\"title\":\"ส่งฟรีทั่วประเทศไทยทุกจังหวัด\"}]}")
            << QStringLiteral("longer than 20");
        QString eleven;
        for (int i = 0; i < 11; ++i)
            eleven += QStringLiteral("%1{\"title\":\"c%2\"}").arg(i ? QStringLiteral(",") : QString()).arg(i);
        QTest::newRow("11 cards") << QStringLiteral("{\"cards\":[%1]}").arg(eleven) << QStringLiteral("at most 10");
        QTest::newRow("long title") << QStringLiteral("{\"cards\":[{\"title\":\"%1\"}]}").arg(QString(81, u'x'))
                                    << QStringLiteral("longer than 80");
        QTest::newRow("4 buttons") << QStringLiteral(
            "{\"cards\":[{\"title\":\"t\",\"buttons\":[{\"type\":\"postback\",\"title\":\"a\"},{\"type\":\"postback\","
            "\"title\":\"b\"},{\"type\":\"postback\",\"title\":\"c\"},{\"type\":\"postback\",\"title\":\"d\"}]}]}")
                                   << QStringLiteral("at most 3");
        QTest::newRow("button without url")
            << QStringLiteral("{\"cards\":[{\"title\":\"t\",\"buttons\":[{\"type\":\"web_url\",\"title\":\"Buy\"}]}]}")
            << QStringLiteral("web address");
        QTest::newRow("phone button") << QStringLiteral(
            "{\"cards\":[{\"title\":\"t\",\"buttons\":[{\"type\":\"phone_number\",\"title\":\"Call\"}]}]}")
                                      << QStringLiteral("must open");
    }
    void whatMetaWouldRefuseFailsFirst()
    {
        QFETCH(QString, payload);
        QFETCH(QString, reason);
        auto c = f.connector(ChannelKind::Instagram);
        const SendResult r =
            f.send(*c, f.queue(f.conversation(ChannelKind::Instagram), {QStringLiteral("hi"), payload, {}, {}}));
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QCOMPARE(f.graph->requests.size(), 0);
    }

    void attachmentByWebAddress()
    {
        auto c = f.connector(ChannelKind::Instagram);
        models::Attachment video;
        video.kind = models::MessageKind::Video;
        video.url = QStringLiteral("https://cdn.example/unboxing.mp4");
        const qint64 msg = f.queue(f.conversation(ChannelKind::Instagram), {QString(), {}, {}, {video}});
        QCOMPARE(f.store->message(msg)->attachments.size(), 1);
        QCOMPARE(int(f.send(*c, msg).outcome), int(SendResult::Outcome::Sent));
        const Json expected = {
            {"recipient", {{"id", "PSID-1"}}},
            {"messaging_type", "RESPONSE"},
            {"message",
             {{"attachment",
               {{"type", "video"},
                {"payload", {{"url", "https://cdn.example/unboxing.mp4"}, {"is_reusable", true}}}}}}}};
        QCOMPARE_JSON(parseJson(f.graph->requests.first().body), expected);
    }

    void localFileIsUploadedThenSentByItsId()
    {
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("فاتورة.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\nnot really a picture", 28));
        file.close();
        models::Attachment image;
        image.kind = models::MessageKind::Image;
        image.localPath = path;
        image.mimeType = QStringLiteral("image/png");
        auto c = f.connector(ChannelKind::Messenger);
        const qint64 msg =
            f.queue(f.conversation(ChannelKind::Messenger), {QStringLiteral("الفاتورة"), {}, {}, {image}});
        f.graph->script = {tests::ScriptedResponse::json(200, "{\"attachment_id\":\"1857777774821032\"}"),
                           tests::ScriptedResponse::json(200, "{\"message_id\":\"m_img\"}"),
                           tests::ScriptedResponse::json(200, "{\"message_id\":\"m_text\"}")};
        const SendResult r = f.send(*c, msg);
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Sent));
        QCOMPARE(r.providerMessageId, QStringLiteral("m_img"));
        QCOMPARE(f.graph->requests.size(), 3);

        const auto &upload = f.graph->requests.at(0);
        QCOMPARE(upload.target, QByteArray("/v21.0/me/message_attachments"));
        QVERIFY(upload.header("content-type").startsWith("multipart/form-data; boundary="));
        const QByteArray boundary = upload.header("content-type").mid(int(qstrlen("multipart/form-data; boundary=")));
        const QByteArray expected = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n"
            + "{\"attachment\":{\"payload\":{\"is_reusable\":true},\"type\":\"image\"}}\r\n--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"filedata\"; filename=\""
            + QStringLiteral("فاتورة.png").toUtf8() + "\"\r\nContent-Type: image/png\r\n\r\n"
            + QByteArray("\x89PNG\r\n\x1a\nnot really a picture", 28) + "\r\n--" + boundary + "--\r\n";
        QCOMPARE(upload.body, expected);
        QCOMPARE_JSON(
            parseJson(f.graph->requests.at(1).body)["message"],
            (Json{{"attachment", {{"type", "image"}, {"payload", {{"attachment_id", "1857777774821032"}}}}}}));
        QCOMPARE_JSON(parseJson(f.graph->requests.at(2).body)["message"], (Json{{"text", "الفاتورة"}}));
    }

    void aMissingFileFailsWithItsName()
    {
        models::Attachment file;
        file.kind = models::MessageKind::File;
        file.localPath = QStringLiteral("/nonexistent/price-list.pdf");
        file.fileName = QStringLiteral("price-list.pdf");
        auto c = f.connector(ChannelKind::Messenger);
        const SendResult r = f.send(*c, f.queue(f.conversation(ChannelKind::Messenger), {QString(), {}, {}, {file}}));
        QCOMPARE(int(r.outcome), int(SendResult::Outcome::Fail));
        QVERIFY2(r.error.contains(QStringLiteral("price-list.pdf")), qPrintable(r.error));
        QCOMPARE(f.graph->requests.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphContent)
#include "tst_graphcontent.moc"
