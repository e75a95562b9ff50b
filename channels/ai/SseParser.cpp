#include "SseParser.h"

namespace wasel::channels {

QList<SseEvent> SseParser::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    QList<SseEvent> events;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_buffer.mid(start, newline - start);
        start = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) { // end of an event
            if (m_hasData)
                events.append(m_current);
            m_current = SseEvent();
            m_hasData = false;
            continue;
        }
        if (line.startsWith(':'))
            continue; // comment / keep-alive
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "data") {
            if (m_hasData)
                m_current.data += '\n';
            m_current.data += value;
            m_hasData = true;
        } else if (field == "event") {
            m_current.event = value;
        }
    }
    m_buffer.remove(0, start);
    return events;
}

} // namespace wasel::channels
