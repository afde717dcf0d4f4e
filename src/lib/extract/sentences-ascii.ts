/**
 * Unicode's sentence boundaries (UAX #29) for ASCII text, as Intl.Segmenter('en', 'sentence') draws them, in a
 * char loop: the segmenter cost ≈ 0.1 ms per English report, most of what sentence splitting costs. Text with
 * any other character goes to the segmenter. tests/lib/extract/sentences-ascii.test.ts checks both agree on the
 * corpus, the fixtures and random punctuation-heavy strings.
 *
 * The rules that matter for ASCII: no break in "3.5" (SB6) or "U.S" (SB7); none after "." when the next letter
 * is lowercase (SB8: "e.g. the"); none when a comma, hyphen, colon, semicolon or another terminator follows
 * (SB8a); otherwise a break after the terminator, its closing quotes or brackets and its spaces (SB9–SB11).
 */
/** Char codes (Node runs this file with types stripped: no enums). */
const C = { Tab: 9, Space: 32, Bang: 33, Quote: 34, Apostrophe: 39, LParen: 40, RParen: 41, Comma: 44, Hyphen: 45, Dot: 46, Colon: 58, Semicolon: 59, Question: 63, LBracket: 91, RBracket: 93, LBrace: 123, RBrace: 125 } as const;

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === C.Space || c === C.Tab;
const isTerminator = (c: number) => c === C.Dot || c === C.Bang || c === C.Question;
const isClose = (c: number) => c === C.Quote || c === C.Apostrophe || c === C.LParen || c === C.RParen || c === C.LBracket || c === C.RBracket || c === C.LBrace || c === C.RBrace;
const isContinue = (c: number) => c === C.Comma || c === C.Hyphen || c === C.Colon || c === C.Semicolon;

/** Printable ASCII and tabs only: the text the loop below handles exactly. */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || (c < 32 && c !== C.Tab)) return false;
  }
  return true;
}

/** Segments of ASCII text, each with its trailing spaces, exactly as the segmenter returns them. */
export function asciiSentences(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (c === C.Dot && j < n) {
      const next = text.charCodeAt(j);
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      if (isDigit(next) || (isUpper(next) && (isUpper(prev) || isLower(prev)))) {
        i = j;
        continue;
      }
    }
    while (j < n && isClose(text.charCodeAt(j))) j++;
    while (j < n && isSpace(text.charCodeAt(j))) j++;
    if (j >= n) break;
    const next = text.charCodeAt(j);
    if (isContinue(next) || isTerminator(next) || (c === C.Dot && lowercaseFollows(text, j))) {
      i = j;
      continue;
    }
    out.push(text.slice(start, j));
    start = j;
    i = j;
  }
  if (start < n) out.push(text.slice(start));
  return out;
}

/** The first letter or terminator from `at` on is a lowercase letter. */
function lowercaseFollows(text: string, at: number): boolean {
  for (let k = at; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isLower(c)) return true;
    if (isUpper(c) || isTerminator(c)) return false;
  }
  return false;
}
