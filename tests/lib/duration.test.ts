import { describe, expect, it } from 'vitest';
import { atToMinutes, formatMinutes, timelineSpanMinutes } from '../../src/lib/duration.ts';

const ev = (at: string | null) => ({ at, when: '', text: 'x', line: 1 });

describe('duration', () => {
  it('reads times with and without zones; dates and months have no minutes', () => {
    expect(atToMinutes('2021-01-01T00:10')).toBe(Date.UTC(2021, 0, 1, 0, 10) / 60000);
    expect(atToMinutes('2021-01-01T08:10+08:00')).toBe(Date.UTC(2021, 0, 1, 0, 10) / 60000);
    expect(atToMinutes('2021-01-01')).toBeNull();
    expect(atToMinutes(null)).toBeNull();
  });
  it('spans the timed events of a timeline', () => {
    expect(timelineSpanMinutes([ev('2021-12-11T21:30'), ev(null), ev('2021-12-12'), ev('2021-12-12T00:01')])).toBe(151);
    expect(timelineSpanMinutes([ev('2021-12-11T21:30')])).toBeNull();
    expect(timelineSpanMinutes([ev('2021-12-11T21:30'), ev('2021-12-11T21:30')])).toBeNull();
  });
  it('formats minutes for people in both languages', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(200)).toBe('3 h 20 min');
    expect(formatMinutes(3000)).toBe('2 d 2 h');
    expect(formatMinutes(2880)).toBe('2 d');
    expect(formatMinutes(200, 'zh')).toBe('3 小时 20 分钟');
    expect(formatMinutes(-5)).toBe('0 min');
  });
});
