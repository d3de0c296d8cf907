#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on 127.0.0.1 and EVIDENCE_DESK_PG_URL pointing
# at it. Where no PostgreSQL server binaries are installed, the command runs without it (the
# PostgreSQL tests then skip and say why).
set -u
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || ! id postgres >/dev/null 2>&1; then
  echo "PostgreSQL server not installed: PostgreSQL tests will be skipped." >&2
  exec "$@"
fi
dir=$(mktemp -d /tmp/evidence-desk-pg.XXXXXX)
chown postgres "$dir"
port=${EVIDENCE_DESK_PG_PORT:-54329}
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
as_pg "$bindir/initdb" -D "$dir/data" -U postgres -A trust >/dev/null || { echo "initdb failed" >&2; exec "$@"; }
as_pg "$bindir/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null \
  || { echo "PostgreSQL did not start:" >&2; cat "$dir/log" >&2; exit 1; }
export EVIDENCE_DESK_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
"$@"
