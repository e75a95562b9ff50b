#pragma once

// Small, total accessors over nlohmann::json for webhook parsers: a missing or oddly typed member
// gives an empty value instead of an exception, because providers add, drop and retype fields.

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

namespace wasel::channels::wire {

using Json = nlohmann::json;

inline const Json &member(const Json &object, const char *key)
{
    static const Json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

// Strings as they are; numbers (ids arrive as either) as their decimal text.
inline QString text(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get_ref<const std::string &>());
    if (value.is_number_integer())
        return QString::number(value.get<qint64>());
    if (value.is_number_unsigned())
        return QString::number(value.get<quint64>());
    if (value.is_number_float())
        return QString::number(value.get<double>(), 'g', 17);
    return {};
}

inline QString text(const Json &object, const char *key)
{
    return text(member(object, key));
}

inline bool flag(const Json &object, const char *key)
{
    const Json &v = member(object, key);
    return v.is_boolean() && v.get<bool>();
}

// Epoch milliseconds (Messenger, Instagram) or seconds (WhatsApp, sometimes as a string).
inline QDateTime epoch(const Json &value)
{
    bool ok = false;
    const qint64 n = value.is_number() ? value.get<qint64>() : text(value).toLongLong(&ok);
    if (!value.is_number() && !ok)
        return {};
    if (n <= 0)
        return {};
    return n > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                 : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
}

} // namespace wasel::channels::wire
