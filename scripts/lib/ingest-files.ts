/**
 * Which files an ingest run reads. Folders are listed one level deep (.md, .markdown, .txt; dot-files
 * skipped). Symlink rule: a link inside an input folder is read only when its real target is a regular file
 * inside that same folder; any other link (to elsewhere, to a folder, dangling) is reported and skipped, so
 * an inbox can never make ingest read /etc/passwd or a mounted secret. A file named on the command line is
 * the user's choice and is read wherever it points. Directories, FIFOs and devices named like a report fail
 * (reading a FIFO would hang).
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface InputFile {
  path: string;
  /** The path recorded in the postmortem's `source`: relative to the working folder, with / separators. */
  sourcePath: string;
  size: number;
}

export interface InputProblem {
  path: string;
  message: string;
  /** A skip by policy (warning), or a file that should have been readable (failure). */
  kind: 'warning' | 'failure';
}

const REPORT = /\.(md|markdown|txt)$/i;

export function listInputs(inputs: readonly string[], cwd = process.cwd()): { files: InputFile[]; problems: InputProblem[] } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const add = (path: string, size: number) => files.push({ path, sourcePath: relative(cwd, path).split(sep).join('/'), size });
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch (error) {
      problems.push({ path: input, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, kind: 'failure' });
      continue;
    }
    if (!stat.isDirectory()) {
      if (stat.isFile()) add(input, stat.size);
      else problems.push({ path: input, message: 'not a regular file', kind: 'failure' });
      continue;
    }
    const realDir = realpathSync(input);
    for (const name of readdirSync(input).filter((f) => REPORT.test(f) && !f.startsWith('.')).sort()) {
      const path = join(input, name);
      const entry = classify(path, realDir);
      if ('size' in entry) add(path, entry.size);
      else problems.push({ path, ...entry });
    }
  }
  return { files, problems };
}

function classify(path: string, realDir: string): { size: number } | { message: string; kind: 'warning' | 'failure' } {
  let link;
  try {
    link = lstatSync(path);
  } catch (error) {
    return { message: `cannot read: ${(error as NodeJS.ErrnoException).code}`, kind: 'failure' };
  }
  if (link.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return { message: 'symlink to nothing (dangling); skipped', kind: 'warning' };
    }
    if (!target.startsWith(realDir + sep)) return { message: `symlink to outside the input folder (${target}); skipped`, kind: 'warning' };
    const stat = statSync(target);
    return stat.isFile() ? { size: stat.size } : { message: 'symlink to something that is not a regular file; skipped', kind: 'warning' };
  }
  if (link.isDirectory()) return { message: 'unreadable: a directory, not a report file', kind: 'failure' };
  if (!link.isFile()) return { message: 'unreadable: not a regular file (FIFO, socket or device)', kind: 'failure' };
  return { size: link.size };
}
