#!/usr/bin/env bash
# Benchmark of indicators-service's scorecard at 1,000,000 and 10,000,000 stored observations against pgbench running
# its SQL, in one run on this machine (see indicators-service/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
# wrk and pgbench are test tools the build already knows how to install (as root when missing).
tools/install-test-tools.sh wrk postgresql-client
exec benchmarks/run-benchmark.sh ScorecardBenchmark "$@"
