/**
 * The one generator of mermaid source in Hindsight: a timeline → a gantt chart (every event timed) or a numbered
 * flowchart (untimed steps); category counts → a pie; monthly counts → an xychart. Every piece of text goes
 * through `escapeMermaid` (see ../shared/pitfalls.md): newlines and tabs become spaces, `# : ; < > " % { } [ ] ( ) \``
 * become `#<code>;`, and text that starts like a mermaid keyword gets its first letter encoded. Pure: no DOM.
 */
import type { TimelineEvent } from './schema.ts';

const SPECIAL = /[#:;<>"%{}[\]()`]/g;
const KEYWORD =
  /^(section|title|dateformat|axisformat|tickinterval|todaymarker|excludes|includes|inclusiveenddates|topaxis|weekday|weekend|displaymode|click|call|href|acctitle|accdescr|accdescription|end|subgraph|graph|flowchart|direction|style|classdef|class|linkstyle|timeline|gantt|pie|showdata|xychart|x-axis|y-axis|bar|line|milestone|crit|done|active|after|until|vert)\b/i;

/** Text → safe mermaid text (never empty). */
export function escapeMermaid(text: string): string {
  const flat = text.replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (!flat) return '…';
  const encoded = flat.replace(SPECIAL, (c) => `#${c.charCodeAt(0)};`);
  return KEYWORD.test(flat) ? `#${flat.charCodeAt(0)};${encoded.slice(1)}` : encoded;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * Shortens long text for a diagram label (the full text is listed beside the diagram), by display width:
 * a Chinese character counts as two Latin ones.
 */
export function clip(text: string, max = 48): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const width = (c: string) => (WIDE.test(c) ? 2 : 1);
  if (chars.reduce((w, c) => w + width(c), 0) <= max) return chars.join('');
  let used = 0;
  let out = '';
  for (const c of chars) {
    if (used + width(c) > max - 1) break;
    used += width(c);
    out += c;
  }
  return `${out}…`;
}

/** A timeline `at` → 'YYYY-MM-DD HH:mm' as written (wall clock of the source; the zone is dropped). */
export function ganttTime(at: string): string {
  const [date, time = '00:00'] = at.split('T');
  const day = date.length === 7 ? `${date}-01` : date;
  return `${day} ${time.slice(0, 5)}`;
}

const minutesOf = (t: string) => Date.parse(`${t.replace(' ', 'T')}:00Z`) / 60000;

export type TimelineDiagram = { kind: 'gantt' | 'flowchart'; source: string } | null;

/** The diagram for a postmortem's timeline: gantt when every event is timed, else a numbered flowchart. */
export function timelineToMermaid(events: readonly TimelineEvent[], title = 'Timeline'): TimelineDiagram {
  if (events.length === 0) return null;
  if (events.length >= 2 && events.every((e) => e.at)) return { kind: 'gantt', source: toGantt(events, title) };
  return { kind: 'flowchart', source: toFlowchart(events, title) };
}

const TAG: Partial<Record<NonNullable<TimelineEvent['kind']>, string>> = { start: 'crit, ', detect: 'crit, ', mitigate: 'active, ', resolve: 'done, ' };

function toGantt(events: readonly TimelineEvent[], title: string): string {
  const times = events.map((e) => ganttTime(e.at!));
  const span = minutesOf(times.at(-1)!) - minutesOf(times[0]);
  const axis = span <= 36 * 60 ? '%H:%M' : span <= 7 * 24 * 60 ? '%m-%d %H:%M' : span <= 120 * 24 * 60 ? '%m-%d' : '%Y-%m';
  const out = ['gantt', `  accTitle: ${escapeMermaid(title)}`, '  dateFormat YYYY-MM-DD HH:mm', `  axisFormat ${axis}`, '  todayMarker off'];
  let day = '';
  events.forEach((e, i) => {
    const start = times[i];
    if (start.slice(0, 10) !== day) {
      day = start.slice(0, 10);
      out.push(`  section ${escapeMermaid(day)}`);
    }
    const next = times[i + 1];
    const label = escapeMermaid(`${i + 1}. ${clip(e.text)}`);
    const tag = e.kind ? (TAG[e.kind] ?? '') : '';
    if (!next || minutesOf(next) <= minutesOf(start)) out.push(`    ${label} :milestone, ${tag}e${i + 1}, ${start}, 0m`);
    else out.push(`    ${label} :${tag}e${i + 1}, ${start}, ${next}`);
  });
  return out.join('\n');
}

function toFlowchart(events: readonly TimelineEvent[], title: string): string {
  const out = ['flowchart TD', `  accTitle: ${escapeMermaid(title)}`];
  events.forEach((e, i) => {
    const when = e.when.trim() ? `${clip(e.when, 24)} · ` : '';
    out.push(`  s${i + 1}["${escapeMermaid(`${i + 1}. ${when}${clip(e.text, 72)}`)}"]`);
    if (i > 0) out.push(`  s${i} --> s${i + 1}`);
  });
  return out.join('\n');
}

/** Incidents per category as a pie. */
export function pieToMermaid(slices: readonly { label: string; count: number }[], title: string): string {
  const rows = slices.filter((s) => s.count > 0).map((s) => `  "${escapeMermaid(s.label)}" : ${s.count}`);
  return ['pie showData', `  accTitle: ${escapeMermaid(title)}`, ...rows].join('\n');
}

/** Counts per label (months) as a bar chart. */
export function barsToMermaid(bars: readonly { label: string; count: number }[], title: string, yLabel: string): string {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return [
    'xychart',
    `  title "${escapeMermaid(title)}"`,
    `  x-axis [${bars.map((b) => `"${escapeMermaid(b.label)}"`).join(', ')}]`,
    `  y-axis "${escapeMermaid(yLabel)}" 0 --> ${max}`,
    `  bar [${bars.map((b) => b.count).join(', ')}]`,
  ].join('\n');
}
