#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for the HTML report browser test
# (engine: HtmlReportInChromiumTest), only when it is missing. Needs root (CI containers are).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium present: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y chromium
/usr/bin/chromium --version
