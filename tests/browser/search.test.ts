import { availableParallelism, loadavg } from 'node:os';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import matter from 'gray-matter';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { buildSearchIndex } from '../../src/lib/search/records.ts';
import { parseSynonyms } from '../../src/lib/search/synonyms-file.ts';
import { generatePostmortems } from '../../src/lib/search/synthetic.ts';
import { parseCategories } from '../../src/lib/taxonomy.ts';
import { launch, open, screenshot } from './setup/browser.ts';

/** postmortem id of the example built from content/inbox/<prefix>… */
const ids = new Map<string, string>();
for (const f of readdirSync('content/postmortems').filter((f) => f.endsWith('.md'))) {
  const source = String(matter(readFileSync(`content/postmortems/${f}`, 'utf8'), {}).data.source ?? '');
  ids.set(source.split('/').pop()!.slice(0, 3), f.replace(/\.md$/, ''));
}
const example = (prefix: string) => ids.get(prefix)!;

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

/** Types into the header box and waits until results for exactly that query are painted; returns the hrefs. */
async function typeAndWait(page: Page, selector: string, query: string): Promise<string[]> {
  const rendered = page.evaluate((q) => new Promise<void>((ok) => {
    document.addEventListener('hindsight:search-rendered', function on(e) {
      if ((e as CustomEvent).detail.query === q) { document.removeEventListener('hindsight:search-rendered', on); ok(); }
    });
  }), query);
  await page.fill(selector, query);
  await rendered;
  return page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

describe('search box', () => {
  const cases: [string, string, string][] = [
    ['Chinese', '消费延迟', '001'],
    ['Chinese, one domain word', '线程池', '003'],
    ['Chinese, unspaced two words', 'kafka卡顿', '004'],
    ['cross-language, English → Chinese report', 'consumer lag', '000'],
    ['cross-language, English → Chinese report', 'thread leak', '003'],
    ['Chinese synonym', '线程泄漏', '003'],
    ['misspelt English', 'rebalnce', '001'],
    ['cross-language, disk', 'disk full', '001'],
  ];
  it.each(cases)('%s: %s finds its report in the top three', async (_kind, query, prefix) => {
    const { page, errors, foreignRequests } = await open(browser, '/');
    const hrefs = await typeAndWait(page, '#site-search', query);
    expect(hrefs.slice(0, 3), `${query} → ${hrefs.join(', ')}`).toContain(`/postmortems/${example(prefix)}/`);
    // why it matched: something is highlighted, and every result has a title
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('loads nothing until first used, then fetches the index once', async () => {
    const { page } = await open(browser, '/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.waitForTimeout(300);
    expect(requests.filter((p) => p.includes('search-index'))).toEqual([]);
    await typeAndWait(page, '#site-search', '线程');
    await typeAndWait(page, '#site-search', '线程池');
    expect(requests.filter((p) => p.includes('search-index'))).toEqual(['/search-index.json']);
    await page.close();
  });

  it('keeps searching offline once loaded', async () => {
    const { page, errors } = await open(browser, '/');
    await typeAndWait(page, '#site-search', '线程池');
    await page.context().setOffline(true);
    const hrefs = await typeAndWait(page, '#site-search', 'rebalnce');
    expect(hrefs[0]).toBe(`/postmortems/${example('001')}/`);
    await page.context().setOffline(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"/" focuses the box, arrows walk the results, Enter opens the first', async () => {
    const { page, errors } = await open(browser, '/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await typeAndWait(page, '#site-search', '线程池');
    await screenshot(page, 'search-panel-laptop');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/^\/postmortems\//);
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await Promise.all([page.waitForURL(`**${first}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(first);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/search/?q= restores the query and its results, and typing keeps the URL shareable', async () => {
    const { page, errors } = await open(browser, `/search/?q=${encodeURIComponent('线程池')}`);
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await page.inputValue('#search-page-q')).toBe('线程池');
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 3)).toContain(`/postmortems/${example('003')}/`);
    expect(await page.locator('[data-search-results]').count()).toBe(1);
    await typeAndWait(page, '#search-page-q', 'rebalnce');
    expect(new URL(page.url()).searchParams.get('q')).toBe('rebalnce');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 375 px phone', async () => {
    const { page } = await open(browser, '/', { width: 375, height: 740 });
    await typeAndWait(page, '#site-search', 'consumer lag');
    const box = (await page.locator('.hs-panel').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'search-panel-phone');
    await page.close();
  });

  it('shows record text as text: markup in a record never runs', async () => {
    const { page, dialogs, errors } = await open(browser, '/');
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script> 线程池';
    await page.route('**/search-index.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ v: 1, categories: [], synonyms: [], records: [{ i: 'x', t: evil, d: null, s: [evil], c: [evil], f: [], g: [], k: [], x: evil }] }),
    }));
    await typeAndWait(page, '#site-search', '线程池');
    expect(await page.locator('[data-search-results] img, [data-search-results] script').count()).toBe(0);
    expect(await page.locator('.hs-title').first().textContent()).toContain('<img src=x');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search at 10,000 postmortems (synthetic index served in place of the real one)', () => {
  it('first usable within 1 s of load, results painted within 100 ms of a keystroke (p95)', async () => {
    const categories = parseCategories(readFileSync('content/categories.yaml', 'utf8'));
    const body = JSON.stringify(buildSearchIndex(generatePostmortems(10_000), { categories, synonyms: parseSynonyms(readFileSync('content/synonyms.yaml', 'utf8')) }));
    // a copy of the built site whose index holds 10,000 synthetic postmortems, served like the real one
    const dir = mkdtempSync('tmp/search-10k-');
    cpSync(inject('siteDir'), dir, { recursive: true });
    writeFileSync(`${dir}/search-index.json`, body);
    const served = await serveStatic(dir);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(new URL('/', served.url).href, { waitUntil: 'load' });
      // load → first usable: from navigation start until the first query's results are painted
      const firstQuery = 'consumer lag';
      await typeAndWait(page, '#site-search', firstQuery);
      const loadToUsable = await page.evaluate(() => performance.now());
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('hindsight:search-', ''), Math.round(m.startTime)])));
      const nav = await page.evaluate(() => Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
      const times: number[] = [];
      await page.evaluate(() => {
        (window as unknown as { times: number[] }).times = [];
        document.addEventListener('hindsight:search-rendered', (e) => (window as unknown as { times: number[] }).times.push((e as CustomEvent).detail.ms));
      });
      for (const query of ['消费延迟', 'rebalnce', '线程池泄漏', 'disk full', '数据库宕机', 'thread leak']) {
        await page.fill('#site-search', '');
        for (const ch of query) {
          await page.keyboard.type(ch);
          await page.waitForTimeout(60);
        }
      }
      await page.waitForTimeout(300);
      times.push(...(await page.evaluate(() => (window as unknown as { times: number[] }).times)));
      times.sort((a, b) => a - b);
      const p95 = times[Math.ceil(times.length * 0.95) - 1];
      console.log(`search 10k in chromium: load event ${nav} ms, marks ${JSON.stringify(marks)}, load→usable ${loadToUsable.toFixed(0)} ms, typing→painted p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} keystrokes`);
      expect(times.length).toBeGreaterThan(20);
      // The budgets (1 s, 100 ms) hold on an idle machine; on a shared one they stretch with the load average,
      // and the log line above says what was measured.
      const slack = Math.max(1, loadavg()[0] / availableParallelism());
      if (slack > 1) console.log(`machine busy (load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores): budgets × ${slack.toFixed(1)}`);
      expect(loadToUsable).toBeLessThanOrEqual(1000 * slack);
      expect(p95).toBeLessThanOrEqual(100 * slack);
      await page.close();
    } finally {
      await new Promise((ok) => served.server.close(ok));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
