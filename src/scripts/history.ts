/**
 * The history page's filters: category, technology, year and status applied without a reload, with counts
 * that follow the other filters, an empty state, the filters kept in the address (?category=…), and "Show
 * more" appending rows in place. The rows come from /api/history.json, fetched on first use.
 */
import { FACETS, facetCounts, filterRows, readFilters, writeFilters, type Filters, type HistoryData, type HistoryRow } from '../lib/history-filter.ts';
import { vocab, type Bilingual } from '../lib/i18n.ts';
import { localise } from './prefs.ts';

const root = document.querySelector<HTMLElement>('[data-history-root]');
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-filters]')!;
  const list = root.querySelector<HTMLOListElement>('[data-history]')!;
  const count = root.querySelector<HTMLElement>('[data-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const more = root.querySelector<HTMLAnchorElement>('[data-more]');
  const pageSize = Number(root.dataset.pageSize) || 50;
  let data: Promise<HistoryData> | undefined;
  const load = () => (data ??= fetch(root.dataset.src!).then((r) => r.json() as Promise<HistoryData>));
  let filters: Filters = readFilters(location.search);
  let matches: HistoryRow[] | null = null;
  let shown = list.children.length;

  const selects = FACETS.map((f) => form.querySelector<HTMLSelectElement>(`select[data-facet="${f}"]`)!);
  form.hidden = false;

  async function apply(): Promise<void> {
    const d = await load();
    matches = filterRows(d, filters);
    list.replaceChildren();
    shown = 0;
    showMore(d);
    updateOptions(d);
    history.replaceState(history.state, '', `${location.pathname}${writeFilters(filters)}`);
  }

  function showMore(d: HistoryData): void {
    const rows = matches ?? d.rows;
    const next = rows.slice(shown, shown + pageSize);
    list.append(...next.map((r) => renderRow(d, r)));
    shown += next.length;
    if (more) more.hidden = shown >= rows.length;
    empty.hidden = rows.length > 0;
    setCount(shown, rows.length);
  }

  function setCount(n: number, total: number): void {
    const [en, zh] = count.children;
    en.textContent = `Showing ${n} of ${total} incidents`;
    zh.textContent = `显示 ${n} 起，共 ${total} 起故障`;
  }

  function updateOptions(d: HistoryData): void {
    const counts = facetCounts(d, filters);
    FACETS.forEach((f, i) => {
      const select = selects[i];
      if (filters[f] && ![...select.options].some((o) => o.value === filters[f])) select.add(new Option(filters[f], filters[f]));
      select.value = filters[f] ?? '';
      for (const o of select.options) {
        const n = counts[f].get(o.value) ?? 0;
        const label: Bilingual = o.value ? { en: o.dataset.labelEn ?? o.value, zh: o.dataset.labelZh ?? o.value } : { en: 'All', zh: '全部' };
        o.dataset.en = `${label.en} (${n})`;
        o.dataset.zh = `${label.zh}（${n}）`;
      }
    });
    localise(form);
  }

  form.addEventListener('change', (e) => {
    const select = e.target as HTMLSelectElement;
    filters = { ...filters, [select.dataset.facet!]: select.value || undefined };
    void apply();
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    filters = {};
    void apply();
  });
  empty.addEventListener('click', (e) => {
    if ((e.target as HTMLElement).closest('[data-clear-empty]')) form.reset();
  });
  more?.addEventListener('click', (e) => {
    e.preventDefault();
    void load().then((d) => {
      const first = shown;
      showMore(d);
      // keyboard and screen-reader users continue at the first new row
      list.children[first]?.querySelector<HTMLAnchorElement>('a.title')?.focus();
    });
  });
  if (Object.keys(filters).length) void apply();
}

function bilingual(parent: HTMLElement, text: Bilingual): void {
  if (text.en === text.zh) return void parent.append(text.en);
  const en = Object.assign(document.createElement('span'), { className: 'l-en', lang: 'en', textContent: text.en });
  const zh = Object.assign(document.createElement('span'), { className: 'l-zh', lang: 'zh-CN', textContent: text.zh });
  parent.append(en, zh);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The same markup as src/components/IncidentRow.astro. */
function renderRow(d: HistoryData, [id, date, title, status, cats, techs, symptom, severity]: HistoryRow): HTMLLIElement {
  const li = el('li', 'incident');
  if (date) li.append(Object.assign(el('time', '', date), { dateTime: date }));
  else bilingual(li.appendChild(el('span', 'muted')), vocab('undated'));
  const title_ = el('div');
  title_.append(Object.assign(el('a', 'title', title), { href: `/postmortems/${id}/` }));
  const meta = el('div', 'meta');
  bilingual(meta.appendChild(el('span', `badge status status-${status}`)), vocab(status));
  if (severity !== 'unknown') bilingual(meta.appendChild(el('span', `badge sev-${severity}`)), vocab(severity));
  for (const i of cats) bilingual(meta.appendChild(Object.assign(el('a', 'badge cat'), { href: `/categories/${d.categories[i].id}/` })), d.categories[i]);
  for (const i of techs) meta.append(Object.assign(el('a', 'badge tech', d.technologies[i].name), { href: `/technologies/${d.technologies[i].id}/` }));
  li.append(title_, meta);
  if (symptom) li.append(el('p', 'symptom', symptom));
  return li;
}
