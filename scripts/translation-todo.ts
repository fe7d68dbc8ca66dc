// Lists the texts that still lack a language, as the entries to add to geo/translations/<lang>.json.
// Usage: node --experimental-transform-types scripts/translation-todo.ts ru|kk|zh [geo-dir]
import { loadCorridorData } from '../build/data.ts';
import { translatableTexts } from '../build/translatable.ts';

const lang = process.argv[2] as 'ru' | 'kk' | 'zh';
if (!['ru', 'kk', 'zh'].includes(lang)) {
  console.error('usage: node --experimental-transform-types scripts/translation-todo.ts ru|kk|zh [geo-dir]');
  process.exit(2);
}
const texts = translatableTexts(loadCorridorData(process.argv[3] ?? 'geo'));
const todo = texts.filter((t) => !t.inline[lang]);
console.log(
  JSON.stringify(Object.fromEntries(todo.map((t) => [t.key, { kind: t.kind, en: t.en }])), null, 2),
);
