#!/bin/bash
# Benchmark: amity's speed goals (issue 12), all in one run, on the real demo
# database, each figure beside its reference measured in the same run:
#
#   GET /api/v1/cities/{id} over 1,000 cities   vs nginx serving amity's own
#                                  replies as static files, and the Flask
#                                  (gunicorn -w 2) and FastAPI (uvicorn
#                                  --workers 2) peers of bench/peers/, which
#                                  run the same SQL and answer byte-identical
#                                  JSON (checked here, every city)
#   GET /api/v1/cities?q=ber       vs the same two peers
#   GET /api/v1/partnerships?country=IT&limit=20   vs the city page's figure
#   GET /api/v1/cities/{id}/partner-suggestions    in the library
#                                  (bench/speed_lib.c), over HTTP on one
#                                  connection, and under load
#   good-practice search, 100,000 synthetic practices, 2 facets
#                                  (bench/practices.sh) vs the bare FTS5 match
#   the whole real import          (bench/import.sh) vs sqlite3 .import
#   server memory                  VmRSS after the real data and the mixed
#                                  load above vs VmRSS after start
#   GET /api/v1/graph/top?by=betweenness, the first after a partnership is
#                                  added, vs the same GET warm
#
# amity runs twice: as it ships (public replies kept until the data
# changes: a reply cache keyed by the store's generation) and with
# --reply-cache 0, where every request runs its SQL and builds its JSON as
# the peers do; the load rows show both.
#
# Method: wrk -t2 -c64 -d10s (bench/speed.lua walks a list of paths),
# ROUNDS rounds interleaved between the servers (the order turns each
# round), the median of the rounds; req/s, p50 and p99 for each, and the
# ratio to the reference. The machine (cores) and the CPU that other
# processes took during each run are printed too: this machine may be
# shared. Speed is shown here, never asserted by a test.
#
#   bench/speed.sh [BUILD_DIR]    default build-speed (a Release build, made
#                                 or brought up to date here; NO_BUILD=1
#                                 skips that)
#   DB=/tmp/amity-bench-speed.db  the demo database (built as `make demo-db`
#                                 does when missing; never written: every
#                                 run works on a copy)
#   ROUNDS=3 DURATION=10 THREADS=2 CONNS=64 CITIES=1000
#   PRACTICES_DB=/tmp/amity-bench-speed-practices.db (built once, about two
#   minutes), PRACTICE_ROUNDS=20; PRACTICES=0 or IMPORT=0 skip those rows
#
# Installs what is missing (as root, with apt-get, Debian's packages only):
# nginx, wrk, python3-flask, gunicorn, python3-fastapi, uvicorn (with
# python3-uvloop and python3-httptools, its fast loop and parser), sqlite3,
# curl. Every server is started here on a free loopback port and stopped at
# the end, also on failure.
set -eu -o pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${1:-build-speed}
DB=${DB:-/tmp/amity-bench-speed.db}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
THREADS=${THREADS:-2}
CONNS=${CONNS:-64}
NCITIES=${CITIES:-1000}
PRACTICES_DB=${PRACTICES_DB:-/tmp/amity-bench-speed-practices.db}
PRACTICE_ROUNDS=${PRACTICE_ROUNDS:-20}
PY=/usr/bin/python3 # Debian's, with Debian's Flask and FastAPI
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ left in bench/peers

die() { echo "speed: $*" >&2; exit 1; }
say() { echo "$*" >&2; }

# ---- what is needed ------------------------------------------------------

PKGS="nginx wrk python3-flask gunicorn python3-fastapi uvicorn python3-uvloop python3-httptools sqlite3 curl"
missing=
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
    [ "$(id -u)" = 0 ] || die "missing:$missing (install them, or run as root)"
    say "speed: installing$missing"
    apt-get install -y -qq $missing >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $missing >/dev/null 2>&1; } ||
        die "apt-get could not install$missing"
fi

if [ "${NO_BUILD:-0}" != 1 ]; then
    say "speed: building $BUILD (Release)"
    cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$BUILD" -j "$(nproc)" --target amity speed_lib bench_practices >/dev/null ||
        die "the build failed (someone's edit half done? try again in a minute)"
fi
AMITY=$BUILD/amity
for f in "$AMITY" "$BUILD/speed_lib"; do [ -x "$f" ] || die "$f missing"; done

