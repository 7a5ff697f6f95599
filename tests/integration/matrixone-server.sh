#!/usr/bin/env bash
# Starts or stops the MatrixOne test server (v1.2.4, scripts/build-matrixone) for CTest's fixture.
#   matrixone-server.sh start STATE_DIR [LIFEBOAT_CLI]
#       -> a standalone MatrixOne (log, TN and CN services in one process) with fresh data under
#          STATE_DIR, every listener on 127.0.0.1 and a free port, the MySQL protocol's port in
#          STATE_DIR/port and its URI (root/111) in STATE_DIR/uri, once it answers (the CLI,
#          when given, lists its snapshots: the server is ready only then).
#   matrixone-server.sh stop STATE_DIR -> stops it and removes STATE_DIR
# Without the binary: outside CI, STATE_DIR/unavailable says why and the tests skip; in CI
# (CI set) it is an error. With LIFEBOAT_TEST_MATRIXONE_URI set, tests use that server instead.
set -euo pipefail
cmd=${1:?start|stop}
state=${2:?state dir}
cli=${3:-}
cache=${LIFEBOAT_CACHE:-$HOME/.cache/lifeboat}
mo=${LIFEBOAT_MATRIXONE:-$cache/bin/mo-service}

free_ports() {
  python3 - "$1" <<'PY'
import socket, sys
socks = []
for _ in range(int(sys.argv[1])):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks: s.close()
PY
}

write_config() {
  local etc=$state/etc
  read -r log_svc raft gossip tn tn_logtail tn_lock cn cn_lock cn_query sql <<<"$(free_ports 10)"
  mkdir -p "$etc"
  local hakeeper="[hakeeper-client]
service-addresses = [\"127.0.0.1:$log_svc\"]"
  local observe="[observability]
disableTrace = true
disableMetric = true"
  cat > "$etc/launch.toml" <<TOML
logservices = ["$etc/log.toml"]
tnservices = ["$etc/tn.toml"]
cnservices = ["$etc/cn.toml"]
TOML
  cat > "$etc/log.toml" <<TOML
service-type = "LOG"
data-dir = "$state/mo-data"
[log]
level = "error"
$hakeeper
$observe
[logservice]
logservice-address = "127.0.0.1:$log_svc"
logservice-listen-address = "127.0.0.1:$log_svc"
raft-address = "127.0.0.1:$raft"
raft-listen-address = "127.0.0.1:$raft"
gossip-address = "127.0.0.1:$gossip"
gossip-listen-address = "127.0.0.1:$gossip"
gossip-seed-addresses = ["127.0.0.1:$gossip"]
[logservice.HAKeeperClientConfig]
service-addresses = ["127.0.0.1:$log_svc"]
TOML
  cat > "$etc/tn.toml" <<TOML
service-type = "TN"
data-dir = "$state/mo-data"
[log]
level = "error"
$hakeeper
$observe
[tn]
uuid = "dd4dccb4-4d3c-41f8-b482-5251dc7a41bf"
listen-address = "127.0.0.1:$tn"
service-address = "127.0.0.1:$tn"
[tn.LogtailServer]
listen-address = "127.0.0.1:$tn_logtail"
service-address = "127.0.0.1:$tn_logtail"
[tn.lockservice]
listen-address = "127.0.0.1:$tn_lock"
service-address = "127.0.0.1:$tn_lock"
TOML
  cat > "$etc/cn.toml" <<TOML
service-type = "CN"
data-dir = "$state/mo-data"
[log]
level = "error"
$hakeeper
$observe
[cn]
uuid = "dd1dccb4-4d3c-41f8-b482-5251dc7a41bf"
listen-address = "127.0.0.1:$cn"
service-address = "127.0.0.1:$cn"
[cn.frontend]
host = "127.0.0.1"
port = $sql
unix-socket = "$state/mysql.sock"
[cn.lockservice]
listen-address = "127.0.0.1:$cn_lock"
service-address = "127.0.0.1:$cn_lock"
[cn.query-service.address]
listen-address = "127.0.0.1:$cn_query"
service-addresss = "127.0.0.1:$cn_query"
TOML
  echo "$sql" > "$state/port"
}

stop() {
  if [ -f "$state/pid" ]; then
    local pid; pid=$(cat "$state/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

case "$cmd" in
start)
  if [ -n "${LIFEBOAT_TEST_MATRIXONE_URI:-}" ]; then
    mkdir -p "$state"; printf '%s\n' "$LIFEBOAT_TEST_MATRIXONE_URI" > "$state/uri"; exit 0
  fi
  stop; rm -rf "$state"; mkdir -p "$state"
  if [ ! -x "$mo" ]; then
    if [ -n "${CI:-}" ]; then echo "MatrixOne not found at $mo: run scripts/setup (scripts/build-matrixone)" >&2; exit 1; fi
    echo "MatrixOne is not built ($mo missing): run scripts/build-matrixone" > "$state/unavailable"
    echo "MatrixOne not found at $mo: its tests will skip (run scripts/build-matrixone)"
    exit 0
  fi
  for attempt in 1 2 3; do
    write_config
    port=$(cat "$state/port")
    uri="matrixone://root:111@127.0.0.1:$port/"
    (cd "$state" && exec setsid "$mo" -launch "$state/etc/launch.toml" > "$state/mo.log" 2>&1 < /dev/null) &
    echo $! > "$state/pid"
    for _ in $(seq 1 360); do
      kill -0 "$(cat "$state/pid")" 2>/dev/null || break
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        if [ -z "$cli" ] || "$cli" snapshot list --uri "$uri" --snapshot-dir "$state/probe" --json > /dev/null 2>&1; then
          printf '%s\n' "$uri" > "$state/uri"
          echo "MatrixOne ready at 127.0.0.1:$port (pid $(cat "$state/pid"), ${SECONDS}s)"
          exit 0
        fi
      fi
      sleep 0.5
    done
    echo "MatrixOne did not answer on port $port (attempt $attempt):" >&2; tail -20 "$state/mo.log" >&2 || true
    stop; rm -rf "$state/mo-data"
  done
  exit 1
  ;;
stop)
  stop
  rm -rf "$state"
  ;;
*) echo "usage: $0 start|stop STATE_DIR [LIFEBOAT_CLI]" >&2; exit 2 ;;
esac
