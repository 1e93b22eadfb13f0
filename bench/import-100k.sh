#!/usr/bin/env bash
# Benchmark of the invoice import. It builds Criba and starts it on a fresh PostgreSQL database
# with a 512 MB heap. Through the API it checks a generated file of 100,000 invoices, imports it,
# and imports it again. For each run it prints the wall time, the rows per second and the peak
# heap used, and then the machine it ran on.
#
# Usage: bench/import-100k.sh            (from the project folder; takes a few minutes)
# Settings (environment variables, with their defaults):
#   BENCH_ROWS=100000  BENCH_CLIENTS=2000  BENCH_PORT=8097  BENCH_DB=criba_bench
#   BENCH_PGHOST=127.0.0.1  BENCH_PGPORT=5432  BENCH_PGUSER=postgres (a superuser, to create the database)
#   BENCH_TIMEOUT=900 (seconds that each run may take before the script gives up)
#   BENCH_API_WAIT=1s (how long the POST waits for the run; a short wait makes it return 202, so
#   that the script follows the run's Location as a nightly job of any file size must)
#   BENCH_KEEP_DB=0 (1 keeps the database after the run, for a look at what was imported)
# The database BENCH_DB is dropped and created anew: never point it at real data.
# Output, logs and the generated file go to target/bench/.

set -euo pipefail

ROWS=${BENCH_ROWS:-100000}
CLIENTS=${BENCH_CLIENTS:-2000}
PORT=${BENCH_PORT:-8097}
DB=${BENCH_DB:-criba_bench}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGPORT=${BENCH_PGPORT:-5432}
PGUSER=${BENCH_PGUSER:-postgres}
TIMEOUT=${BENCH_TIMEOUT:-900}
API_WAIT=${BENCH_API_WAIT:-1s}
KEEP_DB=${BENCH_KEEP_DB:-0}
HEAP=512m
OWNER_EMAIL=bench@example.com
OWNER_PASSWORD=bench-password-1
POLL_SECONDS=0.5

PROJECT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$PROJECT/target/bench
BASE_URL=http://127.0.0.1:$PORT
APP_PID=

