#pragma once

// Server-sent events as OpenAI-compatible servers stream them: "data:" lines (several are joined
// with "\n"), an optional "event:" line, ":" comments, events ended by a blank line, LF or CRLF.
// Bytes may arrive split anywhere, even inside a UTF-8 sequence.

#include <QByteArray>
#include <QList>

namespace wasel::channels {

struct SseEvent {
    QByteArray event; // empty for the default "message"
    QByteArray data;
};

class SseParser
{
public:
    // Feeds more bytes; returns the events they completed.
    QList<SseEvent> feed(const QByteArray &bytes);

private:
    QByteArray m_buffer;
    SseEvent m_current;
    bool m_hasData = false;
};

} // namespace wasel::channels
