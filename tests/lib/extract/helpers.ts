import { readFileSync } from 'node:fs';
import { detectFormat, parseBody } from '../../../src/lib/extract/parse.ts';
import { splitSections } from '../../../src/lib/extract/sections.ts';
import { extractFacts } from '../../../src/lib/extract/facts.ts';

/** Parse a fixture (or inline text) the way ingest does and split it into sections. */
export function sectionsOf(text: string, path = 'x.md') {
  const format = detectFormat(path, text);
  const tree = parseBody(text, format);
  return { tree, format, sections: splitSections(tree, format) };
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/extract/${name}`, import.meta.url), 'utf8');
}

/** Facts of a text with a roomy share: for tests about what is found, not about the budget. */
export function factsOf(text: string, path = 'x.md') {
  return extractFacts(sectionsOf(text, path).sections, text.length * 10);
}
