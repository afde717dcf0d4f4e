import { describe, expect, it } from 'vitest';
import { assignIds, fileStem, isSafeId, toId } from '../../src/lib/id.ts';

describe('toId', () => {
  it('slugs file stems into safe ids, keeping Chinese', () => {
    expect(toId('000_4c5d1d5633100dfc')).toBe('000_4c5d1d5633100dfc');
    expect(toId('数据库 故障报告')).toBe('数据库-故障报告');
    expect(toId('../../etc/passwd')).toBe('etc-passwd');
    expect(toId('...')).toBe('report');
    expect(toId('CON')).toBe('report-con');
    expect(toId('Ｆｕｌｌ　Ｗｉｄｔｈ')).toBe('full-width');
  });
  it('never returns something unsafe as a file name', () => {
    for (const stem of ['..', '.', '/', 'a/../b', '\\x', '\0', 'nul', ' ', '-_-', 'a'.repeat(500), '🔥🔥', '%2e%2e']) {
      const id = toId(stem);
      expect(isSafeId(id), `${stem} → ${id}`).toBe(true);
    }
  });
  it('takes the stem of a path', () => {
    expect(fileStem('content/inbox/a b.MD')).toBe('a b');
    expect(fileStem('C:\\x\\y.txt')).toBe('y');
  });
});

describe('assignIds', () => {
  it('gives colliding names distinct, deterministic ids and leaves the first alone', () => {
    const paths = ['in/a b.md', 'in/a-b.md', 'in/A_B.txt', 'other/a b.md', 'in/数据库.md', 'x/数据库.txt', 'in/x.md'];
    const ids = assignIds(paths);
    expect(new Set(ids.values()).size).toBe(paths.length);
    expect(ids.get('in/a b.md')).toBe('a-b');
    expect(ids.get('in/x.md')).toBe('x');
    expect(ids.get('in/数据库.md')).toBe('数据库');
    expect(ids.get('x/数据库.txt')).toMatch(/^数据库-[0-9a-f]{8}$/);
    expect(assignIds([...paths].reverse())).toEqual(ids);
    for (const id of ids.values()) expect(isSafeId(id)).toBe(true);
  });
  it('does not rename earlier files when a later collision arrives', () => {
    const before = assignIds(['in/a.md']);
    const after = assignIds(['in/a.md', 'in/a.txt']);
    expect(after.get('in/a.md')).toBe(before.get('in/a.md'));
    expect(after.get('in/a.txt')).not.toBe('a');
  });
  it('avoids a hashed id that another file already has', () => {
    const first = assignIds(['p/a.md', 'q/a.md']).get('q/a.md')!;
    const ids = assignIds(['p/a.md', 'q/a.md', `r/${first}.md`]);
    expect(new Set(ids.values()).size).toBe(3);
  });
});
