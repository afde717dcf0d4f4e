/** content/synonyms.yaml → synonym groups (build time only: the browser gets them inside the search index). */
import { parseYamlSafe } from '../yaml-safe.ts';

export function parseSynonyms(yamlText: string): string[][] {
  const data = parseYamlSafe(yamlText) ?? [];
  if (!Array.isArray(data)) throw new Error('synonyms.yaml: expected a list of groups');
  return data.map((group, i) => {
    if (!Array.isArray(group) || group.some((w) => typeof w !== 'string' && typeof w !== 'number')) {
      throw new Error(`synonyms.yaml: group ${i + 1} must be a list of words`);
    }
    const words = group.map((w) => String(w).trim()).filter(Boolean);
    if (words.length < 2) throw new Error(`synonyms.yaml: group ${i + 1} needs at least two words`);
    return words;
  });
}
