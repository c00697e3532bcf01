#!/usr/bin/env bash
# Fault drills of issue 11 (docs/reliability.md): a surge of bids while one fault strikes, then recovery, then a check
# that every receipted bid is in the box. Cluster drills run two silos on private PostgreSQL and Redis instances
# (eng/services.sh); the embedded drill runs one silo on SQLite. Tokens are signed with a test authority key created for
# the run (TenderHall:Auth:TestAuthorityKey). The driver is `faults run` of tests/TenderHall.Benchmarks.
#   eng/faults.sh [drill ...]     drills: none kill-silo postgres-restart redis-stop sqlite-locked (default: all)
# Environment: FAULTS_BIDDERS (200), FAULTS_SIZE (65536 bytes), FAULTS_REPORT (file the table rows are appended to).
# Ends with the table; exit code 0 only when every drill passed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
api_dir="$root/TenderHall.Api/bin/Release/net10.0"
driver="$root/tests/TenderHall.Benchmarks/bin/Release/net10.0/TenderHall.Benchmarks.dll"

# --- helpers the drills' fault and recovery commands call back into -------------------------------------------------

silo_start() { # WORK NAME: starts silo NAME with the settings in WORK/NAME.env and waits until it is ready
  local work=$1 name=$2
  # shellcheck disable=SC1090
  (cd "$api_dir" && set -a && . "$work/$name.env" && set +a && exec dotnet TenderHall.Api.dll >>"$work/$name.log" 2>&1) &
  echo $! >"$work/$name.pid"; disown $!
  local url; url=$(cat "$work/$name.url")
  for _ in $(seq 240); do
    curl -fs "$url/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$(cat "$work/$name.pid")" 2>/dev/null || { echo "silo $name exited; log:" >&2; tail -n 30 "$work/$name.log" >&2; return 1; }
    sleep 0.5
  done
  echo "silo $name did not become ready; log:" >&2; tail -n 30 "$work/$name.log" >&2; return 1
}

silo_stop() { # WORK NAME: stops silo NAME if it runs (SIGTERM, then waits)
  local pid; pid=$(cat "$1/$2.pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

restart_silos() { # WORK NAME...: stops every named silo, then starts them again (recovery: state comes back from storage)
  local work=$1; shift
  for name in "$@"; do silo_stop "$work" "$name"; done
  for name in "$@"; do silo_start "$work" "$name"; done
}

pg_ctl_as() { # SERVICES ARGS...: pg_ctl on the private instance, as its owner
  local services=$1; shift
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$services/pg" "$@"; else "$bin/pg_ctl" -D "$services/pg" "$@"; fi
}

redis_port() { sed -n 's/.*TENDERHALL_TEST_REDIS="127.0.0.1:\([0-9]*\)".*/\1/p' "$1/env"; }

redis_start() { # SERVICES: starts the private Redis again on its port
  local services=$1
  redis-server --port "$(redis_port "$services")" --bind 127.0.0.1 --dir "$services" --daemonize yes \
    --pidfile "$services/redis.pid" --logfile "$services/redis.log" --save "" --appendonly no >/dev/null
  for _ in $(seq 50); do redis-cli -p "$(redis_port "$services")" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}

sqlite_lock() { # FILE SECONDS: holds the database's write lock (BEGIN EXCLUSIVE), as a stuck writer or backup tool would
  python3 - "$1" "$2" <<'PY'
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], timeout=60, isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
time.sleep(float(sys.argv[2]))
con.execute("ROLLBACK")
PY
}

case "${1:-}" in
  _restart) shift; restart_silos "$@"; exit ;;
  _kill) kill -9 "$(cat "$2/$3.pid")"; exit ;;
  _pg-restart) pg_ctl_as "$2" -m fast -w restart >/dev/null; exit ;;
  _redis-stop) redis-cli -p "$(redis_port "$2")" shutdown nosave >/dev/null 2>&1 || true; exit ;;
  _redis-start) redis_start "$2"; exit ;;
  _sqlite-lock) sqlite_lock "$2" "$3"; exit ;;
esac

# --- the drills ------------------------------------------------------------------------------------------------------

