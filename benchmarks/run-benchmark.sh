#!/usr/bin/env bash
# Builds the project and runs one benchmark class of this module: the shared part of the benchmark scripts.
# Usage: benchmarks/run-benchmark.sh <class in org.healthequity.benchmarks> [arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
benchmark=$1
shift
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -DskipTests package
exec "$java_cmd" -Dhes.home="$root" -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  "org.healthequity.benchmarks.$benchmark" "$@"
