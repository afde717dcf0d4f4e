/**
 * Where the incident stands, from cue phrases: resolved, mitigated (impact stopped, cause remains),
 * unresolved (still open, to be investigated) or unknown. A cue in a fixes section or in the last part of the
 * report counts double: that is where reports say how things ended. An open cue in the last fixes section
 * wins outright (`具体解决：待进一步排查`). A report with no cue either way is resolved when it has a fixes
 * section or states a fix: a postmortem tells what fixed an incident once it is over (measured on the gold of
 * the corpus and our sets: 43 of the 44 such reports were resolved; the rest of the gold's 300, 285 resolved).
 */
import type { Postmortem } from '../schema.ts';
import type { Section } from './sections.ts';
import { collectUnits } from './units.ts';

type Status = Postmortem['status'];

const OPEN = /待进一步|待排查|未解决|尚未解决|未恢复|仍未|还没有解决|没有解决|暂未|待定|\b(?:tba|tbd)\b|\bunresolved\b|still (?:investigating|ongoing|open)|remains? (?:open|unresolved|unknown)|not (?:yet )?(?:been )?(?:resolved|fixed)|under investigation/i;
const MITIGATED = /缓解|临时方案|临时解决|暂时|止损|规避|\bmitigat|\bworkaround\b|temporar(?:y|ily)|will remain|problem will remain|partially/i;
const RESOLVED = /恢复正常|已解决|问题解决|解决了|已修复|修复了|都正常了|正常了|恢复了|消失了|lag\s*变为\s*0|\bresolved\b|\bfixed\b|back to normal|back to baseline|recovered|restored|fully operational|service operational|incident (?:closed|resolved)|healthier|working again|permanently fixed/i;
/**
 * 恢复 as an outcome: "成功率恢复到 99% 以上", or ending its clause ("结算链路恢复，…", "宣布故障恢复") — not when
 * negated or still awaited (未恢复, 没有恢复到, 待恢复, 无法恢复) and not as a noun ("恢复时间", "恢复方案").
 */
const RECOVERED_ZH = /(?<!未|没|没有|不|待|无法|不能|尚未)恢复(?:到|至|(?=\s*(?:[，。；！,;!]|$)))/;

/** statesFix: the facts hold a fix (facts.ts). */
export function detectStatus(sections: Section[], statesFix = false): Status {
  const units = collectUnits(sections);
  if (!units.length) return 'unknown';
  const lastLine = units[units.length - 1].line;
  const firstLine = units[0].line;
  const late = (line: number) => line >= firstLine + (lastLine - firstLine) * 0.6;
  const score = { resolved: 0, mitigated: 0, unresolved: 0 };
  let lastFixOpen = false;
  for (const unit of units) {
    const weight = unit.section.role === 'fixes' || late(unit.line) ? 2 : 1;
    if (OPEN.test(unit.text)) score.unresolved += weight;
    else if (MITIGATED.test(unit.text)) score.mitigated += weight;
    else if (RESOLVED.test(unit.text) || RECOVERED_ZH.test(unit.text)) score.resolved += weight;
    if (unit.section.role === 'fixes') lastFixOpen = OPEN.test(unit.text);
  }
  if (lastFixOpen) return 'unresolved';
  const hasFixSection = sections.some((s) => s.ownRole === 'fixes' && s.nodes.length);
  if (score.resolved === 0 && score.mitigated === 0 && score.unresolved === 0) return hasFixSection || statesFix ? 'resolved' : 'unknown';
  if (score.unresolved > score.resolved + score.mitigated) return 'unresolved';
  if (score.mitigated > score.resolved) return 'mitigated';
  return score.resolved > 0 || hasFixSection ? 'resolved' : 'mitigated';
}
