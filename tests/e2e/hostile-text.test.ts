import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang, type Localized } from '../../src/data/types.ts';
import { DATA_FILES, type ValidData, validate } from '../../src/data/validate.ts';
import { createValidFiles } from '../data-files.ts';
import { buildSite, goToView, injected, openPage, pagePool, useHarness, waitForMap } from './harness.ts';

/**
 * Hostile text in the data is text: the validator refuses markup and non-http(s) links, and whatever it
 * lets through (entities, template syntax, quotes, `javascript:` as plain words, bidi overrides, very long
 * strings) the built site shows literally, with no script run and no attribute injected. Hostile URL
 * parameters are ignored the same way.
 */

/** Dangerous if ever interpolated into HTML, an attribute, a template or eval; no angle brackets. */
const PAYLOADS = [
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
const HOSTILE_URL = `https://example.org/b?q=" onmouseover="alert(1)&x='y'#javascript:alert(1)`;
const LONG = 5_000;

type Data = ValidData;

/** One text field the validator checks with its text rule: where it is and how to read and write it. */
interface TextField {
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
function textFields(d: Data): TextField[] {
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

/** A fresh, typed copy of the valid fixture set. */
function fixtureData(): Data {
  const result = validate(createValidFiles());
  if (!result.ok) throw new Error('the valid fixture set does not validate');
  return structuredClone(result.data);
}

/** The five files' text for a data set. */
function filesOf(d: Data): Record<string, string> {
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
function hostileData(): Data {
  const d = fixtureData();
  textFields(d).forEach((f, n) => {
    f.set(`${PAYLOADS[n % PAYLOADS.length]} [f${n}]`);
  });
  const long = d.projects[0].properties.summary;
  long.en = `${PAYLOADS[4]} ${'long text '.repeat(LONG / 10)}${PAYLOADS[1]} [long]`;
  d.sources[1].url = HOSTILE_URL;
  return d;
}

/** Texts a panel must show, in `lang`. */
function hubPanelTexts(d: Data, hubId: string, lang: Lang): { texts: string[]; urls: string[] } {
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

function routePanelTexts(d: Data, routeId: string, lang: Lang): { texts: string[]; urls: string[] } {
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

describe('the validator refuses what the site must never show', () => {
  it('rejects a <script> payload in every text field, naming file, feature and field', () => {
    const fields = textFields(fixtureData());
    expect(fields.length).toBeGreaterThan(40);
    for (let n = 0; n < fields.length; n++) {
      for (const payload of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
        const d = fixtureData();
        const f = textFields(d)[n];
        f.set(payload);
        const result = validate(filesOf(d));
        const errors = result.ok ? [] : result.errors;
        expect(
          errors.some(
            (e) => e.file === f.file && e.id === f.id && e.field === f.field && /not markup/.test(e.message),
          ),
          `${f.file} ${f.id} ${f.field}: ${JSON.stringify(errors)}`,
        ).toBe(true);
      }
    }
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'file:///etc/passwd',
  ])('rejects the source link %j', (url) => {
    const d = fixtureData();
    d.sources[0].url = url;
    const result = validate(filesOf(d));
    const errors = result.ok ? [] : result.errors;
    expect(
      errors.some((e) => e.file === 'sources.json' && e.id === d.sources[0].id && e.field === 'url'),
    ).toBe(true);
  });

  it('accepts the hostile data set (so the site is built from it)', () => {
    const result = validate(filesOf(hostileData()));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

/** One browser for the file; the site it serves is built from the hostile data (the real site is served too). */
let out = '';
const h = useHarness({
  dir: async (h) => {
    out = await buildSite(h, filesOf(hostileData()));
    return out;
  },
});

describe('a site built from hostile data', () => {
  const data = hostileData();

  const panels: {
    query: string;
    tag: 'hub-panel' | 'route-panel';
    expect: () => ReturnType<typeof hubPanelTexts>;
  }[] = [
    // Every hub's panel is also opened through its projects below.
    { query: '?hub=hub-east', tag: 'hub-panel', expect: () => hubPanelTexts(data, 'hub-east', 'en') },
    { query: '?hub=hub-east&lang=zh', tag: 'hub-panel', expect: () => hubPanelTexts(data, 'hub-east', 'zh') },
    ...data.projects.map(({ properties: p }) => ({
      query: `?project=${p.id}`,
      tag: 'hub-panel' as const,
      expect: () => hubPanelTexts(data, p.hub, 'en'),
    })),
    ...data.routes.map((r) => ({
      query: `?route=${r.id}`,
      tag: 'route-panel' as const,
      expect: () => routePanelTexts(data, r.id, 'en'),
    })),
    {
      query: `?route=${data.routes[0].id}&lang=ru`,
      tag: 'route-panel',
      expect: () => routePanelTexts(data, data.routes[0].id, 'ru'),
    },
  ];

  // One page for every panel: loaded once with the map drawn, then moved to each panel's URL in place.
  // What it counts (dialogs, errors) is counted from its load.
  const pages = pagePool(h);
  for (const panel of panels) {
    it(`shows every payload literally in ${panel.tag} at ${panel.query}`, async () => {
      const { page, dialogs, errors } = await pages.open();
      expect(await waitForMap(page)).toBe('ready');
      await goToView(page, panel.query);
      await page.waitForSelector(`${panel.tag} h2`);
      const want = panel.expect();
      const missing = () =>
        page.evaluate(
          ({ tag, texts }) => {
            const shown = document.querySelector(tag)?.shadowRoot?.textContent ?? '';
            return texts.filter((t) => !shown.includes(t));
          },
          { tag: panel.tag, texts: want.texts },
        );
      // The panel shows this view once the app has read the URL and the hub's details have arrived.
      await expect.poll(missing, { message: 'payloads not shown literally' }).toEqual([]);
      // Entities stay entities: nothing decoded them into a tag or a character.
      const hrefs = await page.evaluate(
        (tag) =>
          [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('ol.sources a') ?? [])].map((a) =>
            a.getAttribute('href'),
          ),
        panel.tag,
      );
      expect(hrefs.sort()).toEqual([...want.urls].sort());
      // Hover and focus what carries the payloads, in case anything became a handler.
      await page.hover(`${panel.tag} h2`);
      await page.keyboard.press('Tab');
      expect(await injected(page)).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('writes the payloads into the static page as text, with JavaScript off', async () => {
    const { page, close } = await openPage(h, '', {
      context: { javaScriptEnabled: false },
      waitFor: '.static-page',
    });
    const text = await page.evaluate(() => document.querySelector('.static-page')?.textContent ?? '');
    const d = data;
    const expected = [
      ...d.hubs.map((x) => x.properties.name.en),
      ...d.projects.flatMap((x) => [x.properties.name.en, x.properties.summary.en]),
      ...d.routes.flatMap((r) => [r.name.en, r.summary.en]),
      ...d.sources.map((s) => s.publisher),
    ];
    expect(expected.filter((t) => !text.includes(t))).toEqual([]);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('.static-list a')].map((a) => a.getAttribute('href')),
    );
    expect(new Set(links)).toEqual(new Set(d.sources.map((s) => s.url)));
    // The picture's hub links: each to its hub, named by the hub's name as plain text.
    const hubLinks = await page.evaluate(() =>
      [...document.querySelectorAll('.static-page .preview-hubs a')].map((a) => [
        a.getAttribute('href'),
        a.getAttribute('aria-label'),
      ]),
    );
    expect(hubLinks.sort()).toEqual(
      d.hubs.map((x) => [`?hub=${x.properties.id}`, x.properties.name.en]).sort(),
    );
    expect(await page.locator('.static-page a').count()).toBe(links.length + hubLinks.length);
    expect(await injected(page)).toEqual([]);
    await close();
  });

  it('escapes the payloads in the preview pictures', () => {
    for (const name of ['', 'ru/', 'kk/', 'zh/'].flatMap((l) => [
      `${l}preview-light.svg`,
      `${l}preview-dark.svg`,
    ])) {
      // The tags only: a payload shown as a label's text (escaped) is what the picture should draw.
      const tags = readFileSync(join(out, name), 'utf8').replace(/>[^<]*</g, '><');
      expect(
        tags.match(/.{0,80}(<script|\son[a-z]+\s*=|javascript:|\sautofocus).{0,80}/i)?.[0],
        name,
      ).toBeUndefined();
    }
  });

  it('ships the data as the validator accepted it, not rewritten', () => {
    const shipped = JSON.parse(readFileSync(join(out, 'data/corridor.json'), 'utf8'));
    expect(shipped.sources.map((s: { url: string }) => s.url)).toEqual(data.sources.map((s) => s.url));
    // A project's summary ships with its hub's details, which its panel loads.
    const p = data.projects[0].properties;
    const details = JSON.parse(readFileSync(join(out, `data/hubs/${p.hub}.json`), 'utf8'));
    expect(details.projects[p.id].summary.en).toBe(p.summary.en);
    expect(details.projects[p.id].summary.en.length).toBeGreaterThan(LONG);
  });
});
