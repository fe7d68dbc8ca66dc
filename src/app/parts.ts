import { html, nothing } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import '../controls/map-toolbar.ts';
import '../map/corridor-map.ts';
import '../controls/filter-panel.ts';
import '../panels/hub-panel.ts';
import '../controls/map-legend.ts';
import '../controls/map-key.ts';
import '../controls/no-match.ts';
import '../controls/project-list.ts';
import '../panels/route-panel.ts';
import '../controls/search-box.ts';
import '../controls/story-player.ts';
import '../controls/time-control.ts';
import { fullMapUrl } from '../controls/map-toolbar.ts';
import type { FontFaces } from '../data/load.ts';
import type { MapData } from '../data/types.ts';
import type { Lang } from '../data/vocabularies.ts';
import { fill, formatDate, missingTranslations, pick, punct, t } from '../i18n/strings.ts';
import type { PreviewSpot } from '../preview/preview-spots.ts';
import type { DataIndex } from '../state/data-index.ts';
import type { DetailsController } from '../state/details-controller.ts';
import { StoryOpenEvent } from '../state/events.ts';
import { type FacetCount, FILTER_KEYS, type FilterKey, type Visible } from '../state/filters.ts';
import type { ThemeName, ViewState } from '../state/view.ts';
import { THEMES, themeProperties } from '../symbols/palette.ts';

/** The open story's player, or a button for each story. */
export function renderStories(d: MapData, view: ViewState, lang: Lang) {
  const open = view.story && d.stories.find((x) => x.id === view.story?.id);
  if (open && view.story) {
    return html`<story-player .story=${open} .step=${view.story.step}></story-player>`;
  }
  if (!d.stories.length) return nothing;
  return html`<p class="stories">
    ${t(lang, 'storiesLabel')}:
    ${d.stories.map(
      (x) => html`<button
        type="button"
        class="open-story"
        data-story=${x.id}
        @click=${(e: Event) => e.target?.dispatchEvent(new StoryOpenEvent(x.id))}
      >
        ${pick(x.title, lang)}
      </button>`,
    )}
  </p>`;
}

/** The log of data updates, newest first. */
export function renderUpdates(d: MapData, lang: Lang) {
  if (!d.updates.length) return nothing;
  return html`<section class="updates" aria-labelledby="updates-title">
    <h2 id="updates-title">${t(lang, 'updatesHeading')}</h2>
    <ul>
      ${[...d.updates]
        .sort((a, b) => b.date.localeCompare(a.date))
        .map(
          (u) =>
            html`<li><time datetime=${u.date}>${formatDate(lang, u.date)}</time>${punct(lang).colon}${pick(u.text, lang)}</li>`,
        )}
    </ul>
  </section>`;
}

/** The panel of the selection: a route's, or a hub's with its projects (a project opens its hub's). */
export function renderPanel(
  index: DataIndex,
  view: ViewState,
  details: DetailsController,
  panel: Ref<HTMLElement>,
) {
  const s = view.selection;
  if (!s) return nothing;
  // `panel`: the app hands it to the map, which brings the selection clear of it.
  const aside = (content: unknown) => html`<aside class="panel" ${ref(panel)}>${content}</aside>`;
  if (s.type === 'route') {
    return aside(html`<route-panel
      .route=${index.byId.route.get(s.id)}
      .details=${details.value}
      .detailsError=${details.error}
    ></route-panel>`);
  }
  const hubId = index.hubOf(s);
  return aside(html`<hub-panel
    .hub=${hubId === undefined ? undefined : index.byId.hub.get(hubId)?.properties}
    .projects=${hubId === undefined ? [] : index.projectsOf(hubId).map((p) => p.properties)}
    .details=${details.value}
    .detailsError=${details.error}
    .focusProject=${s.type === 'project' ? s.id : null}
  ></hub-panel>`);
}

/** The list of every project, by hub: the keyboard and screen-reader way in, kept in step with the map. */
export function renderProjectIndex(view: ViewState, visible: Visible | null, lang: Lang, ready: boolean) {
  // Until the map has drawn its first frame (or the reader asks for the list), only the heading: the list's
  // hundreds of elements would otherwise be laid out before the map can start.
  return html`<section id="projects" class="project-index" tabindex="-1" aria-labelledby="projects-title">
    <h2 id="projects-title">${t(lang, 'projectsHeading')}</h2>
    <p>${t(lang, 'projectsIntro')}</p>
    ${ready ? html`<project-list .selection=${view.selection} .visible=${visible}></project-list>` : nothing}
  </section>`;
}

