// wasel-inbox-bench: the inbox benchmark's helper (tests/bench/inbox/run.sh).
//
//   wasel-inbox-bench generate FILE CONVERSATIONS MESSAGES [BIG [SEED]]
//       writes a workspace database (FILE, e.g. DIR/wasel.sqlite) and prints key=value lines,
//       among them big_conversation=ID (the conversation of BIG messages, default 10000).
//   wasel-inbox-bench search FILE [LIMIT [each]]
//       times Store::searchMessages (as the search UI calls it, LIMIT hits, default 50) over the
//       Arabic, Thai and English queries of Vocabulary.cpp, after one untimed pass; prints p50 and
//       p95 per language and over all, and with "each" every query's median time and hits; then
//       Store::searchCustomers (Ctrl+K, 20 hits) over names typed letter by letter.

#include "InboxGenerator.h"
#include "Vocabulary.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace wasel;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
}

long peakRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

int generate(const QStringList &args)
{
    bench::GeneratorOptions options;
    options.conversations = args.value(3).toInt();
    options.messages = args.value(4).toInt();
    if (args.size() > 5)
        options.bigConversation = args.at(5).toInt();
    if (args.size() > 6)
        options.seed = args.at(6).toUInt();
    QElapsedTimer timer;
    timer.start();
    const bench::GeneratorResult result = bench::generateInbox(args.at(2), options);
    if (!result.ok) {
        std::fprintf(stderr, "wasel-inbox-bench: %s\n", qPrintable(result.error));
        return 1;
    }
    print(QStringLiteral("conversations=%1").arg(result.conversations));
    print(QStringLiteral("messages=%1").arg(result.messages));
    print(QStringLiteral("customers=%1").arg(result.customers));
    print(QStringLiteral("big_conversation=%1").arg(result.bigConversationId));
    print(QStringLiteral("seconds=%1").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

int search(const QStringList &args)
{
    models::Store store;
    QElapsedTimer opening;
    opening.start();
    if (!store.open(args.at(2))) {
        std::fprintf(stderr, "wasel-inbox-bench: %s\n", qPrintable(store.lastError().message));
        return 1;
    }
    print(QStringLiteral("store_open_ms=%1").arg(opening.elapsed())); // migrations and rebuilt indexes included
    const int limit = args.size() > 3 ? args.at(3).toInt() : 50;
    const bool each = args.size() > 4 && args.at(4) == QLatin1String("each");
    QList<double> all;
    for (bench::Language language : {bench::Language::Arabic, bench::Language::Thai, bench::Language::English}) {
        const QStringList queries = bench::queriesOf(language);
        for (const QString &query : queries)
            store.searchMessages(query, limit); // warm the page cache: the first query of a session
        QList<double> times;
        QList<double> hits;
        QList<QList<double>> timesOf(queries.size());
        for (int round = 0; round < 3; ++round) {
            for (qsizetype i = 0; i < queries.size(); ++i) {
                QElapsedTimer timer;
                timer.start();
                const qsizetype found = store.searchMessages(queries.at(i), limit).size();
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                times.append(ms);
                timesOf[i].append(ms);
                hits.append(double(found));
            }
        }
        if (each) {
            for (qsizetype i = 0; i < queries.size(); ++i)
                print(QStringLiteral("query ms=%1 \"%2\"")
                          .arg(percentile(timesOf.at(i), 0.5), 0, 'f', 2)
                          .arg(queries.at(i)));
        }
        all += times;
        print(QStringLiteral("search_%1 queries=%2 p50_ms=%3 p95_ms=%4 max_ms=%5 median_hits=%6")
                  .arg(bench::languageCode(language))
                  .arg(queries.size())
                  .arg(percentile(times, 0.5), 0, 'f', 2)
                  .arg(percentile(times, 0.95), 0, 'f', 2)
                  .arg(percentile(times, 1.0), 0, 'f', 2)
                  .arg(percentile(hits, 0.5), 0, 'f', 0));
    }
    print(QStringLiteral("search_all p50_ms=%1 p95_ms=%2")
              .arg(percentile(all, 0.5), 0, 'f', 2)
              .arg(percentile(all, 0.95), 0, 'f', 2));

    // Ctrl+K as staff type a name: its first letter, two, three, the first name, first and last.
    QStringList typed;
    for (bench::Language language : {bench::Language::Arabic, bench::Language::Thai, bench::Language::English}) {
        const QStringList &first = bench::firstNamesOf(language);
        const QStringList &last = bench::lastNamesOf(language);
        for (qsizetype i = 0; i < std::min<qsizetype>(8, first.size()); ++i) {
            const QString &name = first.at(i * first.size() / 8);
            for (qsizetype n = 1; n <= 3 && n < name.size(); ++n)
                typed << name.left(n);
            typed << name << name + u' ' + last.at(i % last.size()).left(2);
        }
    }
    for (const QString &query : typed)
        store.searchCustomers(query, 20);
    QList<double> customers;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : typed) {
            QElapsedTimer timer;
            timer.start();
            store.searchCustomers(query, 20);
            customers.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    print(QStringLiteral("search_customers queries=%1 p50_ms=%2 p95_ms=%3 max_ms=%4")
              .arg(typed.size())
              .arg(percentile(customers, 0.5), 0, 'f', 2)
              .arg(percentile(customers, 0.95), 0, 'f', 2)
              .arg(percentile(customers, 1.0), 0, 'f', 2));
    print(QStringLiteral("search_peak_rss_kib=%1").arg(peakRssKib()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList args = application.arguments();
    if (args.size() >= 5 && args.at(1) == QLatin1String("generate"))
        return generate(args);
    if (args.size() >= 3 && args.at(1) == QLatin1String("search"))
        return search(args);
    std::fputs("usage: wasel-inbox-bench generate FILE CONVERSATIONS MESSAGES [BIG [SEED]]\n"
               "       wasel-inbox-bench search FILE [LIMIT [each]]\n",
               stderr);
    return 2;
}
