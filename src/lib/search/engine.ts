/**
 * The search engine: records → inverted index (recall, in a few milliseconds) → fuse.js (ranking and typo
 * tolerance over the best few hundred candidates only: fuse alone scans every record, ≈ 580 ms p95 at 10,000).
 *
 * 0. The inverted index ships prebuilt in the index file (inverted-index.ts); a file without it is indexed here.
 *    Records may be an array or the shipped files' store, which decodes a record when a query first needs it.
 * 1. The query becomes concepts (synonyms.ts): each satisfied by any of its alternatives or by a category.
 * 2. Each alternative's tokens (CJK bigrams, Latin word prefixes) are intersected in the inverted index; a
 *    leftover CJK run (数据库宕机) scores by the share of its bigrams found, so unspaced words need no segmenter.
 *    A Latin word found nowhere is corrected by fuse against the index's own words (rebalnce → rebalance).
 * 3. Score = Σ concepts (best field weight × alternative weight × rarity), × (share of concepts matched)².
 * 4. fuse re-ranks the top candidates by how closely a weighted field contains the query as typed.
 */
import Fuse from 'fuse.js';
import { buildInvertedIndex, categoryToken, FIELD_WEIGHT, packInvertedIndex, unpackInvertedIndex, wordsWithPrefix } from './inverted-index.ts';
import { explainMatch, type ConceptTerms, type MatchExplanation } from './explain.ts';
import { openSearchFiles } from './files.ts';
import type { RecordList, SearchCategory, SearchIndexFile, SearchRecord } from './records.ts';
import { createThesaurus, expandPhrase, extractConcepts, type Concept, type Thesaurus } from './synonyms.ts';
import { isCjk, normalize, tokensOf } from './tokenize.ts';

export interface SearchResult {
  id: string;
  url: string;
  title: string;
  date: string | null;
  categories: SearchCategory[];
  technologies: string[];
  /** the first cause and fix, when the report has them */
  cause: string | null;
  fix: string | null;
  /** why it matched: the best matching symptom, title, cause, fix or excerpt, with highlighted ranges */
  match: MatchExplanation | null;
  score: number;
}

export interface SearchEngine {
  search(query: string, limit?: number): SearchResult[];
  /** Idle work: decodes the packed postings and records no query has touched yet while hasTime(); true when nothing is left. */
  idle(hasTime: () => boolean): boolean;
  readonly records: RecordList;
}

/** Candidates fuse ranks: enough for ranking, few enough to stay within a few milliseconds. */
export const FUSE_CANDIDATES = 50;
const SYNONYM_WEIGHT = 0.8;
const TYPO_WEIGHT = 0.7;
const CATEGORY_WEIGHT = 0.9;
const SPREAD = 64; // bit: the tokens of an alternative were found, but not in one field

const fuseKeys = [
  { name: 's', weight: 10 }, { name: 't', weight: 8 }, { name: 'c', weight: 6 },
  { name: 'f', weight: 5 }, { name: 'k', weight: 3 },
];

function fieldScore(bits: number): number {
  let best = 0, count = 0;
  for (let b = 1; b < SPREAD; b <<= 1) if (bits & b) { best = Math.max(best, FIELD_WEIGHT[b]); count++; }
  return (best + 0.3 * (count - 1)) * (bits & SPREAD ? 0.6 : 1);
}

const isLatin = (token: string) => !isCjk(token[0]) && token[0] !== '\u0001';

