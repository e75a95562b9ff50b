#!/usr/bin/env bash
# Inbox benchmark (issue 7, point 6): the desktop app on a workspace of 10,000 conversations /
# 100,000 messages and on one of 100,000 / 1,000,000, each made by wasel-inbox-bench generate
# (Arabic, Thai and English texts, every channel, one conversation of 10,000 messages).
#
#   tests/bench/inbox/run.sh [RUNS]   (default 3 launches per workspace; the median is printed)
#
# Per workspace: launch → first painted page of the conversation list, and opening the
# 10,000-message conversation → its first painted page (the real app, offscreen, probed by
# --bench-report / --bench-open), the app's peak RSS, and Store::searchMessages p50 / p95 over
# 30+ queries in each language, and Store::searchCustomers (Ctrl+K) over names typed letter by
# letter. Then the targets, the growth from the small to the large workspace,
# and the ratio against a peer in ../shared/peers/inbox when there is one.
# WASEL_BENCH_KEEP=1 keeps the workspaces in /tmp/wasel-inbox-bench for a look afterwards.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runs="${1:-3}"

"$root/scripts/setup-deps.sh" >/dev/null
echo "== building wasel and wasel-inbox-bench (release preset)"
cmake --preset release -S "$root" >/dev/null
cmake --build "$root/build/release" --target wasel wasel-inbox-bench >/dev/null
wasel="$root/build/release/app/wasel"
tool="$root/build/release/tests/bench/wasel-inbox-bench"

