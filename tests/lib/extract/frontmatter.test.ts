import { describe, expect, it } from 'vitest';
import { FrontmatterError, splitFrontmatter } from '../../../src/lib/extract/frontmatter.ts';

describe('splitFrontmatter', () => {
  it('returns the body and how many source lines come before it', () => {
    const split = splitFrontmatter('---\ntitle: a\ntags: [x]\n---\n# Hello\n');
    expect(split.data).toEqual({ title: 'a', tags: ['x'] });
    expect(split.body).toBe('# Hello\n');
    expect(split.bodyOffset).toBe(4);
  });
  it('leaves text without frontmatter alone', () => {
    expect(splitFrontmatter('# Hi\n---\nx')).toEqual({ data: {}, body: '# Hi\n---\nx', bodyOffset: 0 });
  });
  it('never executes JavaScript frontmatter', () => {
    (globalThis as Record<string, unknown>).pwned = false;
    expect(() => splitFrontmatter('---js\n{ title: (globalThis.pwned = true) }\n---\nbody')).toThrow(FrontmatterError);
    expect((globalThis as Record<string, unknown>).pwned).toBe(false);
  });
  it('refuses YAML aliases and names the line of malformed YAML', () => {
    expect(() => splitFrontmatter('---\na: &x [1]\nb: *x\n---\n')).toThrow(/alias/i);
    try {
      splitFrontmatter('---\ntitle: ok\nbad: [unclosed\n---\nbody');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FrontmatterError);
      expect((error as FrontmatterError).line).toBeGreaterThanOrEqual(3);
    }
  });
});
