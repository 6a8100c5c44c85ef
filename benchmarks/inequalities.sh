#!/usr/bin/env bash
# Benchmark of indicators-service's inequality breakdown against pgbench running its reads, and of the SII's
# simulation, in one run on this machine (see indicators-service/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
# wrk and pgbench are test tools the build already knows how to install (as root when missing).
tools/install-test-tools.sh wrk postgresql-client
exec benchmarks/run-benchmark.sh InequalitiesBenchmark "$@"
