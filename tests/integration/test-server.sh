#!/usr/bin/env bash
# Starts or stops the FerretDB test server for CTest's fixture.
#   test-server.sh start STATE_DIR   -> FerretDB (SQLite backend) on 127.0.0.1:<free port>,
#                                       fresh data under STATE_DIR, URI in STATE_DIR/uri
#   test-server.sh stop STATE_DIR    -> stops it and removes STATE_DIR
#   test-server.sh kill STATE_DIR    -> SIGKILLs it (for crash tests)
#   test-server.sh restart STATE_DIR -> starts it again on the same port and data (after kill)
# With LIFEBOAT_TEST_MONGODB_URI set, tests use that server instead and this does nothing.
set -euo pipefail
cmd=${1:?start|stop}
state=${2:?state dir}
cache=${LIFEBOAT_CACHE:-$HOME/.cache/lifeboat}
ferretdb=${LIFEBOAT_FERRETDB:-$cache/bin/ferretdb}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$cmd" in
start)
  if [ -n "${LIFEBOAT_TEST_MONGODB_URI:-}" ]; then
    mkdir -p "$state"; printf '%s\n' "$LIFEBOAT_TEST_MONGODB_URI" > "$state/uri"; exit 0
  fi
  [ -x "$ferretdb" ] || { echo "FerretDB not found at $ferretdb: run scripts/setup" >&2; exit 1; }
  if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
    kill "$(cat "$state/pid")" || true
  fi
  rm -rf "$state"; mkdir -p "$state/data"
  for attempt in 1 2 3 4 5; do
    port=$(free_port); debug=$(free_port)
    setsid "$ferretdb" --handler=sqlite --sqlite-url="file:$state/data/" --state-dir="$state" \
      --listen-addr="127.0.0.1:$port" --debug-addr="127.0.0.1:$debug" --telemetry=disable \
      --log-level=warn > "$state/ferretdb.log" 2>&1 < /dev/null &
    echo $! > "$state/pid"
    for _ in $(seq 1 100); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        printf 'mongodb://127.0.0.1:%s/\n' "$port" > "$state/uri"
        echo "FerretDB ready at 127.0.0.1:$port (pid $(cat "$state/pid"))"
        exit 0
      fi
      kill -0 "$(cat "$state/pid")" 2>/dev/null || break
      sleep 0.1
    done
    kill "$(cat "$state/pid")" 2>/dev/null || true
    echo "FerretDB did not start on port $port (attempt $attempt):" >&2; tail -5 "$state/ferretdb.log" >&2 || true
  done
  exit 1
  ;;
restart)
  # The same server back after a crash: same port, same data.
  port=$(sed -n 's|^mongodb://127.0.0.1:\([0-9]*\)/$|\1|p' "$state/uri")
  [ -n "$port" ] || { echo "no port in $state/uri" >&2; exit 1; }
  for attempt in 1 2 3 4 5; do
    debug=$(free_port)
    setsid "$ferretdb" --handler=sqlite --sqlite-url="file:$state/data/" --state-dir="$state" \
      --listen-addr="127.0.0.1:$port" --debug-addr="127.0.0.1:$debug" --telemetry=disable \
      --log-level=warn >> "$state/ferretdb.log" 2>&1 < /dev/null &
    echo $! > "$state/pid"
    for _ in $(seq 1 100); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "FerretDB back at 127.0.0.1:$port (pid $(cat "$state/pid"))"; exit 0
      fi
      kill -0 "$(cat "$state/pid")" 2>/dev/null || break
      sleep 0.05
    done
    echo "FerretDB did not restart on port $port (attempt $attempt)" >&2
  done
  exit 1
  ;;
kill)
  # Abrupt death, as in a crash: SIGKILL, no shutdown.
  [ -f "$state/pid" ] && kill -9 "$(cat "$state/pid")" 2>/dev/null || true
  ;;
stop)
  if [ -f "$state/pid" ]; then
    pid=$(cat "$state/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$state"
  ;;
*) echo "usage: $0 start|stop|kill|restart STATE_DIR" >&2; exit 2 ;;
esac