work=/tmp/wasel-inbox-bench
rm -rf "$work"
mkdir -p "$work"
[ "${WASEL_BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
field() { sed -nE "s/^$1=([0-9.]+)$/\1/p" "$2"; }

# measure NAME CONVERSATIONS MESSAGES: sets first_<NAME>, open_<NAME>, their CPU times firstcpu_<NAME>,
# opencpu_<NAME>, rss_<NAME>, p50_<NAME>, p95_<NAME>.
measure() {
    local name="$1" conversations="$2" messages="$3"
    local dir="$work/$name"
    mkdir -p "$dir"
    echo "== $name: generating $conversations conversations, $messages messages"
    QT_LOGGING_RULES='wasel.store.info=false' "$tool" generate "$dir/wasel.sqlite" "$conversations" "$messages" \
        >"$dir/generated.txt"
    local big
    big="$(field big_conversation "$dir/generated.txt")"
    echo "   generated in $(field seconds "$dir/generated.txt") s, $(field customers "$dir/generated.txt") customers;" \
        "the 10,000-message conversation is $big"
    local firsts=() opens=() rsses=() firstcpus=() opencpus=()
    for run in $(seq "$runs"); do
        rm -f "$dir/report.txt"
        # The launcher notes the time just before it becomes the app (exec), so launch includes
        # loading the app's libraries.
        QT_QPA_PLATFORM=offscreen python3 -c '
import os, sys, time
with open(sys.argv[1], "w") as f:
    f.write("launch_us=%d\n" % (time.time_ns() // 1000))
os.execv(sys.argv[2], sys.argv[2:])' "$dir/launch.txt" "$wasel" --data-dir "$dir" --listen 127.0.0.1:0 \
            --bench-report "$dir/report.txt" --bench-open "$big" >"$dir/app.log" 2>&1 || true
        if [ "$(field ok "$dir/report.txt" 2>/dev/null)" != 1 ]; then
            echo "   run $run: the app did not report (see $dir/app.log)"
            cat "$dir/app.log" "$dir/report.txt" 2>/dev/null | tail -5
            exit 1
        fi
        local launch first start painted rss
        launch="$(field launch_us "$dir/launch.txt")"
        first="$(field first_page_us "$dir/report.txt")"
        start="$(field open_start_us "$dir/report.txt")"
        painted="$(field open_painted_us "$dir/report.txt")"
        rss="$(field peak_rss_kib "$dir/report.txt")"
        local cpu_first cpu_open
        cpu_first="$(($(field first_page_cpu_us "$dir/report.txt") / 1000))"
        cpu_open="$((($(field open_painted_cpu_us "$dir/report.txt") - $(field open_start_cpu_us "$dir/report.txt")) / 1000))"
        firstcpus+=("$cpu_first")
        opencpus+=("$cpu_open")
        firsts+=("$(((first - launch) / 1000))")
        opens+=("$(((painted - start) / 1000))")
        rsses+=("$((rss / 1024))")
        echo "   run $run: first page $(((first - launch) / 1000)) ms (CPU $cpu_first ms)," \
            "open $(((painted - start) / 1000)) ms (CPU $cpu_open ms)," \
            "peak RSS $((rss / 1024)) MiB ($(field list_rows "$dir/report.txt") rows listed," \
            "$(field thread_rows "$dir/report.txt") messages in the thread)"
    done
    QT_LOGGING_RULES='wasel.store.info=false' "$tool" search "$dir/wasel.sqlite" >"$dir/search.txt"
    sed 's/^/   /' "$dir/search.txt"
    printf -v "first_$name" '%s' "$(printf '%s\n' "${firsts[@]}" | median)"
    printf -v "open_$name" '%s' "$(printf '%s\n' "${opens[@]}" | median)"
    printf -v "rss_$name" '%s' "$(printf '%s\n' "${rsses[@]}" | median)"
    printf -v "firstcpu_$name" '%s' "$(printf '%s\n' "${firstcpus[@]}" | median)"
    printf -v "opencpu_$name" '%s' "$(printf '%s\n' "${opencpus[@]}" | median)"
    printf -v "p50_$name" '%s' "$(sed -nE 's/^search_all p50_ms=([0-9.]+) .*/\1/p' "$dir/search.txt")"
    printf -v "p95_$name" '%s' "$(sed -nE 's/^search_all .*p95_ms=([0-9.]+)$/\1/p' "$dir/search.txt")"
    printf -v "k50_$name" '%s' "$(sed -nE 's/^search_customers .*p50_ms=([0-9.]+) .*/\1/p' "$dir/search.txt")"
    printf -v "k95_$name" '%s' "$(sed -nE 's/^search_customers .*p95_ms=([0-9.]+) .*/\1/p' "$dir/search.txt")"
}

measure small 10000 100000
measure large 100000 1000000

verdict() { python3 -c "import sys; print('met' if float(sys.argv[1]) <= float(sys.argv[2]) else 'NOT met')" "$1" "$2"; }
growth() { python3 -c "import sys; print('%.2fx' % (float(sys.argv[2]) / max(0.01, float(sys.argv[1]))))" "$1" "$2"; }

echo
echo "== inbox benchmark (median of $runs launches; search over all queries, 3 timed rounds)"
printf '%-26s %14s %14s %10s %8s\n' "" "10k / 100k" "100k / 1M" "growth" "target"
printf '%-26s %14s %14s %10s %8s  %s / %s\n' "first page (ms)" "$first_small" "$first_large" \
    "$(growth "$first_small" "$first_large")" "<= 400" "$(verdict "$first_small" 400)" "$(verdict "$first_large" 400)"
printf '%-26s %14s %14s %10s %8s  %s / %s\n' "open 10,000 messages (ms)" "$open_small" "$open_large" \
    "$(growth "$open_small" "$open_large")" "<= 50" "$(verdict "$open_small" 50)" "$(verdict "$open_large" 50)"
printf '%-26s %14s %14s %10s\n' "first page, CPU (ms)" "$firstcpu_small" "$firstcpu_large" \
    "$(growth "$firstcpu_small" "$firstcpu_large")"
printf '%-26s %14s %14s %10s\n' "open, CPU (ms)" "$opencpu_small" "$opencpu_large" \
    "$(growth "$opencpu_small" "$opencpu_large")"
printf '%-26s %14s %14s %10s %8s\n' "search p50 (ms)" "$p50_small" "$p50_large" "$(growth "$p50_small" "$p50_large")" ""
printf '%-26s %14s %14s %10s %8s  %s / %s\n' "search p95 (ms)" "$p95_small" "$p95_large" \
    "$(growth "$p95_small" "$p95_large")" "<= 30" "$(verdict "$p95_small" 30)" "$(verdict "$p95_large" 30)"
printf '%-26s %14s %14s %10s\n' "Ctrl+K p50 (ms)" "$k50_small" "$k50_large" "$(growth "$k50_small" "$k50_large")"
printf '%-26s %14s %14s %10s\n' "Ctrl+K p95 (ms)" "$k95_small" "$k95_large" "$(growth "$k95_small" "$k95_large")"
printf '%-26s %14s %14s %10s %8s  %s / %s\n' "peak RSS (MiB)" "$rss_small" "$rss_large" \
    "$(growth "$rss_small" "$rss_large")" "<= 200" "$(verdict "$rss_small" 200)" "$(verdict "$rss_large" 200)"
echo "growth: ten times the workspace; a log factor is log(1M)/log(100k) = 1.20x"
echo "(CPU: what the app itself spent, user + system; wall-clock figures also wait for a busy machine's CPU)"

peer="$root/../shared/peers/inbox"
if [ -x "$peer/run.sh" ]; then
    echo "== peer: $peer"
    "$peer/run.sh" "$work"
else
    echo "peer: not available ($peer missing), no ratio measured; the figures above are Wasel's alone"
fi
