#pragma once

// Meta's Graph API error envelope, shared by Messenger, Instagram and WhatsApp Cloud API:
//   {"error":{"message":"…","type":"OAuthException","code":190,"error_subcode":460,
//             "error_data":{"details":"…"},"error_user_title":"…","fbtrace_id":"…"}}
// Branch on code / subcode, never on message (API_CONTRACTS.md §2.1).

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace wasel::channels {

struct HttpResponse;

struct GraphError {
    int code = 0;
    int subcode = 0;
    QString message;
    QString title; // error_user_title or WhatsApp's "title"
    QString details; // error_data.details (WhatsApp)

    static std::optional<GraphError> parse(const QByteArray &body);
    // The answer says the access token itself is expired, revoked or invalid (code 190, or 401).
    static bool refusesToken(const HttpResponse &response);
    // " (message)" for appending to a sentence, or nothing.
    QString suffix() const;
};

// What Graph's usage headers say about the caller's rate limits (API_CONTRACTS.md §2.1 "Usage
// headers"): X-App-Usage {"call_count", "total_time", "total_cputime"} in percent of the app's
// limit, and X-Business-Use-Case-Usage {"<id>": [{… the same …, "estimated_time_to_regain_access"}]}.
struct GraphUsage {
    int highestPercent = 0; // the highest counter of either header
    std::optional<std::chrono::seconds> regainAccess; // the longest estimate (minutes in the header)
};
GraphUsage graphUsage(const HttpResponse &response);

// The longest estimated_time_to_regain_access of X-Business-Use-Case-Usage.
std::optional<std::chrono::seconds> regainAccess(const HttpResponse &response);

// How long to leave the account alone after this response: Meta's estimate when it gives one,
// a minute when a counter reached 90 % (throttling starts at 100), otherwise nothing.
std::optional<std::chrono::seconds> usagePause(const HttpResponse &response);

// The message id in a successful send answer: Messenger/Instagram {"message_id": …}, WhatsApp
// {"messages": [{"id": …}]}, a comment reply {"id": …}. Empty when absent or not JSON.
QString graphMessageId(const QByteArray &body);

} // namespace wasel::channels
