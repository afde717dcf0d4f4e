/**
 * Step 1: bytes → text. Order: BOM → binary check → strict UTF-8 → GB18030 (a superset of GBK) → refuse.
 * Line endings are normalised to LF (CR-only files break frontmatter parsers).
 */
export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be or gb18030. */
  encoding: string;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return finish(strict('utf-8', bytes.subarray(3)), 'utf-8-bom');
  if (a === 0xff && b === 0xfe) return finish(strict('utf-16le', bytes.subarray(2)), 'utf-16le');
  if (a === 0xfe && b === 0xff) return finish(strict('utf-16be', bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) throw new DecodeError('binary data, not text (NUL or control bytes)');
  const utf8 = tryStrict('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const gb = tryStrict('gb18030', bytes);
  if (gb !== null) return finish(gb, 'gb18030');
  throw new DecodeError('not valid UTF-8 or GB18030 text');
}

function finish(text: string, encoding: string): Decoded {
  const lf = text.replace(/\r\n?/g, '\n');
  if (lf.trim() === '') throw new DecodeError('no text (only whitespace)');
  return { text: lf, encoding };
}

function strict(label: string, bytes: Uint8Array): string {
  const text = tryStrict(label, bytes);
  if (text === null) throw new DecodeError(`invalid ${label} despite its byte-order mark`);
  return text;
}

function tryStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return strictDecoder(label).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * One fatal decoder per encoding, made on first use: a decode call without `stream` starts afresh (a failed one
 * included), so a decoder is reused from report to report instead of being built for each.
 */
const DECODERS = new Map<string, TextDecoder>();
function strictDecoder(label: string): TextDecoder {
  let decoder = DECODERS.get(label);
  if (!decoder) DECODERS.set(label, (decoder = new TextDecoder(label, { fatal: true })));
  return decoder;
}

/** NUL bytes, or more than 1% control bytes other than tab, LF, CR, FF and ESC, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  const control = countControlBytes(bytes, n);
  return control < 0 || control > n / 100;
}

/**
 * Control bytes other than tab, LF, CR, FF and ESC among the first `n`, or -1 at the first NUL. The loop is its own
 * function and ends with it: optimised mid-loop (on-stack replacement), a test after the loop had no type feedback
 * yet, and the optimised code was thrown away at the end of every report's scan.
 */
function countControlBytes(bytes: Uint8Array, n: number): number {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const x = bytes[i];
    if (x === 0) return -1;
    // added as 0 or 1 on every byte: an increment reached only by rare bytes would have no type feedback either
    control += x < 32 && x !== 9 && x !== 10 && x !== 13 && x !== 12 && x !== 27 ? 1 : 0;
  }
  return control;
}
