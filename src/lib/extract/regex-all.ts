/**
 * `[...text.matchAll(re)]` for a global RegExp without matchAll's per-call copy of the RegExp (a measurable
 * cost when hundreds of short text values are scanned per report). Not for sticky or unicode-flagged
 * patterns that can match the empty string; `re.lastIndex` is left at 0.
 */
const NONE: RegExpExecArray[] = [];

export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  let m = re.exec(text);
  if (!m) return NONE;
  const out: RegExpExecArray[] = [];
  while (m) {
    out.push(m);
    if (m[0] === '') re.lastIndex = m.index + 1;
    m = re.exec(text);
  }
  re.lastIndex = 0;
  return out;
}
