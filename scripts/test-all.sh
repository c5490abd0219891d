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
# `npm ci` deletes node_modules first, which breaks a dev server running from this checkout
# (`npm start` keeps running): install only when the lockfile changed since the last install here.
stamp=node_modules/.dateline-lock.sha1
want=$(sha1sum package-lock.json | cut -d' ' -f1)
if [ "${SKIP_NPM_CI:-}" != "1" ] && [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi
exec npm test --silent
