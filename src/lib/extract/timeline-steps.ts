/**
 * Untimed steps for reports with no timestamps: the longest run of numbered steps (an ordered list, or
 * paragraphs opening with "1，" / "2、" / "3."), numbered 1, 2, 3 … without gaps, at least three long.
 */
import type { List, Nodes, Paragraph, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TimelineEvent } from '../schema.ts';
import { clipChars } from './text.ts';

interface Step {
  n: number;
  marker: string;
  text: string;
  line: number;
}

const NUMBERED = /^\s*(\d{1,2})\s*([.、，,)）．])\s*(\S[^\n]*)/;

export function collectNumberedSteps(tree: Root): TimelineEvent[] {
  const steps: Step[] = [];
  // depth-bounded: nothing nested 64 levels deep is a step, and the recursion stays shallow
  const walk = (node: Nodes, depth = 0) => {
    if (depth > 64) return;
    if (node.type === 'code' || node.type === 'blockquote' || node.type === 'html') return;
    if (node.type === 'list' && node.ordered) return collectList(node, steps);
    if (node.type === 'paragraph') {
      const m = NUMBERED.exec(firstLine(node));
      if (m) steps.push({ n: +m[1], marker: m[1] + m[2], text: m[3], line: node.position?.start.line ?? 0 });
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, depth + 1);
  };
  walk(tree);
  const runs: Step[][] = [];
  for (const step of steps) {
    const run = runs[runs.length - 1];
    if (run && step.n === run[run.length - 1].n + 1) run.push(step);
    else if (step.n === 1) runs.push([step]);
  }
  const best = runs.reduce<Step[]>((a, b) => (b.length > a.length ? b : a), []);
  if (best.length < 3) return [];
  return best.map((s) => ({ at: null, when: s.marker, text: clip(s.text), line: s.line }));
}

function collectList(list: List, steps: Step[]): void {
  list.children.forEach((item, i) => {
    const n = (list.start ?? 1) + i;
    const first = item.children.find((c): c is Paragraph => c.type === 'paragraph');
    const text = first ? firstLine(first) : '';
    if (text) steps.push({ n, marker: `${n}.`, text, line: item.position?.start.line ?? 0 });
  });
}

function firstLine(node: Paragraph): string {
  return toString(node).split('\n')[0].trim();
}

function clip(text: string): string {
  return clipChars(text.replace(/\s+/g, ' ').trim(), 200);
}
