/**
 * A title for a report that has none (a plain-text narrative): built from its facts as `<cause>导致<symptom>`
 * or `<Symptom> caused by <cause>`, at most 60 characters. The best-scored short statements are used, with
 * narrative openers (因为, 然后, we saw …) dropped; a cause that already states its effect stands alone.
 */
import type { Fact } from './facts.ts';
import type { Language } from './language.ts';
import { splitCausal } from './causal.ts';
import { measure } from './clauses.ts';
import { scoreCues } from './cues.ts';
import { capitalise, clipChars, hasHan } from './text.ts';

const MAX_TITLE = 60;
const MAX_SIDE = 24;
const OPENERS = /^(?:[\s,，;；:：]|因为|由于|所以|然后|然而|于是|而且|并且|但是|就是|也就是|发现|导致|大约|其实|这样来看|这样看来|看来|很明显|明显|显然|这次问题就是|问题就是|可能是|应该是|because|since|so|then|and|but|we saw|we found|we noticed|it turned out)+/iu;
const HEDGES = /可能|也许|怀疑|猜|推测|是否|会不会|应该|如果|假如|\b(?:if|should|would|could)\b|\b(?:maybe|might|possibly|perhaps)\b|[?？]/iu;

export function deriveTitle(items: Fact[], language: Language): string {
  const cause = pick(items, 'causes');
  const symptom = pick(items, 'symptoms');
  if (cause && symptom && cause.raw !== symptom.raw) {
    const title = language === 'en' ? `${capitalise(symptom.raw)} caused by ${cause.raw}` : `${cause.raw}导致${symptom.raw}`;
    if ([...title].length <= MAX_TITLE) return title;
  }
  return clipChars(capitalise(symptom?.raw ?? cause?.raw ?? ''), MAX_TITLE);
}

interface Picked { raw: string; score: number }

const MIN_SIDE = 4;
/** Four words: "To be explicit" is not a statement. */
const MIN_SIDE_LATIN = 9;
const NARRATOR = /我|咱们|\b(?:i|we|our|us)\b/iu;
/** A side still holding a causal link it could not be split at ("…问题是版本导致的"): joined, it would say 导致 twice. */
const DANGLING_LINK = /导致|造成|引起|引发|\b(?:caused|led to|due to)\b/iu;

/**
 * The best side of a field for a title: the first clause of each statement (or the matching side of its
 * "X 导致 Y"), short, not a guess or a question, not the narrator speaking; scored by its own cue strength
 * (a role section's statement gets a point) less a little per unit of length.
 */
function pick(items: Fact[], field: 'causes' | 'symptoms'): Picked | null {
  let best: Picked | null = null;
  for (const item of items) {
    if (item.field !== field) continue;
    const side = field === 'causes' ? 'cause' : 'effect';
    // "因为 X 导致 Y": the side of the side, once more
    let raw = dropLabel(item.text);
    for (let i = 0; i < 2; i++) raw = dropLabel(splitCausal(raw)?.[side] ?? raw);
    raw = tidy(raw);
    const length = measure(raw);
    if (length < (hasHan(raw) ? MIN_SIDE : MIN_SIDE_LATIN) || length > MAX_SIDE || HEDGES.test(raw) || NARRATOR.test(raw) || DANGLING_LINK.test(raw)) continue;
    const score = scoreCues(raw)[field] + (splitCausal(item.text) ? 1 : 0) + (item.score >= 10 ? 1 : 0) - length / 20;
    if (!best || score > best.score) best = { raw, score };
  }
  return best;
}

/** "大约的意思是因为 X", "直接原因是 X", "事情的起因是 X": what follows an early label is the statement. */
function dropLabel(text: string): string {
  const label = /^.{0,8}?(?:是因为|因为|由于|原因是|原因在于|起因是|问题是)/u.exec(text);
  return label ? text.slice(label[0].length) : text;
}

function tidy(text: string): string {
  const rest = text.replace(OPENERS, '');
  // and without a closing particle ("…就是 1.3.5 的问题了")
  return rest.split(/[，,；;:：。!！]/u)[0].replace(/[.…\s]+$/u, '').replace(/(?<=\S)[了啦呢吧]+$/u, '').trim();
}

