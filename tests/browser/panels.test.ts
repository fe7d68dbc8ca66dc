import { afterEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/controls/filter-panel.ts';
import { MapLegend } from '../../src/controls/map-legend.ts';
import { ProjectList } from '../../src/controls/project-list.ts';
import { StoryPlayer } from '../../src/controls/story-player.ts';
import { hubDetails, routeDetails } from '../../src/data/split.ts';
import type { Lang } from '../../src/data/types.ts';
import { HubPanel } from '../../src/panels/hub-panel.ts';
import { RoutePanel } from '../../src/panels/route-panel.ts';
import { indexData } from '../../src/state/data-index.ts';
import { DetailsRetryEvent, SelectEvent } from '../../src/state/events.ts';
import kkCatalog from '../fixtures/translations/complete/kk.json?raw';
import ruCatalog from '../fixtures/translations/complete/ru.json?raw';
import zhCatalog from '../fixtures/translations/complete/zh.json?raw';
import { createData, mount, withCatalogs } from './fixture-data.ts';

afterEach(() => {
  document.body.replaceChildren();
});

/** A hub panel on the first hub of `data`, mounted, in `language`, with `focusProject` scrolled to. */
function createHubPanel(focusProject: string | null = null, data = createData(), language: Lang = 'en') {
  const panel = new HubPanel();
  panel.hub = data.hubs[0].properties;
  panel.projects = data.projects.filter((p) => p.properties.hub === panel.hub?.id).map((p) => p.properties);
  panel.details = hubDetails(data).get(data.hubs[0].properties.id) ?? null;
  panel.sources = new Map(data.sources.map((s) => [s.id, s]));
  panel.focusProject = focusProject;
  panel.language = language;
  return mount(panel);
}

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Expects every one of `strings` in the element's text, and returns that text for further checks. */
function expectTexts(el: Element, strings: string[]): string {
  const t = text(el);
  for (const s of strings) expect(t).toContain(s);
  return t;
}

describe('hub-panel', () => {
  it('shows the hub, its projects with kind, status, partners, figures and timeline', async () => {
    const panel = await createHubPanel();
    const t = expectTexts(panel, [
      'East Hub',
      'East container terminal',
      'Container terminal',
      'Operating',
      'Rail Co',
      'June 9, 2025',
    ]);
    expect(t).toContain('240,000 TEU/yr');
  });

  it('keeps both figures where sources disagree, and says so', async () => {
    const panel = await createHubPanel();
    const disputed = panel.shadowRoot?.querySelectorAll('dl.figures .disputed') ?? [];
    expect(disputed.length).toBe(2);
    expect(text(panel)).toContain('300,000 TEU/yr');
    expect(text(panel)).toContain('Sources disagree');
  });

  it('numbers its sources and links each claim to one, opening in a new tab', async () => {
    const panel = await createHubPanel();
    const links = [...(panel.shadowRoot?.querySelectorAll('ol.sources a') ?? [])];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a',
      'https://example.org/b',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
    const cites = [...(panel.shadowRoot?.querySelectorAll('a.cite') ?? [])].map((a) =>
      a.getAttribute('href'),
    );
    expect(cites).toContain('#hub-hub-east-src-2');
    for (const href of cites) expect(panel.shadowRoot?.querySelector(href ?? '')).not.toBeNull();
  });

  it('says when a site is not located by any source', async () => {
    const panel = await createHubPanel();
    expect(text(panel)).toContain('Site not located');
  });

  it('asks to close with a select event of null', async () => {
    const panel = await createHubPanel();
    const seen: (SelectEvent['selection'] | undefined)[] = [];
    document.addEventListener(SelectEvent.type, (e) => seen.push((e as SelectEvent).selection), {
      once: true,
    });
    panel.shadowRoot?.querySelector<HTMLButtonElement>('button.close')?.click();
    expect(seen).toEqual([null]);
  });

  it('marks the project the reader asked for', async () => {
    const panel = await createHubPanel('east-terminal');
    expect(panel.shadowRoot?.querySelector('#project-east-terminal')?.classList.contains('focus')).toBe(true);
  });
});

describe('a panel whose details have not come', () => {
  it('shows what the index has and says the rest is loading, or that it failed, with a retry', async () => {
    const data = createData();
    const panel = new HubPanel();
    panel.hub = data.hubs[0].properties;
    panel.projects = data.projects.filter((p) => p.properties.hub === panel.hub?.id).map((p) => p.properties);
    await mount(panel);
    expect(text(panel)).toContain('East container terminal');
    expect(text(panel)).toContain('Loading the details');
    expect(text(panel)).not.toContain(data.projects[0].properties.summary.en);
    panel.detailsError = 'data/hubs/hub-east.json: HTTP 503';
    await panel.updateComplete;
    expect(text(panel)).toContain('could not be loaded');
    expect(text(panel)).toContain('HTTP 503');
    const retried: Event[] = [];
    document.addEventListener(DetailsRetryEvent.type, (e) => retried.push(e), { once: true });
    panel.shadowRoot?.querySelector<HTMLButtonElement>('.details-failed button')?.click();
    expect(retried).toHaveLength(1);
    panel.detailsError = null;
    panel.details = hubDetails(data).get(data.hubs[0].properties.id) ?? null;
    await panel.updateComplete;
    expect(text(panel)).toContain(data.projects[0].properties.summary.en.slice(0, 30));
    expect(text(panel)).not.toContain('Loading the details');
  });
});

describe('route-panel', () => {
  it('shows mode, stops by name, the length of the drawn line and how it was drawn', async () => {
    const data = createData();
    const panel = new RoutePanel();
    panel.route = data.routes[0];
    panel.details = routeDetails(data.routes[0]);
    panel.names = new Map([...data.hubs, ...data.places].map((f) => [f.properties.id, f.properties.name]));
    panel.sources = new Map(data.sources.map((s) => [s.id, s]));
    await mount(panel);
    const t = expectTexts(panel, [
      'Rail',
      'East Hub',
      'Mid Town',
      'West Hub',
      'Drawn through named stations',
      'Example News',
    ]);
    expect(t).toMatch(/Length of the drawn line: 2,\d{3} km/);
  });
});

describe('project-list', () => {
  it('lists every project under its hub and selects one on click', async () => {
    const data = createData();
    const list = new ProjectList();
    list.index = indexData(data);
    await mount(list);
    const buttons = [...(list.shadowRoot?.querySelectorAll<HTMLButtonElement>('[data-project]') ?? [])];
    expect(buttons.map((b) => b.dataset.project)).toEqual(['east-terminal', 'west-port']);
    const seen: unknown[] = [];
    list.addEventListener(SelectEvent.type, (e) => seen.push(e.selection));
    buttons[1].click();
    expect(seen).toEqual([{ type: 'project', id: 'west-port' }]);
  });
});

describe('project-list at scale', () => {
  /** The fixture with each hub's projects copied `n` times over (ids made unique). */
  function manyProjects(n: number) {
    const data = createData();
    const projects = Array.from({ length: n }, (_, i) =>
      data.projects.map((p) => ({ ...p, properties: { ...p.properties, id: `${p.properties.id}-${i}` } })),
    ).flat();
    return { ...data, projects };
  }
  const projectButtons = (list: ProjectList) =>
    list.shadowRoot?.querySelectorAll('[data-project]').length ?? 0;
  const more = (list: ProjectList) => list.shadowRoot?.querySelector<HTMLButtonElement>('button.more');

  it('shows the first projects, says how many are left, and shows more on request', async () => {
    const data = manyProjects(300); // 600 projects on two hubs
    const list = new ProjectList();
    list.index = indexData(data);
    await mount(list);
    // Whole hubs: the first hub's 300 projects pass the page of 200, the second hub waits.
    expect(projectButtons(list)).toBe(300);
    expect(more(list)?.textContent).toContain('Show more (300 not shown yet)');
    more(list)?.click();
    await list.updateComplete;
    expect(projectButtons(list)).toBe(600);
    expect(more(list)).toBeNull();
  });

  it('always lists the selection, however far down', async () => {
    const data = manyProjects(300);
    const list = new ProjectList();
    list.index = indexData(data);
    const last = data.projects.at(-1)?.properties.id ?? '';
    list.selection = { type: 'project', id: last };
    await mount(list);
    const pressed = list.shadowRoot?.querySelector<HTMLElement>('[aria-pressed="true"]');
    expect(pressed?.dataset.project).toBe(last);
  });
});

describe('filter-panel', () => {
  it('shows a long group by its most frequent options and the ticked ones, and all on request', async () => {
    const panel = new FilterPanel();
    const partner = Array.from({ length: 30 }, (_, i) => ({
      value: `p${String(i).padStart(2, '0')}`,
      count: i + 1,
    }));
    panel.filters = { status: [], kind: [], mode: [], country: [], partner: ['p00'] };
    panel.counts = { status: [{ value: 'operating', count: 3 }], kind: [], mode: [], country: [], partner };
    await mount(panel);
    const values = () =>
      [...(panel.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="partner"]') ?? [])].map(
        (i) => i.value,
      );
    // The 12 most frequent (p18..p29) and the ticked p00, in the list's own order.
    expect(values()).toEqual(['p00', ...Array.from({ length: 12 }, (_, i) => `p${18 + i}`)]);
    const all = panel.shadowRoot?.querySelector<HTMLButtonElement>('button.all');
    expect(all?.textContent).toContain('Show all 30');
    all?.click();
    await panel.updateComplete;
    expect(values()).toHaveLength(30);
    expect(panel.shadowRoot?.querySelector('button.all')).toBeNull();
  });
});

describe('the close button', () => {
  it("keeps clear of the badges under the title and of the figures' values, in Kazakh on a narrow panel", async () => {
    const data = createData();
    const route = { ...data.routes[0], status: 'under-construction' as const };
    const panel = new RoutePanel();
    panel.route = route;
    panel.details = routeDetails(data.routes[0]);
    panel.sources = new Map(data.sources.map((s) => [s.id, s]));
    panel.language = 'kk';
    panel.style.width = '300px';
    panel.style.display = 'block';
    await mount(panel);
    const root = panel.shadowRoot as ShadowRoot;
    const close = root.querySelector('button.close')?.getBoundingClientRect() as DOMRect;
    expect(close.width).toBeGreaterThan(0);
    expect(root.textContent).toContain('Салынып жатыр');
    // The button's column, top to bottom: nothing the reader must read may reach into it.
    const inColumn = [...root.querySelectorAll('h2 + .badges .badge, dl.figures dd')].filter(
      (el) => el.getBoundingClientRect().right > close.left + 1,
    );
    expect(inColumn.map((el) => el.textContent?.trim())).toEqual([]);
    expect(root.querySelectorAll('dl.figures dd').length).toBeGreaterThan(0);
  });
});

describe("filter-panel in the reader's language", () => {
  it('names countries and partners in Kazakh, not in English (Chromium has no Kazakh region names)', async () => {
    const panel = new FilterPanel();
    panel.filters = { status: [], kind: [], mode: [], country: [], partner: [] };
    panel.counts = {
      status: [],
      kind: [],
      mode: [],
      country: [
        { value: 'KZ', count: 2 },
        { value: 'CN', count: 1 },
      ],
      partner: [{ value: 'kazpost', count: 1 }],
    };
    panel.partnerNames = new Map([['kazpost', { en: 'Kazpost', ru: 'Казпочта', kk: 'Қазпошта' }]]);
    panel.language = 'kk';
    await mount(panel);
    const t = text(panel);
    expect(t).toContain('Қазақстан');
    expect(t).toContain('Қытай');
    expect(t).toContain('Қазпошта');
    expect(t).not.toMatch(/Kazakhstan|China|Kazpost/);
  });
});

describe('map-legend', () => {
  it('explains every kind shown, every status, route modes and line kinds in words', async () => {
    const legend = new MapLegend();
    legend.kinds = ['container-terminal', 'sea-port'];
    legend.modes = ['mail-air', 'rail'];
    await mount(legend);
    const t = expectTexts(legend, [
      'Container terminal',
      'Sea port terminal',
      'Operating',
      'Proposed',
      'Rail',
      'Mail (air)',
      'schematic',
    ]);
    expect(t).not.toContain('Cargo airport');
    // Only the modes some route has: no key to a line the map never draws.
    expect(t).not.toMatch(/\bAir\b|Mail \(surface\)|Road/);
  });

  it('is a key, not a set of switches: nothing in it can be pressed', async () => {
    const legend = new MapLegend();
    await mount(legend);
    expect(legend.shadowRoot?.querySelectorAll('button, [role="button"], input, a').length).toBe(0);
  });
});

describe('our translations in a panel', () => {
  /** The fixture data with the fixture catalogs merged, as the build merges `geo/translations/`. */
  const translatedData = () => withCatalogs(createData(), { ru: ruCatalog, kk: kkCatalog, zh: zhCatalog });

  const hubPanel = (language: Lang, data = translatedData()) => createHubPanel(null, data, language);

  it("shows the reader's language, and one marker per part saying it is translated from English", async () => {
    const panel = await hubPanel('ru');
    const t = text(panel);
    expect(t).toContain('Контейнерный терминал, открыт в 2025 году.');
    expect(t).toContain('Ни один источник не указывает место терминала.');
    expect(t).toContain('оператор');
    expect(t).not.toContain('на английском');
    // One for the hub's note, one for its one project: not one per sentence.
    const markers = [...(panel.shadowRoot?.querySelectorAll('details.translated') ?? [])];
    expect(markers).toHaveLength(2);
    expect(markers[1].closest('section.project')).not.toBeNull();
    expect(markers[1].querySelector('summary')?.textContent).toContain('Переведено с английского');
  });

  it("gives figures and lengths in the reader's units, and Chinese in full-width punctuation", async () => {
    const ru = text(await hubPanel('ru')).replace(/\u00a0/g, ' ');
    expect(ru).toContain('240 000 ДФЭ в год');
    expect(ru).not.toMatch(/TEU|\byr\b/);
    document.body.replaceChildren();
    const zhPanel = await hubPanel('zh');
    // The panel's Chinese text, without the English originals behind the "translated" marker.
    const copy = zhPanel.shadowRoot?.querySelector('article')?.cloneNode(true) as HTMLElement;
    for (const en of copy.querySelectorAll('[lang="en"]')) en.remove();
    const zh = (copy.textContent ?? '').replace(/\s+/g, ' ');
    expect(zh).toContain('每年240,000标准箱');
    // No half-width colon, full stop or parenthesis joined in code next to Chinese text.
    expect(zh).not.toMatch(/[\u4e00-\u9fff][:.(]|[:.)] ?[\u4e00-\u9fff]/);
    document.body.replaceChildren();
    const data = translatedData();
    const route = new RoutePanel();
    route.route = data.routes[0];
    route.details = routeDetails(data.routes[0]);
    route.sources = new Map(data.sources.map((s) => [s.id, s]));
    route.language = 'kk';
    await mount(route);
    expect(text(route)).toMatch(/\d км/);
    expect(text(route)).not.toMatch(/\bkm\b/);
  });

  it('opens on the English originals, in lang="en", from the keyboard', async () => {
    const panel = await hubPanel('zh');
    const marker = panel.shadowRoot?.querySelector(
      'section.project details.translated',
    ) as HTMLDetailsElement;
    expect(marker.open).toBe(false);
    const summary = marker.querySelector('summary') as HTMLElement;
    expect(summary.textContent).toContain('译自英文');
    summary.focus();
    expect(panel.shadowRoot?.activeElement).toBe(summary);
    summary.click(); // what Enter or Space on a focused <summary> does
    expect(marker.open).toBe(true);
    const originals = [...marker.querySelectorAll('ul.originals [lang="en"]')].map((e) => e.textContent);
    expect(originals).toContain('A terminal for containers, opened in 2025.');
    expect(originals).toContain('No source locates the terminal.');
    expect(originals).toContain('operator');
    expect(originals).toContain('Opened.');
  });

  it('marks nothing in English, nor where the text is not translated (it says "in English" instead)', async () => {
    const en = await hubPanel('en');
    expect(en.shadowRoot?.querySelector('details.translated')).toBeNull();
    document.body.replaceChildren();
    const untranslated = await hubPanel('ru', createData());
    expect(untranslated.shadowRoot?.querySelector('details.translated')).toBeNull();
    expect(text(untranslated)).toContain('на английском');
  });

  it('never marks a verified name as our translation', async () => {
    const panel = await hubPanel('ru');
    const originals = panel.shadowRoot?.querySelectorAll('ul.originals [lang="en"]') ?? [];
    expect([...originals].map((e) => e.textContent)).not.toContain('East Hub');
    expect(panel.shadowRoot?.querySelector('h2')?.textContent).toBe('Восточный хаб');
  });

  it('marks a route once, with its summary, line note, figures and timeline behind it', async () => {
    const data = translatedData();
    const panel = new RoutePanel();
    panel.route = data.routes[0];
    panel.details = routeDetails(data.routes[0]);
    panel.sources = new Map(data.sources.map((s) => [s.id, s]));
    panel.language = 'kk';
    await mount(panel);
    expect(text(panel)).toContain('Тұрақты контейнер пойызы.');
    const markers = panel.shadowRoot?.querySelectorAll('details.translated') ?? [];
    expect(markers).toHaveLength(1);
    const originals = [...(markers[0]?.querySelectorAll('[lang="en"]') ?? [])].map((e) => e.textContent);
    expect(originals).toEqual([
      'A regular container train.',
      'Drawn through the towns it passes.',
      'Length',
      'Regular service began.',
    ]);
  });

  it('marks a story step, title and caption together', async () => {
    const player = new StoryPlayer();
    player.story = {
      id: 's',
      title: { en: 'A story', ru: 'История', translated: ['ru'] },
      steps: [{ caption: { en: 'First 2 steps.', ru: 'Первые 2 шага.', translated: ['ru'] } }],
    };
    player.language = 'ru';
    await mount(player);
    const markers = player.shadowRoot?.querySelectorAll('details.translated') ?? [];
    expect(markers).toHaveLength(1);
    expect([...(markers[0]?.querySelectorAll('[lang="en"]') ?? [])].map((e) => e.textContent)).toEqual([
      'A story',
      'First 2 steps.',
    ]);
    expect(text(player)).toContain('Первые 2 шага.');
  });
});
