#!/usr/bin/env bash
# The README's test command: on a fresh machine, installs what the tests need (Debian's
# Chromium for the browser tests, the npm packages), then runs every unit and browser test.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "test-all: installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ "${SKIP_NPM_CI:-}" != "1" ]; then
  npm ci --no-audit --no-fund
fi
exec npm test --silent
