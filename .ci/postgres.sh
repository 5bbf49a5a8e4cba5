#!/usr/bin/env bash
# Starts a local PostgreSQL for the store tests and creates the test role.
# Idempotent. Prints the JDBC URL the tests read from POORTWACHTER_TEST_POSTGRES_URL.
set -euo pipefail

PG_PORT="${PG_PORT:-5432}"
PG_ROLE="${PG_ROLE:-poortwachter}"
PG_PASSWORD="${PG_PASSWORD:-poortwachter}"

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  [ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; trap 'rm -f /usr/sbin/policy-rc.d' EXIT; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  pg_createcluster "$version" main --port "$PG_PORT" >&2
  cluster="$version main"
fi
# shellcheck disable=SC2086
status=$(pg_lsclusters --no-header | awk -v c="$cluster" '$1" "$2==c {print $4}')
if [ "$status" != "online" ]; then
  pg_ctlcluster $cluster start >&2
fi
port=$(pg_lsclusters --no-header | awk -v c="$cluster" '$1" "$2==c {print $3}')

for _ in $(seq 1 30); do
  runuser -u postgres -- psql -p "$port" -qAtc 'select 1' >/dev/null 2>&1 && break
  sleep 0.5
done
runuser -u postgres -- psql -p "$port" -qAt -v ON_ERROR_STOP=1 <<SQL >&2
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$PG_ROLE') then
    create role $PG_ROLE login createdb password '$PG_PASSWORD';
  end if;
end \$\$;
SQL
echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=$PG_ROLE&password=$PG_PASSWORD"
