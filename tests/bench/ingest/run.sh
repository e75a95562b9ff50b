#!/usr/bin/env bash
# Ingest benchmark (issue 3): `wasel --headless` on a temporary workspace, driven over loopback by
# wrk with signed Meta payloads (600-1,200 bytes, Arabic/Thai/English, 1,000 senders), every one a
# distinct message. Checks that the stored messages equal the 200 responses (nothing lost) and
# prints req/s, p50, p99 and peak memory — then the same load against the Node peer in
# ../shared/peers/node-ingest when it is there, and the Wasel/peer ratio.
#
#   tests/bench/ingest/run.sh [EVENTS] [CONNECTIONS] [SECONDS]   (defaults: 80000, 32, 10)
#
# The load runs for SECONDS; EVENTS must exceed what the server takes in that time (each payload
# is sent once; a thread that runs out sends GET /health, which is not counted).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
events="${1:-80000}"
connections="${2:-32}"
seconds="${3:-10}"
threads=2
secret="bench-app-secret"
port=18791

"$root/scripts/setup-deps.sh" >/dev/null
echo "== building wasel (release preset)"
cmake --preset release -S "$root" >/dev/null
cmake --build "$root/build/release" --target wasel >/dev/null
wasel="$root/build/release/app/wasel"

work="$(mktemp -d)"
trap '[ -n "${server:-}" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
python3 "$here/make_payloads.py" "$secret" "$events" "$threads" "$work/payloads"

# run_load NAME PORT PID: drives the server on PORT with wrk; sets ok/rps/p50/p99/rss.
run_load() {
    local name="$1" port="$2" pid="$3"
    local line
    line="$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$here/wrk.lua" \
        "http://127.0.0.1:$port" -- "$work/payloads" | grep '^RESULT')"
    ok="$(sed -E 's/.*ok=([0-9]+).*/\1/' <<<"$line")"
    local duration_us p50_us p99_us errors
    duration_us="$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<<"$line")"
    p50_us="$(sed -E 's/.*p50_us=([0-9]+).*/\1/' <<<"$line")"
    p99_us="$(sed -E 's/.*p99_us=([0-9]+).*/\1/' <<<"$line")"
    errors="$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")"
    rps="$(python3 -c "print(round($ok / ($duration_us / 1e6)))")"
    p50="$(python3 -c "print('%.2f' % ($p50_us / 1000))")"
    p99="$(python3 -c "print('%.2f' % ($p99_us / 1000))")"
    rss="$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")"
    printf '%-6s %7s req/s   p50 %6s ms   p99 %6s ms   peak RSS %4s MiB   200s %s   errors %s\n' \
        "$name" "$rps" "$p50" "$p99" "$rss" "$ok" "$errors"
}

echo "== wasel --headless (automation off, no rate limit; group commit: log synchronous=FULL, apply NORMAL)"
WASEL_META_APP_SECRET="$secret" WASEL_AUTOMATION=off WASEL_RATE_LIMIT=0 \
    "$wasel" --headless --data-dir "$work/ws" --listen "127.0.0.1:$port" >"$work/wasel.out" 2>"$work/wasel.err" &
server=$!
for _ in $(seq 100); do grep -q listening "$work/wasel.out" 2>/dev/null && break; sleep 0.1; done
grep -q listening "$work/wasel.out" || { cat "$work/wasel.err"; exit 1; }
run_load wasel "$port" "$server"
wasel_rps="$rps"; wasel_ok="$ok"; wasel_p99="$p99"
kill -TERM "$server"; wait "$server" || true; server=""
stored="$("$wasel" export --data-dir "$work/ws" --format jsonl 2>/dev/null | wc -l)"
# Every 200 is a stored message. wrk stops with up to one request per connection in flight: those
# may be stored without wrk having counted their 200, so stored may exceed the 200s by that much.
in_flight=$((stored - wasel_ok))
if [ "$in_flight" -ge 0 ] && [ "$in_flight" -le "$connections" ]; then
    echo "wasel  stored messages $stored = 200 responses $wasel_ok + $in_flight in flight when wrk stopped: nothing lost"
else
    echo "wasel  LOST EVENTS: stored messages $stored, 200 responses $wasel_ok"
    exit 1
fi

peer="$root/../shared/peers/node-ingest"
if [ -x "$peer/run.sh" ]; then
    echo "== peer: node-ingest"
    PORT=$((port + 1)) META_APP_SECRET="$secret" DATA_DIR="$work/peer" "$peer/run.sh" >"$work/peer.out" 2>&1 &
    server=$!
    sleep 2
    run_load peer $((port + 1)) "$server"
    kill -TERM "$server" 2>/dev/null; wait "$server" || true; server=""
    echo "ratio  wasel/peer req/s: $(python3 -c "print('%.2f' % ($wasel_rps / max(1, $rps)))")x (target >= 4x)"
else
    echo "peer: not available (../shared/peers/node-ingest missing), no ratio measured"
fi
echo "target: p99 < 10 ms -> wasel p99 $wasel_p99 ms"
