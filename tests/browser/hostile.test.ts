/**
 * Issue #7: a site built from the hostile fixtures runs no script from any report. Ingests
 * tests/fixtures/hostile into a scratch content folder, builds it (HINDSIGHT_CONTENT, own --outDir), serves it
 * with the project's static server (which sends the CSP header too) and opens every page in chromium.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { launch } from './setup/browser.ts';

// inside the project: Astro refuses entry files outside its root
mkdirSync('tmp', { recursive: true });
const root = mkdtempSync('tmp/hostile-');
const content = join(root, 'content');
const site = join(root, 'site');
let server: Server;
let base = '';
let browser: Browser;
let pages: string[] = [];

beforeAll(async () => {
  mkdirSync(join(content, 'postmortems'), { recursive: true });
  for (const f of readdirSync('content').filter((n) => n.endsWith('.yaml'))) cpSync(join('content', f), join(content, f));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: '1', HINDSIGHT_CONTENT: content, HINDSIGHT_CACHE_DIR: join(root, 'cache') };
  // exit code 1 is expected: the broken fixtures fail by design, the others are written
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', '--in', 'tests/fixtures/hostile', '--out', join(content, 'postmortems')], { env, encoding: 'utf8' });
  expect(ingest.stdout).toMatch(/ingest: \d+ read, [1-9]\d* written/);
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site, '--silent'], { env, stdio: 'inherit' });
  pages = (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => f.split('\\').join('/')).sort();
  ({ server, url: base } = await serveStatic(site));
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  rmSync(root, { recursive: true, force: true });
});

const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

describe('a site built from hostile reports', () => {
  it('has a page for every ingested report', () => {
    const written = readdirSync(join(content, 'postmortems')).filter((f) => f.endsWith('.md'));
    const built = pages.filter((p) => p.startsWith('postmortems/'));
    expect(written.length).toBeGreaterThan(15);
    expect(built.length).toBe(written.length);
  });

  it('has a CSP meta on every page', () => {
    for (const file of pages) {
      const html = readFileSync(join(site, file), 'utf8');
      expect(html, file).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'/);
    }
  });

  it('runs nothing from a report in chromium: no dialog, no injected or inline script, no foreign request, no error', async () => {
    const problems: string[] = [];
    const origin = new URL(base).origin;
    const visit = async (file: string) => {
      const page = await browser.newPage();
      const note = (what: string) => problems.push(`${pathOf(file)}: ${what}`);
      page.on('dialog', (d) => { note(`dialog ${d.message()}`); void d.dismiss(); });
      page.on('pageerror', (e) => note(`page error ${String(e)}`));
      page.on('console', (m) => { if (m.type() === 'error') note(`console error ${m.text()}`); });
      page.on('request', (r) => { const u = r.url(); if (!u.startsWith(origin) && !/^(data|blob):/.test(u)) note(`foreign request ${u}`); });
      const response = await page.goto(new URL(pathOf(file), base).href, { waitUntil: 'load' });
      if (!file.startsWith('404') && response?.status() !== 200) note(`status ${response?.status()}`);
      await page.waitForTimeout(100); // let the page's own scripts (mermaid, search) run
      const scripts = await page.$$eval('script', (els, o) => els.filter((s) => !(s as HTMLScriptElement).src.startsWith(`${o}/`)).map((s) => s.outerHTML.slice(0, 120)), origin);
      for (const s of scripts) note(`inline or foreign script ${s}`);
      const active = await page.$$eval('[onerror],[onload],[onclick],[ontoggle],[onmouseover],iframe,object,embed,base,form[action^="http"],a[href^="javascript:" i],a[href^="data:" i]', (els) => els.map((e) => e.outerHTML.slice(0, 120)));
      for (const s of active) note(`active markup ${s}`);
      if (file.startsWith('postmortems/') && !(await page.$eval('h1', (h) => h.textContent?.trim()).catch(() => ''))) note('no title rendered');
      await page.close();
    };
    const queue = [...pages];
    await Promise.all([0, 1, 2].map(async () => { while (queue.length) await visit(queue.shift()!); }));
    expect(problems, relative(process.cwd(), site)).toEqual([]);
  }, 120_000);

  it('sends the CSP as a header too', async () => {
    const res = await fetch(base);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'.*frame-ancestors 'none'/);
  });
});
