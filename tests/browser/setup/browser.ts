/**
 * Playwright-core driving Debian's chromium (/usr/bin/chromium; never a downloaded browser). Every page a
 * test opens records console errors, page errors, dialogs and requests to other origins, so a test can assert
 * that none happened.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const SCREENSHOTS = 'test-results/screenshots';

export interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
  foreignRequests: string[];
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

export const baseUrl = () => inject('baseUrl');

export async function open(browser: Browser, path: string, viewport = { width: 1280, height: 900 }): Promise<Watched> {
  const page = await browser.newPage({ viewport });
  const watched: Watched = { page, errors: [], dialogs: [], foreignRequests: [] };
  const origin = new URL(baseUrl()).origin;
  page.on('console', (m) => { if (m.type() === 'error') watched.errors.push(m.text()); });
  page.on('pageerror', (e) => watched.errors.push(String(e)));
  page.on('dialog', (d) => { watched.dialogs.push(d.message()); void d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) watched.foreignRequests.push(r.url()); });
  await page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
  return watched;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: false });
}
