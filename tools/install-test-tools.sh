#!/usr/bin/env bash
# The tools the test suite uses besides the JVM, installed once per machine before `./mvnw verify` (CI's .ci/run
# calls this first); the build itself installs nothing and only checks, with --check, that they are there.
#   chromium           Debian's chromium and chromium-driver: the Swagger UI login test (e2e-tests)
#   postgresql-client  Debian's pg_dump, pg_restore and pgbench: the backup test (deploy/checks) and the short
#                      inequalities benchmark (e2e-tests)
#   wrk                Debian's wrk: the short inequalities benchmark (e2e-tests)
#   fonts              Debian's fontconfig and DejaVu fonts: the charts' text (indicators-service, e2e-tests)
#   redocly            Redocly CLI from npm, into tools/target/redocly: the contract lint (e2e-tests)
# Usage: tools/install-test-tools.sh [--check] [chromium] [postgresql-client] [redocly] [wrk] [fonts]
#   (default: all)
set -euo pipefail
tools="$(cd "$(dirname "$0")" && pwd)"
redocly_version="2.77.0"
check=false
if [ "${1:-}" = "--check" ]; then
  check=true
  shift
fi
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(chromium postgresql-client redocly wrk fonts)

present() {
  case "$1" in
    chromium) [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] ;;
    postgresql-client) command -v pg_dump > /dev/null && command -v pg_restore > /dev/null \
      && command -v pgbench > /dev/null ;;
    wrk) command -v wrk > /dev/null ;;
    fonts) command -v fc-list > /dev/null && [ -n "$(fc-list 2> /dev/null | head -1)" ] ;;
    redocly) [ -x "$tools/target/redocly/node_modules/.bin/redocly" ] ;;
    *) echo "Unknown test tool: $1" >&2; exit 2 ;;
  esac
}

missing=()
for tool in "${wanted[@]}"; do
  present "$tool" || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if $check; then
  echo "The tests need ${missing[*]}: run tools/install-test-tools.sh ${missing[*]} (as root for Debian's packages)" >&2
  exit 1
fi

packages=()
for tool in "${missing[@]}"; do
  case "$tool" in
    chromium) packages+=(chromium chromium-driver) ;;
    postgresql-client) packages+=(postgresql-client) ;;
    wrk) packages+=(wrk) ;;
    fonts) packages+=(fontconfig fonts-dejavu-core) ;;
  esac
done
if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Install as root: apt-get install ${packages[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${packages[@]}" > /dev/null
fi
if [[ " ${missing[*]} " == *" redocly "* ]]; then
  command -v npm > /dev/null || { echo "npm (Node.js) is needed for Redocly CLI" >&2; exit 1; }
  npm install --prefix "$tools/target/redocly" --no-audit --no-fund --loglevel=error "@redocly/cli@$redocly_version"
fi
