#!/usr/bin/env bash
# Quick start 1: install what is needed and serve the demo MIU page on http://127.0.0.1:5173
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
step "pnpm $PNPM_VERSION"; ensure_pnpm
step "install"; install_dependencies
step "demo"
echo "Open http://127.0.0.1:5173/demo.html (press Ctrl+C to stop)"
exec pnpm --filter @proformas/miu dev
