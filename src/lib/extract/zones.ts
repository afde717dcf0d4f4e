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

/** Alternation for regexes, longest first so CEST wins over CET. */
export const ZONE_NAMES = Object.keys(FIXED).concat('CST').sort((a, b) => b.length - a.length).join('|');

export function zoneOffset(name: string, language?: string, _month?: number): string | undefined {
  const upper = name.toUpperCase();
  if (upper === 'CST') return language === 'zh' || language === 'mixed' ? '+08:00' : '-06:00';
  return FIXED[upper];
}

const MAY_DECLARE = /time|北京|东八|[+]\s*0?8|\(/i;
const DECLARED = new RegExp(`\\btimes?\\b[^.\\n]{0,25}?\\b(${ZONE_NAMES})\\b`, 'i');
/** "Sequence of events (UTC):", "## Timeline (CET)": a zone in brackets closing a label. */
const LABEL_ZONE = new RegExp(`\\(\\s*(${ZONE_NAMES})\\s*\\)\\s*[:：]?\\s*$`);

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
