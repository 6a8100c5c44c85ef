#!/usr/bin/env bash
# The end-to-end suite drives a real browser: Debian's Chromium and its ChromeDriver. Installs them when missing
# (as root, as on CI); anyone else is told what to install.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser test needs Chromium and ChromeDriver: apt-get install chromium chromium-driver" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver > /dev/null
