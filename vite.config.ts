import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Emits /sw.js from src/web/offline/sw.js with the list of built files to precache and a version
 * derived from it (hashed file names), so a new build installs a new worker. Hand-written instead of
 * vite-plugin-pwa: the worker is ~80 lines and this is all the build has to add.
 */
function serviceWorker(): Plugin {
  return {
    name: 'weijian-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((fileName) => fileName.startsWith('assets/'))
        .sort()
        .map((fileName) => `/${fileName}`);
      const precache = ['/index.html', '/manifest.webmanifest', '/icon.svg', ...assets];
      const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(fromRoot('./src/web/offline/sw.js'), 'utf8')
        .replace("const VERSION = '__VERSION__';", `const VERSION = '${version}';`)
        .replace('const PRECACHE = __PRECACHE__;', `const PRECACHE = ${JSON.stringify(precache)};`);
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  root: fromRoot('./src/web'),
  plugins: [react(), serviceWorker()],
  build: {
    outDir: fromRoot('./dist/web'),
    emptyOutDir: true,
    // The first page loads React, the router and the antd core; tables, pickers and forms of the
    // admin pages arrive with those (lazy) pages. antd's share of that is ~800 kB minified.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: {
      // /api/* goes to the API server (tsx src/server/main.ts; WEIJIAN_API_URL points elsewhere),
      // except the modules of src/web/api/ itself (/api/client.ts), which Vite serves.
      '^/api/(?!.*\\.tsx?(?:\\?.*)?$)': {
        target: process.env.WEIJIAN_API_URL ?? 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
});
