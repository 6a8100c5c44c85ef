#!/usr/bin/env bash
# Restores a schema dumped by backup.sh, replacing whatever the schema holds now, in one transaction: either the
# whole dump is restored or nothing changes. Stop the service that owns the schema first.
#   deploy/backup/restore.sh FILE
# The connection comes from libpq's variables: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD (or ~/.pgpass).
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 FILE" >&2
  exit 2
fi
file="$1"
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="${PGDATABASE:-postgres}" "$file"
echo "Restored $file"
