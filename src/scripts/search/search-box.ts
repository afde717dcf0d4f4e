/**
 * The search box in every page header, and the /search/ page. Nothing loads until search is first used
 * (pointer down on or focus of the box, `/`, typing, or /search/?q=…); then results follow every keystroke (one search per frame), arrow
 * keys walk the results, Enter opens the first (or the one selected), Escape closes the panel. After each
 * render a `hindsight:search-rendered` event reports the milliseconds from keystroke to painted results.
 */
import type { SearchResult } from '../../lib/search/engine.ts';
import { loadSearchEngine } from './load.ts';
import { bilingual, renderResults, TEXT } from './render.ts';

const LIMIT_PANEL = 8;
let searched = false; // the first search is marked (hindsight:search-first-query) to time first use
const LIMIT_PAGE = 30;

interface Target {
  list: HTMLElement;
  status: HTMLElement | null;
  panel: HTMLElement | null;
  limit: number;
  page: boolean;
}

function createPanel(form: HTMLFormElement): Target {
  const panel = document.createElement('div');
  panel.className = 'hs-panel';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'hs-status';
  status.setAttribute('aria-live', 'polite');
  const list = document.createElement('ol');
  list.id = 'site-search-results';
  list.className = 'hs-results';
  list.setAttribute('data-search-results', '');
  panel.append(status, list);
  form.append(panel);
  return { list, status, panel, limit: LIMIT_PANEL, page: false };
}

function attach(input: HTMLInputElement, target: () => Target): void {
  let pending = false;
  let last: { query: string; results: SearchResult[] } | null = null;
  let stamp = 0;
  const show = (open: boolean) => {
    const t = target();
    if (t.panel) t.panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  const run = async (): Promise<SearchResult[]> => {
    const t = target();
    const query = input.value;
    if (!query.trim()) {
      last = { query, results: [] };
      renderResults(t.list, t.status, [], query);
      show(false);
      return [];
    }
    if (t.status && !last) t.status.replaceChildren(bilingual(TEXT.loading));
    show(true);
    let results: SearchResult[];
    try {
      const engine = await loadSearchEngine();
      results = engine.search(query, t.limit);
      if (!searched) { searched = true; performance.mark('hindsight:search-first-query'); }
    } catch {
      t.status?.replaceChildren(bilingual(TEXT.failed));
      return [];
    }
    if (input.value !== query) return results; // a newer keystroke will render
    last = { query, results };
    renderResults(t.list, t.status, results, query);
    if (t.page) history.replaceState(null, '', `/search/?q=${encodeURIComponent(query)}`);
    const started = stamp;
    requestAnimationFrame(() => setTimeout(() => {
      const ms = performance.now() - started;
      t.list.dataset.searchMs = ms.toFixed(1);
      document.dispatchEvent(new CustomEvent('hindsight:search-rendered', { detail: { query, ms, count: results.length } }));
    }));
    return results;
  };
  // start fetching at the first sign of use: pressing on the box comes before its focus, a key before its input
  const warm = () => void loadSearchEngine().catch(() => undefined);
  for (const type of ['pointerdown', 'focus', 'keydown']) input.addEventListener(type, warm, { passive: true });
  input.addEventListener('input', (event) => {
    stamp = event.timeStamp || performance.now();
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; void run(); });
  });
  input.addEventListener('keydown', (event) => {
    const links = [...target().list.querySelectorAll<HTMLAnchorElement>('a.hs-result')];
    if (event.key === 'ArrowDown' && links.length) {
      event.preventDefault();
      links[0].focus();
    } else if (event.key === 'Escape') {
      show(false);
    } else if (event.key === 'Enter' && !event.isComposing && input.value.trim()) {
      event.preventDefault();
      const open = (results: SearchResult[]) => {
        if (results[0]) location.href = results[0].url;
        else if (!target().page) input.form?.submit();
      };
      if (last?.query === input.value) open(last.results);
      else void run().then(open);
    }
  });
  input.setAttribute('aria-controls', target().list.id);
  target().list.addEventListener('keydown', (event) => {
    const links = [...target().list.querySelectorAll<HTMLAnchorElement>('a.hs-result')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)].focus();
    } else if (event.key === 'Escape') {
      show(false);
      input.focus();
    }
  });
  if (input.value.trim()) void run();
}

function init(): void {
  const header = document.querySelector<HTMLInputElement>('#site-search');
  const pageForm = document.querySelector<HTMLFormElement>('[data-search-page]');
  const pageInput = pageForm?.querySelector<HTMLInputElement>('input[type="search"]') ?? null;
  const pageTarget: Target | null = pageForm
    ? { list: document.querySelector<HTMLElement>('[data-search-page-results]')!, status: document.querySelector('[data-search-status]'), panel: null, limit: LIMIT_PAGE, page: true }
    : null;
  if (pageTarget && pageInput) {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    pageInput.value = q;
    if (header) header.value = q;
    attach(pageInput, () => pageTarget);
    // on the search page the header box drives the page's list through the page's input
    header?.addEventListener('input', () => {
      pageInput.value = header.value;
      pageInput.dispatchEvent(new Event('input'));
    });
  } else if (header?.form) {
    let panel: Target | null = null;
    attach(header, () => (panel ??= createPanel(header.form!)));
    document.addEventListener('click', (event) => {
      if (panel?.panel && !header.form!.contains(event.target as Node)) panel.panel.hidden = true;
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const active = document.activeElement as HTMLElement | null;
    if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
    const box = pageInput ?? header;
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

init();
