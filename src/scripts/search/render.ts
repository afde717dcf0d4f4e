/**
 * Search results → DOM. Record text is untrusted: every string goes in with textContent, and highlights are
 * made by splitting the text into text nodes and <mark> elements — never innerHTML. Labels are rendered in
 * both interface languages (.l-en / .l-zh), so the header's language switch applies without re-rendering.
 */
import type { SearchResult } from '../../lib/search/engine.ts';
import type { MatchField } from '../../lib/search/explain.ts';

type Bi = [en: string, zh: string];
const FIELD_LABEL: Record<MatchField, Bi> = {
  s: ['Symptom', '现象'], t: ['Title', '标题'], c: ['Cause', '原因'], f: ['Fix', '处理'], x: ['Report', '报告'],
};
export const TEXT = {
  results: (n: number): Bi => [`${n} result${n === 1 ? '' : 's'}`, `${n} 条结果`],
  none: ['No postmortem matches. Try fewer words, or a symptom in the other language.', '没有匹配的复盘。试试更少的词，或换一种语言描述现象。'] as Bi,
  loading: ['Loading search…', '正在加载搜索…'] as Bi,
  failed: ['Search could not load. Press Enter to search on the search page.', '搜索加载失败。按回车在搜索页搜索。'] as Bi,
  cause: ['Cause', '原因'] as Bi,
  fix: ['Fix', '处理'] as Bi,
  undated: ['undated', '日期不详'] as Bi,
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Both languages as sibling spans (CSS shows one); identical strings once. */
export function bilingual([en, zh]: Bi): DocumentFragment {
  const frag = document.createDocumentFragment();
  if (en === zh) frag.append(en);
  else {
    const a = el('span', 'l-en', en), b = el('span', 'l-zh', zh);
    a.lang = 'en';
    b.lang = 'zh-CN';
    frag.append(a, b);
  }
  return frag;
}

/** text with [start, end) ranges wrapped in <mark>, as text nodes only. */
export function highlighted(text: string, ranges: [number, number][]): DocumentFragment {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) frag.append(text.slice(at, start));
    frag.append(el('mark', '', text.slice(start, end)));
    at = end;
  }
  if (at < text.length) frag.append(text.slice(at));
  return frag;
}

function line(label: Bi, text: string, className: string): HTMLElement {
  const row = el('span', className);
  const name = el('span', 'hs-label');
  name.append(bilingual(label), ': ');
  row.append(name, text);
  return row;
}

export function renderResult(r: SearchResult, id: string): HTMLLIElement {
  const li = el('li', 'hs-item');
  const a = el('a', 'hs-result');
  a.href = r.url;
  a.id = id;
  const head = el('span', 'hs-head');
  head.append(el('span', 'hs-title', r.title));
  const meta = el('span', 'hs-meta');
  if (r.date) meta.append(r.date);
  else meta.append(bilingual(TEXT.undated));
  for (const c of r.categories) {
    const badge = el('span', 'hs-badge');
    badge.append(bilingual([c.en, c.zh]));
    meta.append(' ', badge);
  }
  head.append(meta);
  a.append(head);
  if (r.match && r.match.field !== 't') {
    const why = el('span', 'hs-why');
    const name = el('span', 'hs-label');
    name.append(bilingual(FIELD_LABEL[r.match.field]), ': ');
    why.append(name, highlighted(r.match.text, r.match.ranges));
    a.append(why);
  } else if (r.match) {
    a.querySelector('.hs-title')!.replaceChildren(highlighted(r.match.text, r.match.ranges));
  }
  if (r.cause && r.match?.field !== 'c') a.append(line(TEXT.cause, r.cause, 'hs-cause'));
  if (r.fix && r.match?.field !== 'f') a.append(line(TEXT.fix, r.fix, 'hs-fix'));
  li.append(a);
  return li;
}

export function renderResults(list: HTMLElement, status: HTMLElement | null, results: SearchResult[], query: string): void {
  list.replaceChildren(...results.map((r, i) => renderResult(r, `${list.id || 'hs'}-r${i}`)));
  if (status) status.replaceChildren(query.trim() ? bilingual(results.length ? TEXT.results(results.length) : TEXT.none) : '');
}
