/**
 * Whether a keyword found in a sentence speaks for a cause at all, from the words around it. Two cases say it
 * does not: the sentence denies it (不像是内存泄漏, 而不是内存泄漏, "not a memory leak", "a leak was ruled out"),
 * or the keyword sits inside a quoted message — text someone saw on a screen or in a log ("Session expired,
 * please sign in again"), which tells what was seen, not why. Pure functions over one lowercase sentence.
 */

/** Where a clause ends: a denial before this does not reach the keyword after it. */
const CLAUSE_BREAK = /[，。；：！？,;:!?]|\.(?:\s|$)/g;

/**
 * A denial just before the keyword, in the same clause. Chinese: 不是 / 不像 / 而不是 / 并非 / 排除了, then at most
 * six characters of the denied phrase. English: copular denials only ("not a", "rather than", "ruled out"):
 * a bare "not" also negates verbs ("could not resolve the DNS name"), which confirm the keyword instead.
 */
const DENIED_BEFORE = new RegExp(
  [
    String.raw`(?:不像是?|而不是|并不是|不是|并非|排除了?)[^\s]{0,6}$`,
    String.raw`\b(?:not (?:a|an|the|due to|caused by|because of|related to)|rather than|instead of|ruled out|no sign of|no evidence of|(?:is|was)n't (?:a|an|the)|does(?: not|n't) look like)(?:\s+[a-z0-9_.-]+){0,2}\s+$`,
  ].join('|'),
);

/** A denial just after it: "the leak was ruled out", "DNS was not the cause", 内存泄漏已排除. */
const DENIED_AFTER = /^(?:[a-z0-9_.-]*\s+){0,1}(?:(?:was|were|is|has been|had been)\s+)?(?:ruled out|not the (?:root )?cause|unrelated)\b|^[^\s]{0,2}(?:已被?排除|被排除|不是原因|无关)/;

export function isDenied(sentence: string, start: number, end: number): boolean {
  return DENIED_BEFORE.test(clauseBefore(sentence, start)) || DENIED_AFTER.test(sentence.slice(end).trimStart());
}

/** The part of the sentence before `start` that is in the same clause. */
function clauseBefore(sentence: string, start: number): string {
  const before = sentence.slice(0, start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  return before.slice(from);
}

/** Opening quote → its closing quote. Straight double quotes open and close alike. */
const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };
const OPENING_QUOTE = new RegExp(`[${Object.keys(QUOTES).join('')}]`);

/**
 * Whether [start, end) lies inside a quoted message. A quoted span is a message when it reads like one — at
 * least two words, or four Chinese characters — not a quoted name or identifier ("cart_zone", “热点”).
 */
export function isInQuotedMessage(sentence: string, start: number, end: number): boolean {
  // most sentences quote nothing: one native search says so before a walk over their characters
  if (!OPENING_QUOTE.test(sentence)) return false;
  for (const span of quotedSpans(sentence)) {
    if (span.from <= start && end <= span.to) return looksLikeMessage(sentence.slice(span.from, span.to));
  }
  return false;
}

function quotedSpans(sentence: string): { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const close = QUOTES[sentence[i]];
    if (!close) continue;
    const j = sentence.indexOf(close, i + 1);
    if (j < 0) break;
    spans.push({ from: i + 1, to: j });
    i = j;
  }
  return spans;
}

function looksLikeMessage(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/).filter((w) => /[a-z]/i.test(w));
  return words.length >= 2 || (quoted.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;
}