export function createSearchEngine(file: SearchIndexFile): SearchEngine {
  const records = file.records;
  const record = (doc: number): SearchRecord => records.at(doc)!;
  // prebuilt at build time (only JSON to parse); built here from the records when the file has no packed index
  const index = file.index ? unpackInvertedIndex(file.index, records.length) : buildInvertedIndex(records);
  const categories = new Map(file.categories.map((c) => [c.id, c]));
  const thesaurus: Thesaurus = createThesaurus(file.synonyms, file.categories.map((c) => ({
    id: c.id,
    names: [...c.zh.split(/\s*\/\s*/), ...c.en.split(/\s*\/\s*/)],
    keywords: c.keywords,
  })));
  const N = records.length;
  const rarityBase = Math.log(Math.max(2, N));
  // scratch arrays indexed by document, reset by generation stamps instead of clearing (no Maps per query)
  const markA = new Int32Array(N), bitsA = new Int32Array(N), markB = new Int32Array(N), bitsB = new Int32Array(N);
  const cMark = new Int32Array(N), cScore = new Float64Array(N), cCov = new Float64Array(N);
  const tMark = new Int32Array(N), tScore = new Float64Array(N), tCov = new Float64Array(N);
  let gen = 0;

  const tokenLists = (token: string): number[][] => {
    // a short prefix completes to few words (the shortest): while typing `co` the user has not said much yet
    if (isLatin(token) && token.length >= 2) return wordsWithPrefix(index, token, token.length < 4 ? 6 : 48).map((w) => index.lookup(w)!);
    const list = index.lookup(token);
    if (token.length === 1 && !isLatin(token)) return [...(list ? [list] : []), ...index.pairsStartingWith(token)];
    return list ? [list] : [];
  };

  /** Calls visit(doc, fields) for each document holding every token of a phrase (fields shared, or SPREAD). */
  const phraseDocs = (phrase: string, visit: (doc: number, bits: number) => void) => {
    const tokens = [...new Set(tokensOf(phrase))].map(tokenLists).map((lists) => ({ lists, size: lists.reduce((a, l) => a + l.length, 0) }));
    if (!tokens.length) return;
    tokens.sort((a, b) => a.size - b.size);
    if (tokens[0].size === 0) return;
    const g1 = ++gen;
    let cand: number[] = [];
    for (const list of tokens[0].lists) for (const e of list) {
      const d = e >>> 6;
      if (markA[d] !== g1) { markA[d] = g1; bitsA[d] = e & 63; cand.push(d); } else bitsA[d] |= e & 63;
    }
    for (let k = 1; k < tokens.length && cand.length; k++) {
      const g2 = ++gen;
      for (const list of tokens[k].lists) for (const e of list) {
        const d = e >>> 6;
        if (markA[d] !== g1) continue;
        if (markB[d] !== g2) { markB[d] = g2; bitsB[d] = e & 63; } else bitsB[d] |= e & 63;
      }
      const next: number[] = [];
      for (const d of cand) {
        if (markB[d] !== g2) continue;
        const both = bitsA[d] & bitsB[d] & 63;
        bitsA[d] = both || ((bitsA[d] | bitsB[d]) & 63) | SPREAD;
        next.push(d);
      }
      cand = next;
    }
    for (const d of cand) visit(d, bitsA[d]);
  };

  /** Index words close to a misspelt word, found by fuse among words of about the same length. */
  const correct = (word: string): string[] => {
    const near = index.words().filter((w) => Math.abs(w.length - word.length) <= 2 && (w[0] === word[0] || w[1] === word[1]));
    const fuse = new Fuse(near, { includeScore: true, threshold: 0.34, ignoreLocation: true });
    return fuse.search(word, { limit: 3 }).map((r) => r.item);
  };

  /** Best [score, coverage] per document for one concept (in cScore/cCov), the documents, and terms to highlight. */
  const evaluate = (concept: Concept): { docs: number[]; terms: string[]; partial: string[] } => {
    const g = ++gen;
    const docs: number[] = [];
    const terms = [...concept.alternatives];
    const partial: string[] = [];
    const credit = (doc: number, score: number, coverage: number) => {
      if (cMark[doc] !== g) { cMark[doc] = g; cScore[doc] = score; cCov[doc] = coverage; docs.push(doc); }
      else if (score * coverage > cScore[doc] * cCov[doc]) { cScore[doc] = score; cCov[doc] = coverage; }
    };
    const addAlternatives = (alts: string[], first: number, others: number) => {
      alts.forEach((alt, i) => phraseDocs(alt, (doc, bits) => credit(doc, fieldScore(bits) * (i === 0 ? first : others), 1)));
    };
    const addCategories = (ids: string[], weight: number) => {
      for (const id of ids) for (const list of tokenLists(categoryToken(id))) for (const e of list) credit(e >>> 6, fieldScore(e & 63) * weight, 1);
    };
    addAlternatives(concept.alternatives, 1, SYNONYM_WEIGHT);
    addCategories(concept.categories, CATEGORY_WEIGHT);
    // CJK text: also the share of the query's bigrams found (数据库宕机 → 数据库主库宕机)
    for (const alt of concept.kind === 'word' ? [] : concept.alternatives.slice(0, 1)) {
      const grams = [...new Set(tokensOf(alt))].filter((t) => !isLatin(t));
      if (grams.length < 2) continue;
      partial.push(...grams);
      const gg = ++gen;
      const hitDocs: number[] = [];
      for (const gram of grams) for (const list of tokenLists(gram)) for (const e of list) {
        const d = e >>> 6;
        if (markB[d] !== gg) { markB[d] = gg; bitsB[d] = e & 63; bitsA[d] = 1; hitDocs.push(d); } else { bitsB[d] |= e & 63; bitsA[d]++; }
      }
      for (const d of hitDocs) {
        const share = bitsA[d] / grams.length;
        if (share >= 0.5 && share < 1) credit(d, fieldScore(bitsB[d]), share * share);
      }
    }
    if (concept.kind === 'word' && docs.length === 0 && concept.source.length >= 4) {
      for (const fix of correct(concept.source)) {
        const expanded = expandPhrase(thesaurus, fix);
        terms.push(...expanded.alternatives);
        addAlternatives(expanded.alternatives, TYPO_WEIGHT, TYPO_WEIGHT * SYNONYM_WEIGHT);
        addCategories(expanded.categories, TYPO_WEIGHT);
      }
    }
    return { docs, terms, partial };
  };

  const toResult = (doc: number, score: number, terms: ConceptTerms[]): SearchResult => {
    const r = record(doc);
    return {
      id: r.i,
      url: `/postmortems/${r.i}/`,
      title: r.t,
      date: r.d,
      categories: r.g.map((id) => categories.get(id) ?? { id, zh: id, en: id, keywords: [] }),
      technologies: r.k,
      cause: r.c[0] ?? null,
      fix: r.f[0] ?? null,
      match: explainMatch(r, terms),
      score,
    };
  };

  return {
    records,
    idle: (hasTime) => (index.decodeSome?.(hasTime) ?? true) && (records.decodeSome?.(hasTime) ?? true),
    search(query, limit = 10) {
      const concepts = extractConcepts(thesaurus, query);
      if (!concepts.length) return [];
      const g = ++gen;
      const touched: number[] = [];
      const terms: ConceptTerms[] = [];
      for (const concept of concepts) {
        const { docs, terms: t, partial } = evaluate(concept);
        terms.push({ terms: t, partial });
        const rarity = 0.5 + 0.5 * Math.min(1, Math.log(Math.max(2, N) / Math.max(1, docs.length)) / rarityBase);
        for (const doc of docs) {
          if (tMark[doc] !== g) { tMark[doc] = g; tScore[doc] = 0; tCov[doc] = 0; touched.push(doc); }
          tScore[doc] += cScore[doc] * cCov[doc] * rarity;
          tCov[doc] += cCov[doc];
        }
      }
      const n = concepts.length;
      let best = 0;
      for (const doc of touched) if (tCov[doc] > best) best = tCov[doc];
      const floor = n === 1 ? 0 : best >= n - 0.01 ? n * 0.75 : n * 0.5;
      const ranked: number[] = [];
      for (const doc of touched) if (tCov[doc] >= floor) { tScore[doc] *= (tCov[doc] / n) ** 2; ranked.push(doc); }
      const top = selectTop(ranked, tScore, FUSE_CANDIDATES);
      // fuse: how closely each candidate's weighted fields contain the query as typed (0 exact … 1 none)
      const pattern = normalize(query).replace(/\s+/g, ' ').trim().slice(0, 32);
      const fuse = new Fuse(top.map(record), { keys: fuseKeys, includeScore: true, ignoreLocation: true, threshold: 0.4, ignoreFieldNorm: true });
      const closeness = new Map<number, number>();
      for (const r of fuse.search(pattern)) closeness.set(top[r.refIndex], 1 - (r.score ?? 1));
      const final = top.map((doc) => [doc, tScore[doc] * (1 + 0.5 * (closeness.get(doc) ?? 0))] as [number, number]);
      final.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      return final.slice(0, limit).map(([doc, score]) => toResult(doc, score, terms));
    },
  };
}

