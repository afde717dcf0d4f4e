/** Postmortem ids: derived from a file name, safe as a file name and a URL segment, stable across runs. */
export function toId(fileStem: string): string {
  const id = fileStem
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80)
    .replace(/[-_]+$/, '');
  return id || 'report';
}

/** The file name without folders and without its .md / .markdown / .txt extension. */
export function fileStem(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|markdown|txt)$/i, '');
}
