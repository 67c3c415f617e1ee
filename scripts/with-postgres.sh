#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster on 127.0.0.1 and RATCHET_TEST_PG
# pointing at it; the cluster is stopped and deleted when the command ends, however it ends.
#   scripts/with-postgres.sh npm test
# Needs Debian's postgresql package and root (the cluster runs as the postgres user).
# PORT: $RATCHET_PG_PORT, default 55432. fsync is off: this cluster is for tests only.
set -euo pipefail

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ]; then
  echo "with-postgres: PostgreSQL is not installed; run: apt-get install -y postgresql" >&2
  exit 2
fi
port=${RATCHET_PG_PORT:-55432}
dir=$(mktemp -d /tmp/ratchet-pg.XXXXXX)
chown postgres:postgres "$dir"
stop() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
runuser -u postgres -- "$pg_bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
if ! runuser -u postgres -- "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" >/dev/null; then
  echo "with-postgres: PostgreSQL did not start on 127.0.0.1:$port (is the port taken? set RATCHET_PG_PORT):" >&2
  tail -n 5 "$dir/log" >&2
  exit 2
fi
runuser -u postgres -- "$pg_bin/createdb" -h 127.0.0.1 -p "$port" test
export RATCHET_TEST_PG="postgres://postgres@127.0.0.1:$port/test"
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (RATCHET_TEST_PG=$RATCHET_TEST_PG)"
"$@"