if [ ! -s "$DB" ]; then
    say "speed: building the demo database into $DB (as make demo-db, about 10 s)"
    rm -f "$DB" "$DB-wal" "$DB-shm"
    R=$(mktemp -d)
    {
        "$AMITY" --db "$DB" init &&
            "$AMITY" --db "$DB" import gazetteer &&
            "$AMITY" --db "$DB" init --demo &&
            "$AMITY" --db "$DB" import partnerships data/twin_towns.csv --report "$R/1.csv" &&
            "$AMITY" --db "$DB" import networks data/networks_etmun.csv --report "$R/2.csv" &&
            "$AMITY" --db "$DB" import memberships data/network_memberships_etmun.csv --report "$R/3.csv" &&
            "$AMITY" --db "$DB" import index-published data/icc_index_published.csv --report "$R/4.csv"
    } >/dev/null 2>&1 || { rm -rf "$R" "$DB"; die "building $DB failed"; }
    rm -rf "$R"
fi

# ---- the run's own directory, servers and their end ------------------------

TMP=$(mktemp -d /tmp/amity-speed.XXXXXX)
chmod 755 "$TMP" # nginx's workers read the static files as nobody
PIDS=()
cleanup() {
    local rc=$?
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$TMP"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

WORK=$TMP/amity.db
sqlite3 "$DB" ".backup '$WORK'" || die "could not copy $DB"

free_port() {
    "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_http() { # URL: up to 20 s
    for _ in $(seq 200); do
        curl -sf -o /dev/null "$1" && return 0
        sleep 0.1
    done
    return 1
}
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }
# VmRSS in MiB, as anonymous + file-backed (the database's pages, mapped)
rss_parts() { awk '/^RssAnon/ {a = $2} /^RssFile/ {f = $2} END {printf "%d MiB anonymous + %d MiB of mapped files", a / 1024, f / 1024}' "/proc/$1/status"; }

# amity, as a packager's build serves (default threads), twice: as it
# ships (public replies kept until the data changes) and with the reply
# cache off (every request runs its SQL and builds its JSON, as the peers do)
start_amity() { # LOG ARGS...: sets STARTED_PORT and STARTED_PID
    local log=$1 port=
    shift
    "$AMITY" --db "$WORK" serve --port 0 --quiet "$@" > "$log" 2>&1 &
    STARTED_PID=$!
    PIDS+=("$STARTED_PID")
    for _ in $(seq 100); do
        port=$(sed -n 's/.*serving http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$log")
        [ -n "$port" ] && break
        sleep 0.1
    done
    [ -n "$port" ] || die "amity did not start: $(cat "$log")"
    wait_http "http://127.0.0.1:$port/healthz" || die "amity does not answer"
    STARTED_PORT=$port
}
start_amity "$TMP/amity.log"
AMITY_PID=$STARTED_PID
A_URL=http://127.0.0.1:$STARTED_PORT
start_amity "$TMP/amity-nocache.log" --reply-cache 0
Z_PID=$STARTED_PID
Z_URL=http://127.0.0.1:$STARTED_PORT
RSS_START=$(rss_kb "$AMITY_PID")
RSS_START_PARTS=$(rss_parts "$AMITY_PID")

# the cities: 1,000 with at least one partnership, a fixed sample (a hash
# of the id orders them), as people open the pages of partnered cities
sqlite3 "$WORK" "SELECT id FROM city WHERE id IN (SELECT a_city_id FROM partnership UNION
    SELECT b_city_id FROM partnership) ORDER BY (id * 2654435761) % 4294967296, id LIMIT $NCITIES" > "$TMP/cities.txt"
[ "$(wc -l < "$TMP/cities.txt")" -ge 2 ] || die "no partnered cities in $DB"
NCITIES=$(wc -l < "$TMP/cities.txt")
sed 's|^|/api/v1/cities/|' "$TMP/cities.txt" > "$TMP/paths.city"
echo "/api/v1/cities?q=ber" > "$TMP/paths.q"
echo "/api/v1/partnerships?country=IT&limit=20" > "$TMP/paths.ptn"
sed 's|^|/api/v1/cities/|; s|$|/partner-suggestions|' "$TMP/cities.txt" > "$TMP/paths.sugg"

# amity's replies, saved as nginx's static files under the same paths
fetch_all() { # BASE PATHS DIR: each path's body into DIR/path (one curl, kept-alive)
    awk -v b="$1" -v d="$3" '{print "url = \"" b $0 "\""; print "output = \"" d $0 "\""}' "$2" > "$3.curl"
    curl -s --create-dirs -K "$3.curl"
}
now() { date +%s.%N; }
ms_per() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN {printf "%.2f", (b - a) * 1000 / n}'; }
mkdir -p "$TMP/www"
t0=$(now)
fetch_all "$A_URL" "$TMP/paths.city" "$TMP/www"
COLD_AMITY=$(ms_per "$t0" "$(now)" "$(wc -l < "$TMP/paths.city")")
chmod -R a+rX "$TMP/www"
CITY_BYTES=$(cat "$TMP/www/api/v1/cities/"* | wc -c)

