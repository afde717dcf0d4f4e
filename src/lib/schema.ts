/**
 * The postmortem frontmatter: the one contract shared by ingest, the site, the validator and the scaffold.
 * Types are inferred from here and never written twice. Field order here is the order files are written in.
 */
import { z } from 'astro/zod';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/** True when y-m-d names a day that exists (rejects 2021-02-30, which YAML readers silently roll over). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in month m (1–12) of year y, by arithmetic: this runs for every date a report is scanned for, and
 * `new Date(Date.UTC(y, m, 0)).getUTCDate()` allocated a Date each time. Like Date.UTC, a year 0–99 means 1900–1999.
 */
export function daysInMonth(y: number, m: number): number {
  if (m !== 2) return MONTH_DAYS[m - 1];
  const year = y >= 0 && y <= 99 ? 1900 + y : y;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY-MM-DDTHH:MM[:SS][zone]' naming a real moment. */
export function isTimelineAt(value: string): boolean {
  const dt = DATETIME.exec(value) ?? DATE.exec(value);
  if (dt) return isRealDate(+dt[1], +dt[2], +dt[3]);
  const month = MONTH.exec(value);
  return !!month && +month[2] >= 1 && +month[2] <= 12;
}

export const isoDate = z
  .string()
  .refine((v) => { const m = DATE.exec(v); return !!m && isRealDate(+m[1], +m[2], +m[3]); }, 'expected a real date written YYYY-MM-DD');

export const timelineAt = z.string().refine(isTimelineAt, 'expected YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]');

export const LANGUAGES = ['zh', 'en', 'mixed'] as const;
export const STATUSES = ['resolved', 'mitigated', 'unresolved', 'unknown'] as const;
export const SEVERITIES = ['critical', 'major', 'minor', 'unknown'] as const;
export const REVIEW_STATES = ['generated', 'draft', 'reviewed'] as const;
export const EVENT_KINDS = ['start', 'detect', 'investigate', 'mitigate', 'resolve', 'other'] as const;

export const timelineEvent = z.object({
  /** When it happened, as precise as the source allows; null for an untimed (ordered) step. */
  at: timelineAt.nullable(),
  /** The time exactly as written in the source: '12-12 00:01', '第二天', '14:51 UTC'. */
  when: z.string(),
  /** What happened. */
  text: z.string().min(1),
  /** Line of the source (or of this file's body, when written by hand) where it was found. */
  line: z.number().int().nonnegative(),
  /** True when part of `at` (usually the year or the day) was inferred from elsewhere in the document. */
  inferred: z.boolean().optional(),
  /** The role of the event, when it can be told: start, detect, investigate, mitigate, resolve or other. */
  kind: z.enum(EVENT_KINDS).optional(),
});

/** Where each extracted item came from: source lines, in the same order as the list it annotates. */
export const itemLines = z.object({
  symptoms: z.array(z.number().int().nonnegative()).default([]),
  causes: z.array(z.number().int().nonnegative()).default([]),
  fixes: z.array(z.number().int().nonnegative()).default([]),
  action_items: z.array(z.number().int().nonnegative()).default([]),
});

/** Why a category was chosen: its score and the matched terms with their lines. */
export const categoryEvidence = z.object({
  id: z.string(),
  score: z.number(),
  matches: z.array(z.object({ term: z.string(), line: z.number().int().nonnegative(), field: z.string().optional() })),
});

export const postmortemFields = {
  /** The incident's title. */
  title: z.string().min(1),
  /** When the incident began, YYYY-MM-DD, quoted; null when the report does not say. */
  date: isoDate.nullable(),
  /** The raw report this was extracted from, e.g. content/inbox/000_x.txt; null if written by hand. */
  source: z.string().nullable(),
  /** Main language of the report. */
  language: z.enum(LANGUAGES),
  /** Where the incident stands: resolved, mitigated (impact stopped, cause remains), unresolved or unknown. */
  status: z.enum(STATUSES),
  /** How bad it was, when the report says or implies it. */
  severity: z.enum(SEVERITIES).default('unknown'),
  /** One to three sentences: what broke, why, and what fixed it. */
  summary: z.string().default(''),
  /** What users and operators observed: alerts, errors, lag, outages, impact. */
  symptoms: z.array(z.string()).default([]),
  /** Root causes, triggers and contributing factors. */
  causes: z.array(z.string()).default([]),
  /** Mitigations and resolutions that were applied. */
  fixes: z.array(z.string()).default([]),
  /** Follow-up work; write an owner as `(owner: name)` or `@name`. */
  action_items: z.array(z.string()).default([]),
  /** Lowercase technology ids from content/technologies.yaml: kafka, flink, prometheus … */
  technologies: z.array(z.string().regex(/^[a-z0-9][a-z0-9.+_-]*$/, 'technology ids are lowercase')).default([]),
  /** Root-cause category ids from content/categories.yaml (one to three; `unknown` when the report does not say). */
  categories: z.array(z.string()).default([]),
  /** Events in chronological order; untimed steps (at: null) keep the order of the source. */
  timeline: z.array(timelineEvent).default([]),
  /** Minutes from the first event to detection, when both are known. */
  time_to_detect_minutes: z.number().nonnegative().nullable().default(null),
  /** Minutes from the first event to resolution (or mitigation), when both are known. */
  time_to_resolve_minutes: z.number().nonnegative().nullable().default(null),
  /** Things a reviewer should look at: contradicting dates, events out of order, no timeline found … */
  warnings: z.array(z.string()).default([]),
  /** generated (by ingest, unreviewed), draft (being written by hand) or reviewed (checked by a person). */
  review: z.enum(REVIEW_STATES).default('draft'),
  /** How the body is rendered: markdown, or plain text whose line breaks are kept. */
  format: z.enum(['markdown', 'text']).default('markdown'),
  /** Source lines before the body (a frontmatter of the source's own), so body line N is source line N + body_offset. */
  body_offset: z.number().int().nonnegative().default(0),
  /** Source line of each extracted symptom, cause, fix and action item. */
  lines: itemLines.default({ symptoms: [], causes: [], fixes: [], action_items: [] }),
  /** Why each category was chosen. */
  category_evidence: z.array(categoryEvidence).default([]),
  /** Other fields of a frontmatter the source already had (tags, author …), kept as they were. */
  source_frontmatter: z.record(z.string(), z.unknown()).optional(),
  /** Written by ingest: hashes that let a re-run skip unchanged input and detect a human's edit. */
  generated: z
    .object({ input_sha256: z.string(), output_sha256: z.string(), encoding: z.string() })
    .optional(),
};

export const postmortemSchema = z.object(postmortemFields);

/** The schema plus the rule that every category is a known id (the list comes from content/categories.yaml). */
export function postmortemSchemaWith(categoryIds: readonly string[]) {
  const known = new Set(categoryIds);
  return postmortemSchema.superRefine((pm, ctx) => {
    pm.categories.forEach((id, i) => {
      if (!known.has(id)) ctx.addIssue({ code: 'custom', path: ['categories', i], message: `unknown category "${id}"` });
    });
  });
}

export type Postmortem = z.infer<typeof postmortemSchema>;
export type TimelineEvent = z.infer<typeof timelineEvent>;
export type CategoryEvidence = z.infer<typeof categoryEvidence>;
/** Schema field names in file order: serialize writes keys in this order. */
export const FIELD_ORDER = Object.keys(postmortemFields) as (keyof Postmortem)[];
