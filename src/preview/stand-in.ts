import { html, LitElement, type PropertyValues, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { pageAddress, siteRoot } from '../data/site-root.ts';
import { pick, t } from '../i18n/strings.ts';
import { PageElement } from '../state/context.ts';
import { SelectEvent } from '../state/events.ts';
import { featurePagePath, homePicture, pictureSrcset } from '../state/pages.ts';
import type { ThemeName } from '../state/view.ts';
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
  /** The static page's picture, adopted; without one, the home page's picture is loaded. */
  @property({ attribute: false }) picture: HTMLPictureElement | null = null;
  /** The colour theme shown, the system's or the address's: an adopted picture is switched to it. */
  @property() theme: ThemeName = 'light';
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('picture') || changed.has('theme')) showTheme(this.picture, this.theme);
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
      html`<img class="map-preview" src=${homePicture(lang, this.theme)} srcset=${pictureSrcset(homePicture(lang, this.theme))} alt="" aria-hidden="true" />`
    }<svg class="preview-hubs" viewBox=${PREVIEW_HUBS_VIEWBOX} preserveAspectRatio="xMidYMid slice" role="group" aria-label=${t(lang, 'previewHubs')}>
      ${spots.map(
        (s) =>
          svg`<a href=${href(s.id)} data-hub=${s.id} aria-label=${name(s.id)} @click=${onClick(s.id)}><circle cx=${s.x} cy=${s.y} r=${s.r}></circle></a>`,
      )}
    </svg>`;
  }
}

/**
 * Shows a static page's picture in `theme`: its dark source (`data-theme="dark"`, written for the system's
 * preference) is made to apply always or never, so a theme from the address is drawn too.
 */
function showTheme(picture: HTMLPictureElement | null, theme: ThemeName): void {
  const dark = picture?.querySelector<HTMLSourceElement>('source[data-theme="dark"]');
  if (dark) dark.media = theme === 'dark' ? 'all' : 'not all';
}

declare global {
  interface HTMLElementTagNameMap {
    'map-stand-in': MapStandIn;
  }
}
