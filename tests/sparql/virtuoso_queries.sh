#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: virtuoso_queries.sh DATA_DIR QUERIES_DIR
#
# Starts a private Virtuoso Open Source server (Debian virtuoso-opensource:
# virtuoso-t, isql-vt) on 127.0.0.1 with its own temporary database directory, its
# own virtuoso.ini and random free ports (never the system instance's 1111/8890),
# bulk-loads DATA_DIR/graph.ttl (and graph.nt, graph.nq when present) with
# ld_dir + rdf_loader_run, checks DB.DBA.LOAD_LIST for load errors, then posts every
# QUERIES_DIR/*.rq to its SPARQL endpoint (http://127.0.0.1:PORT/sparql) with curl
# (or, where curl is not installed, Python's urllib)
# and compares the JSON answer with QUERIES_DIR/<name>.expected.tsv
# (compare_results.py; the format is described in oxigraph_queries.mjs).
#
# Turtle and N-Triples each go into a graph of their own, named in the request's
# default-graph-uri. N-Quads keeps the files' graph names and is queried without a
# default-graph-uri, which in Virtuoso means the union of all graphs (the Turtle and
# N-Triples graphs are cleared first). A query marked `# datasets: nq` runs only on
# the formats it names.
#
# The server is always shut down and its directory removed (trap on EXIT), also on
# failure or interruption. Environment: VIRTUOSO_START_TIMEOUT (seconds, default
# 90), KEEP_VIRTUOSO_DIR=1 keeps the directory for inspection.
# Exit status: 0 all answers right; 1 a wrong answer or a server/load error (with
# the server log); 77 (CTest skip) when Virtuoso or python3 is missing and CI
# is not set (under CI a missing tool fails, as in tests/e2e/need.sh).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: virtuoso_queries.sh DATA_DIR QUERIES_DIR" >&2
  exit 2
