#!/usr/bin/env bash
# Benchmark of indicators-service against PostgreSQL's own COPY, in one run on this machine (see indicators-service/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -DskipTests package
exec "$java_cmd" -Dhes.home="$root" -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  org.healthequity.benchmarks.IndicatorsBenchmark "$@"
