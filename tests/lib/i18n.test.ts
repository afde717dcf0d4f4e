import { describe, expect, it } from 'vitest';
import { STRINGS, countIncidents, t, vocab } from '../../src/lib/i18n.ts';
import { STATUSES, SEVERITIES, REVIEW_STATES } from '../../src/lib/schema.ts';

describe('i18n', () => {
  it('has every string in both languages, none empty', () => {
    for (const [key, s] of Object.entries(STRINGS)) {
      expect(s.en.trim(), key).not.toBe('');
      expect(s.zh.trim(), key).not.toBe('');
    }
  });
  it('translates the closed vocabularies of the schema', () => {
    for (const v of [...STATUSES, ...SEVERITIES, ...REVIEW_STATES]) expect(vocab(v).zh).not.toBe(v);
    expect(vocab('resolved')).toEqual({ en: 'resolved', zh: '已解决' });
    expect(vocab('something-new')).toEqual({ en: 'something-new', zh: 'something-new' });
  });
  it('counts incidents in both languages', () => {
    expect(countIncidents(1)).toEqual({ en: '1 incident', zh: '1 起故障' });
    expect(countIncidents(0).en).toBe('0 incidents');
  });
  it('t picks a language', () => {
    expect(t('history', 'zh')).toBe('历史');
    expect(t('history', 'en')).toBe('History');
  });
});
