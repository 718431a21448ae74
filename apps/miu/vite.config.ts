import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // nhsuk-frontend's CSS comes minified, with an old IE media hack (`@media screen\0`) that
  // lightningcss cannot parse: it is not minified again.
  build: { chunkSizeWarningLimit: 1024, cssMinify: false },
});
