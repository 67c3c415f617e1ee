import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The SPA lives in web/ and builds to web/dist, which `ratchet serve` serves with an
// SPA fallback. In development, `vite --config web/vite.config.ts` proxies the API to a
// running `ratchet serve` (RATCHET_API, default http://localhost:3000).
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The initial bundle must stay under 200 KB gzip; warn well before that.
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': process.env.RATCHET_API ?? 'http://localhost:3000' },
  },
});
