#!/usr/bin/env bash
# Benchmark of indicators-service against PostgreSQL's own COPY, in one run on this machine (see indicators-service/README.md).
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" IndicatorsBenchmark "$@"
