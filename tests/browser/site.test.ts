/**
 * The knowledge base in chromium (issue 4): history filters, postmortem pages with their mermaid timeline,
 * category and related-incident links, every page free of console errors, page weights, and the screenshots
 * used by the README (history, a postmortem, a category page; phone and laptop).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, launch, open, screenshot } from './setup/browser.ts';

interface ApiPostmortem {
  id: string;
  url: string;
  title: string;
  timeline: unknown[];
  categories: string[];
}

const PHONE = { width: 375, height: 812 };
let browser: Browser;
let api: ApiPostmortem[];
beforeAll(async () => {
  browser = await launch();
  api = (await (await fetch(new URL('/api/postmortems.json', baseUrl()))).json()) as ApiPostmortem[];
});
afterAll(async () => { await browser?.close(); });

const withTimeline = () => {
  const pm = api.find((p) => p.timeline.length > 0);
  if (!pm) throw new Error('no postmortem has a timeline: the extraction should give the example reports one');
  return pm;
};

/** Waits until every diagram of the page is drawn as SVG (and fails on one that could not be drawn). */
async function expectDiagram(page: Page): Promise<void> {
  await page.locator('[data-mermaid] .diagram-svg svg').first().waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-mermaid]')].every((f) => f.querySelector('.diagram-svg svg')), null, { timeout: 20_000 });
}

