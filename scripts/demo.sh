#!/usr/bin/env bash
# Quick start 1: install what is needed, start the API (SQLite under ./data, created, migrated and
# seeded on first start) and the MIU app (Vite, proxying /api to it), print the addresses and the
# demo sign-ins. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
API_PORT="${API_PORT:-3001}"
APP_PORT=5173
step "pnpm $PNPM_VERSION"; ensure_pnpm
step "install"; install_dependencies

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

step "API on http://127.0.0.1:$API_PORT (SQLite: ./data/proformas.sqlite)"
# Plain http on this machine: the session cookie cannot be Secure here (COOKIE_SECURE=false).
PORT="$API_PORT" SQLITE_FILE="$PWD/data/proformas.sqlite" COOKIE_SECURE=false \
  pnpm --filter @proformas/server start &
pids+=("$!")
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$API_PORT/api/health" >/dev/null 2>&1 && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "The API did not start." >&2; exit 1; }
  sleep 1
done

step "app on http://127.0.0.1:$APP_PORT"
MIU_API_URL="http://127.0.0.1:$API_PORT" pnpm --filter @proformas/miu dev &
pids+=("$!")
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$APP_PORT/" >/dev/null 2>&1 && break
  sleep 1
done

cat <<TEXT

Safeguarding proformas (synthetic patients only)
  The MIU / walk-in centre / ED app:  http://127.0.0.1:$APP_PORT/
  The stand-alone demo forms:         http://127.0.0.1:$APP_PORT/demo.html
  The API:                            http://127.0.0.1:$API_PORT/api/health

Demo sign-ins (username / password):
  sam.carter    / demo-miu-clinician       clinician at Exampleton Minor Injury Unit
  jordan.ellis  / demo-wic-clinician       clinician at Exampleton Walk-in Centre
  lee.morgan    / demo-safeguarding-lead   safeguarding lead, all three sites (review queue)
  casey.admin   / demo-administrator       administrator (audit log)

Press Ctrl+C to stop both.
TEXT
wait -n "${pids[@]}"
