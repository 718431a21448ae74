import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Three pages: the MIU / walk-in-centre shell (index.html), the stand-alone demo forms for made-up
// patients (demo.html) and the iframe route for EPRs (embed.html).
// The shell calls the API on its own origin: `/api` is proxied to the server (MIU_API_URL, default
// the server's port 3001) without changing the Origin, so the server's CSRF origin check holds.
const api = { '/api': { target: process.env.MIU_API_URL ?? 'http://127.0.0.1:3001', changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: api },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy: api },
  // nhsuk-frontend's CSS comes minified, with an old IE media hack (`@media screen\0`) that
  // lightningcss cannot parse: it is not minified again.
  build: {
    chunkSizeWarningLimit: 1024,
    cssMinify: false,
    rollupOptions: {
      input: {
        shell: resolve(import.meta.dirname, 'index.html'),
        demo: resolve(import.meta.dirname, 'demo.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
});
