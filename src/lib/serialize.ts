/**
 * (frontmatter, body) → file text, deterministically: keys in schema order, every string double-quoted (so a
 * YAML reader never turns '2021-02-30' or '12:30' into a date or a number), no line folding.
 */
import { stringify } from 'yaml';
import { emitYamlFast } from './yaml-emit.ts';
import { FIELD_ORDER, type Postmortem } from './schema.ts';

export function serializePostmortem(data: Postmortem, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  for (const key of Object.keys(data).sort()) if (!(key in ordered) && (data as Record<string, unknown>)[key] !== undefined) ordered[key] = (data as Record<string, unknown>)[key];
  const yaml = emitYamlFast(ordered) ?? stringifyYaml(ordered);
  return `---\n${yaml}---\n${body}`;
}

/** The reference emitter: the `yaml` library with the options above. */
export function stringifyYaml(value: unknown): string {
  return stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, aliasDuplicateObjects: false });
}
