/**
 * What a page costs to load: its HTML bytes, and the JavaScript it pulls in (every <script src> and
 * modulepreload of the page, plus the static imports of those modules, followed inside the built site).
 * Dynamic import() chunks (mermaid diagrams, the search index) load later and are counted apart.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface PageWeight {
  html: number;
  js: number;
  /** JavaScript reachable only through dynamic import(), loaded on demand. */
  lazyJs: number;
}

export function pageWeight(site: string, page: string): PageWeight | null {
  const file = join(site, page);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, 'utf8');
  const roots = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const walk = (path: string, into: Set<string>) => {
    if (into.has(path) || eager.has(path) || !existsSync(path)) return;
    into.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) walk(resolve(dirname(path), m[1]), into);
    for (const m of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) walk(resolve(dirname(path), m[1]), lazy);
  };
  for (const src of roots) if (src.startsWith('/')) walk(join(site, src), eager);
  const size = (set: Set<string>) => [...set].filter((p) => !eager.has(p) || set === eager).reduce((n, p) => n + statSync(p).size, 0);
  return { html: Buffer.byteLength(html), js: size(eager), lazyJs: size(lazy) };
}
