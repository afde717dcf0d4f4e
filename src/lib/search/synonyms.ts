/**
 * Query → concepts. A concept is one thing the user asked for, with every way of writing it: the synonym
 * groups of content/synonyms.yaml (积压 ↔ lag ↔ backlog) and the bilingual category names and keywords of
 * content/categories.yaml (a phrase that names a category also matches reports classified into it). That is
 * how `consumer lag` finds a Chinese report about 消费积压 and `线程泄漏` an English one about a thread leak.
 * Pure and DOM-free: the browser and the Node tests share it.
 */
import { normalize, splitRuns } from './tokenize.ts';

export interface ThesaurusCategory {
  id: string;
  names: string[];
  keywords: string[];
}

export interface Thesaurus {
  /** normalised phrase → the synonyms it expands to (itself included) and the category ids it names. */
  phrases: Map<string, { alternatives: string[]; categories: string[] }>;
}

export interface Concept {
  /** The words of the query this concept came from (normalised). */
  source: string;
  /** Normalised phrases, any of which satisfies the concept; the first is the query's own. */
  alternatives: string[];
  /** Category ids the concept names. */
  categories: string[];
  /** phrase: matched a thesaurus entry; word: a Latin word (matched as a prefix, typo-tolerant); cjk: a CJK run. */
  kind: 'phrase' | 'word' | 'cjk';
}

const isWordChar = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch) && !/[\p{Script=Han}]/u.test(ch);

export function createThesaurus(groups: string[][], categories: ThesaurusCategory[]): Thesaurus {
  const phrases: Thesaurus['phrases'] = new Map();
  const entry = (p: string) => {
    let e = phrases.get(p);
    if (!e) phrases.set(p, (e = { alternatives: [p], categories: [] }));
    return e;
  };
  for (const group of groups) {
    const norm = [...new Set(group.map((w) => normalize(w).trim()).filter(Boolean))];
    for (const p of norm) {
      const e = entry(p);
      for (const q of norm) if (!e.alternatives.includes(q)) e.alternatives.push(q);
    }
  }
  for (const c of categories) {
    for (const raw of [...c.names, ...c.keywords]) {
      const p = normalize(raw).trim();
      if (!p) continue;
      const e = entry(p);
      if (!e.categories.includes(c.id)) e.categories.push(c.id);
    }
  }
  return { phrases };
}

/** Synonyms of one normalised phrase (itself first), or just the phrase. */
export function expandPhrase(thesaurus: Thesaurus, phrase: string): { alternatives: string[]; categories: string[] } {
  const e = thesaurus.phrases.get(phrase);
  return e ? { alternatives: [...e.alternatives], categories: [...e.categories] } : { alternatives: [phrase], categories: [] };
}

/**
 * Splits a query into concepts: thesaurus phrases first (longest match wins, Latin phrases only on word
 * boundaries), then what is left as Latin words and CJK runs.
 */
export function extractConcepts(thesaurus: Thesaurus, query: string): Concept[] {
  const q = normalize(query);
  const hits: { start: number; end: number; phrase: string }[] = [];
  for (const phrase of thesaurus.phrases.keys()) {
    for (let at = q.indexOf(phrase); at >= 0; at = q.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      const latinStart = isWordChar(phrase[0]), latinEnd = isWordChar(phrase[phrase.length - 1]);
      if (latinStart && isWordChar(q[at - 1])) continue;
      if (latinEnd && isWordChar(q[end])) continue;
      hits.push({ start: at, end, phrase });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: boolean[] = [];
  const chosen: typeof hits = [];
  for (const h of hits) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = h.start; i < h.end; i++) taken[i] = true;
    chosen.push(h);
  }
  const concepts: (Concept & { at: number })[] = chosen.map((h) => ({ ...expandPhrase(thesaurus, h.phrase), source: h.phrase, kind: 'phrase', at: h.start }));
  // what the phrases left: blank out taken characters and split the rest into runs
  const rest = q.replace(/[\s\S]/g, (ch, i: number) => (taken[i] ? ' ' : ch));
  for (const run of splitRuns(rest)) {
    concepts.push({ source: run.text, alternatives: [run.text], categories: [], kind: run.cjk ? 'cjk' : 'word', at: run.start });
  }
  return concepts.sort((a, b) => a.at - b.at).map(({ at: _at, ...c }) => c);
}
