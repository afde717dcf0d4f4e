/**
 * Time zone abbreviations → UTC offsets. CST is ambiguous (China Standard Time, +08:00, vs US Central, -06:00):
 * the document's language decides. Names that already say summer or winter time are taken literally.
 */
const FIXED: Record<string, string> = {
  UTC: 'Z', GMT: 'Z', Z: 'Z',
  CET: '+01:00', CEST: '+02:00', BST: '+01:00', WET: 'Z', WEST: '+01:00', EET: '+02:00', EEST: '+03:00',
  PDT: '-07:00', PST: '-08:00', MDT: '-06:00', MST: '-07:00', CDT: '-05:00', EDT: '-04:00', EST: '-05:00',
  JST: '+09:00', KST: '+09:00', HKT: '+08:00', SGT: '+08:00', IST: '+05:30', AEST: '+10:00', AEDT: '+11:00',
};

/**
 * US zones written without saying summer or winter ("10:58 AM ET", "3 PM PT"): standard-time offsets in hours.
 * Which one applies depends on the date, known only once the day is (see `concreteZone`).
 */
const US_GENERIC: Record<string, number> = { ET: -5, CT: -6, MT: -7, PT: -8 };

/** Alternation for regexes, longest first so CEST wins over CET. */
export const ZONE_NAMES = Object.keys(FIXED).concat('CST', ...Object.keys(US_GENERIC)).sort((a, b) => b.length - a.length).join('|');

/** The offset a zone name stands for; a generic US zone stays its name until `concreteZone` knows the day. */
export function zoneOffset(name: string, language?: string): string | undefined {
  const upper = name.toUpperCase();
  if (upper === 'CST') return language === 'zh' || language === 'mixed' ? '+08:00' : '-06:00';
  if (upper in US_GENERIC) return upper;
  return FIXED[upper];
}

/**
 * A generic US zone on a given day: daylight time (one hour ahead) from the second Sunday of March to the first
 * Sunday of November, the rule since 2007. Any other zone is returned as it is.
 */
export function concreteZone(zone: string, year: number, month: number, day: number | undefined): string {
  const standard = US_GENERIC[zone];
  if (standard === undefined) return zone;
  const sunday = (m: number, nth: number) => 1 + ((7 - new Date(Date.UTC(year, m - 1, 1)).getUTCDay()) % 7) + 7 * (nth - 1);
  const d = day ?? 15;
  const daylight = (month > 3 && month < 11) || (month === 3 && d >= sunday(3, 2)) || (month === 11 && d < sunday(11, 1));
  const hours = standard + (daylight ? 1 : 0);
  return `-${String(-hours).padStart(2, '0')}:00`;
}

const MAY_DECLARE = /time|北京|东八|[+]\s*0?8|\(/i;
const DECLARED = new RegExp(`\\btimes?\\b[^.\\n]{0,25}?\\b(${ZONE_NAMES})\\b`, 'i');
/** "Sequence of events (UTC):", "## Timeline (CET)", "Timeline (yesterday, ET)": a zone in brackets closing a label. */
const LABEL_ZONE = new RegExp(`\\(\\s*(?:[^()]{1,20}?[,;，]\\s*)?(${ZONE_NAMES})\\s*\\)\\s*[:：]?\\s*$`);

/**
 * "All times in UTC", "times in BST", "时间均为北京时间", "Rough sequence of events (UTC):": a zone declared for
 * the timestamps that follow. A label with a clock time of its own ("Alert at 14:51 (UTC)") only zones that time.
 */
export function findDeclaredZone(text: string, language?: string): string | undefined {
  if (!MAY_DECLARE.test(text)) return undefined;
  if (/北京时间|东八区|UTC\s*\+\s*0?8(?::00)?\b|GMT\s*\+\s*0?8\b/.test(text)) return '+08:00';
  const m = DECLARED.exec(text) ?? (/\d:\d\d/.test(text) ? null : LABEL_ZONE.exec(text));
  if (!m || !/^[A-Z]+$/.test(m[1])) return undefined;
  return zoneOffset(m[1], language);
}
