import { LANGUAGES, type Lang, type Localized } from '../src/data/types.ts';
import { DATA_FILES, type ValidData, validate } from '../src/data/validate.ts';

/**
 * Hostile text for the data, shared by the tests that show it (tests/e2e/hostile-text.test.ts: the built
 * site; tests/browser/corridor-app-hostile.test.ts: the panels) and the validator's (tests/unit/): payloads
 * dangerous if ever interpolated into HTML, an attribute, a template or eval, put into every text field of the
 * valid fixture set, and the texts each panel must then show literally. It reads no files: the caller passes
 * the fixture's files (Node reads them from disk, the browser imports them).
 */

/** Dangerous if ever interpolated into HTML, an attribute, a template or eval; no angle brackets. */
export const PAYLOADS = [
  'javascript:alert(1)',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is a template placeholder on purpose
  '${alert(1)}',
  "' onmouseover='alert(1)",
  '" onfocus="alert(1)" autofocus="',
  '\u202Etxt.exe',
  '&#60;img src=x onerror=alert(1)&#62;',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '\u2028line\u2029paragraph',
];
/** A hostile URL the validator accepts (it is http): it must reach the href exactly, as one attribute. */
export const HOSTILE_URL = `https://example.org/b?q=" onmouseover="alert(1)&x='y'#javascript:alert(1)`;
export const LONG = 5_000;

export type Data = ValidData;

/** One text field the validator checks with its text rule: where it is and how to read and write it. */
export interface TextField {
  file: string;
  id: string;
  field: string;
  get(): string | undefined;
  set(v: string): void;
}

function slot(file: string, id: string, field: string, o: object, key: string): TextField {
  const rec = o as Record<string, string | undefined>;
  return { file, id, field, get: () => rec[key], set: (v) => (rec[key] = v) };
}

/** Every language of a localized text (adding the translations the fixture lacks). */
function localizedSlots(file: string, id: string, field: string, text: Localized): TextField[] {
  return LANGUAGES.map((l) => {
    text[l] ??= `${text.en} (${l})`;
    return slot(file, id, `${field}.${l}`, text, l);
  });
}

interface Claims {
  figures: { measure: string; unit: string; label: Localized }[];
  timeline: { text: Localized }[];
  partners?: { name: Localized; role: string }[];
}

function claimSlots(file: string, id: string, base: string, c: Claims): TextField[] {
  return [
    ...(c.partners ?? []).flatMap((p, i) => [
      ...localizedSlots(file, id, `${base}partners[${i}].name`, p.name),
      slot(file, id, `${base}partners[${i}].role`, p, 'role'),
    ]),
    ...c.figures.flatMap((f, i) => [
      slot(file, id, `${base}figures[${i}].measure`, f, 'measure'),
      // `unit` is not free text: it is a vocabulary (UNITS), refused by the build unless known.
      ...localizedSlots(file, id, `${base}figures[${i}].label`, f.label),
    ]),
    ...c.timeline.flatMap((e, i) => localizedSlots(file, id, `${base}timeline[${i}].text`, e.text)),
  ];
}

/** Every text field of the data, named as the validator names them in its errors. */
export function textFields(d: Data): TextField[] {
  const S = DATA_FILES;
  const P = 'properties.';
  return [
    ...d.sources.flatMap((s) => {
      s.title ??= 'A title';
      s.note ??= 'A note';
      return (['publisher', 'title', 'note', 'language'] as const).map((k) => slot(S.sources, s.id, k, s, k));
    }),
    ...d.hubs.flatMap(({ properties: p }) => [
      ...localizedSlots(S.hubs, p.id, `${P}name`, p.name),
      slot(S.hubs, p.id, `${P}locationNote`, p, 'locationNote'),
    ]),
    ...d.places.flatMap(({ properties: p }) => [
      ...localizedSlots(S.places, p.id, `${P}name`, p.name),
      slot(S.places, p.id, `${P}locationNote`, p, 'locationNote'),
    ]),
    ...d.projects.flatMap(({ properties: p }) => [
      ...localizedSlots(S.projects, p.id, `${P}name`, p.name),
      slot(S.projects, p.id, `${P}locationNote`, p, 'locationNote'),
      ...localizedSlots(S.projects, p.id, `${P}summary`, p.summary),
      ...claimSlots(S.projects, p.id, P, p),
    ]),
    ...d.routes.flatMap((r) => [
      ...localizedSlots(S.routes, r.id, 'name', r.name),
      slot(S.routes, r.id, 'lineNote', r, 'lineNote'),
      ...localizedSlots(S.routes, r.id, 'summary', r.summary),
      ...claimSlots(S.routes, r.id, '', r),
    ]),
  ];
}

