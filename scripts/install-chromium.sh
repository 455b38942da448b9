#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when no browser is available.
# Tests never download a browser of their own; CHROME_PATH points at another Chromium if you have one.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is needed for the tests. Install it (e.g. 'sudo apt-get install -y chromium') or set CHROME_PATH." >&2
  exit 1
fi
echo "Installing Debian's chromium package (about 1–2 minutes)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "Chromium installed at $(command -v chromium)"
