import type { CorridorData, DataUpdate, Lang } from '../src/data/types.ts';
import { LANGUAGES } from '../src/data/vocabularies.ts';
import { pick, punct, t } from '../src/i18n/strings.ts';
import { featurePagePath, siteAddress } from '../src/state/pages.ts';

/**
 * The log of data updates (`geo/updates.json`) as an Atom feed (RFC 4287) per language: `/feed.xml` for
 * English, `/ru/feed.xml` and so on. Each entry is one update: its date, a title (the words before the text's
 * first colon, or the log's heading and the date), the text as its summary in that language, a link to the
 * home page in that language (`alternate`, where the log is shown) and one to the page of every hub, project
 * or route the update names (`related`). Absolute addresses come from the site's public address.
 */

/** The feed's path in the site for a language: `feed.xml` in the language's home. */
export function feedPath(lang: Lang): string {
  return `${featurePagePath(lang, null)}feed.xml`;
}

/** Text made safe for XML content and attribute values. */
function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Controls XML 1.0 does not allow (the data's texts have none, but a stray one would void the feed).
      .replace(/\p{Cc}/gu, (c) => (c === '\n' || c === '\t' || c === '\r' ? c : ''))
  );
}

/** A partial date (`2026`, `2026-11`, `2026-11-23`) as an RFC 3339 instant: its first day, at midnight UTC. */
function instant(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** The longest title an entry takes from its text before the colon; longer, it is the heading and the date. */
const MAX_TITLE = 90;

/** An entry's title: the words before the first colon of its text ("Fact-check and new links"). */
function entryTitle(update: DataUpdate, lang: Lang): string {
  const text = pick(update.text, lang);
  const head = text.split(/[:：]/)[0].trim();
  if (head !== text.trim() && head.length > 0 && head.length <= MAX_TITLE) return head;
  return `${t(lang, 'updatesHeading')}${punct(lang).colon}${update.date}`;
}

/** The Atom feed of the data updates in `lang`, newest first, with addresses on the site at `siteUrl`. */
export function atomFeed(data: CorridorData, lang: Lang, siteUrl: string): string {
  const home = siteAddress(siteUrl, featurePagePath(lang, null));
  const self = siteAddress(siteUrl, feedPath(lang));
  // Newest first; the same date keeps the log's order, later entries first. An entry's id is its date and
  // its place among that date's entries, so it stays the same as the log grows.
  const numbered = data.updates.map((u, i) => ({
    u,
    i,
    n: data.updates.slice(0, i).filter((o) => o.date === u.date).length,
  }));
  const entries = numbered.sort((a, b) => (a.u.date === b.u.date ? b.i - a.i : a.u.date < b.u.date ? 1 : -1));
  const updated = entries.length > 0 ? instant(entries[0].u.date) : instant(data.updates[0]?.date ?? '2026');
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(`${t(lang, 'title')}${punct(lang).colon}${t(lang, 'updatesHeading')}`)}</title>`,
    `  <subtitle>${xml(t(lang, 'intro'))}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(t(lang, 'title'))}</name><uri>${xml(siteAddress(siteUrl, '/'))}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${xml(home)}"/>`,
  ];
  for (const { u, n } of entries) {
    const related = (u.features ?? []).map((f) => siteAddress(siteUrl, featurePagePath(lang, f)));
    out.push(
      '  <entry>',
      `    <id>${xml(`${home}#update-${u.date}-${n + 1}`)}</id>`,
      `    <title>${xml(entryTitle(u, lang))}</title>`,
      `    <published>${instant(u.date)}</published>`,
      `    <updated>${instant(u.date)}</updated>`,
      `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${xml(home)}"/>`,
      ...related.map(
        (href) => `    <link rel="related" type="text/html" hreflang="${lang}" href="${xml(href)}"/>`,
      ),
      `    <summary type="text">${xml(pick(u.text, lang))}</summary>`,
      '  </entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}

/** Every language's feed, by its path in the site without the leading slash (`ru/feed.xml`). */
export function feedFiles(data: CorridorData, siteUrl: string): [string, () => string][] {
  return LANGUAGES.map((lang) => [feedPath(lang).slice(1), () => atomFeed(data, lang, siteUrl)]);
}
