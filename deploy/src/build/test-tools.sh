#!/usr/bin/env bash
# Tools the end-to-end suite uses besides the JVM, all from Debian's packages: Chromium and its ChromeDriver for the
# browser test, PostgreSQL's client for the backup test. Installs what is missing (as root, as on CI); anyone else is
# told what to install.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v pg_dump > /dev/null && command -v pg_restore > /dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The end-to-end tests need: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" > /dev/null