N_PORT=$(free_port)
mkdir -p "$TMP/nginx"
cat > "$TMP/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on; tcp_nopush on; tcp_nodelay on;
    keepalive_requests 1000000;
    open_file_cache max=4000 inactive=60s;
    client_body_temp_path $TMP/nginx/body; proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi; uwsgi_temp_path $TMP/nginx/uwsgi; scgi_temp_path $TMP/nginx/scgi;
    types { }
    default_type application/json;
    charset utf-8; charset_types application/json;
    server { listen 127.0.0.1:$N_PORT; root $TMP/www; location / { try_files \$uri =404; } }
}
EOF
nginx -e "$TMP/nginx/error.log" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -g 'daemon off;' 2> "$TMP/nginx/stderr" &
PIDS+=("$!")
N_PID=$!
N_URL=http://127.0.0.1:$N_PORT

F_PORT=$(free_port)
AMITY_PEER_DB=$WORK gunicorn -w 2 -b "127.0.0.1:$F_PORT" --chdir "$ROOT/bench/peers" --log-level warning \
    flask_app:app > "$TMP/flask.log" 2>&1 &
PIDS+=("$!")
F_PID=$!
F_URL=http://127.0.0.1:$F_PORT

Q_PORT=$(free_port)
AMITY_PEER_DB=$WORK uvicorn --workers 2 --host 127.0.0.1 --port "$Q_PORT" --app-dir "$ROOT/bench/peers" \
    --no-access-log --log-level warning fastapi_app:app > "$TMP/fastapi.log" 2>&1 &
PIDS+=("$!")
Q_PID=$!
Q_URL=http://127.0.0.1:$Q_PORT

FIRST=$(head -n 1 "$TMP/paths.city")
wait_http "$N_URL$FIRST" || die "nginx did not start: $(cat "$TMP/nginx/error.log")"
wait_http "$F_URL$FIRST" || die "the Flask peer did not start: $(cat "$TMP/flask.log")"
wait_http "$Q_URL$FIRST" || die "the FastAPI peer did not start: $(cat "$TMP/fastapi.log")"

# ---- the machine ----------------------------------------------------------

# Who else takes the CPU, over one second: "name pid %" of the top three.
others_now() {
    "$PY" - "${PIDS[@]}" <<'EOF'
import os, sys, time
def snap():
    out = {}
    for p in os.listdir("/proc"):
        if p.isdigit():
            try:
                s = open("/proc/%s/stat" % p).read()
            except OSError:
                continue
            name, rest = s[s.index("(") + 1:s.rindex(")")], s[s.rindex(")") + 2:].split()
            out[p] = (name, int(rest[11]) + int(rest[12]), rest[1])
    return out
a = snap(); time.sleep(1); b = snap()
hz = os.sysconf("SC_CLK_TCK")
use = sorted(((b[p][1] - a[p][1]) * 100 / hz, b[p][0], p) for p in b if p in a and p != str(os.getpid()))
top = [u for u in reversed(use) if u[0] >= 1][:3]
ours = set(sys.argv[1:])
ours |= {p for p in b if b[p][2] in ours}  # the servers' workers
print(", ".join("%s (%s%s) %.0f%%" % (n, p, ", ours" if p in ours else "", u) for u, n, p in top) or "nothing")
EOF
}
CORES=$(nproc)
say ""
echo "machine: $CORES cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GiB, Linux $(uname -r)"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average at the start: $LOAD_START; busy in the last second: $(others_now) (100% = one core)"
echo "versions: $("$AMITY" --version), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)," \
    "$("$PY" -c 'import flask, fastapi, uvicorn, gunicorn, sqlite3; print("Flask %s + gunicorn %s, FastAPI %s + uvicorn %s, Python SQLite %s" % (flask.__version__, gunicorn.__version__, fastapi.__version__, uvicorn.__version__, sqlite3.sqlite_version))')"
echo "database: a copy of $DB; $NCITIES cities, their pages $((CITY_BYTES / NCITIES)) bytes on average"

# ---- the bodies are the same --------------------------------------------------

