// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  output: 'static',
  site: process.env.HINDSIGHT_SITE ?? 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [sitemap()],
  // Bodies are rendered by src/lib/render-body.ts (sanitised, line-anchored), not by Astro's markdown pipeline.
  devToolbar: { enabled: false },
  // Pages render while earlier ones are written: with one page at a time the main thread sat idle for about a
  // fifth of a build, waiting for mkdir/writeFile of each page (docs/performance.md). The output is the same.
  build: { concurrency: 4 },
  // Scripts and styles as external files, never inlined: the Content-Security-Policy allows script-src 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1' },
  // HINDSIGHT_CACHE_DIR: a separate content-layer cache for scratch builds (bench, hostile test), so they
  // neither reuse nor overwrite the cache of the real content.
  ...(process.env.HINDSIGHT_CACHE_DIR ? { cacheDir: process.env.HINDSIGHT_CACHE_DIR } : {}),
});
