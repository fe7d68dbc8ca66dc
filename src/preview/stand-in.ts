import { html, LitElement, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { pageAddress, siteRoot } from '../data/site-root.ts';
import { pick, t } from '../i18n/strings.ts';
import { PageElement } from '../state/context.ts';
import { SelectEvent } from '../state/events.ts';
import { featurePagePath } from '../state/pages.ts';
import { opensElsewhere, PREVIEW_HUBS_VIEWBOX, type PreviewSpot, spotsInView } from './preview-spots.ts';

/**
 * What stands in the map's place until MapLibre has drawn: the build-time picture (the static page's own
 * element when there is one) and its hubs as links, only those the cropped picture shows. A hub's link selects
 * it, as the list does.
 *
 * @fires corridor-select - the reader chose a hub
 */
@customElement('map-stand-in')
export class MapStandIn extends PageElement(LitElement) {
  /** The static page's picture, adopted; without one, the theme's picture is loaded. */
  @property({ attribute: false }) picture: HTMLPictureElement | null = null;
  /** The colour theme of a picture loaded here. */
  @property() theme = 'light';
  /** The hubs the picture draws, where it draws them. */
  @property({ attribute: false }) spots: readonly PreviewSpot[] = [];

  /** The size shown, once known: the picture is cropped to it. */
  @state() private size: { width: number; height: number } | null = null;
  private readonly sizeWatch = new ResizeObserver(([entry]) => {
    const { width, height } = entry.contentRect;
    this.size = { width, height };
  });

  // Light DOM: the page's stylesheet places the picture and the links (`.map-preview`, `.preview-hubs`).
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sizeWatch.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizeWatch.disconnect();
  }

  override render() {
    const spots = this.size ? spotsInView(this.spots, this.size.width, this.size.height) : this.spots;
    const lang = this.language;
    const name = (id: string) => {
      const hub = this.index?.byId.hub.get(id);
      return hub ? pick(hub.properties.name, lang) : id;
    };
    // The hub's address, for a new tab: its page, on the pages the build wrote; the query, on the English home.
    const href = (id: string) =>
      pageAddress() === null
        ? `?hub=${encodeURIComponent(id)}`
        : `${siteRoot()}${featurePagePath(lang, { type: 'hub', id }).slice(1)}`;
    const onClick = (id: string) => (e: MouseEvent) => {
      if (opensElsewhere(e)) return;
      e.preventDefault();
      this.dispatchEvent(new SelectEvent({ type: 'hub', id }));
    };
    return html`${
      this.picture ??
      html`<img class="map-preview" src=${`${siteRoot()}preview-${this.theme}.svg`} alt="" aria-hidden="true" />`
    }<svg class="preview-hubs" viewBox=${PREVIEW_HUBS_VIEWBOX} preserveAspectRatio="xMidYMid slice" role="group" aria-label=${t(lang, 'previewHubs')}>
      ${spots.map(
        (s) =>
          svg`<a href=${href(s.id)} data-hub=${s.id} aria-label=${name(s.id)} @click=${onClick(s.id)}><circle cx=${s.x} cy=${s.y} r=${s.r}></circle></a>`,
      )}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'map-stand-in': MapStandIn;
  }
}