/** What could not load or draw, and the missing translations, each said once above the map. */
export function renderNotices(
  lang: Lang,
  notices: readonly string[],
  mapUnavailable: boolean,
  interrupted: boolean,
  redraw: () => void,
) {
  return html`${notices.map((n) => html`<p class="notice" role="status">${n}</p>`)}
    ${missingTranslations(lang).length ? html`<p class="notice untranslated-notice">${t(lang, 'untranslatedNotice')}</p>` : nothing}
    ${mapUnavailable ? html`<p class="notice map-unavailable" role="alert">${t(lang, 'noWebgl')}</p>` : nothing}
    ${
      interrupted
        ? html`<p class="notice map-interrupted" role="alert">
          ${t(lang, 'contextLost')} <button type="button" @click=${redraw}>${t(lang, 'redraw')}</button>
        </p>`
        : nothing
    }`;
}

/** The map described in words, and what a screen reader hears when the selection changes. */
export function renderDescriptions(index: DataIndex, view: ViewState, lang: Lang) {
  const name = view.selection && index.nameOf(view.selection);
  const { hub, project, route } = index.byId;
  const counts = { hubs: hub.size, projects: project.size, routes: route.size };
  return html`<p id="map-description" class="visually-hidden">
      ${fill(lang, 'mapDescription', counts)}
    </p>
    <p class="visually-hidden" role="status" aria-live="polite">
      ${name ? `${t(lang, 'selected')}${punct(lang).colon}${pick(name, lang)}` : ''}
    </p>`;
}

/** What the map is drawn from. */
interface MapInputs {
  data: MapData;
  basemap?: GeoJSON.FeatureCollection & { attribution?: string };
  fontFaces?: FontFaces;
  visible: Visible | null;
  view: ViewState;
  theme: ThemeName;
  previewHubs: readonly PreviewSpot[];
  previewPicture: HTMLPictureElement | null;
  /** The compact key's element, which lies over the map (the app hands it to the map as a cover). */
  key: Ref<HTMLElement>;
  /** Whether the map draws hubs' counts. */
  counts: boolean;
}

/** The map, with the view's selection, camera, filters, language and theme; over it, the compact key and a word when the filters leave nothing. */
export function renderMap(m: MapInputs) {
  return html`<corridor-map
    .data=${m.data}
    .basemap=${m.basemap}
    .fontFaces=${m.fontFaces}
    .selection=${m.view.selection}
    .visible=${m.visible}
    .camera=${m.view.camera}
    .theme=${m.theme}
    .cooperative=${m.view.embed}
    .previewHubs=${m.previewHubs}
    .previewPicture=${m.previewPicture}
  ></corridor-map>
  <map-key ${ref(m.key)} .data=${m.data} .counts=${m.counts} ?folded=${m.view.selection !== null}></map-key>
  <no-match-notice .visible=${m.visible}></no-match-notice>`;
}

/** The embed's foot: where the data comes from, and the way to the full map. */
export function renderFoot(view: ViewState, lang: Lang) {
  return html`<footer class="foot">
    ${t(lang, 'sourceLine')} ·
    <a href=${fullMapUrl(view)} target="_blank" rel="noopener">${t(lang, 'openFull')}</a>
  </footer>`;
}

/** The filters (folded until a filter is in force or the reader opens them) and the legend (folded in an embed). */
export function renderFiltersAndLegend(
  view: ViewState,
  lang: Lang,
  counts: Record<FilterKey, FacetCount[]> | undefined,
  filtersOpen: boolean,
  onFiltersToggle: (open: boolean) => void,
) {
  // Open while a filter is in force, and while the reader has it open (unticking the last box keeps it so).
  return html`<details
      class="filters"
      ?open=${filtersOpen || FILTER_KEYS.some((k) => view.filters[k].length > 0)}
      @toggle=${(e: Event) => onFiltersToggle((e.target as HTMLDetailsElement).open)}
    >
      <summary><h2>${t(lang, 'filtersHeading')}</h2></summary>
      <filter-panel
        .filters=${view.filters}
        .counts=${counts}
      ></filter-panel>
    </details>
    <details class="legend" ?open=${!view.embed}>
      <summary><h2>${t(lang, 'legend')}</h2></summary>
      <map-legend></map-legend>
    </details>`;
}

let applied = '';

/**
 * The page's language and theme on `<html>`: its `lang`, the theme's name and its data colours. Only when
 * they change: properties set on the root restyle the whole page, even to the same values.
 */
export function applyPageTheme(lang: Lang, theme: ThemeName): void {
  const root = document.documentElement;
  if (applied === `${lang} ${theme}` && root.lang === lang) return;
  applied = `${lang} ${theme}`;
  root.lang = lang;
  root.dataset.theme = theme;
  for (const [k, v] of Object.entries(themeProperties(THEMES[theme]))) root.style.setProperty(k, v);
}
