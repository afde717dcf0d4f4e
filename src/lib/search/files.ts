/**
 * The search index as shipped: files the browser fetches in parallel on first use, and reads lazily.
 *
 * - `/search-index.txt`: line 1 is a small JSON header (categories, synonyms, and the record files with their
 *   record counts), line 2 the packed inverted index as JSON (inverted-index.ts). The page reads the header
 *   from the first bytes of the download and starts fetching the record files at once.
 * - `/search-records-<k>.txt`: one record per line, a JSON array `[i, t, d, s, c, f, g, k, x]` (categories as
 *   indexes into the header's list). Records are split into files of ≈ RECORD_FILE_BYTES so that several
 *   downloads run side by side (chromium moves one response into the page at ≈ 20–50 MB/s on this machine;
 *   two or three in parallel take about half the time — docs/search.md has the numbers).
 *
 * Records are kept as bytes and decoded one at a time when a query needs them (≤ 50 candidates per query, and
 * the rest in idle time), so first use pays neither UTF-8 decoding nor JSON.parse of the whole 7 MB.
 */
import type { SearchCategory, SearchIndexFile, SearchRecord } from './records.ts';
import type { PackedIndex } from './inverted-index.ts';

export const INDEX_PATH = '/search-index.txt';
export const recordsPath = (k: number) => `/search-records-${k}.txt`;
/** Most bytes of records per file: 10,000 reports (≈ 7 MB) make three files of ≈ 2.4 MB, a small knowledge base one. */
export const RECORD_FILE_BYTES = 2_500_000;

export interface SearchHeader {
  v: 2;
  /** records in all */
  n: number;
  categories: SearchCategory[];
  synonyms: string[][];
  /** the record files in order, and how many records each holds */
  files: { url: string; n: number }[];
}

type RecordRow = [i: string, t: string, d: string | null, s: string[], c: string[], f: string[], g: (number | string)[], k: string[], x: string];

const utf8Length = (s: string) => {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1; // surrogate pairs: 2 + 2 units → 4 bytes
  }
  return n;
};

/** The shipped files of an index: path → text. */
export function packSearchFiles(file: SearchIndexFile, recordFileBytes = RECORD_FILE_BYTES): Map<string, string> {
  const category = new Map(file.categories.map((c, i) => [c.id, i]));
  const lines: string[] = [];
  let total = 0;
  for (let d = 0; d < file.records.length; d++) {
    const r = file.records.at(d)!;
    const row: RecordRow = [r.i, r.t, r.d, r.s, r.c, r.f, r.g.map((id) => category.get(id) ?? id), r.k, r.x];
    lines.push(JSON.stringify(row));
    total += utf8Length(lines[lines.length - 1]) + 1;
  }
  // as few files as keep each at about recordFileBytes at most, of equal size (they download side by side)
  const target = total / Math.max(1, Math.ceil(total / recordFileBytes));
  const groups: string[][] = [[]];
  let bytes = 0;
  for (const line of lines) {
    const size = utf8Length(line) + 1;
    if (bytes > 0 && bytes + size / 2 > target) { groups.push([]); bytes = 0; }
    groups[groups.length - 1].push(line);
    bytes += size;
  }
  const out = new Map<string, string>();
  const header: SearchHeader = {
    v: 2,
    n: file.records.length,
    categories: file.categories,
    synonyms: file.synonyms,
    files: groups.map((lines, k) => ({ url: recordsPath(k), n: lines.length })),
  };
  out.set(INDEX_PATH, `${JSON.stringify(header)}\n${JSON.stringify(file.index ?? null)}\n`);
  groups.forEach((lines, k) => out.set(recordsPath(k), lines.length ? `${lines.join('\n')}\n` : ''));
  return out;
}

/** The header line of /search-index.txt, once its bytes have arrived (null: not yet). */
export function readHeader(bytes: Uint8Array): SearchHeader | null {
  const end = bytes.indexOf(10);
  if (end < 0) return null;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end))) as SearchHeader;
  if (header.v !== 2 || !Array.isArray(header.files)) throw new Error('search index: unknown format');
  return header;
}

/**
 * Where each line of a record file starts, and one past the last: count + 1 offsets. A file from another build
 * (index and records out of step) is refused rather than shifting every result.
 */
