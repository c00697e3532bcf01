#!/usr/bin/env bash
# Private PostgreSQL and Redis instances for the tests: installed with apt when missing, started on free
# loopback ports with throw-away data directories.
#   eng/services.sh start DIR   -> starts both, writes DIR/env (export lines the tests read)
#   eng/services.sh stop DIR    -> stops both and removes DIR
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

install_missing() {
  local want=()
  [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || want+=(postgresql)
  command -v redis-server >/dev/null || want+=(redis-server)
  [ ${#want[@]} -eq 0 ] && return 0
  echo "installing ${want[*]} with apt" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${want[@]}" >&2
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $(( 20000 + RANDOM % 20000 ))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

start() {
  local dir=$1
  install_missing
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  trap 'echo "starting the test services failed; logs:" >&2; tail -n 20 "$dir"/*.log >&2 2>/dev/null' ERR
  local bin; bin=$(pg_bin)
  local pg_port redis_port; pg_port=$(free_port); redis_port=$(free_port)
  local run_as=()
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: run it as the 'postgres' system user the package creates.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"; run_as=(runuser -u postgres --)
  fi
  "${run_as[@]}" "$bin/initdb" -D "$dir/pg" -U tenderhall --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
  "${run_as[@]}" "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -w \
    -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on" start >/dev/null
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$dir" --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save "" --appendonly no >/dev/null
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  cat >"$dir/env" <<ENV
export TENDERHALL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=tenderhall;Database=postgres;Pooling=true;Maximum Pool Size=100"
export TENDERHALL_TEST_REDIS="127.0.0.1:$redis_port"
ENV
  echo "PostgreSQL on 127.0.0.1:$pg_port, Redis on 127.0.0.1:$redis_port ($dir/env)" >&2
}

stop() {
  local dir=$1
  [ -d "$dir" ] || return 0
  local bin; bin=$(pg_bin)
  if [ -f "$dir/pg/postmaster.pid" ]; then
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null || true
    else "$bin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null || true; fi
  fi
  [ -f "$dir/redis.pid" ] && kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:?directory}" ;;
  stop) stop "${2:?directory}" ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
