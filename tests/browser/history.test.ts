import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, screenshot } from './setup/browser.ts';

const inbox = readdirSync('content/inbox').filter((f) => /\.(md|markdown|txt)$/.test(f));
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('history page', () => {
  it('lists every example incident, and each link opens its page', async () => {
    const { page, errors } = await open(browser, '/');
    const links = await page.locator('[data-history] a[href^="/postmortems/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    const unique = [...new Set(links)];
    expect(unique.length).toBe(inbox.length);
    await screenshot(page, 'history-laptop');
    for (const href of unique) {
      const response = await page.goto(new URL(href, page.url()).href);
      expect(response?.status(), href).toBe(200);
      await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    }
    expect(errors).toEqual([]);
  });
});
