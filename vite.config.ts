import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot('./src/web'),
  plugins: [react()],
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
