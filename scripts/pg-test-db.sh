#!/usr/bin/env bash
# Ensure a local PostgreSQL cluster is running and holds the role and database the server tests use.
# Idempotent: safe to run on every `npm test` and in CI (.ci/run), as root or as the postgres user.
#   role/database: sidekick_test, password sidekick_test, on 127.0.0.1:5432
#   prints on its last line: postgres://sidekick_test:sidekick_test@127.0.0.1:5432/sidekick_test
# Each test run then creates (and drops) its own schema inside that database.
set -euo pipefail

PG_VERSION="${PG_VERSION:-$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)}"
PG_CLUSTER="${PG_CLUSTER:-main}"
ROLE="${PG_TEST_ROLE:-sidekick_test}"
PASSWORD="${PG_TEST_PASSWORD:-sidekick_test}"
DB="${PG_TEST_DB:-sidekick_test}"

if [ -z "$PG_VERSION" ]; then
  echo "pg-test-db: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi

as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

status="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}')"
if [ -z "$status" ]; then
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" >&2
  status=down
fi
if [ "$status" != "online" ]; then
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >&2 || echo "pg-test-db: start returned an error; checking readiness" >&2
fi

ready=no
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then ready=yes; break; fi
  sleep 0.5
done
if [ "$ready" != yes ]; then
  echo "pg-test-db: PostgreSQL $PG_VERSION/$PG_CLUSTER did not become ready on 127.0.0.1:5432" >&2
  exit 1
fi

as_postgres psql -v ON_ERROR_STOP=1 -q -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  ELSE
    ALTER ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
END
\$\$;
SQL

if ! as_postgres psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  as_postgres psql -v ON_ERROR_STOP=1 -q -d postgres -c "CREATE DATABASE $DB OWNER $ROLE"
fi

# The last line is the URL alone: .ci/run does TEST_DATABASE_URL="$(bash scripts/pg-test-db.sh | tail -n 1)".
echo "postgres://$ROLE:$PASSWORD@127.0.0.1:5432/$DB"
