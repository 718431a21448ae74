import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Alias } from 'vite';
import { elementCss } from './build/elementCss.ts';

const preact = (file: string) => resolve(import.meta.dirname, 'node_modules/preact', file);
/** `--mode preact`: React's API from preact/compat, for the size budget (see README "Size"). */
const PREACT: Alias[] = [
  { find: /^react-dom\/client$/, replacement: preact('compat/client.mjs') },
  { find: /^react\/jsx-runtime$/, replacement: preact('jsx-runtime/dist/jsxRuntime.mjs') },
  { find: /^react-dom$/, replacement: preact('compat/dist/compat.mjs') },
  { find: /^react$/, replacement: preact('compat/dist/compat.mjs') },
];
const FILES: Record<string, string> = {
  production: 'safeguarding-proforma.js',
  iife: 'safeguarding-proforma.iife.js',
  preact: 'safeguarding-proforma.preact.js',
};

// One self-contained script: React, the proformas, the FHIR mapping and the NHS.UK CSS (as text for
// the shadow root) all inside. `vite build` writes the ES module; `vite build --mode iife` the classic
// script for pages that cannot use type="module"; `vite build --mode preact` the ES module with
// preact/compat in React's place.
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    plugins: [elementCss(), react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: mode === 'preact' ? { alias: PREACT } : {},
    build: {
      outDir: 'dist',
      emptyOutDir: mode === 'production',
      // nhsuk-frontend ships minified CSS with an IE hack (`@media screen\0`) lightningcss cannot parse.
      cssMinify: false,
      sourcemap: false,
      minify: true,
      // Lib mode keeps whitespace in ES output; one script for a page is minified in full.
      rollupOptions: { output: { minify: true } },
      lib: {
        entry: resolve(import.meta.dirname, 'src/index.ts'),
        name: 'SafeguardingProforma',
        formats: [iife ? 'iife' : 'es'],
        fileName: () => FILES[mode] ?? FILES['production'] ?? 'safeguarding-proforma.js',
      },
    },
  };
});
