/**
 * Postmortem ids: derived from a file name, safe as a file name and a URL segment, stable across runs.
 * `toId` slugs one stem; `assignIds` makes the ids of a whole batch distinct and deterministic.
 */
export function toId(fileStem: string): string {
  const id = fileStem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80)
    .replace(/[-_]+$/, '');
  return id && !RESERVED.test(id) ? id : `report-${id}`.replace(/-$/, '');
}

/** Names Windows refuses as files (con, nul, com1 …): an id must be a file name everywhere. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** The file name without folders and without its .md / .markdown / .txt extension. */
export function fileStem(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|markdown|txt)$/i, '');
}

/** True for what toId can return: letters, digits, _ and -, starting with a letter or digit; never a path. */
export function isSafeId(id: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,99}$/u.test(id) && !RESERVED.test(id);
}

/**
 * Ids for a batch of source paths, distinct and deterministic. When several paths slug to the same id
 * (`a b.md` and `a-b.md`, `x.txt` and `x.md`, one stem in two folders), the first in sorted path order keeps
 * it and every other gets `-` + 8 hex digits of a hash of its path, so adding a later file never renames an
 * earlier one and the same set of paths always gets the same ids.
 */
export function assignIds(sourcePaths: readonly string[]): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const path of [...new Set(sourcePaths)].sort()) {
    const id = toId(fileStem(path));
    groups.set(id, [...(groups.get(id) ?? []), path]);
  }
  const taken = new Set(groups.keys());
  const ids = new Map<string, string>();
  for (const [id, paths] of groups) {
    ids.set(paths[0], id);
    for (const path of paths.slice(1)) {
      let candidate = `${id.slice(0, 80)}-${fnv1a(path)}`;
      for (let salt = 1; taken.has(candidate); salt++) candidate = `${id.slice(0, 80)}-${fnv1a(`${path}#${salt}`)}`;
      taken.add(candidate);
      ids.set(path, candidate);
    }
  }
  return ids;
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits (pure: no node:crypto in src/lib). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
