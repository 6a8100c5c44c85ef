#!/usr/bin/env bash
# First start of the PostgreSQL container: one database and one role per service, and Keycloak's. Each service owns
# its database and migrates its own schema in it with Flyway.
set -euo pipefail
for name in indicators workstreams evaluation keycloak; do
  var="$(echo "$name" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!var}"
  psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
    -v role="$name" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
SQL
done