export function lineStarts(bytes: Uint8Array, count: number, k: number): Int32Array {
  const offsets = new Int32Array(count + 1);
  let line = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) {
    if (++line > count) break;
    offsets[line] = at + 1;
  }
  if (line !== count) throw new Error(`search records file ${k}: not the ${count} records the index expects`);
  return offsets;
}

/** /search-index.txt: its header and the packed inverted index on its second line. */
export function parseIndexFile(bytes: Uint8Array): { header: SearchHeader; index: PackedIndex | null } {
  const header = readHeader(bytes);
  if (!header) throw new Error('search index: no header line');
  return { header, index: packedIndexOf(bytes) };
}

/** The packed inverted index on the second line of /search-index.txt (the page has read the header already). */
export function packedIndexOf(bytes: Uint8Array): PackedIndex | null {
  const start = bytes.indexOf(10) + 1;
  let end = bytes.length;
  while (end > start && (bytes[end - 1] === 10 || bytes[end - 1] === 32)) end--;
  return JSON.parse(new TextDecoder().decode(bytes.subarray(start, end))) as PackedIndex | null;
}

/** The engine's input from the parts, as the page prepares them while the files arrive. */
export function searchInput(header: SearchHeader, index: PackedIndex | null, records: Uint8Array[], lines: Int32Array[]): SearchIndexFile {
  if (records.length !== header.files.length) throw new Error('search index: record files missing');
  const store = new RecordStore(records, lines, header.categories);
  if (store.length !== header.n) throw new Error('search index: record count differs');
  return { v: 1, categories: header.categories, synonyms: header.synonyms, records: store, ...(index ? { index } : {}) };
}

/** Records of one or more record files, decoded on first access (an array-like for the engine). */
export class RecordStore {
  readonly length: number;
  private readonly cache: (SearchRecord | undefined)[];
  private readonly starts: number[] = []; // first record of each file
  private readonly offsets: Int32Array[] = []; // where each line of each file starts (and one past the last)
  private readonly decoder = new TextDecoder();
  private readonly files: Uint8Array[];
  private readonly categories: SearchCategory[];
  private next = 0;

  /** files: the record files' bytes; lines: lineStarts() of each (the page computes them as each file arrives) */
  constructor(files: Uint8Array[], lines: Int32Array[], categories: SearchCategory[]) {
    if (lines.length !== files.length) throw new Error('search index: record files missing');
    this.files = files;
    this.categories = categories;
    let n = 0;
    for (const offsets of lines) {
      this.offsets.push(offsets);
      this.starts.push(n);
      n += offsets.length - 1;
    }
    this.length = n;
    this.cache = new Array(n);
  }

  at(i: number): SearchRecord | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    return this.cache[i] ?? (this.cache[i] = this.decode(i));
  }

  /** Decodes records no query has needed yet while hasTime() (idle time); true once all are. */
  decodeSome(hasTime: () => boolean): boolean {
    while (this.next < this.length && hasTime()) for (const end = Math.min(this.length, this.next + 64); this.next < end; this.next++) this.at(this.next);
    return this.next >= this.length;
  }

  private decode(i: number): SearchRecord {
    let k = this.starts.length - 1;
    while (this.starts[k] > i) k--;
    const offsets = this.offsets[k], j = i - this.starts[k];
    const line = this.decoder.decode(this.files[k].subarray(offsets[j], offsets[j + 1] - 1));
    const [id, t, d, s, c, f, g, tech, x] = JSON.parse(line) as RecordRow;
    return { i: id, t, d, s, c, f, g: g.map((v) => (typeof v === 'number' ? this.categories[v]?.id ?? String(v) : v)), k: tech, x };
  }
}

/** The engine's input from the shipped files: the header, the packed index (line 2) and the record files. */
export function openSearchFiles(indexBytes: Uint8Array, recordFiles: Uint8Array[]): SearchIndexFile {
  const { header, index } = parseIndexFile(indexBytes);
  if (recordFiles.length !== header.files.length) throw new Error('search index: record files missing');
  return searchInput(header, index, recordFiles, recordFiles.map((bytes, k) => lineStarts(bytes, header.files[k].n, k)));
}
