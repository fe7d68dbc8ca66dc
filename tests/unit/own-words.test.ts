import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorridorData } from '../../build/data.ts';
import type { Localized } from '../../src/data/types.ts';
import { GEO_DIR } from '../data-files.ts';

const ARTICLES = fileURLToPath(new URL('../../../shared/sources', import.meta.url));
/** Eight words in a row (longer than any proper name here) shared with an article is a copied phrase, not a shared fact. */
const RUN = 8;

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function runs(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '));
  return out;
}

describe('summaries and notes are in our own words', () => {
  const articles = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: f, runs: runs(readFileSync(`${ARTICLES}/${f}`, 'utf8')) }));
  const data = loadCorridorData(GEO_DIR);
  const texts: { where: string; text: string }[] = [];
  const add = (where: string, l: Localized) => {
    for (const [lang, text] of Object.entries(l))
      texts.push({ where: `${where} (${lang})`, text: text as string });
  };
  for (const { properties: p } of data.projects) {
    add(`${p.id} summary`, p.summary);
    for (const [i, e] of p.timeline.entries()) add(`${p.id} timeline[${i}]`, e.text);
    texts.push({ where: `${p.id} locationNote`, text: p.locationNote });
  }
  for (const story of data.stories) {
    for (const [i, step] of story.steps.entries()) add(`${story.id} step ${i + 1}`, step.caption);
  }
  for (const r of data.routes) {
    add(`${r.id} summary`, r.summary);
    for (const [i, e] of r.timeline.entries()) add(`${r.id} timeline[${i}]`, e.text);
  }

  it('reads the five articles', () => {
    expect(articles.length).toBe(5);
  });

  it(`shares no run of ${RUN} words with any article`, () => {
    const copied = texts.flatMap(({ where, text }) =>
      articles.flatMap((a) =>
        [...runs(text)].filter((r) => a.runs.has(r)).map((r) => `${where} ~ ${a.file}: "${r}"`),
      ),
    );
    expect(copied).toEqual([]);
  });
});
