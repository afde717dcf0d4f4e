/** Durations of incidents: minutes between timeline events, and minutes written for people in either language. */
import type { TimelineEvent } from './schema.ts';
import type { Lang } from './i18n.ts';

/** 'YYYY-MM-DDTHH:MM[:SS][zone]' → epoch minutes (no zone: read as UTC wall clock); null for dates and months. */
export function atToMinutes(at: string | null | undefined): number | null {
  if (!at || at.length <= 10) return null;
  const zoned = /(Z|[+-]\d\d:\d\d)$/.test(at) ? at : `${at}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? null : Math.round(ms / 60000);
}

/** Minutes from the first to the last event that carries a time of day; null with fewer than two. */
export function timelineSpanMinutes(events: readonly TimelineEvent[]): number | null {
  const times = events.map((e) => atToMinutes(e.at)).filter((m): m is number => m !== null);
  if (times.length < 2) return null;
  const span = Math.max(...times) - Math.min(...times);
  return span > 0 ? span : null;
}

const UNITS = {
  en: { d: ' d', h: ' h', m: ' min', sep: ' ' },
  zh: { d: ' 天', h: ' 小时', m: ' 分钟', sep: ' ' },
} as const;

/** 45 → "45 min"; 200 → "3 h 20 min"; 3000 → "2 d 2 h" (Chinese: 分钟, 小时, 天). */
export function formatMinutes(minutes: number, lang: Lang = 'en'): string {
  const u = UNITS[lang];
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return `${total}${u.m}`;
  if (total < 48 * 60) {
    const h = Math.floor(total / 60), m = total % 60;
    return m ? `${h}${u.h}${u.sep}${m}${u.m}` : `${h}${u.h}`;
  }
  const d = Math.floor(total / 1440), h = Math.round((total % 1440) / 60);
  return h ? `${d}${u.d}${u.sep}${h}${u.h}` : `${d}${u.d}`;
}
