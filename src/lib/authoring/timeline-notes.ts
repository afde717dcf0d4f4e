/**
 * Raw notes or a chat export with timestamps → `timeline` entries for a postmortem's frontmatter and a mermaid
 * diagram for its body, with the very extractor ingest uses (extract/timeline.ts) and the site's one mermaid
 * generator (mermaid.ts). Pure: scripts/timeline.ts reads the notes and prints.
 */
import { stringify } from 'yaml';
import { z } from 'astro/zod';
import { detectLanguage } from '../extract/language.ts';
import { detectFormat, parseBody } from '../extract/parse.ts';
import { extractTimeline } from '../extract/timeline.ts';
import { timelineToMermaid } from '../mermaid.ts';
import { timelineEvent, type TimelineEvent } from '../schema.ts';

export interface NotesOptions {
  /** YYYY-MM-DD: the day of times written without a date. */
  date?: string | null;
  /** zh / en / mixed; detected from the notes when absent. */
  language?: string;
  /** Added to every `line`, when the notes sit at that offset in the postmortem's body. */
  lineOffset?: number;
  /** Diagram title. */
  title?: string;
}

export interface NotesTimeline {
  events: TimelineEvent[];
  incidentDate: string | null;
  timeToDetect: number | null;
  timeToResolve: number | null;
  warnings: string[];
  /** Mermaid source (gantt when every event is timed, else a flowchart); null without events. */
  mermaid: string | null;
}

export function buildTimelineFromNotes(notes: string, options: NotesOptions = {}): NotesTimeline {
  const text = notes.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const format = detectFormat('notes.txt', text);
  const tree = parseBody(text, format, options.lineOffset ?? 0);
  const language = options.language ?? detectLanguage(text);
  const result = extractTimeline(tree, { language, hintDate: options.date ?? null, format });
  const events = z.array(timelineEvent).parse(result.events);
  return {
    events,
    incidentDate: result.incidentDate,
    timeToDetect: result.timeToDetect,
    timeToResolve: result.timeToResolve,
    warnings: result.warnings,
    mermaid: timelineToMermaid(events, options.title ?? (language === 'zh' ? '时间线' : 'Timeline'))?.source ?? null,
  };
}

/**
 * YAML to paste into the frontmatter: the `timeline` key in the style of serializePostmortem (double-quoted
 * strings, no folding), with the derived durations and any warnings as comments to copy by hand.
 */
export function timelineYaml(result: NotesTimeline): string {
  const yaml = stringify({ timeline: result.events }, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, aliasDuplicateObjects: false });
  const notes = [
    ...(result.incidentDate ? [`# date: "${result.incidentDate}"`] : []),
    `# time_to_detect_minutes: ${result.timeToDetect ?? 'null'}`,
    `# time_to_resolve_minutes: ${result.timeToResolve ?? 'null'}`,
    ...result.warnings.map((w) => `# warning: ${w.replace(/\n/g, ' ')}`),
  ];
  return `${yaml}${notes.join('\n')}\n`;
}

/** A fenced block to paste under the Timeline heading of the body. */
export function mermaidBlock(result: NotesTimeline): string {
  return result.mermaid ? `\`\`\`mermaid\n${result.mermaid}\n\`\`\`\n` : '';
}

/** Everything as one JSON object for tools. */
export function timelineJson(result: NotesTimeline): string {
  return JSON.stringify(
    {
      timeline: result.events,
      date: result.incidentDate,
      time_to_detect_minutes: result.timeToDetect,
      time_to_resolve_minutes: result.timeToResolve,
      warnings: result.warnings,
      mermaid: result.mermaid,
    },
    null,
    2,
  );
}
