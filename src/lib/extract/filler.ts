/**
 * Words a statement can lose without losing what it states: a leading date or time adverbial ("On 31st July
 * 2018", "Within a few hours", "Between 09:12 and 10:03 UTC", "当时", "第二天"), a connective ("However,", "but", "然而", "另外"), a narrator's lead-in ("We noticed that", "It turned out that",
 * "总结一下", "于是", "发现"), a blog title's framing ("记一次…的踩坑经历"), a label ("Recovery:", "现象："), a long aside in brackets. Extracted items are copied text under a share of the body: every character
 * spent on these is one not spent on a symptom, cause or fix.
 */
import { MONTH_STEMS } from './dates.ts';

const LATIN_LEAD = new RegExp(String.raw`^(?:(?:on\s+)?(?:${MONTH_STEMS})[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:\s+(?:around|at|about)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?(?:\s+[a-z]{2,4})?)?(?:\s*,\s*|\s+)|(?:between|from)\s+\d{1,2}:\d{2}(?:\s*(?:am|pm))?(?:\s+[a-z]{2,4})?\s+(?:and|to|until|till|-|–)\s+\d{1,2}:\d{2}(?:\s*(?:am|pm))?(?:\s+[a-z]{2,4})?\s*,\s*|(?:on|at|in|by|within|after|around|during|since|starting)\s+(?:[\w'’-]+\s+){0,5}?(?:\d{4}|\d{1,2}(?::\d{2})?\s*(?:am|pm|utc)?|hours?|minutes?|days?|weeks?|morning|afternoon|evening|night|later|time|same time)\s*,\s*|(?:later|then|afterwards|eventually|finally|meanwhile|initially|first|next|however|also|moreover|additionally|furthermore)\s*,?\s+|(?:but|and|so)\s+(?!that\b|far\b|on\b)|(?:we|i|they|the team|(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:(?:then|also|quickly|soon|later)\s+)?(?:notice[sd]?|found|finds?|saw|sees?|reali[sz](?:e[sd]?|ing)|discover(?:s|ed)?|learn(?:s|ed|t)?|determine[sd]?|confirm(?:s|ed)?|explain(?:s|ed)?|report(?:s|ed)?|says|said|mention(?:s|ed)?|state[sd]?|verif(?:y|ies|ied))\s+that\s+|it\s+(?:turned out|was found|was determined)\s+that\s+|(?:root cause analysis|the analysis|analysis|the investigation|investigation)\s+(?:showed|revealed|found|determined)\s+that\s+|to be explicit\s*:\s*|[a-z][a-z -]{2,18}:\s+)+`, 'iu');
const HAN_LEAD = /^(?:[\p{Script=Han}]{2,6}[:：]\s*|(?:当时|随后|然后|后来|接着|于是|所以|最后|最终|然而|但是|不过|可是|而且|并且|另外|同时|因此|此外|第二天|次日|今天|昨天|总结一下|总之|其实|结果|(?:经过?|经过了)?排查(?:后|之后)?发现(?:是)?|发现(?:是)?|经排查|经过排查|记一次|记录一次|分享一次|这篇(?:文章)?(?:记录|分享|总结)(?:一下)?|本文(?:记录|分享|总结)(?:了|一下)?)[,，:：]?\s*)+/u;
/** The framing of a blog title: "记一次 Kafka 磁盘被打满的踩坑经历" states "Kafka 磁盘被打满". */
const HAN_FRAME_TAIL = /\s*(?:的)?(?:踩坑经历|踩坑记录|排查过程|排查经历|排查记录|故障复盘|事故复盘|复盘|故障报告|事故报告)$/u;

/** A long aside in brackets: "(notably not Homebrew/homebrew-core due to their current workflow …)"; one with numbers ("(about 18,400 failed checkouts)") is data, and stays. */
const ASIDE = /\s*[(（](?=[^()（）]{24,}[)）])[^()（）\d]+[)）]/gu;

/** ASIDE replaced, or the text as it is when it holds no opening bracket (most statements): no scan for one. */
function withoutAsides(text: string): string {
  return text.includes('(') || text.includes('（') ? text.replace(ASIDE, '') : text;
}

/** The last characters of HAN_FRAME_TAIL's words: a text that ends otherwise is not tried at every position. */
const FRAME_TAIL_ENDS = new Set([...'历录程盘告'].map((c) => c.charCodeAt(0)));

function withoutFrameTail(text: string): string {
  return FRAME_TAIL_ENDS.has(text.charCodeAt(text.length - 1)) ? text.replace(HAN_FRAME_TAIL, '') : text;
}

/** The text without long asides: a cue inside one ("(… due to their workflow)") does not speak for the sentence. */
export function dropAsides(text: string): string {
  const out = text.includes('(') || text.includes('（') ? text.replace(ASIDE, '') : text;
  return out.trim() ? out : text;
}

export function trimFiller(text: string): string {
  const out = withoutFrameTail(withoutAsides(text.replace(LATIN_LEAD, '').replace(HAN_LEAD, '')));
  // never leave a stub: the filler was the statement
  if (isStub(out)) return text;
  return /^[a-z]/.test(out) && /^[A-Z]/.test(text) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/**
 * Fewer than six characters (code points). A code point is one or two UTF-16 units, so from twelve units on the
 * answer is no without spreading the string into an array (that spread was half of trimFiller's time).
 */
function isStub(text: string): boolean {
  return text.length < 12 && [...text].length < 6;
}
