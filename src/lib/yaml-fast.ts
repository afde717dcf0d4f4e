/**
 * A fast path for the YAML that ingest and serialize write: block mappings and sequences indented by spaces,
 * plain identifier keys, and scalars that are double-quoted strings, null, true, false, simple numbers, [] or {}.
 * The `yaml` library takes ≈ 1–3 ms for a 3 KB frontmatter; this takes ≈ 0.02 ms, which matters to the site's
 * loader at 10,000 postmortems (docs/performance.md). Anything outside that narrow grammar (comments, blank
 * lines, flow collections, anchors, tags, plain or single-quoted strings, odd keys, duplicate keys, deep nesting)
 * returns UNSUPPORTED and the caller uses the full parser, so the result is always what `yaml` would give.
 */
export const UNSUPPORTED = Symbol('unsupported YAML');

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?$/s;
const RESERVED_KEY = /^(null|true|false)$/i;
const NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;

export function parseSimpleYaml(text: string, maxDepth: number): unknown {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && lines[start] === '') start++;
  let end = lines.length;
  while (end > start && lines[end - 1] === '') end--;
  if (start === end) return UNSUPPORTED;
  let i = start;

  const indentOf = (line: string) => {
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    return n;
  };

  function block(indent: number, depth: number): unknown {
    if (depth > maxDepth) return UNSUPPORTED;
    return lines[i].startsWith('- ', indent) ? sequence(indent, depth) : mapping(indent, depth);
  }

  function mapping(indent: number, depth: number): unknown {
    const out: Record<string, unknown> = {};
    while (i < end) {
      const line = lines[i];
      const at = indentOf(line);
      if (at < indent) break;
      if (at > indent) return UNSUPPORTED;
      const m = KEY.exec(line.slice(indent));
      if (!m || RESERVED_KEY.test(m[1]) || Object.hasOwn(out, m[1]) || m[1] === '__proto__') return UNSUPPORTED;
      i++;
      let value: unknown;
      if (m[2] === undefined) {
        if (i >= end || indentOf(lines[i]) <= indent) return UNSUPPORTED; // an empty value: leave it to yaml
        value = block(indentOf(lines[i]), depth + 1);
      } else value = scalar(m[2]);
      if (value === UNSUPPORTED) return UNSUPPORTED;
      out[m[1]] = value;
    }
    return out;
  }

  function sequence(indent: number, depth: number): unknown {
    const out: unknown[] = [];
    while (i < end && indentOf(lines[i]) === indent && lines[i].startsWith('- ', indent)) {
      const rest = lines[i].slice(indent + 2);
      let value: unknown;
      if (KEY.test(rest)) {
        // "- key: value" opens a mapping whose keys sit at indent + 2
        lines[i] = `${' '.repeat(indent + 2)}${rest}`;
        value = mapping(indent + 2, depth + 1);
      } else {
        value = scalar(rest);
        i++;
      }
      if (value === UNSUPPORTED) return UNSUPPORTED;
      out.push(value);
    }
    if (i < end && indentOf(lines[i]) > indent) return UNSUPPORTED;
    return out;
  }

  const result = block(indentOf(lines[i]), 1);
  return i === end ? result : UNSUPPORTED;
}

function scalar(s: string): unknown {
  if (s.startsWith('"')) return doubleQuoted(s);
  if (s === 'null') return null;
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (s === '[]') return [];
  if (s === '{}') return {};
  if (NUMBER.test(s) && s !== '-0') return Number(s);
  return UNSUPPORTED;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A YAML double-quoted scalar that is the whole rest of the line. */
function doubleQuoted(s: string): unknown {
  let out = '';
  let i = 1;
  while (i < s.length) {
    const c = s[i];
    if (c === '"') return i === s.length - 1 ? out : UNSUPPORTED;
    if (c !== '\\') {
      const next = s.indexOf('"', i);
      const slash = s.indexOf('\\', i);
      const stop = slash >= 0 && slash < next ? slash : next;
      if (stop < 0) return UNSUPPORTED;
      out += s.slice(i, stop);
      i = stop;
      continue;
    }
    const e = s[i + 1];
    if (e in HEX_LENGTH) {
      const hex = s.slice(i + 2, i + 2 + HEX_LENGTH[e]);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== HEX_LENGTH[e]) return UNSUPPORTED;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return UNSUPPORTED;
      out += String.fromCodePoint(code);
      i += 2 + HEX_LENGTH[e];
    } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
      out += ESCAPES[e];
      i += 2;
    } else return UNSUPPORTED;
  }
  return UNSUPPORTED;
}
