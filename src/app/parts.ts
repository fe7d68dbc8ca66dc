import { html, nothing } from 'lit';
import type { MapData } from '../data/types.ts';
import type { Lang } from '../data/vocabularies.ts';
import { formatDate, pick, t } from '../i18n/strings.ts';
import type { DataIndex } from '../state/data-index.ts';
import type { DetailsController } from '../state/details-controller.ts';
import { StoryOpenEvent } from '../state/events.ts';
import type { ViewState } from '../state/view.ts';

/** MapLibre's own interface strings (its locale ids) and the reset button's, in the page's language. */
export function mapUiStrings(lang: Lang): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t(lang, 'zoomIn'),
    'NavigationControl.ZoomOut': t(lang, 'zoomOut'),
    'ScaleControl.Kilometers': t(lang, 'kilometres'),
    'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'gestureWindows'),
    'CooperativeGesturesHandler.MacHelpText': t(lang, 'gestureMac'),
    'CooperativeGesturesHandler.MobileHelpText': t(lang, 'gestureMobile'),
    resetView: t(lang, 'resetView'),
  };
}

/** The open story's player, or a button for each story. */
export function renderStories(d: MapData, view: ViewState, lang: Lang) {
  const open = view.story && d.stories.find((x) => x.id === view.story?.id);
  if (open && view.story) {
    return html`<story-player .story=${open} .step=${view.story.step} .language=${lang}></story-player>`;
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
            html`<li><time datetime=${u.date}>${formatDate(lang, u.date)}</time>: ${pick(u.text, lang)}</li>`,
        )}
    </ul>
  </section>`;
}

/** The panel of the selection: a route's, or a hub's with its projects (a project opens its hub's). */
export function renderPanel(
  d: MapData,
  index: DataIndex,
  view: ViewState,
  lang: Lang,
  details: DetailsController,
) {
  const s = view.selection;
  if (!s) return nothing;
  // `data-covers-map` (COVERS_MAP): the map measures how much of it the panel covers.
  const aside = (content: unknown) => html`<aside class="panel" data-covers-map>${content}</aside>`;
  if (s.type === 'route') {
    return aside(html`<route-panel
      .route=${d.routes.find((r) => r.id === s.id)}
      .details=${details.value}
      .detailsError=${details.error}
      .names=${index.names}
      .sources=${index.sources}
      .language=${lang}
    ></route-panel>`);
  }
  const hubId = s.type === 'hub' ? s.id : d.projects.find((p) => p.properties.id === s.id)?.properties.hub;
  return aside(html`<hub-panel
    .hub=${d.hubs.find((h) => h.properties.id === hubId)?.properties}
    .projects=${d.projects.filter((p) => p.properties.hub === hubId).map((p) => p.properties)}
    .details=${details.value}
    .detailsError=${details.error}
    .sources=${index.sources}
    .focusProject=${s.type === 'project' ? s.id : null}
    .language=${lang}
  ></hub-panel>`);
}
