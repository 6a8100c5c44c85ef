#!/usr/bin/env bash
# Benchmark of indicators-service's inequality breakdown against pgbench running its reads, and of the SII's
# simulation, in one run on this machine (see indicators-service/README.md). Needs wrk and pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
missing=()
command -v wrk > /dev/null || missing+=(wrk)
command -v pgbench > /dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Install ${missing[*]} first (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -DskipTests package
exec "$java_cmd" -Dhes.home="$root" -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  org.healthequity.benchmarks.InequalitiesBenchmark "$@"
