import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HubDetails, IndexHub, IndexProject, Precision, Source } from '../data/types.ts';
import { formatDate, kindName, parens, pick, punct, type StringKey, statusName, t } from '../i18n/strings.ts';
import { markerIcon } from '../symbols/marker-icon.ts';
import { Citations, detailsStatus, figureList, Originals, partnerList, timelineList } from './claims.ts';
import { PanelElement } from './panel-element.ts';
import './share-link.ts';
import { buttonStyles, panelStyles } from './panel-styles.ts';

const PRECISION_KEY: Record<Precision, StringKey> = {
  exact: 'precisionExact',
  approximate: 'precisionApproximate',
  city: 'precisionCity',
};

/**
 * The details of a hub and every project at it: kind, status, partners, figures, timeline, summary and a
 * numbered list of the sources behind each claim.
 *
 * @fires corridor-select - with `null` when the reader closes the panel
 */
@customElement('hub-panel')
export class HubPanel extends PanelElement {
  /** The hub shown. */
  @property({ attribute: false }) hub?: IndexHub;
  /** The projects at the hub. */
  @property({ attribute: false }) projects: IndexProject[] = [];
  /** The texts of the hub and its projects, once loaded; until then the panel shows the rest. */
  @property({ attribute: false }) details: HubDetails | null = null;
  /** Why the details could not be loaded, if they could not. */
  @property({ attribute: false }) detailsError: string | null = null;
  /** Every source, by id: set directly, else the data index's. */
  @property({ attribute: false }) sources?: ReadonlyMap<string, Source>;
  /** The project the reader asked for, scrolled to and marked. */
  @property() focusProject: string | null = null;
  /** The heading of the project asked for, else the hub's. */
  protected override get headingId(): string {
    return this.focusProject ? `project-${this.focusProject}-name` : 'hub-title';
  }

  static override styles = [panelStyles, buttonStyles];

  protected override updated(changed: PropertyValues<this>): void {
    // Again when the details arrive: the texts above the project push it down.
    if (changed.has('focusProject') || changed.has('hub') || (changed.has('details') && this.focusProject)) {
      // In the next frame, before it is drawn: the page's other elements have updated by then, so the
      // browser lays it out once, not once here and again for them.
      const id = this.focusProject;
      requestAnimationFrame(() => {
        if (this.focusProject !== id) return;
        if (id) this.scrollToProject(id);
        // The hub itself: its heading, at the top.
        else this.scrollToTop();
      });
    }
  }

  /**
   * Scrolls the panel (not the page: scrollIntoView would move every scrolling ancestor, the page too) so
   * the project's heading is at its top.
   */
  private scrollToProject(id: string): void {
    const target = this.renderRoot.querySelector(`#project-${id}`);
    const scroller = this.closest<HTMLElement>('.panel');
    if (!target || !scroller) return;
    // A panel in the page's flow (no map) does not scroll itself: then the page does. A panel over the map
    // never scrolls the page, even while its texts have not arrived and it has nothing to scroll yet.
    if (getComputedStyle(scroller).position === 'static') target.scrollIntoView({ block: 'start' });
    else scroller.scrollTop += target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  }

  override render() {
    const hub = this.hub;
    if (!hub) return nothing;
    const lang = this.language;
    const c = new Citations(this.sources ?? this.index?.sources ?? new Map(), `hub-${hub.id}`);
    const projects = this.projects.map((p) => this.project(p, c));
    const tr = new Originals(lang);
    const note = this.details ? tr.text(this.details.locationNote, t(lang, 'location')) : '';
    return html`<article aria-labelledby="hub-title">
      <button class="close" type="button" aria-label=${t(lang, 'close')} @click=${this.close}>×</button>
      <h2 id="hub-title" tabindex="-1">${pick(hub.name, lang)}</h2>
      <share-link .target=${{ type: 'hub', id: hub.id }} name=${pick(hub.name, lang)}></share-link>
      <p class="muted">${t(lang, PRECISION_KEY[hub.precision])}${note ? punct(lang).stop : ''}${note}</p>
      ${tr.marker()}
      ${detailsStatus(lang, this.details, this.detailsError, this)}
      <p class="subhead">${t(lang, 'projectsAtHub')}${parens(lang, String(this.projects.length))}</p>
      ${projects}
      <h3 class="label-heading" id="hub-sources">${t(lang, 'sources')}</h3>
      ${c.list(lang, hub.sources)}
    </article>`;
  }

  private project(p: IndexProject, c: Citations) {
    const lang = this.language;
    const more = this.details?.projects[p.id];
    const tr = new Originals(lang);
    for (const s of p.sources) c.number(s);
    return html`<section
      class="project ${p.id === this.focusProject ? 'focus' : ''}"
      id="project-${p.id}"
      aria-labelledby="project-${p.id}-name"
    >
      <h3 id="project-${p.id}-name" tabindex="-1">${pick(p.name, lang)}</h3>
      <div class="badges">
        <span class="badge">${markerIcon(p.kind, p.status)}${kindName(lang, p.kind)}</span>
        <span class="badge status-${p.status}"
          ><span class="visually-hidden">${t(lang, 'status')}${punct(lang).colon}</span>${statusName(lang, p.status)}</span
        >
      </div>
      <share-link .target=${{ type: 'project', id: p.id }} name=${pick(p.name, lang)}></share-link>
      ${more ? html`<p>${tr.text(more.summary, t(lang, 'summary'))}</p>` : nothing}
      <p class="muted">${t(lang, 'location')}${punct(lang).colon}${t(lang, PRECISION_KEY[p.precision])}${more ? punct(lang).stop : ''}${more ? tr.text(more.locationNote, t(lang, 'location')) : ''}</p>
      ${partnerList(p.partners, lang, c, tr)} ${figureList(p.figures, { lang, c, tr, level: 4 })}
      ${more ? timelineList(more.timeline, { lang, c, tr, level: 4 }) : nothing}
      <p class="muted">${t(lang, 'lastVerified')}${punct(lang).colon}${formatDate(lang, p.lastVerified)}</p>
      ${tr.marker()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hub-panel': HubPanel;
  }
}
