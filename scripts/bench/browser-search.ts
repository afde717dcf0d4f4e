/**
 * Typing-to-results in headless chromium on a built site: the search box reports each paint with a
 * `hindsight:search-rendered` event ({ query, ms }) — the contract of src/scripts/search (docs/search.md).
 * Returns load→first results and the p50/p95 of keystroke→painted, or a reason when it cannot run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../lib/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const QUERIES = ['消费延迟', 'rebalance', '连接池', 'disk full', '数据库', 'timeout'];

export async function benchBrowserSearch(site: string): Promise<{ loadToUsable: number; p50: number; p95: number; keystrokes: number } | string> {
  if (!existsSync(CHROMIUM)) return `n/a: no chromium at ${CHROMIUM}`;
  const { server, url } = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => {
      const w = window as unknown as { times: number[]; first: number | null };
      w.times = [];
      w.first = null;
      document.addEventListener('hindsight:search-rendered', (e) => {
        w.first ??= performance.now();
        w.times.push((e as CustomEvent<{ ms: number }>).detail.ms);
      });
    });
    if (!(await page.$('#site-search'))) return 'n/a: no #site-search box on the history page';
    await page.fill('#site-search', 'kafka');
    await page.waitForFunction(() => (window as unknown as { first: number | null }).first !== null, undefined, { timeout: 30_000 });
    const loadToUsable = await page.evaluate(() => (window as unknown as { first: number }).first);
    await page.evaluate(() => ((window as unknown as { times: number[] }).times = []));
    const times = await typeQueries(page, QUERIES);
    if (!times.length) return 'n/a: the search box reported no paints';
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
    return { loadToUsable: Math.round(loadToUsable), p50: Math.round(at(50) * 10) / 10, p95: Math.round(at(95) * 10) / 10, keystrokes: times.length };
  } catch (error) {
    return `n/a: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Types each query into the search box a key at a time, 60 ms apart like a quick typist, and returns the sorted
 * keystroke → painted times the page collected in `window.times` (the caller installs that listener).
 */
export async function typeQueries(page: Page, queries: readonly string[], box = '#site-search'): Promise<number[]> {
  for (const query of queries) {
    await page.fill(box, '');
    for (const ch of query) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(60);
    }
  }
  await page.waitForTimeout(300);
  return (await page.evaluate(() => (window as unknown as { times: number[] }).times)).sort((a, b) => a - b);
}