# Every city page and the search, from each peer, against amity's bytes.
check_peer() { # NAME URL
    local name=$1 url=$2 bad=0 first=
    mkdir -p "$TMP/peer-$name"
    local t0 cold
    t0=$(now)
    fetch_all "$url" "$TMP/paths.city" "$TMP/peer-$name"
    cold=$(ms_per "$t0" "$(now)" "$NCITIES")
    while read -r p; do
        if ! cmp -s "$TMP/www$p" "$TMP/peer-$name$p"; then
            bad=$((bad + 1))
            [ -n "$first" ] || first=$p
        fi
    done < "$TMP/paths.city"
    curl -s -o "$TMP/q.amity" "$A_URL/api/v1/cities?q=ber"
    curl -s -o "$TMP/q.$name" "$url/api/v1/cities?q=ber"
    local q=identical
    cmp -s "$TMP/q.amity" "$TMP/q.$name" || q="DIFFERENT ($(cmp "$TMP/q.amity" "$TMP/q.$name" 2>&1 | head -n 1))"
    echo "bodies, $name vs amity: city pages $((NCITIES - bad)) of $NCITIES identical${first:+ (first difference: $first: $(cmp "$TMP/www$first" "$TMP/peer-$name$first" 2>&1 | head -n 1))}; cities?q=ber $q"
    echo "$name $bad $q" >> "$TMP/bodies"
    COLD="$COLD, $name $cold ms"
}
COLD=
: > "$TMP/bodies"
check_peer flask "$F_URL"
check_peer fastapi "$Q_URL"
echo "the $NCITIES city pages one after another on one connection (curl), each the first time asked: amity $COLD_AMITY ms a page$COLD"

# ... and the same SQL: a fresh amity (no reply cached yet) and the peers'
# code, each with bench/peers/sqltrace.so preloaded, asked for the same
# pages; what each ran is compared (nothing is added to amity)
SQL_CHECK="not checked (no C compiler or sqlite3.h)"
if cc -shared -fPIC -O2 -o "$TMP/sqltrace.so" bench/peers/sqltrace.c -lsqlite3 -ldl 2>/dev/null; then
    LD_PRELOAD=$TMP/sqltrace.so AMITY_SQL_TRACE=$TMP/sql.amity "$AMITY" --db "$WORK" serve --port 0 --quiet \
        > "$TMP/amity-sql.log" 2>&1 &
    T_PID=$!
    PIDS+=("$T_PID")
    T_PORT=
    for _ in $(seq 100); do
        T_PORT=$(sed -n 's/.*serving http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$TMP/amity-sql.log")
        [ -n "$T_PORT" ] && break
        sleep 0.1
    done
    [ -n "$T_PORT" ] && wait_http "http://127.0.0.1:$T_PORT/healthz" || die "the traced amity did not start"
    sleep 1 # what it builds at start is not the routes' SQL
    : > "$TMP/sql.amity"
    head -n 5 "$TMP/paths.city" | sed "s|^|http://127.0.0.1:$T_PORT|" | xargs -n 1 curl -s -o /dev/null
    curl -s -o /dev/null "http://127.0.0.1:$T_PORT/api/v1/cities?q=ber"
    kill "$T_PID"; wait "$T_PID" 2>/dev/null || true
    LD_PRELOAD=$TMP/sqltrace.so AMITY_SQL_TRACE=$TMP/sql.peer "$PY" bench/peers/same_sql.py peer "$WORK" \
        $(head -n 5 "$TMP/cities.txt") || die "the peers' code failed"
    SQL_CHECK=$("$PY" bench/peers/same_sql.py compare "$TMP/sql.amity" "$TMP/sql.peer" || true)
fi
echo "SQL, the peers vs amity, on 5 city pages and cities?q=ber: $SQL_CHECK"
curl -s -o "$TMP/n.body" "$N_URL$FIRST"
cmp -s "$TMP/n.body" "$TMP/www$FIRST" && echo "bodies, nginx: amity's own bytes (checked on $FIRST)" ||
    die "nginx does not serve amity's bytes"

# ---- partner suggestions in the library ------------------------------------

say "speed: partner suggestions in the library"
"$BUILD/speed_lib" "$WORK" "$TMP/cities.txt" > "$TMP/lib.out" || die "speed_lib failed"
LIB=$(cat "$TMP/lib.out")
lib_field() { echo "$LIB" | awk -v k="$1" '{for (i = 1; i < NF; i++) if ($i == k) print $(i + 1)}'; }
echo "partner suggestions in the library (am_match_suggest, 20 with reasons): first call $(lib_field first_ms) ms" \
    "(builds the model); then over $(lib_field cities) cities p50 $(lib_field p50_ms) ms, p99 $(lib_field p99_ms) ms," \
    "mean $(lib_field mean_ms) ms"

# ---- the load rounds ------------------------------------------------------

# CPU: the machine's busy and all ticks, from /proc/stat
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9}' /proc/stat; }
# CPU ticks of a server: the process and its children (workers)
tree_ticks() {
    local t=0 p
    for p in "$1" $(pgrep -P "$1" || true); do
        [ -r "/proc/$p/stat" ] || continue
        t=$((t + $(sed 's/.*) //' "/proc/$p/stat" | awk '{print $12 + $13}')))
    done
    echo "$t"
}
# children's CPU in ticks, from a file the shell's own `times` wrote (in
# the main shell: a function run in $(...) would see its own children only)
children_ticks() {
    tail -n 1 "$1" | awk -v hz="$(getconf CLK_TCK)" '{
        s = 0
        for (i = 1; i <= 2; i++) { split($i, a, "m"); sub("s", "", a[2]); s += a[1] * 60 + a[2] }
        printf "%d\n", s * hz }'
}

