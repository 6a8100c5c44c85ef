#!/usr/bin/env bash
# Runs the whole Health Equity System on this machine: embedded PostgreSQL, Keycloak, the three services and the
# gateway. Builds first when needed. Ctrl-C stops everything. See README.md for the HES_* settings.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
stamp=launcher/target/.run-build-stamp

needs_build() {
  [ -f "$stamp" ] || return 0
  for module in indicators-service workstreams-service evaluation-service gateway; do
    [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  [ -d launcher/target/lib ] || return 0
  changed=$(find . \( -path ./.data -o -path '*/target' -o -path ./.git \) -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -newer "$stamp" -print -quit)
  [ -n "$changed" ]
}

if needs_build; then
  echo "Building the system (first run, or the sources changed)..."
  ./mvnw -q -DskipTests package
  touch "$stamp"
fi

exec "$java_cmd" -Dhes.home="$root" -cp "launcher/target/classes:launcher/target/lib/*" \
  org.healthequity.launcher.Launcher "$@"