fi
data_dir=$(cd "$1" && pwd)
queries_dir=$(cd "$2" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
start_timeout=${VIRTUOSO_START_TIMEOUT:-90}

in_ci() { [[ -n "${CI:-}" && "${CI}" != false && "${CI}" != 0 ]]; }

python=/usr/bin/python3
[[ -x $python ]] || python=$(command -v python3 || true)
missing=()
for tool in virtuoso-t isql-vt timeout; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[[ -n $python ]] || missing+=(python3)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "missing: ${missing[*]} (Debian packages: virtuoso-opensource for virtuoso-t and isql-vt," \
       "python3, coreutils; scripts/setup.sh --test installs them)"
  if in_ci; then
    echo "FAIL: CI is set, so a missing tool is an error"
    exit 1
  fi
  echo "SKIP: Virtuoso test not run"
  exit 77
fi
if [[ ! -s $data_dir/graph.ttl ]]; then
  echo "FAIL: $data_dir/graph.ttl is missing or empty (the sparql/build test writes it)"
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/orgkg-virtuoso.XXXXXX")
server_pid=
sql_port=
http_port=
t0=$SECONDS

stop_server() {
  [[ -n $server_pid ]] || return 0
  if kill -0 "$server_pid" 2>/dev/null; then
    timeout 20 isql-vt "127.0.0.1:$sql_port" dba dba exec='shutdown;' >/dev/null 2>&1 || true
    for _ in $(seq 40); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.25
    done
    if kill -0 "$server_pid" 2>/dev/null; then
      echo "Virtuoso did not shut down; sending SIGTERM to $server_pid"
      kill -TERM "$server_pid" 2>/dev/null || true
      sleep 2
      kill -KILL "$server_pid" 2>/dev/null || true
    fi
  fi
  wait "$server_pid" 2>/dev/null || true
  server_pid=
}
cleanup() {
  local rc=$?
  stop_server
  if [[ ${KEEP_VIRTUOSO_DIR:-0} == 1 ]]; then
    echo "kept $work"
  else
    rm -rf -- "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT
trap 'echo "terminated"; exit 143' TERM

show_log() {
  echo "--- Virtuoso log (last 40 lines of $work/db/virtuoso.log):"
  tail -n 40 "$work/db/virtuoso.log" 2>/dev/null || echo "(no log)"
  if [[ ! -s $work/db/virtuoso.log ]]; then
    echo "--- virtuoso-t stdout/stderr:"
    tail -n 40 "$work/server.out" 2>/dev/null || true
  fi
  echo "---"
}
die() {
  echo "FAIL: $*"
  show_log
  exit 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pick_port() {
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 30000))
    if ! port_in_use "$p" && [[ $p != "${sql_port:-}" ]]; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

write_ini() {
  cat >"$work/virtuoso.ini" <<EOF
; orgkg test instance: private database, loopback only, non-default ports
[Database]
DatabaseFile       = $work/db/virtuoso.db
ErrorLogFile       = $work/db/virtuoso.log
LockFile           = $work/db/virtuoso.lck
TransactionFile    = $work/db/virtuoso.trx
xa_persistent_file = $work/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $work/db/virtuoso-temp.db
TransactionFile    = $work/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:$sql_port
DisableUnixSocket  = 1
DirsAllowed        = ., $work/data
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
ThreadsPerQuery    = 2
AsyncQueueMaxThreads = 2
CheckpointInterval = 0
MaxQueryMem        = 256M

[HTTPServer]
ServerPort           = 127.0.0.1:$http_port
ServerRoot           = $work/vsp
MaxClientConnections = 4
ServerThreads        = 4
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
EOF
}

# post_query QUERY_FILE OUT_FILE TIMEOUT [DEFAULT_GRAPH]: POSTs the query (SPARQL 1.1
# protocol, form-encoded) to $endpoint asking for JSON results, writes the body to
# OUT_FILE and prints the HTTP status (000 when there was no answer).
post_query() {
  if command -v curl >/dev/null 2>&1; then
    local args=(--data-urlencode "query@$1")
    [[ -n ${4:-} ]] && args+=(--data-urlencode "default-graph-uri=$4")
    curl -sS --max-time "$3" -o "$2" -w '%{http_code}' \
         -H 'Accept: application/sparql-results+json' "${args[@]}" "$endpoint"
  else
    "$python" - "$endpoint" "$1" "$2" "$3" "${4:-}" <<'PY'
import sys, urllib.error, urllib.parse, urllib.request
endpoint, query_file, out_file, timeout, graph = sys.argv[1:]
form = {"query": open(query_file, encoding="utf-8").read()}
if graph:
    form["default-graph-uri"] = graph
request = urllib.request.Request(endpoint, urllib.parse.urlencode(form).encode(),
                                 {"Accept": "application/sparql-results+json"})
try:
    with urllib.request.urlopen(request, timeout=float(timeout)) as response:
        status, body = response.status, response.read()
except urllib.error.HTTPError as e:
    status, body = e.code, e.read()
except OSError as e:
    status, body = 0, str(e).encode()
open(out_file, "wb").write(body)
print(f"{status:03d}", end="")
PY
  fi
}

sql() {  # sql STATEMENTS: runs them with isql-vt, fails on any "*** Error"
  local out
  out=$(timeout 120 isql-vt "127.0.0.1:$sql_port" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF \
        exec="$1" 2>&1) || die "isql-vt failed on: $1"$'\n'"$out"
  if grep -q '\*\*\* Error' <<<"$out"; then
    die "SQL error in: $1"$'\n'"$out"
  fi
  printf '%s' "$out"
}

# Start the server, retrying on fresh ports if another process takes ours meanwhile.
endpoint=
for attempt in 1 2 3; do
  sql_port=$(pick_port) || die "no free port found"
  http_port=$(pick_port) || die "no free port found"
  rm -rf -- "$work/db" "$work/vsp"
  mkdir -p "$work/db" "$work/vsp" "$work/data"
  write_ini
  endpoint="http://127.0.0.1:$http_port/sparql"
  echo "starting $(virtuoso-t -? 2>&1 | sed -n 2p | tr -s ' ') (attempt $attempt)," \
       "SQL 127.0.0.1:$sql_port, HTTP $endpoint, database $work/db"
  (cd "$work/db" && exec virtuoso-t +configfile "$work/virtuoso.ini" +foreground) \
    >"$work/server.out" 2>&1 &
  server_pid=$!
  deadline=$((SECONDS + start_timeout))
  ready=0
  while ((SECONDS < deadline)); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      break
    fi
    if timeout 10 isql-vt "127.0.0.1:$sql_port" dba dba exec='status();' >/dev/null 2>&1 &&
       [[ $(post_query <(echo 'ASK {}') "$work/ask.json" 10 2>/dev/null) == 200 ]]; then
      ready=1
      break
    fi
    sleep 0.5
  done
  if ((ready)); then
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null &&
     grep -qiE 'address already in use|failed to start listening|cannot bind' \
       "$work/db/virtuoso.log" "$work/server.out" 2>/dev/null && ((attempt < 3)); then
    echo "port taken meanwhile; retrying on other ports"
    server_pid=
    continue
  fi
  if kill -0 "$server_pid" 2>/dev/null; then
    die "Virtuoso did not answer on 127.0.0.1:$sql_port and $endpoint within ${start_timeout}s" \
        "(VIRTUOSO_START_TIMEOUT)"
  fi
  die "virtuoso-t exited during startup"
done
echo "server up in $((SECONDS - t0))s"

failures=0
checks=0
tested=()
graph_base="https://w3id.org/orgkg/test"

run_queries() {  # run_queries FORMAT [DEFAULT_GRAPH]
  local format=$1 graph=${2:-} file name expected datasets http
  for file in "$queries_dir"/*.rq; do
    name=$(basename "$file" .rq)
    datasets=$(sed -n 's/^#[[:space:]]*datasets:[[:space:]]*//p' "$file" | head -n 1)
    if [[ -n $datasets && " $datasets " != *" $format "* ]]; then
      continue
    fi
    checks=$((checks + 1))
    expected="$queries_dir/$name.expected.tsv"
    if [[ ! -f $expected ]]; then
      echo "FAIL [$format] $name.rq: no $expected"
      failures=$((failures + 1))
      continue
    fi
    http=$(post_query "$file" "$work/result.json" 60 "$graph") || http=000
    if [[ $http != 200 ]]; then
      echo "FAIL [$format] $name.rq: HTTP $http from $endpoint:"
      head -c 2000 "$work/result.json" 2>/dev/null || true
      echo
      failures=$((failures + 1))
      continue
    fi
    "$python" "$here/compare_results.py" "$expected" "$work/result.json" "[$format] $name.rq" ||
      failures=$((failures + 1))
  done
}

load() {  # load FORMAT GRAPH: bulk-loads DATA_DIR/graph.FORMAT, GRAPH for triples
  local format=$1 graph=$2 dir="$work/data/$1" t=$SECONDS bad
  mkdir -p "$dir"
  cp -- "$data_dir/graph.$format" "$dir/"
  sql "ld_dir('$dir', 'graph.$format', '$graph'); rdf_loader_run(); checkpoint;" >/dev/null
  bad=$(sql "SELECT ll_file, ll_state, ll_error FROM DB.DBA.LOAD_LIST
             WHERE ll_file LIKE '$dir/%' AND (ll_state <> 2 OR ll_error IS NOT NULL);")
  if [[ -n ${bad//[[:space:]]/} ]]; then
    die "Virtuoso could not load $data_dir/graph.$format: $bad"
  fi
  if ! sql "SELECT ll_file FROM DB.DBA.LOAD_LIST WHERE ll_file LIKE '$dir/%';" | grep -q .; then
    die "ld_dir found no $dir/graph.$format (DirsAllowed?)"
  fi
  echo "$format: loaded $data_dir/graph.$format in $((SECONDS - t))s"
}

count() {  # count GRAPH: triples in GRAPH
  sql "SPARQL SELECT COUNT(*) FROM <$1> WHERE { ?s ?p ?o };" | tr -d '[:space:]'
}

for format in ttl nt; do
  if [[ ! -f $data_dir/graph.$format ]]; then
    echo "NOTE: $data_dir/graph.$format not present (orgkg does not write it yet): $format not tested"
    continue
  fi
  load "$format" "$graph_base/$format"
  triples=$(count "$graph_base/$format")
  echo "$format: $triples triples in <$graph_base/$format>"
  if [[ -f $data_dir/graph.nt ]]; then  # graph.nt holds one triple per line
    lines=$(grep -c . "$data_dir/graph.nt")
    if [[ $triples != "$lines" ]]; then
      echo "FAIL [$format]: Virtuoso holds $triples triples, graph.nt has $lines"
      failures=$((failures + 1))
    fi
  fi
  tested+=("$format")
  run_queries "$format" "$graph_base/$format"
  sql "SPARQL CLEAR GRAPH <$graph_base/$format>;" >/dev/null
done

if [[ -f $data_dir/graph.nq ]]; then
  load nq "$graph_base/nq-default"
  echo "nq: $(sql "SPARQL SELECT COUNT(DISTINCT ?g) WHERE { GRAPH ?g { ?s ?p ?o }
                    FILTER (STRSTARTS(STR(?g), \"https://w3id.org/orgkg/\")) };" | tr -d '[:space:]') graphs"
  tested+=(nq)
  run_queries nq
else
  echo "NOTE: $data_dir/graph.nq not present (orgkg does not write it yet): nq not tested"
fi

echo "$checks query answer(s) checked on ${tested[*]:-nothing} in $((SECONDS - t0))s; $failures failure(s)"
if ((failures > 0)); then
  show_log
  exit 1
fi
exit 0
