#pragma once

// Phone numbers as one person's identity across WhatsApp Cloud API (wa_id: digits only), Twilio
// ("whatsapp:+E164") and whatever staff type: E.164, "+" and digits, nothing else.

#include <QString>

namespace wasel::models {

// "+964 770 123 4567", "whatsapp:+9647701234567", "9647701234567", "00964-770-123-4567"
// -> "+9647701234567". Returns an empty string when the input is not an international number
// (E.164 allows at most 15 digits and never starts with 0 after the country code's "+").
QString normalizePhone(QStringView input);

} // namespace wasel::models
