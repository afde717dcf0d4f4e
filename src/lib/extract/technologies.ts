/**
 * Technologies named in a report, from the dictionary in content/technologies.yaml: Latin aliases match as
 * whole words (a hyphen or underscore is a boundary, so `kafka-exporter` also names kafka), Chinese ones as
 * substrings. A mention in prose counts 1, in inline code 0.75, in a code block 0.25: a name seen only in a
 * pasted config or stack trace is weaker evidence, and needs several mentions.
 */
import type { Root, Nodes } from 'mdast';
import type { Technology } from '../taxonomy.ts';

const WEIGHT = { prose: 1, inline: 0.75, code: 0.25 } as const;
const THRESHOLD = 1;

interface Matcher { id: string; test: (lower: string, tokens: Set<string>) => number }

export function matchTechnologies(tree: Root, dictionary: Technology[]): string[] {
  // one string per kind of mention, so each alias is searched once per report, not once per text node
  const texts = { prose: [] as string[], inline: [] as string[], code: [] as string[] };
  walk(tree, (text, kind) => texts[kind].push(text));
  const lower = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.join('\n').toLowerCase()])) as Record<Kind, string>;
  const tokens = Object.fromEntries(KINDS.map((k) => [k, new Set(lower[k].match(/[a-z0-9]+/g))])) as Record<Kind, Set<string>>;
  const score = new Map<string, number>();
  for (const matcher of compiledDictionary(dictionary)) {
    let total = 0;
    for (const kind of KINDS) total += Math.min(matcher.test(lower[kind], tokens[kind]), 3) * WEIGHT[kind];
    if (total >= THRESHOLD) score.set(matcher.id, total);
  }
  return [...score].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

type Kind = keyof typeof WEIGHT;

/** The dictionary is loaded once and read for every report: compile its patterns once. */
const COMPILED = new WeakMap<Technology[], Matcher[]>();
function compiledDictionary(dictionary: Technology[]): Matcher[] {
  let matchers = COMPILED.get(dictionary);
  if (!matchers) COMPILED.set(dictionary, (matchers = dictionary.map(compileTechnology)));
  return matchers;
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

export function compileTechnology(tech: Technology): Matcher {
  const names = [...new Set([tech.id, ...tech.aliases].map((a) => a.toLowerCase()))];
  const tests = names.map((name) => {
    if (/\p{Script=Han}/u.test(name)) return (s: string) => s.split(name).length - 1;
    const first = name.match(/[a-z0-9]+/)?.[0] ?? name;
    const body = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]+');
    const re = new RegExp(`(?<![a-z0-9.])${body}(?![a-z0-9]|\\.[a-z0-9])`, 'g');
    // the report's word set rules most names out before the regular expression runs
    return (s: string, tokens: Set<string>) => (tokens.has(first) ? (s.match(re)?.length ?? 0) : 0);
  });
  return { id: tech.id, test: (s, tokens) => Math.max(...tests.map((t) => t(s, tokens))) };
}
