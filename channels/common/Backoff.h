#pragma once

// Retry timing for outbound sends: capped exponential backoff with jitter, and a token bucket that
// keeps a burst under a provider's rate limit. Pure value types with an injected clock, so tests
// drive time by hand.

#include <QDateTime>

#include <chrono>
#include <optional>

namespace wasel::channels {

struct RetryPolicy {
    std::chrono::milliseconds base{2000}; // wait after the first failure
    std::chrono::milliseconds cap{std::chrono::minutes(15)}; // never wait longer between attempts
    int maxAttempts = 8; // then the message fails for good, with the last reason
    double jitter = 0.25; // ± this fraction, so many failed sends do not retry in lockstep

    // When to try again after `attempts` attempts failed. random01 is uniform in [0, 1). A
    // provider's Retry-After wins over the backoff (it is not capped: the provider knows best).
    QDateTime nextAttempt(const QDateTime &now, int attempts, double random01,
                          std::optional<std::chrono::seconds> retryAfter = {}) const;
    bool exhausted(int attempts) const { return attempts >= maxAttempts; }
};

class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double perSecond, double burst);

    // Takes one token if there is one; otherwise returns how long until there will be.
    std::optional<std::chrono::milliseconds> take(const QDateTime &now);

private:
    void refill(const QDateTime &now);

    double m_rate = 0; // tokens per second; 0 = unlimited
    double m_burst = 1;
    double m_tokens = 1;
    QDateTime m_last;
};

} // namespace wasel::channels
