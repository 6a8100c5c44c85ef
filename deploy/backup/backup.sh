#!/usr/bin/env bash
# Dumps one service's schema (tables, data, sequences, Flyway's history) to a file in pg_dump's custom format.
#   deploy/backup/backup.sh SCHEMA FILE
# The connection comes from libpq's variables: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD (or ~/.pgpass).
# pg_dump's major version must be at least the server's.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 SCHEMA FILE   (indicators, workstreams or evaluation)" >&2
  exit 2
fi
schema="$1"
file="$2"
pg_dump --format=custom --no-owner --no-privileges --schema="$schema" --file="$file"
echo "Dumped schema $schema to $file ($(du -h "$file" | cut -f1))"
