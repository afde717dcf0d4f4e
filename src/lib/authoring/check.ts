/**
 * Checks postmortem files: frontmatter → YAML (never executed, no aliases) → schema → lint rules, each
 * problem placed at the line and column of the field at fault. Pure: the caller reads the files and says
 * whether a `source` exists. scripts/check.ts prints the result.
 */
import { isCollection, isScalar, visit, type Document } from 'yaml';
import { postmortemSchema, type Postmortem } from '../schema.ts';
import { COLLECTION_RULES, FILE_RULES, RULES, severityFor, type CheckedEntry, type LintContext, type Rule, type Severity } from './lint.ts';
import { locateYaml, sliceFrontmatter, type FieldPath, type Position } from './yaml-positions.ts';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  rule: string;
}

export type CheckContext = Omit<LintContext, 'data' | 'raw'>;

export interface FileResult {
  diagnostics: Diagnostic[];
  /** Present when the file parsed and matched the schema: collection rules look at it. */
  entry?: CheckedEntry & { positions: Record<CollectionField, Position> };
}

const rule = (id: string): Rule => RULES.find((r) => r.id === id)!;

/** The fields collection rules point at ('' is the whole frontmatter); kept instead of the whole YAML document. */
type CollectionField = '' | 'title';

export function checkText(file: string, rawText: string, ctx: CheckContext): FileResult {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const at = (line: number, column: number, message: string, id = 'frontmatter', severity: Severity = 'error'): Diagnostic => ({ file, line, column, severity, message, rule: id });
  const front = sliceFrontmatter(text);
  if (!front) return { diagnostics: [at(1, 1, 'no frontmatter: a postmortem starts with a --- line (npm run new writes one)')] };
  const language = front.opener.slice(3).trim();
  if (language && language !== 'yaml') return { diagnostics: [at(1, 4, `---${language} frontmatter is never executed; write YAML between --- lines`)] };
  if (!front.closed) return { diagnostics: [at(1, 1, 'frontmatter is not closed by a --- line')] };

  const locator = locateYaml(front.yaml, front.firstLine);
  if (locator.doc.errors.length) {
    return {
      diagnostics: locator.doc.errors.map((e) => {
        const pos = locator.positionOfOffset(e.pos[0]);
        return at(pos.line, pos.column, `YAML: ${e.message.split('\n')[0]}`);
      }),
    };
  }
  // the same refusals as parseYamlSafe (what the site's loader uses), on the document already parsed for positions
  const unsafe = findUnsafeNode(locator.doc);
  if (unsafe) {
    const pos = locator.positionOfOffset(unsafe.offset);
    return { diagnostics: [at(pos.line, pos.column, unsafe.message)] };
  }
  const raw: unknown = locator.doc.toJS({ maxAliasCount: 0 });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { diagnostics: [at(front.firstLine, 1, 'frontmatter is not a mapping of fields')] };

  const parsed = postmortemSchema.safeParse(raw);
  const place = (path: FieldPath) => locator.positionOf(path);
  if (!parsed.success) {
    return {
      diagnostics: parsed.error.issues.map((issue) => {
        const pos = place(issue.path as FieldPath);
        const id = schemaIssueRule(issue.path as FieldPath, issue.code);
        return at(pos.line, pos.column, `${formatPath(issue.path as FieldPath)}: ${issue.message}`, id, 'error');
      }),
    };
  }
  const data: Postmortem = parsed.data;
  const diagnostics = FILE_RULES.flatMap((r) =>
    r.check({ ...ctx, data, raw: raw as Record<string, unknown> }).map((f) => {
      const pos = place(f.path);
      return at(pos.line, pos.column, f.message, r.id, severityFor(r, data));
    }),
  );
  const positions = { '': place([]), title: place(['title']) };
  return { diagnostics, entry: { file, id: entryId(file), data, positions } };
}

const MAX_DEPTH = 20;

/** An alias, a merge key or nesting deeper than 20 levels (as src/lib/yaml-safe.ts refuses them), or null. */
export function findUnsafeNode(doc: Document): { message: string; offset: number } | null {
  let found: { message: string; offset: number } | null = null;
  visit(doc, {
    Alias(_, node) {
      found = { message: 'YAML aliases (*name) are not allowed', offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        found = { message: 'YAML merge keys (<<) are not allowed', offset: pair.key.range?.[0] ?? 0 };
        return visit.BREAK;
      }
    },
    Collection(_, node, path) {
      if (isCollection(node) && path.filter((p) => isCollection(p)).length >= MAX_DEPTH) {
        found = { message: `YAML nested deeper than ${MAX_DEPTH} levels`, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
    },
  });
  return found;
}

/** Problems between files (duplicate ids and titles). */
export function checkCollection(entries: readonly NonNullable<FileResult['entry']>[]): Diagnostic[] {
  const byFile = new Map(entries.map((e) => [e.file, e]));
  return COLLECTION_RULES.flatMap((r) =>
    r.check(entries).map((f) => {
      const entry = byFile.get(f.file)!;
      const pos = entry.positions[(f.path[0] ?? '') as CollectionField] ?? entry.positions[''];
      return { file: f.file, line: pos.line, column: pos.column, severity: severityFor(r, entry.data), message: f.message, rule: r.id };
    }),
  );
}

/** A negative time to detect or resolve is an end before its start; every other schema issue is `schema`. */
function schemaIssueRule(path: FieldPath, code: string): string {
  return code === 'too_small' && (path[0] === 'time_to_resolve_minutes' || path[0] === 'time_to_detect_minutes') ? 'end-before-start' : rule('schema').id;
}

/** ['timeline', 3, 'at'] → timeline[3].at */
export function formatPath(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || '(frontmatter)';
}

function entryId(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/i, '');
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

export function summarize(files: number, diagnostics: readonly Diagnostic[]): Summary {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return { files, errors, warnings: diagnostics.length - errors };
}

/** `path:line:column  severity  message  (rule)`, one a line, then a summary line. */
export function formatText(diagnostics: readonly Diagnostic[], summary: Summary): string {
  const lines = sortDiagnostics(diagnostics).map((d) => `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  (${d.rule})`);
  const problems = summary.errors + summary.warnings;
  const files = `${summary.files} file${summary.files === 1 ? '' : 's'}`;
  lines.push(problems ? `${problems} problem${problems === 1 ? '' : 's'} (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}) in ${files}` : `${files} checked, no problems`);
  return lines.join('\n');
}

/** ESLint's JSON formatter shape (severity 2 = error, 1 = warning), which editors and CI annotators read. */
export function formatJson(files: readonly string[], diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(
    files.map((filePath) => {
      const messages = sortDiagnostics(diagnostics.filter((d) => d.file === filePath)).map((d) => ({ ruleId: d.rule, severity: d.severity === 'error' ? 2 : 1, message: d.message, line: d.line, column: d.column }));
      return { filePath, messages, errorCount: messages.filter((m) => m.severity === 2).length, warningCount: messages.filter((m) => m.severity === 1).length };
    }),
    null,
    2,
  );
}

function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