log() {
    printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

fail() {
    log "FAILED: $*"
    if [[ -f $OUT/app.log ]]; then
        log "last lines of $OUT/app.log:"
        tail -n 40 "$OUT/app.log" >&2
    fi
    exit 1
}

psql_admin() {
    PGOPTIONS='-c client_min_messages=warning' psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

cleanup() {
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 1
        done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    if [[ $KEEP_DB != 1 ]]; then
        psql_admin -c "drop database if exists $DB" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Prints one value of a JSON document read from standard input, by top-level key.
json_value() {
    python3 -c 'import json, sys; value = json.load(sys.stdin).get(sys.argv[1]); print("" if value is None else value)' "$1"
}

# Prints two figures in MB from the GC log lines from line $1 on: the peak heap used, and the
# largest heap left after a collection (the data the application kept alive, plus old garbage).
# A G1 log line such as "Pause Young (Normal) (G1 Evacuation Pause) 180M->41M(512M) 6.2ms" gives
# the heap used before and after that collection: the "before" values are the peaks between
# collections, and the heap in use now (from jcmd) is the peak since the last one.
peak_heap_mb() {
    local from_line=$1 now_kb
    now_kb=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1)
    tail -n +"$from_line" "$OUT/gc.log" | python3 -c '
import re, sys
units = {"K": 1 / 1024, "M": 1, "G": 1024}
peak = float(sys.argv[1] or 0) / 1024
max_after_gc = 0
for line in sys.stdin:
    for before, before_unit, after, after_unit in re.findall(r"(\d+)([KMG])->(\d+)([KMG])\(\d+[KMG]\)", line):
        peak = max(peak, int(before) * units[before_unit])
        max_after_gc = max(max_after_gc, int(after) * units[after_unit])
print(round(peak), round(max_after_gc))' "$now_kb"
}

# Posts the file and prints the HTTP status. The response body goes to $OUT/response.json.
post_file() {
    local dry_run=$1 name=$2 mapping query
    mapping='{"dateFormat":"dd/MM/yyyy","decimalSeparator":","}'
    query="fileName=$name&dryRun=$dry_run&mapping=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$mapping")"
    curl -sS -u "$OWNER_EMAIL:$OWNER_PASSWORD" -H 'Content-Type: text/csv' \
        --data-binary @"$OUT/invoices.csv" -D "$OUT/headers.txt" -o "$OUT/response.json" \
        -w '%{http_code}' "$BASE_URL/api/v1/imports/invoices?$query" || fail "the POST failed"
}

# Polls the run named by the Location header of a 202 until it is no longer running, keeping its
# last state in $OUT/response.json. $1 is the start time in seconds, for the timeout.
follow_run() {
    local started=$1 location status
    location=$(sed -n 's/^[Ll]ocation: *\([^[:space:]]*\).*/\1/p' "$OUT/headers.txt")
    [[ -n $location ]] || fail "202 without a Location header"
    log "202 Accepted, following $location"
    while true; do
        kill -0 "$APP_PID" 2>/dev/null || fail "the application stopped during the run"
        curl -sS -u "$OWNER_EMAIL:$OWNER_PASSWORD" -o "$OUT/response.json" "$BASE_URL$location" \
            || fail "polling $location failed"
        status=$(json_value status <"$OUT/response.json")
        [[ $status == CHECKING || $status == IMPORTING ]] || break
        if (($(date +%s) - ${started%.*} > TIMEOUT)); then
            fail "the run took more than $TIMEOUT s; it had read $(json_value rowsRead <"$OUT/response.json") rows"
        fi
        sleep "$POLL_SECONDS"
    done
}

# Runs one check or import and prints "status seconds rowsRead created updated skipped
# clientsCreated payments disputes errorCount serverMs peakHeapMb maxAfterGcMb load1".
run_import() {
    local dry_run=$1 name=$2 gc_start started code ended figures
    gc_start=$(($(wc -l <"$OUT/gc.log") + 1))
    started=$(date +%s.%N)
    code=$(post_file "$dry_run" "$name")
    if [[ $code == 202 ]]; then
        follow_run "$started"
    elif [[ $code != 200 ]]; then
        log "HTTP $code: $(head -c 2000 "$OUT/response.json")"
        fail "the API rejected the file"
    fi
    ended=$(date +%s.%N)

    figures=$(python3 - "$OUT/response.json" "$started" "$ended" <<'EOF'
import datetime, json, sys
run = json.load(open(sys.argv[1]))
extra = run.get("otherRecordsCreated") or {}
def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
server_ms = round((instant(run["finishedAt"]) - instant(run["startedAt"])).total_seconds() * 1000)
print(run["status"], round(float(sys.argv[3]) - float(sys.argv[2]), 1), run["rowsRead"], run["created"],
      run["updated"], run["skipped"], run["clientsCreated"], extra.get("payments", 0), extra.get("disputes", 0),
      run["errorCount"], server_ms)
EOF
    )
    echo "$figures $(peak_heap_mb "$gc_start") $(cut -d' ' -f1 /proc/loadavg)"
}

report_run() {
    local label=$1 status seconds rows created updated skipped clients payments disputes errors server_ms peak after_gc load
    read -r status seconds rows created updated skipped clients payments disputes errors server_ms peak after_gc \
        load <<<"$2"
    printf '%s\n' "$label"
    printf '  status           %s (%s problems)\n' "$status" "$errors"
    printf '  rows             %s\n' "$rows"
    printf '  wall time        %s s (POST until %s; the server ran it in %s ms)\n' "$seconds" "$status" "$server_ms"
    printf '  rows/s           %s\n' "$(python3 -c "print(round($rows / $seconds))")"
    printf '  invoices         %s created, %s updated, %s unchanged\n' "$created" "$updated" "$skipped"
    printf '  other records    %s clients, %s payments, %s disputes created\n' "$clients" "$payments" "$disputes"
    printf '  peak heap used   %s MB of %s (at most %s MB left after a GC)\n' "$peak" "$HEAP" "$after_gc"
    printf '  load average     %s at the end (1 minute, over %s cores)\n' "$load" "$(nproc)"
}

mkdir -p "$OUT"
rm -f "$OUT"/gc.log* "$OUT/app.log"

log "building the jar"
(cd "$PROJECT" && ./mvnw -q -o -DskipTests package) || fail "the build failed"
JAR=$(ls "$PROJECT"/target/criba-*.jar | grep -v -- '-plain.jar' | head -n 1)

log "generating $ROWS invoice rows for $CLIENTS clients"
python3 "$PROJECT/bench/generate-invoices.py" "$OUT/invoices.csv" --rows "$ROWS" --clients "$CLIENTS"

log "creating the database $DB"
psql_admin -c "drop database if exists $DB" -c "create database $DB"

log "starting the application on port $PORT"
CRIBA_OWNER_EMAIL=$OWNER_EMAIL CRIBA_OWNER_PASSWORD=$OWNER_PASSWORD \
    java -Xmx$HEAP -XX:+ExitOnOutOfMemoryError "-Xlog:gc*:file=$OUT/gc.log:uptime,level,tags" \
    -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password= \
    --criba.import.upload-dir="$OUT/uploads" --criba.import.api-wait="$API_WAIT" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
    kill -0 "$APP_PID" 2>/dev/null || fail "the application did not start"
    curl -fsS -o /dev/null "$BASE_URL/actuator/health" 2>/dev/null && break
    sleep 1
done
curl -fsS -o /dev/null "$BASE_URL/actuator/health" || fail "the application did not answer within 120 s"
log "started (pid $APP_PID)"

log "checking the file (dryRun=true)"
CHECK=$(run_import true invoices-check.csv)
[[ $CHECK == CHECKED* ]] || fail "the check ended as: $CHECK"

log "importing the file"
IMPORT=$(run_import false invoices.csv)
[[ $IMPORT == IMPORTED* ]] || fail "the import ended as: $IMPORT"

log "importing the same file again"
REIMPORT=$(run_import false invoices-again.csv)
[[ $REIMPORT == IMPORTED* ]] || fail "the second import ended as: $REIMPORT"

IMPORTED=$(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -qAt -c "select count(*) from invoice")
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
RAM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
JAVA=$(java -version 2>&1 | sed -n 2p)
POSTGRES=$(psql_admin -c "show server_version")

echo
echo "Criba invoice import benchmark, $(date -u +'%Y-%m-%d %H:%M UTC'), commit $(git -C "$PROJECT" rev-parse --short HEAD)"
echo "file             $ROWS rows, $CLIENTS clients, $(du -h "$OUT/invoices.csv" | cut -f1)B ($OUT/invoices.csv)"
report_run "check (dryRun=true)" "$CHECK"
report_run "import" "$IMPORT"
report_run "import of the same file again (every row matches an invoice)" "$REIMPORT"
echo "  invoices in db   $IMPORTED"
echo "machine"
echo "  CPU              $CPU"
echo "  cores            $(nproc)"
echo "  RAM              $RAM"
echo "  Java             $JAVA (-Xmx$HEAP)"
echo "  PostgreSQL       $POSTGRES on $PGHOST:$PGPORT"
echo "server log lines"
grep -E 'Checked INVOICES|Imported INVOICES|OutOfMemoryError' "$OUT/app.log" | sed 's/^/  /' || true
