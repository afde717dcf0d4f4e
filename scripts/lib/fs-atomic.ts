/** Writes that never leave a half-written file: write a temp file beside the target, then rename over it. */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** Writes only when the bytes differ; returns whether it wrote. */
export function writeIfChanged(path: string, text: string): boolean {
  let old: string | null = null;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = null;
  }
  if (old === text) return false;
  writeAtomic(path, text);
  return true;
}

export function writeAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeTemp(tmp, text);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** The folder is created when the first write finds it missing: one failed open, not a mkdir per file. */
function writeTemp(tmp: string, text: string): void {
  try {
    writeFileSync(tmp, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(tmp), { recursive: true });
    writeFileSync(tmp, text);
  }
}