drills=("$@")
[ ${#drills[@]} -gt 0 ] || drills=(none kill-silo postgres-restart redis-stop sqlite-locked)
bidders=${FAULTS_BIDDERS:-200}
size=${FAULTS_SIZE:-65536}
self="$root/eng/faults.sh"

work=$(mktemp -d "${TMPDIR:-/tmp}/tenderhall-faults.XXXXXX")
chmod 755 "$work"   # PostgreSQL runs as its own user and must reach its data directory inside
report=${FAULTS_REPORT:-$work/report.md}
cleanup() {
  for pid in "$work"/*.pid; do [ -f "$pid" ] && kill -9 "$(cat "$pid")" 2>/dev/null || true; done
  # The silos' logs outlive a failed run, for the exceptions behind its answers.
  if [ "${failed:-0}" -ne 0 ]; then logs=$(mktemp -d "${TMPDIR:-/tmp}/tenderhall-faults-logs.XXXXXX"); cp "$work"/*.log "$logs"/ 2>/dev/null; echo "silo logs: $logs" >&2; fi
  eng/services.sh stop "$work/services" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

dotnet build tests/TenderHall.Benchmarks/TenderHall.Benchmarks.csproj -c Release -nologo -v quiet >"$work/build.log" 2>&1 \
  || { tail -n 30 "$work/build.log" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

setting() { printf '%s=%q\n' "$1" "$2"; }

silo_env() { # WORK NAME PROFILE DATA: writes NAME.env and NAME.url for a silo of the drill
  local work=$1 name=$2 profile=$3 data=$4 port; port=$(free_port)
  {
    setting Urls "http://127.0.0.1:$port"
    setting Logging__LogLevel__Default Warning
    setting TenderHall__Profile "$profile"
    setting TenderHall__DataDirectory "$data"
    setting TenderHall__SiloPort "$(free_port)"
    setting TenderHall__GatewayPort "$(free_port)"
    sed 's/^export //' "$data.keys"
    if [ "$profile" = Cluster ]; then
      setting TenderHall__PostgresConnectionString "$TENDERHALL_TEST_POSTGRES"
      setting TenderHall__RedisConnectionString "$TENDERHALL_TEST_REDIS"
      setting TenderHall__ServiceId "$cluster_id"
      setting TenderHall__ClusterId "$cluster_id"
    fi
  } >"$work/$name.env"
  echo "http://127.0.0.1:$port" >"$work/$name.url"
}

drill() { # NAME SILOS [driver options...]: runs one drill and appends its row to the report
  local name=$1 silos=$2; shift 2
  local urls=()
  for silo in $silos; do urls+=(--url "$(cat "$work/$silo.url")"); done
  echo "== drill $name" >&2
  if dotnet "$driver" faults run --name "$name" --data "$work/$data_name" "${urls[@]}" --bidders "$bidders" --size "$size" \
       --report "$report" "$@"; then
    echo "== drill $name passed" >&2
  else
    echo "== drill $name FAILED" >&2; failed=$((failed + 1))
  fi
}

failed=0
cluster_drills=()
for d in "${drills[@]}"; do [ "$d" != sqlite-locked ] && cluster_drills+=("$d"); done

if [ ${#cluster_drills[@]} -gt 0 ]; then
  eng/services.sh start "$work/services"
  # shellcheck disable=SC1091
  . "$work/services/env"
  cluster_id="faults-$$"
  data_name=cluster; mkdir -p "$work/cluster"
  dotnet "$driver" faults env --data "$work/cluster" >"$work/cluster.keys"
  silo_env "$work" a Cluster "$work/cluster"; silo_env "$work" b Cluster "$work/cluster"
  silo_start "$work" a; silo_start "$work" b
  for d in "${cluster_drills[@]}"; do
    case "$d" in
      none) drill none "a b" --recover "$self _restart $work a b" ;;
      kill-silo) drill kill-silo "a b" --fault "$self _kill $work b" --recover "$self _restart $work a b" ;;
      postgres-restart) drill postgres-restart "a b" --fault "$self _pg-restart $work/services" --recover "$self _restart $work a b" ;;
      redis-stop) drill redis-stop "a b" --fault "$self _redis-stop $work/services" \
                    --recover "$self _redis-start $work/services && $self _restart $work a b" ;;
      *) echo "unknown drill '$d'" >&2; exit 2 ;;
    esac
  done
  silo_stop "$work" a; silo_stop "$work" b
fi

for d in "${drills[@]}"; do
  [ "$d" = sqlite-locked ] || continue
  data_name=embedded; mkdir -p "$work/embedded"
  dotnet "$driver" faults env --data "$work/embedded" >"$work/embedded.keys"
  silo_env "$work" e Embedded "$work/embedded"
  silo_start "$work" e
  # Held longer than the platform's SQLite busy timeout and Orleans' 30 s response timeout, so writes fail, not just wait.
  drill sqlite-locked "e" --fault "$self _sqlite-lock $work/embedded/tenderhall.db 40" --recover "$self _restart $work e"
  silo_stop "$work" e
done

echo
cat "$report"
echo
echo "fault drills: $(( ${#drills[@]} - failed )) passed, $failed failed"
[ "$failed" -eq 0 ]
