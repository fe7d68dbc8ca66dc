import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint, RUN, runs } from '../../scripts/word-runs.js';
import type { LocalizedText } from '../../src/data/types.ts';
import { loadCorridorData } from '../../tools/data.ts';
import { GEO_DIR } from '../data-files.ts';

/** The source articles as fingerprints of their 8-word runs (`scripts/fingerprint-sources.js` makes them). */
const FINGERPRINTS = new URL('../fixtures/source-fingerprints.json', import.meta.url);

describe('summaries and notes are in our own words', () => {
  const articles = (
    JSON.parse(readFileSync(FINGERPRINTS, 'utf8')) as { articles: { file: string; runs: string[] }[] }
  ).articles.map((a) => ({ file: a.file, runs: new Set(a.runs) }));
  const data = loadCorridorData(GEO_DIR);
  const texts: { where: string; text: string }[] = [];
  const add = (where: string, l: LocalizedText) => {
    for (const [lang, text] of Object.entries(l))
      if (lang !== 'translated') texts.push({ where: `${where} (${lang})`, text: text as string });
  };
  for (const { properties: p } of data.projects) {
    add(`${p.id} summary`, p.summary);
    for (const [i, e] of p.timeline.entries()) add(`${p.id} timeline[${i}]`, e.text);
    add(`${p.id} locationNote`, p.locationNote);
  }
  for (const story of data.stories) {
    for (const [i, step] of story.steps.entries()) add(`${story.id} step ${i + 1}`, step.caption);
  }
  for (const r of data.routes) {
    add(`${r.id} summary`, r.summary);
    for (const [i, e] of r.timeline.entries()) add(`${r.id} timeline[${i}]`, e.text);
  }

  it('knows the five articles, each by hundreds of runs', () => {
    expect(articles.length).toBe(5);
    for (const a of articles) expect(a.runs.size, a.file).toBeGreaterThan(100);
  });

  it('recognises a phrase copied from an article, in any case and punctuation', () => {
    // The opening words of the Kazpost-YTO article (000), which our data must never contain.
    const copied =
      'Kazpost, Kazakhstan’s national postal service, and Chinese company YTO Express have AGREED';
    const hits = [...runs(copied)].filter((r) => articles.some((a) => a.runs.has(fingerprint(r))));
    expect(hits.length).toBeGreaterThan(0);
  });

  it(`shares no run of ${RUN} words with any article`, () => {
    const copied = texts.flatMap(({ where, text }) =>
      articles.flatMap((a) =>
        [...runs(text)].filter((r) => a.runs.has(fingerprint(r))).map((r) => `${where} ~ ${a.file}: "${r}"`),
      ),
    );
    expect(copied).toEqual([]);
  });
});
