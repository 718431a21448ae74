# Shared by scripts/demo.sh and scripts/test.sh: make a fresh Debian machine with Node 20 ready.
PNPM_VERSION=12.4.2
export STORYBOOK_DISABLE_TELEMETRY=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
    npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit >/dev/null
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

install_dependencies() {
  # node-gyp must use the local Node headers (no download); pnpm 12 does not pass npm's nodedir on.
  local node_prefix
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$node_prefix/include/node/common.gypi" ]; then export npm_config_nodedir="$node_prefix"; fi
  pnpm install --frozen-lockfile
}
