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
  server: { host: '127.0.0.1' },
});