/** The engine over the shipped files as downloaded (files.ts): /search-index.txt and the record files, in order. */
export function openSearchEngine(index: Uint8Array, recordFiles: Uint8Array[]): SearchEngine {
  return createSearchEngine(openSearchFiles(index, recordFiles));
}

/**
 * Runs the engine once over two tiny records, so its code (and fuse's) is compiled before the real index
 * arrives: the browser calls this while the index files are still downloading. A few milliseconds.
 */
export function warmUp(): void {
  const rec = (i: string, t: string, x: string): SearchRecord => ({ i, t, d: null, s: [t], c: [x], f: [x], g: ['w'], k: ['kafka'], x });
  const records = [rec('a', '消费延迟 线程池 宕机', 'consumer lag 积压'), rec('b', 'Consumer group rebalancing, thread leak', '数据库主库宕机 disk full')];
  const engine = createSearchEngine({
    v: 1,
    categories: [{ id: 'w', zh: '资源泄漏', en: 'Resource leak', keywords: ['线程泄漏', 'thread leak'] }],
    synonyms: [['消费延迟', '积压', 'lag', 'consumer lag'], ['重平衡', 'rebalance']],
    records,
    index: packInvertedIndex(records),
  });
  for (const q of ['c', 'consumer lag', '消', '消费延迟', 'rebalnce', '数据库宕机', 'thread leak']) engine.search(q, 8);
}

/** The k documents of highest score, best first (ties: lower index first), without sorting them all. */
export function selectTop(docs: number[], score: Float64Array, k: number): number[] {
  const better = (a: number, b: number) => score[a] > score[b] || (score[a] === score[b] && a < b);
  if (docs.length > 4 * k) {
    // threshold from a sample, then a sort of what passes it
    let pool = docs;
    const sample = docs.filter((_, i) => i % 8 === 0).map((d) => score[d]).sort((a, b) => b - a);
    const cut = sample[Math.min(sample.length - 1, Math.ceil(k / 8) * 2)];
    const passed = docs.filter((d) => score[d] >= cut);
    if (passed.length >= k) pool = passed;
    return pool.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, k);
  }
  return [...docs].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)).slice(0, k);
}
