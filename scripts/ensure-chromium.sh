#!/usr/bin/env bash
# Browser tests use Debian's Chromium: Playwright's own browser download does
# not work on our machines. Install it once if it is missing.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$chromium_path" ]; then
  echo "ensure-chromium: found $chromium_path, nothing to do"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "ensure-chromium: $chromium_path missing, but /usr/bin/chromium exists; set CHROMIUM_PATH=/usr/bin/chromium or unset it"
  exit 0
fi

# Only escalate when we are not already root (CI containers usually are).
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

echo "ensure-chromium: no Chromium at $chromium_path; installing the Debian package"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
echo "ensure-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium (version unknown)')"
