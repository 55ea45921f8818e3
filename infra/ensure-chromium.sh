#!/usr/bin/env bash
# The web app's tests drive a real browser: Debian's chromium (npm cannot download browsers here).
# Run before `npm test`; installs it when missing and we may, else says what to do.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "[test] installing Debian's chromium for the browser tests…"
  apt-get update -qq
  # A CJK font too, so screenshots of the Chinese UI show characters, not boxes.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
  exit 0
fi
echo "[test] the browser tests need Chromium: 'sudo apt-get install chromium', or set CHROMIUM_PATH" >&2
exit 1
