import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { elementCss } from './build/elementCss.ts';

// One self-contained script: React, the proformas, the FHIR mapping and the NHS.UK CSS (as text for
// the shadow root) all inside. `vite build` writes the ES module; `vite build --mode iife` the classic
// script for pages that cannot use type="module".
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    plugins: [elementCss(), react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist',
      emptyOutDir: !iife,
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
        fileName: () => (iife ? 'safeguarding-proforma.iife.js' : 'safeguarding-proforma.js'),
      },
    },
  };
});
