/**
 * Registers /sw.js (built from src/web/offline/sw.js, see vite.config.ts), which keeps the app shell
 * so the field forms open without a network. Production builds only: in `vite` dev the modules are
 * served unbundled and a cached shell would only get in the way.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('service worker not registered', error));
  });
}
