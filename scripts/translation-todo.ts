// Lists the texts that still lack a language (neither translated inline or in the catalog, nor, for a name,
// kept), as the entries to add to geo/translations/<lang>.json.
// Usage: node --experimental-transform-types scripts/translation-todo.ts ru|kk|zh [geo-dir]
import { loadCorridorData, loadTranslationGaps } from '../tools/data.ts';
import { translatableTexts } from '../tools/translatable.ts';

const lang = process.argv[2] as 'ru' | 'kk' | 'zh';
if (!['ru', 'kk', 'zh'].includes(lang)) {
  console.error('usage: node --experimental-transform-types scripts/translation-todo.ts ru|kk|zh [geo-dir]');
  process.exit(2);
}
const dir = process.argv[3] ?? 'geo';
const missing = new Set(
  loadTranslationGaps(dir)
    .filter((g) => g.lang === lang)
    .map((g) => g.key),
);
const todo = translatableTexts(loadCorridorData(dir)).filter((t) => missing.has(t.key));
console.log(
  JSON.stringify(Object.fromEntries(todo.map((t) => [t.key, { kind: t.kind, en: t.en }])), null, 2),
);
