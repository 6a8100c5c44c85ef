#!/usr/bin/env bash
# Benchmark of the gateway against the service it fronts and against nginx as a plain reverse proxy, in one run on
# this machine (see gateway/README.md). Installs wrk and nginx from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v wrk > /dev/null || missing+=(wrk)
command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Install ${missing[*]} first (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
fi
# Measure the proxying, not the rate limit: the one anonymous client of the benchmark would exceed the default.
export GATEWAY_ROUTES_INDICATORS_OPEN_DATA_RATE_LIMIT_REQUESTS=1000000000
exec benchmarks/run-benchmark.sh GatewayBenchmark "$@"