/** A fresh, typed copy of the valid fixture set, from its files (`tests/fixtures/valid/`). */
export function fixtureData(files: Partial<Record<string, string>>): Data {
  const result = validate(files);
  if (!result.ok) throw new Error('the valid fixture set does not validate');
  return structuredClone(result.data);
}

/** The five files' text for a data set. */
export function filesOf(d: Data): Record<string, string> {
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
  return {
    [DATA_FILES.sources]: JSON.stringify(d.sources, null, 2),
    [DATA_FILES.hubs]: fc(d.hubs),
    [DATA_FILES.projects]: fc(d.projects),
    [DATA_FILES.places]: fc(d.places),
    [DATA_FILES.routes]: JSON.stringify(d.routes, null, 2),
  };
}

/** The fixture with a payload in every text field (each tagged `[fN]` so it is unique), one 5,000 chars long. */
export function hostileData(files: Partial<Record<string, string>>): Data {
  const d = fixtureData(files);
  textFields(d).forEach((f, n) => {
    f.set(`${PAYLOADS[n % PAYLOADS.length]} [f${n}]`);
  });
  const long = d.projects[0].properties.summary;
  long.en = `${PAYLOADS[4]} ${'long text '.repeat(LONG / 10)}${PAYLOADS[1]} [long]`;
  d.sources[1].url = HOSTILE_URL;
  return d;
}

/** Texts a panel must show, in `lang`. */
export function hubPanelTexts(d: Data, hubId: string, lang: Lang): { texts: string[]; urls: string[] } {
  const hub = d.hubs.find((h) => h.properties.id === hubId)?.properties;
  if (!hub) throw new Error(hubId);
  const projects = d.projects.map((p) => p.properties).filter((p) => p.hub === hubId);
  const cited = new Set([...hub.sources, ...projects.flatMap((p) => p.sources)]);
  return {
    texts: [
      hub.name[lang] ?? hub.name.en,
      hub.locationNote,
      ...projects.flatMap((p) => [
        p.name[lang] ?? p.name.en,
        p.summary[lang] ?? p.summary.en,
        p.locationNote,
        ...p.partners.flatMap((x) => [x.name[lang] ?? x.name.en, x.role]),
        ...claimTexts(p, lang),
      ]),
      ...sourceTexts(d, cited),
    ],
    urls: d.sources.filter((s) => cited.has(s.id)).map((s) => s.url),
  };
}

export function routePanelTexts(d: Data, routeId: string, lang: Lang): { texts: string[]; urls: string[] } {
  const r = d.routes.find((x) => x.id === routeId);
  if (!r) throw new Error(routeId);
  const names = new Map([...d.hubs, ...d.places].map((f) => [f.properties.id, f.properties.name]));
  const cited = new Set(r.sources);
  return {
    texts: [
      r.name[lang] ?? r.name.en,
      r.summary[lang] ?? r.summary.en,
      r.lineNote,
      ...r.stops.map((s) => {
        const n = names.get(s);
        return n ? (n[lang] ?? n.en) : s;
      }),
      ...claimTexts(r, lang),
      ...sourceTexts(d, cited),
    ],
    urls: d.sources.filter((s) => cited.has(s.id)).map((s) => s.url),
  };
}

function claimTexts(c: Claims, lang: Lang): string[] {
  return [
    ...c.figures.map((f) => f.label[lang] ?? f.label.en),
    ...c.timeline.map((e) => e.text[lang] ?? e.text.en),
  ];
}

function sourceTexts(d: Data, cited: Set<string>): string[] {
  return d.sources
    .filter((s) => cited.has(s.id))
    .flatMap((s) => [s.publisher, s.title, s.note].filter((t): t is string => t !== undefined));
}
