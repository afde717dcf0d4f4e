/**
 * Build time only (node:zlib): the shipped search files of an index — packSearchFiles' text files, and each
 * one gzipped (`<path>.gz`), which is what the page downloads and inflates itself with DecompressionStream
 * (chromium hands a response to the page at ≈ 20–50 MB/s here, so 1.3 MB of gzip arrive far sooner than
 * 8.3 MB of text, whatever compression the server applies on the way; docs/search.md has the numbers).
 */
import { gzipSync } from 'node:zlib';
import { packSearchFiles, RECORD_FILE_BYTES } from './files.ts';
import type { SearchIndexFile } from './records.ts';

export function shippedSearchFiles(file: SearchIndexFile, recordFileBytes = RECORD_FILE_BYTES): Map<string, string | Uint8Array> {
  const out = new Map<string, string | Uint8Array>();
  for (const [path, text] of packSearchFiles(file, recordFileBytes)) {
    out.set(path, text);
    out.set(`${path}.gz`, new Uint8Array(gzipSync(text, { level: 9 })));
  }
  return out;
}
