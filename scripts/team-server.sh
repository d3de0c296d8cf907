#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for trying out team work, from the installed server binaries.
#
#   scripts/team-server.sh DIR          start it (made in DIR on first use) on a free port; prints the
#                                       administrator's URL and the next steps
#   scripts/team-server.sh DIR stop     stop it (DIR stays: start it again, or delete DIR)
#
# Colleagues connect over TCP with the password `evidence-desk team add-user` gave them (scram-sha-256);
# the administrator's password is in DIR/admin-password (readable by you only).
set -u
usage() { echo "usage: $0 DIR [stop]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
dir=$1
action=${2:-start}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  bindir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
fi
if [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server binaries not found (Debian: apt-get install postgresql)." >&2
  exit 1
fi
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

mkdir -p "$dir" || exit 1
dir=$(cd "$dir" && pwd)
data="$dir/data"
case "$action" in
  stop)
    as_pg "$bindir/pg_ctl" -D "$data" -m fast stop >/dev/null && echo "Stopped the server in $dir." ;
    exit $? ;;
  start) ;;
  *) usage ;;
esac

if [ "$(id -u)" = "0" ]; then
  chown postgres "$dir"
  if ! runuser -u postgres -- test -x "$dir"; then  # e.g. a folder under /root: the server cannot enter it
    echo "The server runs as the postgres user, who cannot reach $dir: choose a folder under /tmp or /srv." >&2
    exit 1
  fi
fi
if [ ! -f "$data/PG_VERSION" ]; then
  password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
  umask 077
  printf '%s\n' "$password" > "$dir/admin-password"
  if [ "$(id -u)" = "0" ]; then chown postgres "$dir/admin-password"; fi
  as_pg "$bindir/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/admin-password" >/dev/null || { echo "initdb failed in $data" >&2; exit 1; }
fi
password=$(cat "$dir/admin-password")
if as_pg "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  port=$(sed -n 4p "$data/postmaster.pid")
else
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null \
    || { echo "PostgreSQL did not start:" >&2; tail -n 20 "$dir/server.log" >&2; exit 1; }
fi
as_pg "$bindir/psql" -h "$dir" -p "$port" -U postgres -d postgres -tAq \
  -c "SELECT 1 FROM pg_database WHERE datname = 'newsroom'" | grep -q 1 \
  || as_pg "$bindir/createdb" -h "$dir" -p "$port" -U postgres newsroom
url="postgresql://postgres:$password@127.0.0.1:$port/newsroom"
cat <<EOF
PostgreSQL is running in $dir on port $port (log: $dir/server.log).
Administrator URL (keep it to yourself):
  $url
Next:
  evidence-desk team init '$url'
  evidence-desk --project '$url' team add-user NAME --role annotator|reviewer|owner
Stop it with: $0 $dir stop
EOF