describe('history page', () => {
  it('filters by category without a reload, with counts, the address and an empty state', async () => {
    const { page, errors, foreignRequests } = await open(browser, '/');
    const select = page.locator('select[data-facet="category"]');
    await expect(select.isVisible()).resolves.toBe(true);
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    const category = options.find((o) => o.value);
    expect(category, 'at least one category is in use').toBeTruthy();
    const expected = Number(/\((\d+)\)/.exec(category!.text)![1]);
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
    await select.selectOption(category!.value);
    await page.waitForFunction((id) => location.search.includes(`category=${id}`), category!.value);
    const rows = page.locator('[data-history] > li');
    await expect(rows.count()).resolves.toBe(Math.min(expected, 50));
    for (const row of await rows.all()) await expect(row.locator(`a[href="/categories/${category!.value}/"]`).count()).resolves.toBe(1);
    await expect(page.locator('[data-count]').innerText()).resolves.toContain(`of ${expected}`);
    await expect(page.evaluate(() => (window as unknown as { marker?: number }).marker)).resolves.toBe(1); // no reload
    await screenshot(page, 'site-history-filtered');

    // a filter from the address (links from category pages), then an empty state, then clearing it
    await page.goto(new URL('/?category=no-such-category', baseUrl()).href);
    await page.locator('[data-empty]').waitFor({ state: 'visible' });
    await expect(page.locator('[data-history] > li').count()).resolves.toBe(0);
    await page.locator('[data-clear-empty]').click();
    await page.waitForFunction(() => !location.search);
    await expect(page.locator('[data-history] > li').count()).resolves.toBe(Math.min(api.length, 50));
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('ships little JavaScript and no mermaid', async () => {
    const dir = inject('siteDir');
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(200_000);
    const seen = new Set<string>();
    const walk = (src: string) => {
      if (seen.has(src)) return;
      seen.add(src);
      const code = readFileSync(join(dir, src), 'utf8');
      // static imports only: dynamic import('…') is loaded on demand
      for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) walk(join(src, '..', m[1]));
    };
    for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) walk(m[1].replace(/^\//, ''));
    const gzip = [...seen].reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
    console.log(`history page: ${seen.size} scripts, ${gzip} bytes gzip; HTML ${Buffer.byteLength(html)} bytes`);
    expect(gzip).toBeLessThan(20_000);
    expect([...seen].some((f) => /mermaid/i.test(f))).toBe(false);
  });
});

describe('postmortem pages', () => {
  it('open from the history, show the facts, and draw the timeline as SVG', async () => {
    const pm = withTimeline();
    const { page, errors } = await open(browser, '/');
    await page.locator(`[data-history] a[href="${pm.url}"]`).first().click();
    await page.waitForURL(`**${pm.url}`);
    await expect(page.locator('h1').innerText()).resolves.toBe(pm.title);
    await expect(page.locator('.facts').isVisible()).resolves.toBe(true);
    await expectDiagram(page);
    expect(errors).toEqual([]);
    // the README shot: facts, panels and the drawn timeline together
    const tall = await open(browser, pm.url, { width: 1280, height: 1500 });
    await expectDiagram(tall.page);
    await screenshot(tall.page, 'postmortem-laptop');
  });

  it('link extracted items to their line in the report', async () => {
    const dir = inject('siteDir');
    for (const pm of api) {
      const html = readFileSync(join(dir, pm.url, 'index.html'), 'utf8');
      for (const [, line] of html.matchAll(/class="line" href="#L(\d+)"/g)) expect(html, `${pm.url}#L${line}`).toContain(`id="L${line}"`);
    }
  });

  it('follow a category link and a related-incident link', async () => {
    const pm = api.find((p) => p.categories.length > 0) ?? withTimeline();
    const { page, errors } = await open(browser, pm.url);
    const cat = page.locator('.facts a.badge.cat').first();
    const href = await cat.getAttribute('href');
    await cat.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator(`.incidents a[href="${pm.url}"]`).count()).resolves.toBe(1); // and back
    await screenshot(page, 'category-laptop');

    let followed = false;
    for (const p of api) {
      await page.goto(new URL(p.url, baseUrl()).href);
      const related = page.locator('[data-related] a').first();
      if (!(await related.count())) continue;
      const target = (await related.getAttribute('href'))!;
      await expect(page.locator('[data-related] .reasons').first().innerText()).resolves.toMatch(/same cause|also/);
      await related.click();
      await page.waitForURL(`**${target}`);
      await expect(page.locator('h1').innerText()).resolves.toBeTruthy();
      followed = true;
      break;
    }
    expect(followed, 'some postmortem has a related incident').toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('every page', () => {
  it('renders without console errors or requests to other origins, with small postmortem pages', async () => {
    const dir = inject('siteDir');
    const pages = ['/', '/categories/', '/technologies/', '/stats/', '/404.html'];
    for (const sub of ['categories', 'technologies', 'history']) {
      try { pages.push(...readdirSync(join(dir, sub), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `/${sub}/${d.name}/`)); } catch { /* none */ }
    }
    pages.push(...api.map((p) => p.url));
    const { page, errors, foreignRequests, dialogs } = await open(browser, '/');
    const problems: string[] = [];
    for (const path of pages) {
      const before = errors.length + foreignRequests.length + dialogs.length;
      const response = await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
      if (path !== '/404.html' && response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      if (path === '/stats/' || api.some((p) => p.url === path && p.timeline.length)) await expectDiagram(page);
      if (errors.length + foreignRequests.length + dialogs.length > before) problems.push(`${path}: ${[...errors, ...foreignRequests, ...dialogs].slice(-3).join(' | ')}`);
    }
    expect(problems).toEqual([]);
    for (const p of api) expect(readFileSync(join(dir, p.url, 'index.html')).length, p.url).toBeLessThan(100_000);
  }, 300_000);

  it('draws the statistics charts', async () => {
    const { page } = await open(browser, '/stats/');
    await expectDiagram(page);
    await screenshot(page, 'stats-laptop');
    await expect(page.locator('[data-mermaid] .diagram-svg svg').count()).resolves.toBe(await page.locator('[data-mermaid]').count());
  });
});

describe('interface', () => {
  it('remembers the language and the theme', async () => {
    const { page, errors } = await open(browser, '/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Incident history');
    await page.locator('[data-lang-switch]').click();
    await expect(page.locator('h1').innerText()).resolves.toBe('故障历史');
    await page.locator('[data-theme-switch]').click();
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(theme).toMatch(/dark|light/);
    await page.reload();
    await expect(page.locator('h1').innerText()).resolves.toBe('故障历史');
    await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).resolves.toEqual(['zh-CN', theme]);
    expect(errors).toEqual([]);
  });

  it('is reachable by keyboard: the first Tab reaches the skip link', async () => {
    const { page } = await open(browser, api[0]?.url ?? '/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#main');
  });

  it('fits a 375 px phone without sideways scrolling (screenshots for the README)', async () => {
    const pm = api.find((p) => p.timeline.length > 0) ?? api[0];
    const category = api.find((p) => p.categories.length)?.categories[0] ?? 'unknown';
    for (const [path, name] of [['/', 'history-phone'], [pm.url, 'postmortem-phone'], [`/categories/${category}/`, 'category-phone']] as const) {
      const { page, errors } = await open(browser, path, PHONE);
      if (path === pm.url && pm.timeline.length) await expectDiagram(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await screenshot(page, name);
      expect(errors, path).toEqual([]);
      await page.close();
    }
    const { page } = await open(browser, '/');
    await screenshot(page, 'history-laptop');
  });
});
