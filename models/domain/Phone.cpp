#include "Phone.h"

namespace wasel::models {

QString normalizePhone(QStringView input)
{
    QStringView s = input.trimmed();
    if (s.startsWith(u"whatsapp:", Qt::CaseInsensitive))
        s = s.mid(9).trimmed();
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c.isDigit()) {
            // Arabic-Indic and other digits typed on an Arabic or Thai keyboard count as digits.
            digits.append(QChar(u'0' + c.digitValue()));
        } else if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == QChar(0x00A0)) {
            continue;
        } else {
            return {};
        }
    }
    if (!plus && digits.startsWith(QLatin1String("00")))
        digits.remove(0, 2);
    if (digits.isEmpty() || digits.front() == u'0' || digits.size() < 7 || digits.size() > 15)
        return {};
    return u'+' + digits;
}

} // namespace wasel::models
