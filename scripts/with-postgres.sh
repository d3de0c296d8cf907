#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on 127.0.0.1 and EVIDENCE_DESK_PG_URL pointing
# at it. The server listens on a port that is free when it starts (EVIDENCE_DESK_PG_PORT if that one is
# free, else one the system hands out), and tries another should something take it first; its socket
# file lives in its own temporary directory. Where no PostgreSQL server binaries are installed, the
# command runs without it (the PostgreSQL tests then skip and say why).
set -u
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || ! id postgres >/dev/null 2>&1; then
  echo "PostgreSQL server not installed: PostgreSQL tests will be skipped." >&2
  exec "$@"
fi
dir=$(mktemp -d /tmp/evidence-desk-pg.XXXXXX)
chown postgres "$dir"
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() { as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
trap 'exit 130' INT  # a stopped run stops its server too
trap 'exit 143' TERM
free_port() {  # $1: the port wanted, if it is free; else any free one
  python3 - "${1:-0}" <<'PY'
import socket, sys
wanted = int(sys.argv[1] or 0)
for port in ([wanted] if wanted else []) + [0]:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
        print(s.getsockname()[1])
        break
PY
}
as_pg "$bindir/initdb" -D "$dir/data" -U postgres -A trust >/dev/null || { echo "initdb failed" >&2; exec "$@"; }
wanted=${EVIDENCE_DESK_PG_PORT:-}
started=
for _try in 1 2 3 4 5; do
  port=$(free_port "$wanted")
  wanted=  # a second try takes whatever port is free then
  rm -f "$dir/log"
  if as_pg "$bindir/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" \
       -l "$dir/log" -w start >/dev/null 2>&1; then
    started=yes
    break
  fi
  grep -q "could not bind\|could not create listen socket\|already in use" "$dir/log" || break
done
if [ -z "$started" ]; then
  echo "PostgreSQL did not start:" >&2; cat "$dir/log" >&2; exit 1
fi
export EVIDENCE_DESK_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
"$@"