: > "$TMP/results"
run_wrk() { # ROW SERVER URL PATHS THREADS CONNS ROUND
    local row=$1 srv=$2 url=$3 paths=$4 t=$5 c=$6 round=$7 pid
    case $srv in amity) pid=$AMITY_PID ;; amity0) pid=$Z_PID ;; nginx) pid=$N_PID ;; flask) pid=$F_PID ;; fastapi) pid=$Q_PID ;; esac
    local m0 s0 w0 m1 s1 w1 out
    read -r m0 a0 < <(machine_ticks)
    s0=$(tree_ticks "$pid")
    times > "$TMP/times0"
    out=$(wrk -t "$t" -c "$c" -d "${DURATION}s" --timeout 10s -s bench/speed.lua "$url" -- "$paths" | grep '^speed:') ||
        die "wrk failed on $srv $row"
    times > "$TMP/times1"
    s1=$(tree_ticks "$pid")
    w0=$(children_ticks "$TMP/times0")
    w1=$(children_ticks "$TMP/times1")
    read -r m1 a1 < <(machine_ticks)
    # what neither the server nor wrk used, in % of one core
    local other
    other=$(awk -v b=$((m1 - m0)) -v a=$((a1 - a0)) -v s=$((s1 - s0)) -v w=$((w1 - w0)) -v n="$CORES" \
        'BEGIN { o = (b - s - w) / (a > 0 ? a : 1) * 100 * n; printf "%.0f", o < 0 ? 0 : o }')
    local rps p50 p99 err non
    rps=$(echo "$out" | awk '{print $9}'); p50=$(echo "$out" | awk '{print $11}'); p99=$(echo "$out" | awk '{print $13}')
    err=$(echo "$out" | awk '{print $5}'); non=$(echo "$out" | awk '{print $7}')
    echo "$row $srv $round $rps $p50 $p99 $err $non $other" >> "$TMP/results"
    printf '  round %d  %-10s %-8s %9.1f req/s  p50 %8.3f ms  p99 %8.3f ms  errors %s non-2xx %s  others %s%%\n' \
        "$round" "$row" "$srv" "$rps" "$p50" "$p99" "$err" "$non" "$other" >&2
}
url_of() { case $1 in amity) echo "$A_URL" ;; amity0) echo "$Z_URL" ;; nginx) echo "$N_URL" ;; flask) echo "$F_URL" ;; fastapi) echo "$Q_URL" ;; esac; }
turn() { # ROUND WORDS...: the words, turned by the round
    local r=$1; shift
    local a=("$@") n=$# i
    for ((i = 0; i < n; i++)); do echo "${a[$(((i + r - 1) % n))]}"; done
}

say "speed: $ROUNDS rounds of wrk -t$THREADS -c$CONNS -d${DURATION}s (about $((ROUNDS * 13 * DURATION / 60 + 1)) minutes)"
for r in $(seq "$ROUNDS"); do
    for s in $(turn "$r" amity amity0 nginx flask fastapi); do
        run_wrk city "$s" "$(url_of "$s")" "$TMP/paths.city" "$THREADS" "$CONNS" "$r"
    done
    for s in $(turn "$r" amity amity0 flask fastapi); do
        run_wrk search "$s" "$(url_of "$s")" "$TMP/paths.q" "$THREADS" "$CONNS" "$r"
    done
    for s in $(turn "$r" amity amity0); do
        run_wrk ptn "$s" "$(url_of "$s")" "$TMP/paths.ptn" "$THREADS" "$CONNS" "$r"
    done
    run_wrk sugg amity "$A_URL" "$TMP/paths.sugg" "$THREADS" "$CONNS" "$r"
    run_wrk sugg1 amity "$A_URL" "$TMP/paths.sugg" 1 1 "$r"
done
RSS_LOAD=$(rss_kb "$AMITY_PID")
RSS_LOAD_PARTS=$(rss_parts "$AMITY_PID")

# ---- the graph page after a change -----------------------------------------

