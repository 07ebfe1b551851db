import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Three pages, served by the gateway from dist/: `/` (public redeem page), `/admin/` (console),
// and `/graphiql/` (the development GraphiQL the gateway shows at GET /graphql outside production).
// Every script and style is a hashed file under /assets/: nothing inline, so the strict CSP holds.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0, // no data: URLs
    modulePreload: { polyfill: false }, // the polyfill would be an inline script; every supported browser has modulepreload
    sourcemap: false,
    chunkSizeWarningLimit: 2000, // only the development GraphiQL is this big
    rollupOptions: {
      input: {
        public: resolve(import.meta.dirname, 'index.html'),
        admin: resolve(import.meta.dirname, 'admin/index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql/index.html'),
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
