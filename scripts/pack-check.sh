#!/usr/bin/env bash
# Packaging check (issue 5): each published package builds to JavaScript with type declarations,
# `pnpm pack` makes a tarball that passes publint, and the tarballs install into a scratch consumer
# project outside the workspace, whose own test imports them and assesses a fixture.
# Prints "pack-check: PASS|FAIL <check>" per check and a closing count; exits 1 when any failed.
#   KEEP_PACK_CHECK=1 keeps the temporary folder (tarballs + consumer) for a look afterwards.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

work="$(mktemp -d "${TMPDIR:-/tmp}/proformas-pack-check.XXXXXX")"
case "$work" in "$root"/*)
  echo "pack-check: FAIL the scratch folder $work is inside the workspace; set TMPDIR elsewhere"
  exit 1 ;;
esac
if [ "${KEEP_PACK_CHECK:-0}" = "1" ]; then echo "pack-check: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
tarballs="$work/tarballs" consumer="$work/consumer" logs="$work/logs"
mkdir -p "$tarballs" "$consumer" "$logs"

passed=0 failed=0
pass() { echo "pack-check: PASS $1"; passed=$((passed + 1)); }
fail() { echo "pack-check: FAIL $1"; failed=$((failed + 1)); }
# check <name> <log> <command...>: run quietly; on failure print the end of its output.
check() {
  local name="$1" log="$2"; shift 2
  if "$@" >"$log" 2>&1; then pass "$name"; else fail "$name"; tail -n 40 "$log"; return 1; fi
}

# Dependencies first: react and fhir build against core's declarations (tsconfig.build.json refs).
packages=(core fhir react)
if node -e 'process.exit(require("./packages/element/package.json").scripts?.build ? 0 : 1)' 2>/dev/null; then
  packages+=(element)
else
  echo "pack-check: NOTICE @proformas/element has no build script yet: not packed or checked"
fi

declare -A tarball
for p in "${packages[@]}"; do
  dir="packages/$p"
  rm -rf "$dir/dist"
  check "@proformas/$p builds" "$logs/$p-build.log" pnpm --dir "$dir" run build || continue
  # pnpm pack applies publishConfig (dist/ entry points) and turns workspace:* into versions.
  if ! (cd "$dir" && pnpm pack --pack-destination "$tarballs") >"$logs/$p-pack.log" 2>&1; then
    fail "@proformas/$p packs"; tail -n 40 "$logs/$p-pack.log"; continue
  fi
  file="$(ls "$tarballs"/proformas-"$p"-*.tgz 2>/dev/null | head -n 1)"
  if [ -z "$file" ]; then fail "@proformas/$p packs (no tarball)"; continue; fi
  tarball[$p]="$file"
  entries="$(tar -tzf "$file" | wc -l)"
  unpacked="$(tar -xzOf "$file" | wc -c)"
  pass "@proformas/$p packs: $(basename "$file") $(( $(stat -c %s "$file") / 1024 )) kB packed, $((unpacked / 1024)) kB unpacked, $entries files"
  check "@proformas/$p tarball ships built JavaScript only" "$logs/$p-contents.log" \
    node scripts/pack-check/tarball.mjs "$file"
  echo "publint @proformas/$p:"
  if pnpm exec publint run "$file" --strict 2>&1 | sed 's/^/  /'; then pass "@proformas/$p publint (strict)"
  else fail "@proformas/$p publint (strict)"; fi
done

# The scratch consumer: a plain npm project outside the workspace. Every tarball is a direct
# dependency and `overrides` pins @proformas/* to them, so react/fhir's "@proformas/core" is the
# packed core (it is not on the registry); third-party dependencies come from the npm registry.
node - "$consumer/package.json" "${packages[@]}" <<'NODE'
const { writeFileSync, readdirSync } = require('node:fs');
const path = require('node:path');
const [file, ...packages] = process.argv.slice(2);
const dir = path.join(path.dirname(file), '..', 'tarballs');
const dependencies = {};
for (const p of packages) {
  const tgz = readdirSync(dir).find((f) => f.startsWith(`proformas-${p}-`) && f.endsWith('.tgz'));
  if (tgz) dependencies[`@proformas/${p}`] = `file:../tarballs/${tgz}`;
}
const overrides = Object.fromEntries(Object.keys(dependencies).map((name) => [name, `$${name}`]));
const manifest = {
  name: 'proformas-pack-consumer',
  private: true,
  type: 'module',
  scripts: { test: 'node --test' },
  dependencies: { ...dependencies, react: '19.3.1', 'react-dom': '19.3.1' },
  devDependencies: { '@types/react': '19.3.0' },
  overrides,
};
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
NODE
cp scripts/pack-check/consumer.test.mjs "$consumer/"
if [ -n "${tarball[element]:-}" ]; then cp scripts/pack-check/element.test.mjs "$consumer/"; fi
# A TypeScript consumer: NodeNext resolution, strict, no allowImportingTsExtensions, library
# declarations checked (skipLibCheck off). The @ts-expect-error line fails if the types were `any`.
cat >"$consumer/tsconfig.json" <<'JSON'
{
  "compilerOptions": {
    "target": "ES2022",
    "lib": ["ES2023", "DOM"],
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "jsx": "react-jsx",
    "strict": true,
    "noEmit": true,
    "skipLibCheck": false,
    "types": []
  },
  "files": ["types.ts"]
}
JSON
cat >"$consumer/types.ts" <<'TS'
import { assess, paediatricTriageFixtures, type Assessment, type Level } from '@proformas/core';
import { toQuestionnaireResponse, type QuestionnaireResponse } from '@proformas/fhir';
import { PaediatricTriageForm, type ProformaRunnerProps } from '@proformas/react';

const fixture = paediatricTriageFixtures[0];
if (!fixture) throw new Error('no fixture');
const result: Assessment = assess('paediatric-triage', fixture.answers, fixture.context);
const level: Level = result.level;
const qr: QuestionnaireResponse = toQuestionnaireResponse('paediatric-triage', fixture.answers);
// @ts-expect-error: not a proforma id (proves the declarations are typed, not `any`)
assess('not-a-proforma', {}, fixture.context);
export const checks: [Level, string, unknown, ProformaRunnerProps | undefined] = [
  level,
  qr.status,
  PaediatricTriageForm,
  undefined,
];
TS
if [ "${#tarball[@]}" -gt 0 ] && check "scratch consumer installs the tarballs (npm)" "$logs/install.log" \
  npm install --prefix "$consumer" --no-audit --no-fund; then
  check "scratch consumer type-checks against the declarations (tsc, NodeNext)" "$logs/tsc.log" \
    node "$root/node_modules/typescript/bin/tsc" -p "$consumer/tsconfig.json"
  echo "consumer test (node --test):"
  if (cd "$consumer" && node --test --test-reporter=spec ./*.test.mjs) 2>&1 | sed 's/^/  /'; then
    pass "scratch consumer's own test"
  else fail "scratch consumer's own test"; fi
else
  fail "scratch consumer (nothing to install or the install failed)"
fi

echo "pack-check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