say "speed: graph/top?by=betweenness before and after a change"
G="$A_URL/api/v1/graph/top?by=betweenness"
gtime() { curl -s -o "$TMP/g.$1" -w '%{http_code} %{time_total}\n' "$G"; }
ms() { awk -v t="$1" 'BEGIN {printf "%.1f", t * 1000}'; }
# what a reply says of its figures: "stale computed_at items" (stale and
# computed_at are "-" where the reply has no such field)
gstate() {
    local st ca
    st=$(grep -o '"stale":[a-z]*' "$1" | head -n 1 | cut -d: -f2)
    ca=$(grep -o '"computed_at":"[^"]*"' "$1" | head -n 1 | cut -d'"' -f4)
    echo "${st:--} ${ca:--} $(grep -o '"rank":' "$1" | wc -l)"
}
# seconds until the reply has fresh figures other than those of FILE (up to
# 120 s): not stale, computed anew (or, without those fields, another body)
wait_fresh() {
    local t0 st ca n ost oca on
    read -r ost oca on < <(gstate "$1")
    t0=$(date +%s.%N)
    for _ in $(seq 1200); do
        curl -s -o "$TMP/g.poll" "$G"
        read -r st ca n < <(gstate "$TMP/g.poll")
        if { [ "$st" = false ] && [ "$ca" != "$oca" ]; } || { [ "$st" = - ] && ! cmp -s "$TMP/g.poll" "$1"; }; then
            echo "$t0 $(date +%s.%N)" | awk '{printf "%.2f\n", $2 - $1}'
            return
        fi
        sleep 0.1
    done
    echo "over 120"
}
read -r c G_COLD < <(gtime cold); [ "$c" = 200 ] || die "graph/top answered $c"
read -r COLD_STALE _ COLD_N < <(gstate "$TMP/g.cold")
if [ "$COLD_STALE" = true ]; then G_FIRST_FRESH=$(wait_fresh "$TMP/g.cold"); else G_FIRST_FRESH=0; fi
read -r c G_WARM < <(gtime warm)
read -r WARM_STALE WARM_AT WARM_N < <(gstate "$TMP/g.warm")
TOKEN=$(curl -s -H 'Content-Type: application/json' -d '{"username":"admin","password":"amity-demo"}' \
    "$A_URL/api/v1/sessions" | sed -n 's/.*"token":"\([0-9a-f]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "could not sign in as the demo admin"
# two cities of the sample that are not partners yet
PAIR=$(sqlite3 "$WORK" "SELECT a.id || ' ' || b.id FROM city a, city b WHERE a.id IN ($(head -n 20 "$TMP/cities.txt" | paste -sd,))
    AND b.id IN ($(head -n 20 "$TMP/cities.txt" | paste -sd,)) AND a.id < b.id AND NOT EXISTS (SELECT 1 FROM partnership p
    WHERE (p.a_city_id = a.id AND p.b_city_id = b.id) OR (p.a_city_id = b.id AND p.b_city_id = a.id)) LIMIT 1")
read -r PA PB <<< "$PAIR"
read -r c G_POST < <(curl -s -o "$TMP/g.post" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"party_a\":{\"city_id\":$PA},\"party_b\":{\"city_id\":$PB},\"kind\":\"friendship\",\"status\":\"signed\"}" \
    "$A_URL/api/v1/partnerships")
[ "$c" = 201 ] || die "adding a partnership answered $c: $(cat "$TMP/g.post")"
read -r c G_AFTER < <(gtime after)
read -r AFTER_STALE AFTER_AT AFTER_N < <(gstate "$TMP/g.after")
G_NEW=$(wait_fresh "$TMP/g.warm")
case $AFTER_STALE in
    true) G_STATE="it answered at once with the previous figures ($AFTER_N cities, marked stale), the fresh ones came ${G_NEW} s after the change" ;;
    false) G_STATE="it answered with fresh figures ($AFTER_N cities)" ;;
    *) if cmp -s "$TMP/g.after" "$TMP/g.warm"; then G_STATE="it answered with the previous figures, new ones came ${G_NEW} s after the change"
       else G_STATE="it answered with new figures"; fi ;;
esac
case $AFTER_STALE in
    true) G_NOTE="the previous figures, marked stale; fresh after $G_NEW s" ;;
    false) G_NOTE="fresh figures" ;;
    *) G_NOTE="the reply says nothing of staleness" ;;
esac
G_COLD_NOTE="$COLD_N cities"
[ "$COLD_STALE" = true ] && G_COLD_NOTE="$G_COLD_NOTE, marked stale: being computed; fresh after $G_FIRST_FRESH s"
echo "graph/top?by=betweenness: the first ever GET $(ms "$G_COLD") ms ($G_COLD_NOTE); warm $(ms "$G_WARM") ms;" \
    "partnership $PA-$PB added in $(ms "$G_POST") ms; the first GET after it $(ms "$G_AFTER") ms: $G_STATE"
