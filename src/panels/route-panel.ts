import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { IndexRoute, Localized, RouteDetails, Source } from '../data/types.ts';
import { formatDate, modeName, pick, punct, statusName, t } from '../i18n/strings.ts';
import { formatKm } from '../i18n/units.ts';
import { Citations, detailsStatus, figureList, Originals, timelineList } from './claims.ts';
import { PanelElement } from './panel-element.ts';
import './share-link.ts';
import { buttonStyles, panelStyles } from './panel-styles.ts';

/**
 * The details of a route: mode, status, stops, the length of the line as drawn, how it was drawn,
 * figures, timeline, summary and sources.
 *
 * @fires corridor-select - with `null` when the reader closes the panel
 */
@customElement('route-panel')
export class RoutePanel extends PanelElement {
  protected get headingId(): string {
    return 'route-title';
  }

  /** The route shown. */
  @property({ attribute: false }) route?: IndexRoute;
  /** The route's texts, once loaded; until then the panel shows the rest. */
  @property({ attribute: false }) details: RouteDetails | null = null;
  /** Why the details could not be loaded, if they could not. */
  @property({ attribute: false }) detailsError: string | null = null;
  /** Names of hubs and places, by id, for the stops: set directly, else the data index's. */
  @property({ attribute: false }) names?: ReadonlyMap<string, Localized>;
  /** Every source, by id: set directly, else the data index's. */
  @property({ attribute: false }) sources?: ReadonlyMap<string, Source>;

  static override styles = [panelStyles, buttonStyles];

  protected override updated(changed: PropertyValues<this>): void {
    // A new route is read from its heading: the box it shares with the panel before keeps that one's scroll
    // otherwise. In the next frame, before it is drawn, as the hub panel does (see HubPanel.updated).
    if (changed.has('route')) requestAnimationFrame(() => this.scrollToTop());
  }

  override render() {
    const r = this.route;
    if (!r) return nothing;
    const lang = this.language;
    const c = new Citations(this.sources ?? this.index?.sources ?? new Map(), `route-${r.id}`);
    const tr = new Originals(lang);
    const d = this.details;
    const stopName = (id: string) => {
      const n = (this.names ?? this.index?.names)?.get(id);
      return n ? pick(n, lang) : id;
    };
    return html`<article aria-labelledby="route-title">
      <button class="close" type="button" aria-label=${t(lang, 'close')} @click=${this.close}>×</button>
      <h2 id="route-title" tabindex="-1">${pick(r.name, lang)}</h2>
      <div class="badges">
        <span class="badge"><span class="visually-hidden">${t(lang, 'mode')}${punct(lang).colon}</span>${modeName(lang, r.mode)}</span>
        <span class="badge status-${r.status}"
          ><span class="visually-hidden">${t(lang, 'status')}${punct(lang).colon}</span>${statusName(lang, r.status)}</span
        >
        <span class="badge">${r.line === 'traced' ? t(lang, 'traced') : t(lang, 'schematic')}</span>
      </div>
      <share-link .target=${{ type: 'route', id: r.id }} name=${pick(r.name, lang)}></share-link>
      ${detailsStatus(lang, this.details, this.detailsError, this)}
      ${d ? html`<p>${tr.text(d.summary, t(lang, 'summary'))}</p>` : nothing}
      <h3 class="label-heading">${t(lang, 'stops')}</h3>
      <ol class="stops">
        ${r.stops.map((s) => html`<li>${stopName(s)}</li>`)}
      </ol>
      <p class="muted">
        ${r.line === 'traced' ? t(lang, 'lineTraced') : t(lang, 'lineSchematic')} ${d ? tr.text(d.lineNote, t(lang, 'lineNote')) : ''}
      </p>
      <p>${t(lang, 'drawnLength')}${punct(lang).colon}<strong>${formatKm(lang, r.lengthKm)}</strong></p>
      ${figureList(r.figures, { lang, c, tr, level: 3 })} ${d ? timelineList(d.timeline, { lang, c, tr, level: 3 }) : nothing}
      <p class="muted">${t(lang, 'lastVerified')}${punct(lang).colon}${formatDate(lang, r.lastVerified)}</p>
      ${tr.marker()}
      <h3 class="label-heading">${t(lang, 'sources')}</h3>
      ${c.list(lang, r.sources)}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'route-panel': RoutePanel;
  }
}
