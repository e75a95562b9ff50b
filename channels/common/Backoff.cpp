#include "Backoff.h"

#include <algorithm>
#include <cmath>

namespace wasel::channels {

QDateTime RetryPolicy::nextAttempt(const QDateTime &now, int attempts, double random01,
                                   std::optional<std::chrono::seconds> retryAfter) const
{
    if (retryAfter && retryAfter->count() > 0)
        return now.addSecs(retryAfter->count());
    const int exponent = std::clamp(attempts - 1, 0, 30);
    const double raw = double(base.count()) * std::pow(2.0, exponent);
    const double capped = std::min(raw, double(cap.count()));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return now.addMSecs(qint64(std::llround(std::max(0.0, capped * factor))));
}

TokenBucket::TokenBucket(double perSecond, double burst)
    : m_rate(perSecond)
    , m_burst(std::max(1.0, burst))
    , m_tokens(m_burst)
{
}

void TokenBucket::refill(const QDateTime &now)
{
    if (m_last.isValid() && now > m_last)
        m_tokens = std::min(m_burst, m_tokens + m_rate * double(m_last.msecsTo(now)) / 1000.0);
    if (!m_last.isValid() || now > m_last)
        m_last = now;
}

std::optional<std::chrono::milliseconds> TokenBucket::take(const QDateTime &now)
{
    if (m_rate <= 0)
        return std::nullopt;
    refill(now);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return std::nullopt;
    }
    const double wait = (1.0 - m_tokens) / m_rate * 1000.0;
    return std::chrono::milliseconds(qint64(std::ceil(wait)));
}

} // namespace wasel::channels
