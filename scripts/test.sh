#!/usr/bin/env bash
# Quick start 2: install what is needed (pnpm, dependencies, Debian Chromium) and run every test.
# Ends with a plain "N passed, N failed" line; exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
export CI="${CI:-true}"
out=.ci/out
rm -rf "$out" && mkdir -p "$out"
: > "$out/gates.txt"

# Run a gate; record "name passed|failed" for the summary, keep going either way.
gate() {
  local name="$1"; shift
  step "$name"
  if "$@"; then echo "$name passed" >> "$out/gates.txt"; else echo "$name failed" >> "$out/gates.txt"; fi
}

set -e
step "system packages"; ensure_chromium; chromium --version || true
step "pnpm $PNPM_VERSION"; ensure_pnpm; pnpm --version
step "install"; install_dependencies
set +e

gate "typecheck" pnpm typecheck
gate "lint" pnpm lint
gate "unit, component and story tests" pnpm exec vitest run \
  --reporter=default --reporter=json --outputFile.json="$PWD/$out/vitest.json"
gate "demo build" pnpm build
gate "storybook build" bash -c 'pnpm build-storybook >/dev/null'
gate "bundle size budget" pnpm size
gate "end-to-end tests" env PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/$out/e2e.json" \
  pnpm exec playwright test -c test/e2e/playwright.config.ts --reporter=line,json
if [ "${RUN_MUTATION:-1}" = "1" ]; then gate "mutation testing (rules)" pnpm mutation; fi

step "summary"
node scripts/summary.mjs "$out"
