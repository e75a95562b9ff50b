#include "HttpCall.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

namespace wasel::channels {

namespace {

// Translation context for the readable reasons below.
struct HttpCall {
    Q_DECLARE_TR_FUNCTIONS(wasel::channels::HttpCall)
};

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<std::chrono::seconds> HttpResponse::retryAfter() const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional(std::chrono::seconds(seconds)) : std::nullopt;
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return std::chrono::seconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
}

void httpCall(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
              const QByteArray &body, std::chrono::milliseconds timeout, std::function<void(const HttpResponse &)> done)
{
    QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeout);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, timedOut, done = std::move(done)] {
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        response.networkError = reply->error();
        response.networkErrorText = reply->errorString();
        response.timedOut = *timedOut;
        reply->deleteLater();
        done(response);
    });
}

SendResult classifyFailure(const HttpResponse &response, const QString &reason)
{
    if (response.timedOut)
        return SendResult::retry(HttpCall::tr("The provider did not answer in time"));
    if (response.status == 0)
        return SendResult::retry(HttpCall::tr("Network error: %1").arg(response.networkErrorText));
    if (response.status == 429)
        return SendResult::retry(reason.isEmpty() ? HttpCall::tr("Rate limited by the provider") : reason,
                                 response.retryAfter());
    if (response.status >= 500)
        return SendResult::retry(
            reason.isEmpty() ? HttpCall::tr("The provider had a temporary problem (HTTP %1)").arg(response.status)
                             : reason,
            response.retryAfter());
    return SendResult::fail(
        reason.isEmpty() ? HttpCall::tr("The provider refused the message (HTTP %1)").arg(response.status) : reason);
}

} // namespace wasel::channels
