import { describe, expect, it } from 'vitest';
import { locateYaml, sliceFrontmatter } from '../../../src/lib/authoring/yaml-positions.ts';

const YAML = [
  'title: "x"', //                      file line 2
  'categories: ["a", "b"]', //           3
  'timeline:', //                        4
  '  - at: "2021-02-25T19:56"', //       5
  '    when: "19:56"', //                6
  '  - when: "x"', //                    7
  '    at:   "2021-02-25"', //           8
  'lines:', //                           9
  '  causes: []', //                     10
].join('\n');

describe('locateYaml', () => {
  const at = locateYaml(YAML, 2).positionOf;
  it('points at a scalar value, counting file lines from the line after ---', () => {
    expect(at(['title'])).toEqual({ line: 2, column: 8 });
    expect(at(['timeline', 1, 'at'])).toEqual({ line: 8, column: 11 });
    expect(at(['timeline', 0, 'when'])).toEqual({ line: 6, column: 11 });
  });
  it('points at items of flow sequences and at flow collections themselves', () => {
    expect(at(['categories', 1])).toEqual({ line: 3, column: 19 });
    expect(at(['lines', 'causes'])).toEqual({ line: 10, column: 11 });
  });
  it('points at the key of a block collection (its value starts on the next line)', () => {
    expect(at(['timeline'])).toEqual({ line: 4, column: 1 });
    expect(at(['timeline', 1])).toEqual({ line: 7, column: 5 });
  });
  it('falls back to the nearest existing ancestor', () => {
    expect(at(['timeline', 0, 'text'])).toEqual({ line: 5, column: 5 });
    expect(at(['timeline', 9, 'at'])).toEqual({ line: 4, column: 1 });
    expect(at(['summary'])).toEqual({ line: 2, column: 1 });
    expect(at([])).toEqual({ line: 2, column: 1 });
  });
});

describe('sliceFrontmatter', () => {
  it('returns the YAML between the delimiters, its opener and whether it is closed', () => {
    expect(sliceFrontmatter('---\na: 1\nb: 2\n---\nbody')).toEqual({ opener: '---', yaml: 'a: 1\nb: 2', firstLine: 2, closed: true });
    expect(sliceFrontmatter('---js\n{}\n---\n')).toMatchObject({ opener: '---js', closed: true });
    expect(sliceFrontmatter('---\na: 1\n')).toMatchObject({ closed: false });
    expect(sliceFrontmatter('# no frontmatter\n---\n')).toBeNull();
  });
});
