import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../src/lib/extract/decode.ts';
import { parseReport } from '../../src/lib/ingest.ts';

/** Our own evaluation sets live in tests/fixtures: set A in `heldout`, every other letter in `heldout-<letter>`. */
export function ownSetFolder(letter: string): string {
  return letter.toUpperCase() === 'A' ? 'heldout' : `heldout-${letter.toLowerCase()}`;
}

/** Each report of a set folder (reports/ and gold/), in name order: its gold, and the report read as ingest reads it. */
export function readOwnSet(dir: string) {
  return readdirSync(join(dir, 'reports')).sort().map((file) => ({
    gold: JSON.parse(readFileSync(join(dir, 'gold', `${file.replace(/\.(md|markdown|txt)$/i, '')}.json`), 'utf8')),
    report: parseReport(decodeBytes(readFileSync(join(dir, 'reports', file))).text, file),
  }));
}
