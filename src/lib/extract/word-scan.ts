/**
 * Where the words and prefixes of a fixed dictionary occur in a lowercase text, found in one pass over it: the
 * dictionaries read for every report (classify's terms, the technology names) are looked up from the text's own
 * words and characters instead of searched for one by one.
 * - A word is a whole run of [a-z0-9]. Each run of the text is hashed as it is read and looked up once at its
 *   end: no substring and no string hashing, and most runs fall in an empty slot and cost one read.
 * - A prefix may start anywhere. It is tried only where a character that starts one stands (a bit set of those
 *   characters: 8 KB, it stays in cache), and its second character is compared before the whole prefix.
 */

export interface ScanIndex {
  /** `wordSlots[hash & SLOT_MASK]`: the index + 1 of the list of words in that slot (0: none). */
  wordSlots: Int32Array;
  wordLists: Entry[][];
  /** Prefixes by the char code they start with, and those char codes as a bit set. */
  prefixes: Map<number, Entry[]>;
  startsPrefix: Uint8Array;
}

interface Entry {
  text: string;
  id: number;
  /** The second char code of the text (-1 when it has none). */
  second: number;
}

const SLOT_MASK = 4095;

/** A word's characters [0-9a-z] → 1–36, anything else → 0. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) WORD_CHAR[c] = c - 48 + 1;
for (let c = 97; c <= 122; c++) WORD_CHAR[c] = c - 97 + 11;

/** Kept a small integer (a V8 Smi) so that it is never boxed. */
function nextHash(hash: number, symbol: number): number {
  return (Math.imul(hash, 37) + symbol) & 0x3fffffff;
}

/** Whether `text` is one run of [a-z0-9] (only such words can be found). */
export function isWord(text: string): boolean {
  return /^[a-z0-9]+$/.test(text);
}

/** An index of words (each `isWord`) and prefixes (non-empty), each with the id `scanText` reports it by. */
export function scanIndex(words: Iterable<[string, number]>, prefixes: Iterable<[string, number]>): ScanIndex {
  const entry = (text: string, id: number): Entry => ({ text, id, second: text.length > 1 ? text.charCodeAt(1) : -1 });
  const wordSlots = new Int32Array(SLOT_MASK + 1);
  const wordLists: Entry[][] = [];
  for (const [word, id] of words) {
    if (!isWord(word)) throw new Error(`not a word: ${word}`);
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = nextHash(hash, WORD_CHAR[word.charCodeAt(i)]);
    const slot = hash & SLOT_MASK;
    if (!wordSlots[slot]) wordSlots[slot] = wordLists.push([]);
    wordLists[wordSlots[slot] - 1].push(entry(word, id));
  }
  const byFirst = new Map<number, Entry[]>();
  const startsPrefix = new Uint8Array(0x10000 / 8);
  for (const [prefix, id] of prefixes) {
    if (!prefix) throw new Error('an empty prefix');
    const code = prefix.charCodeAt(0);
    byFirst.set(code, [...(byFirst.get(code) ?? []), entry(prefix, id)]);
    startsPrefix[code >> 3] |= 1 << (code & 7);
  }
  return { wordSlots, wordLists, prefixes: byFirst, startsPrefix };
}

/**
 * The words and prefixes of a dictionary being built, each with its scan id and the list of what it reveals (a
 * category's terms, a technology's names). Ids are given in order of first use, words and prefixes counting together.
 */
export class ScanKeys<T> {
  private readonly words = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();
  /** Id → what its word or prefix reveals. */
  readonly lists: T[][] = [];

  /** The id of `key` (a new one on its first use), after adding `item` to its list. */
  add(kind: 'word' | 'prefix', key: string, item: T): number {
    const keys = kind === 'word' ? this.words : this.prefixes;
    let id = keys.get(key);
    if (id === undefined) keys.set(key, (id = this.lists.push([]) - 1));
    this.lists[id].push(item);
    return id;
  }

  index(): ScanIndex {
    return scanIndex(this.words, this.prefixes);
  }
}

/** Calls `found(id, at)` for every place a word or prefix of the index occurs in `text` (each id's places in order). */
export function scanText(text: string, index: ScanIndex, found: (id: number, at: number) => void): void {
  const { wordSlots, wordLists, prefixes, startsPrefix } = index;
  const endWord = (start: number, end: number, hash: number) => {
    const slot = wordSlots[hash & SLOT_MASK];
    if (!slot) return;
    for (const word of wordLists[slot - 1]) if (word.text.length === end - start && text.startsWith(word.text, start)) found(word.id, start);
  };
  let wordStart = -1;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const symbol = code < 128 ? WORD_CHAR[code] : 0;
    if (symbol) {
      if (wordStart < 0) {
        wordStart = i;
        hash = 0;
      }
      hash = nextHash(hash, symbol);
    } else if (wordStart >= 0) {
      endWord(wordStart, i, hash);
      wordStart = -1;
    }
    if (startsPrefix[code >> 3] & (1 << (code & 7))) {
      const second = text.charCodeAt(i + 1);
      for (const prefix of prefixes.get(code)!) if ((prefix.second === second || prefix.second < 0) && text.startsWith(prefix.text, i)) found(prefix.id, i);
    }
  }
  if (wordStart >= 0) endWord(wordStart, text.length, hash);
}