RSS_END=$(rss_kb "$AMITY_PID")
HWM_END=$(hwm_kb "$AMITY_PID")
RSS_END_PARTS=$(rss_parts "$AMITY_PID")
echo "amity's memory: VmRSS after start $((RSS_START / 1024)) MiB ($RSS_START_PARTS), after the load rounds" \
    "$((RSS_LOAD / 1024)) MiB ($RSS_LOAD_PARTS), after the graph too $((RSS_END / 1024)) MiB ($RSS_END_PARTS;" \
    "peak, VmHWM: $((HWM_END / 1024)) MiB)"
echo "busy in the last second (servers idle): $(others_now)"

# The servers go: the rows below are one process each.
for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
PIDS=()

# ---- good-practice search and the import (their own benchmarks) ------------

if [ "${PRACTICES:-1}" != 0 ]; then
    say "speed: good-practice search (bench/practices.sh; builds its corpus once, about two minutes)"
    BENCH_DB=$PRACTICES_DB ROUNDS=$PRACTICE_ROUNDS PRACTICES=100000 bench/practices.sh "$BUILD" > "$TMP/practices.out" 2>"$TMP/practices.err" ||
        die "bench/practices.sh failed: $(tail -n 3 "$TMP/practices.err")"
    echo
    cat "$TMP/practices.out"
fi
if [ "${IMPORT:-1}" != 0 ]; then
    say "speed: the whole real import (bench/import.sh, $ROUNDS runs)"
    RUNS=$ROUNDS bench/import.sh "$BUILD" > "$TMP/import.out" 2>&1 || die "bench/import.sh failed: $(tail -n 3 "$TMP/import.out")"
    echo
    cat "$TMP/import.out"
fi

# ---- the figures ------------------------------------------------------------

# median of a column (4 req/s, 5 p50, 6 p99, 9 others) of one row and server
med() {
    awk -v row="$1" -v srv="$2" -v col="$3" '$1 == row && $2 == srv {print $col}' "$TMP/results" |
        sort -g | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]; else print "nan"}'
}
mean_others() {
    awk -v row="$1" '$1 == row {s += $9; n++; if ($9 > m) m = $9} END {printf "%.0f%% (max %.0f%%)", n ? s / n : 0, m}' "$TMP/results"
}
errors_of() {
    awk -v row="$1" '$1 == row && ($7 + $8) > 0 {printf "%s%s round %s: %d errors, %d non-2xx", sep, $2, $3, $7, $8; sep = "; "}' "$TMP/results"
}
fmt_load() { # ROW SERVER: "R req/s (p50 A ms, p99 B ms)"
    awk -v r="$(med "$1" "$2" 4)" -v a="$(med "$1" "$2" 5)" -v b="$(med "$1" "$2" 6)" \
        'BEGIN {printf "%.0f req/s (p50 %.2f ms, p99 %.2f ms)", r, a, b}'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f×", a / b; else print "—"}'; }
met() { awk -v x="$1" -v op="$2" -v g="$3" 'BEGIN {ok = op == ">=" ? x >= g : x < g; print ok ? "met" : "**not met**"}'; }

echo
echo "## amity speed (bench/speed.sh): $CORES cores, wrk -t$THREADS -c$CONNS -d${DURATION}s, median of $ROUNDS rounds"
echo
echo "| request | amity | reference | ratio | goal | | others' CPU |"
echo "|---|---|---|---|---|---|---|"
row() { printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }
# each load row twice: amity as it ships, and with its reply cache off
variant() { case $1 in amity) echo "" ;; amity0) echo ", reply cache off" ;; esac; }
for a in amity amity0; do
    for peer in nginx flask fastapi; do
        case $peer in nginx) ref="nginx, the same bytes as static files"; goal=0.6 ;;
            flask) ref="Flask peer (gunicorn -w 2)"; goal=10 ;; fastapi) ref="FastAPI peer (uvicorn --workers 2)"; goal=10 ;; esac
        x=$(awk -v a="$(med city "$a" 4)" -v b="$(med city "$peer" 4)" 'BEGIN {print (b > 0 ? a / b : 0)}')
        row "GET /api/v1/cities/{id}, $NCITIES cities$(variant "$a")" "$(fmt_load city "$a")" "$ref: $(fmt_load city "$peer")" \
            "$(ratio "$(med city "$a" 4)" "$(med city "$peer" 4)")" "≥ ${goal}× $peer" "$(met "$x" ">=" "$goal")" "$(mean_others city)"
    done
done
for a in amity amity0; do
    for peer in flask fastapi; do
        x=$(awk -v a="$(med search "$a" 4)" -v b="$(med search "$peer" 4)" 'BEGIN {print (b > 0 ? a / b : 0)}')
        row "GET /api/v1/cities?q=ber$(variant "$a")" "$(fmt_load search "$a")" "$peer peer: $(fmt_load search "$peer")" \
            "$(ratio "$(med search "$a" 4)" "$(med search "$peer" 4)")" "≥ 10× $peer" "$(met "$x" ">=" 10)" "$(mean_others search)"
    done
