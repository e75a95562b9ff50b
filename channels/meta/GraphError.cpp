#include "GraphError.h"

#include "common/HttpCall.h"

#include <nlohmann/json.hpp>

namespace wasel::channels {

using Json = nlohmann::json;

namespace {

Json parseJson(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QString stringAt(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

int intAt(const Json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number_integer() ? it->get<int>() : 0;
}

} // namespace

std::optional<GraphError> GraphError::parse(const QByteArray &body)
{
    const Json root = parseJson(body);
    if (!root.is_object() || !root.contains("error") || !root["error"].is_object())
        return std::nullopt;
    const Json &e = root["error"];
    GraphError error;
    error.code = intAt(e, "code");
    error.subcode = intAt(e, "error_subcode");
    error.message = stringAt(e, "message");
    error.title = stringAt(e, "error_user_title");
    if (error.title.isEmpty())
        error.title = stringAt(e, "title");
    if (e.contains("error_data") && e["error_data"].is_object())
        error.details = stringAt(e["error_data"], "details");
    return error;
}

bool GraphError::refusesToken(const HttpResponse &response)
{
    const auto error = parse(response.body);
    return response.status == 401 || (error && error->code == 190);
}

QString GraphError::suffix() const
{
    const QString text = !details.isEmpty() ? details : !title.isEmpty() ? title : message;
    return text.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text);
}

GraphUsage graphUsage(const HttpResponse &response)
{
    GraphUsage usage;
    auto count = [&usage](const Json &counters) {
        if (!counters.is_object())
            return;
        for (const char *key : {"call_count", "total_time", "total_cputime"})
            usage.highestPercent = std::max(usage.highestPercent, intAt(counters, key));
        const int minutes = intAt(counters, "estimated_time_to_regain_access");
        if (minutes > 0 && (!usage.regainAccess || *usage.regainAccess < std::chrono::minutes(minutes)))
            usage.regainAccess = std::chrono::seconds(minutes * 60);
    };
    count(parseJson(response.header("X-App-Usage")));
    const Json business = parseJson(response.header("X-Business-Use-Case-Usage"));
    if (business.is_object()) {
        for (const auto &[id, entries] : business.items()) {
            if (!entries.is_array())
                continue;
            for (const Json &entry : entries)
                count(entry);
        }
    }
    return usage;
}

std::optional<std::chrono::seconds> regainAccess(const HttpResponse &response)
{
    return graphUsage(response).regainAccess;
}

std::optional<std::chrono::seconds> usagePause(const HttpResponse &response)
{
    constexpr int NearTheLimit = 90;
    const GraphUsage usage = graphUsage(response);
    if (usage.regainAccess)
        return usage.regainAccess;
    if (usage.highestPercent >= NearTheLimit)
        return std::chrono::seconds(60);
    return std::nullopt;
}

QString graphMessageId(const QByteArray &body)
{
    const Json root = parseJson(body);
    if (!root.is_object())
        return {};
    if (const QString id = stringAt(root, "message_id"); !id.isEmpty())
        return id;
    if (const QString id = stringAt(root, "id"); !id.isEmpty())
        return id;
    const auto messages = root.find("messages");
    if (messages == root.end() || !messages->is_array() || messages->empty() || !(*messages)[0].is_object())
        return {};
    return stringAt((*messages)[0], "id");
}

} // namespace wasel::channels
