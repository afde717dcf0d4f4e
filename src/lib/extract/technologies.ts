/**
 * Technologies named in a report, from the dictionary in content/technologies.yaml: Latin aliases match as
 * whole words (a hyphen or underscore is a boundary, so `kafka-exporter` also names kafka; an id that is an
 * everyday word, like go (`common_word`), counts only with a version after it, its aliases still do), Chinese
 * ones as substrings. A mention in prose counts 1, in inline code 0.75, in a code block 0.25: a name seen only in a
 * pasted config or stack trace is weaker evidence, and needs several mentions (four: each kind counts at most
 * MAX_MENTIONS of its mentions, so that four in code blocks reach the threshold and a long log cannot do more).
 */
import type { Root, Nodes } from 'mdast';
import type { Technology } from '../taxonomy.ts';
import { ScanKeys, scanText, type ScanIndex } from './word-scan.ts';

const WEIGHT = { prose: 1, inline: 0.75, code: 0.25 } as const;
const THRESHOLD = 1;
const MAX_MENTIONS = 4;

interface Name { tech: number; name: string; count: (lower: string) => number }
/** The names by the scan id of the word or prefix that reveals them (see `candidates`). */
interface Index { ids: string[]; scan: ScanIndex; names: Name[][] }

export function matchTechnologies(tree: Root, dictionary: Technology[]): string[] {
  // one string per kind of mention, so each alias is searched once per report, not once per text node
  const texts = { prose: [] as string[], inline: [] as string[], code: [] as string[] };
  walk(tree, (text, kind) => texts[kind].push(text));
  const index = compiledDictionary(dictionary);
  const totals = new Map<number, number>();
  for (const kind of KINDS) {
    const lower = texts[kind].join('\n').toLowerCase();
    // the names this text can hold, found from its own words and characters, not by trying every alias
    const best = new Map<number, number>();
    for (const name of candidates(lower, index)) best.set(name.tech, Math.max(best.get(name.tech) ?? 0, name.count(lower)));
    for (const [tech, count] of best) totals.set(tech, (totals.get(tech) ?? 0) + Math.min(count, MAX_MENTIONS) * WEIGHT[kind]);
  }
  const score = [...totals].filter(([, total]) => total >= THRESHOLD).map(([tech, total]) => [index.ids[tech], total] as const);
  return score.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** Names whose first word (Latin) occurs as a word of the text, or that occur in it (Chinese). */
function candidates(lower: string, index: Index): Set<Name> {
  const out = new Set<Name>();
  scanText(lower, index.scan, (id) => {
    for (const name of index.names[id]) out.add(name);
  });
  return out;
}

type Kind = keyof typeof WEIGHT;

/** The dictionary is loaded once and read for every report: compile and index its names once. */
const COMPILED = new WeakMap<Technology[], Index>();
function compiledDictionary(dictionary: Technology[]): Index {
  let index = COMPILED.get(dictionary);
  if (!index) COMPILED.set(dictionary, (index = indexNames(dictionary)));
  return index;
}

/**
 * A Chinese name (it starts with Han) is found where it occurs; a Latin one where its first word ([a-z0-9]+) is a
 * word of the text (one without such a word never is).
 */
function indexNames(dictionary: Technology[]): Index {
  const keys = new ScanKeys<Name>();
  for (const [tech, t] of dictionary.entries()) {
    for (const name of compileNames(t, tech)) {
      if (/^\p{Script=Han}/u.test(name.name)) keys.add('prefix', name.name, name);
      else {
        const word = name.name.match(/[a-z0-9]+/)?.[0];
        if (word) keys.add('word', word, name);
      }
    }
  }
  return { ids: dictionary.map((t) => t.id), scan: keys.index(), names: keys.lists };
}

const KINDS = Object.keys(WEIGHT) as Kind[];

/** Iterative walk: a report nested thousands of levels deep (`>>>>…`) must not overflow the stack. */
function walk(root: Nodes, add: (text: string, kind: Kind) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'code') add(node.value, 'code');
    else if (node.type === 'inlineCode') add(node.value, 'inline');
    else if (node.type === 'text') add(node.value, 'prose');
    else {
      if (node.type === 'link' && node.url) add(node.url.replace(/https?:\/\//, ' '), 'code');
      if ('children' in node) stack.push(...(node.children as Nodes[]));
    }
  }
}

/** Each alias of a technology with a counter of its mentions in lowercase text. */
function compileNames(tech: Technology, index: number): Name[] {
  // an id that is an everyday word counts only with a version after it ("go 1.21"), never bare
  const ownName = tech.common_word ? [] : [tech.id];
  const names = [...new Set([...ownName, ...tech.aliases].map((a) => a.toLowerCase()))];
  const compiled = names.map((name) => {
    if (/\p{Script=Han}/u.test(name)) return { tech: index, name, count: (s: string) => s.split(name).length - 1 };
    return { tech: index, name, count: counter(escaped(name)) };
  });
  if (tech.common_word) compiled.push({ tech: index, name: tech.id, count: counter(`${escaped(tech.id)}[\\s_-]*v?\\d+(?:\\.\\d+)+`) });
  return compiled;
}

/** A name as a pattern: regex characters escaped, a space standing for any run of spaces, '_' or '-'. */
function escaped(name: string): string {
  return name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]+');
}

/** Counts whole-word matches of a pattern ('kafka' in 'kafka-exporter' too, not in 'pykafka' or 'x.kafka'). */
function counter(body: string): (lower: string) => number {
  const re = new RegExp(`(?<![a-z0-9.])${body}(?![a-z0-9]|\\.[a-z0-9])`, 'g');
  return (lower) => lower.match(re)?.length ?? 0;
}
