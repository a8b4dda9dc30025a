#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests (trust auth, a free port, a temp dir).
#
#   tools/pg_test_cluster.sh start [DIR]   # prints the URL, e.g. postgresql+psycopg://postgres@127.0.0.1:54321/postgres
#   tools/pg_test_cluster.sh stop DIR
#
# Then: GAOTAI_TEST_PG=<URL> python -m pytest tests/data tests/services
# Needs the server binaries (Debian: apt-get install postgresql). Root cannot run postgres: as
# root the cluster runs as the ``postgres`` user (made by the Debian package).
set -euo pipefail

bindir() {
  local d
  d=$(command -v pg_ctl 2>/dev/null | xargs -r dirname || true)
  if [ -z "$d" ]; then
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  [ -n "$d" ] && [ -x "$d/pg_ctl" ] || { echo "pg_test_cluster: no PostgreSQL server (pg_ctl) found" >&2; exit 1; }
  echo "$d"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cmd=${1:-}
case "$cmd" in
  start)
    BIN=$(bindir)
    DIR=${2:-$(mktemp -d /tmp/gaotai-pg.XXXXXX)}
    mkdir -p "$DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
    PORT=$(free_port)
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
      || { cat "$DIR/initdb.log" >&2; exit 1; }
    # fsync off, a throwaway cluster: the tests measure correctness, not durability.
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
    echo "$PORT" >"$DIR/port"
    echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    BIN=$(bindir)
    DIR=${2:?usage: pg_test_cluster.sh stop DIR}
    if [ -d "$DIR/data" ]; then
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: $0 start [DIR] | stop DIR" >&2
    exit 2
    ;;
esac
