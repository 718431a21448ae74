// Bundle-size budget (issue 2, point 7): build fixed entries with exactly react, react-dom,
// react/jsx-runtime, react-dom/client and scheduler external; sum every emitted JS chunk, minified
// and gzip -9; report CSS separately. Fails when an entry is over its budget.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'scheduler'];
const entries = [
  {
    name: 'paediatric-triage form',
    file: 'scripts/size/paediatric-triage.tsx',
    budget: 60_000,
    goal: 40_000,
  },
];

const files = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)],
  );
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

let over = 0;
for (const entry of entries) {
  const outDir = join(root, '.size', entry.name.replace(/\W+/g, '-'));
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      cssMinify: false, // nhsuk-frontend ships minified CSS with an IE hack lightningcss cannot parse
      lib: { entry: join(root, entry.file), formats: ['es'], fileName: 'entry' },
      rollupOptions: { external: (id) => EXTERNAL.includes(id) },
    },
  });
  const emitted = files(outDir);
  const js = emitted.filter((f) => /\.m?js$/.test(f)).reduce((sum, f) => sum + gz(f), 0);
  const css = emitted.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0);
  const verdict = js <= entry.budget ? 'within budget' : 'OVER BUDGET';
  console.log(
    `${entry.name}: JS ${kb(js)} gzip -9 (budget ${kb(entry.budget)}, goal ${kb(entry.goal)}): ${verdict}; CSS ${kb(css)} gzip -9`,
  );
  if (js > entry.budget) over += 1;
}
process.exit(over > 0 ? 1 : 0);
