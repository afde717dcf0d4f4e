/**
 * A sentence that links a cause to its effect ("X caused Y", "Y due to X", "X 导致 Y", "由于 X，Y") → both
 * sides. The effect of a stated cause is usually what people saw, so facts.ts offers it as a symptom.
 */
export interface CausalSplit { cause: string; effect: string }

/** Connectors after which the effect follows (cause first). */
const FORWARD = /\s(?:which\s+)?(?:caused|causing|led to|lead to|leading to|resulted in|resulting in|results in|triggered(?!\s+by)|meaning that|which meant|which is why|and that is why|and that's why)\s|导致|造成|引起|引发|使得|致使|以致|从而|[，,]\s*(?:这就是|这也是|这正是|这才是)/iu;
/** Connectors after which the cause follows (effect first). */
const BACKWARD = /\s(?:due to|because of|because|caused by|as a result of|as a consequence of|triggered by|resulting from)\s|是因为|是由于|原因是|原因在于/iu;
/** Chinese clause openers: 由于 X，Y / 因为 X，Y. */
const OPENER = /(?:^|[，,。；;]\s*)(?:由于|因为)/u;

const MIN_SIDE = 4;

/** Every connector above contains one of these: most sentences have none, and are passed over with one test. */
const ANY_CONNECTOR = /caus|led|lead|result|trigger|mean|due|becaus|consequence|why|导致|造成|引起|引发|使得|致使|以致|从而|由于|因为|原因|这就是|这也是|这正是|这才是/i;

export function splitCausal(text: string): CausalSplit | null {
  if (!ANY_CONNECTOR.test(text)) return null;
  const opener = OPENER.exec(text);
  if (opener) {
    const before = text.slice(0, opener.index);
    const rest = text.slice(opener.index + opener[0].length);
    const comma = rest.search(/[，,]/u);
    if (comma > 0) return sides(rest.slice(0, comma), before.trim() ? before : rest.slice(comma + 1));
    if (before.trim()) return sides(rest, before);
  }
  const backward = BACKWARD.exec(text);
  if (backward) return sides(text.slice(backward.index + backward[0].length), text.slice(0, backward.index));
  const forward = FORWARD.exec(text);
  if (forward) return sides(text.slice(0, forward.index), text.slice(forward.index + forward[0].length));
  return null;
}

function sides(cause: string, effect: string): CausalSplit | null {
  const c = tidy(cause);
  const e = tidy(effect);
  if ([...c].length < MIN_SIDE || [...e].length < MIN_SIDE) return null;
  return { cause: c, effect: e };
}

function tidy(s: string): string {
  // a leading connector belongs to neither side ("由于 X，导致 Y": the effect is Y)
  // and a dangling auxiliary or modal neither ("The outage was | caused by that bug": the effect is "The outage";
  // "Increasing test load over time has | lead to …": the cause is the load)
  return s.replace(/^[\s,，;；:：、.。]+|[\s,，;；:：、.。]+$/gu, '').replace(/\s+(?:was|were|is|are|has been|have been|had been|has|have|had|will|would|can|could|may|might|did)(?:\s+(?:also|\w+ly))?$/i, '')
    // a Chinese cause side ends before its modal ("追数据会 | 导致 …": the cause is 追数据)
    .replace(/(?<=\p{Script=Han})(?:都会|就会|也会|会|就|也|才|则)$/u, '')
    // …and a Chinese side before its copula neither ("这次问题就是 | 因为 docker 的日志狂刷": the effect is 这次问题)
    .replace(/(?<=\p{Script=Han})(?:就是|也是|正是|便是|是|在于)$/u, '').replace(/的?原因$/u, '').replace(/^(?:(?:this|that|which|these|it|and|then)\b|所以|于是|就|而|从而|导致|造成|引起|使得)\s*/iu, '').trim();
}

/**
 * A sentence that opens by pointing back at a cause ("As a consequence of this action, …", "This in turn caused
 * …", "这就导致了…", "这就是用户被踢下线的原因", "That's why …"): the sentence before it states that cause, whatever
 * its own words.
 */
const POINTS_BACK = /^(?:这就是|这也是|这正是|这才是)[^。！？!?]{0,30}(?:的)?原因|^(?:that'?s|this is|which is|that is) (?:why|the reason)\b|^(?:as a (?:direct )?(?:consequence|result)(?: of (?:this|that|these|which)\b)?|(?:this|that|these|which|it)(?: (?:in turn|then|also|directly|ultimately|eventually))? (?:caused|led to|resulted in|triggered|meant)\b|(?:because of|due to) (?:this|that)\b|consequently\b)|^(?:这|此|这样|此举|这一操作|这个操作|因此|从而|进而)(?:就|又|也|便|直接|最终)?(?:导致|造成|引起|引发|使得|致使)/iu;

export function pointsBack(text: string): boolean {
  return POINTS_BACK.test(text);
}