done
for a in amity amity0; do
    # against the city page of the same variant
    x=$(awk -v a="$(med ptn "$a" 4)" -v b="$(med city "$a" 4)" 'BEGIN {print (b > 0 ? a / b : 0)}')
    row "GET /api/v1/partnerships?country=IT&limit=20$(variant "$a")" "$(fmt_load ptn "$a")" \
        "the city page$(variant "$a"): $(printf '%.0f' "$(med city "$a" 4)") req/s" \
        "$(ratio "$(med ptn "$a" 4)" "$(med city "$a" 4)")" "≥ 0.3× the city page" "$(met "$x" ">=" 0.3)" "$(mean_others ptn)"
done
row "partner-suggestions, in the library" "p50 $(lib_field p50_ms) ms (p99 $(lib_field p99_ms) ms; first call $(lib_field first_ms) ms)" "—" "—" \
    "< 1 ms" "$(met "$(lib_field p50_ms)" "<" 1)" "—"
S1=$(med sugg1 amity 5)
row "partner-suggestions, over HTTP, one connection" "p50 $(printf '%.2f' "$S1") ms (p99 $(printf '%.2f' "$(med sugg1 amity 6)") ms, $(printf '%.0f' "$(med sugg1 amity 4)") req/s)" "—" "—" \
    "< 3 ms" "$(met "$S1" "<" 3)" "$(mean_others sugg1)"
row "partner-suggestions, under load ($CONNS connections)" "$(fmt_load sugg amity)" "—" "—" "(measured)" "" "$(mean_others sugg)"
if [ -s "$TMP/practices.out" 2>/dev/null ]; then
    # the slowest p50 of the four kinds of query with two facets, beside its bare match
    P=$(awk -F'|' '/\+ 2 facets/ {split($3, l, " "); split($2, m, " "); if (l[1] > w) {w = l[1]; f = m[1]; b = m[2]; k = $1}}
        END {sub(/ +[0-9]+ *$/, "", k); printf "%s|%s|%s|%s", w, f, b, k}' "$TMP/practices.out")
    IFS='|' read -r PW PF PB PK <<< "$P"
    row "good-practice search, 100,000 synthetic practices, 2 facets" "p50 $PW ms (the slowest kind: $PK)" \
        "bare FTS5 match $PF ms (with bm25 $PB ms)" "$(ratio "$PW" "$PF")" "p50 < 2 ms" "$(met "$PW" "<" 2)" "—"
fi
if [ -s "$TMP/import.out" 2>/dev/null ]; then
    IA=$(awk '/amity, all/ {print $(NF - 3)}' "$TMP/import.out"); IF=$(awk '/sqlite3 .import/ {print $(NF - 5)}' "$TMP/import.out")
    IR=$(awk '/amity, all/ {print $3}' "$TMP/import.out")
    row "the whole real import ($IR rows)" "$IA s" "sqlite3 .import of the same rows: $IF s" "$(ratio "$IA" "$IF")" "< 5 s" "$(met "$IA" "<" 5)" "—"
fi
row "server memory after the real data and a mixed load" "VmRSS $((RSS_END / 1024)) MiB: $RSS_END_PARTS (after the wrk rounds $((RSS_LOAD / 1024)) MiB; peak $((HWM_END / 1024)) MiB)" \
    "VmRSS after start: $((RSS_START / 1024)) MiB" "$(ratio "$RSS_END" "$RSS_START")" "< 64 MiB" "$(met "$RSS_END" "<" 65536)" "—"
GA=$(awk -v t="$G_AFTER" 'BEGIN {printf "%.1f", t * 1000}'); GW=$(awk -v t="$G_WARM" 'BEGIN {printf "%.1f", t * 1000}')
row "graph/top?by=betweenness, the first GET after a partnership is added" "$GA ms ($G_NOTE)" "the same GET warm: $GW ms" \
    "$(ratio "$GA" "$GW")" "a reader never waits (< 100 ms)" "$(met "$GA" "<" 100)" "—"
echo
echo "Machine: $CORES cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), load average $LOAD_START at the start. Others' CPU: what neither the server under test nor wrk used during the runs, in % of one core (mean, max over the runs; up to $((CORES * 100))%)."
echo "SQL: $SQL_CHECK"
echo "Bodies: $(awk '{printf "%s%s %d of '"$NCITIES"' city pages differ, search %s", sep, $1, $2, $3; sep = "; "} ' "$TMP/bodies")."
E=$(for r in city search ptn sugg sugg1; do errors_of "$r"; done)
[ -z "$E" ] || echo "wrk errors: $E."
