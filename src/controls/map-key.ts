import { css, html, LitElement, type PropertyValues, svg, unsafeCSS } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { KEY_MARGIN, KEY_WIDTH, WIDE_MAP } from '../data/extent.ts';
import type { MapData, RouteMode } from '../data/types.ts';
import { kindName, modeName, statusName, t } from '../i18n/strings.ts';
import { panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';
import { LEGEND_LINE, legendModel } from '../symbols/legend.ts';
import { markerIcon } from '../symbols/marker-icon.ts';

function lineSample(mode: RouteMode | null, dashed: boolean) {
  const colour = mode ? `var(--mode-${mode})` : 'var(--text)';
  return svg`<svg class="line" viewBox="0 0 24 8" aria-hidden="true"><line x1="1" y1="4" x2="23" y2="4"
    stroke=${colour} stroke-width=${LEGEND_LINE.width} stroke-dasharray=${dashed ? LEGEND_LINE.dash.join(' ') : 'none'}/></svg>`;
}

/**
 * The compact key in the map's top left corner, in the first screen: what the shapes, colours, lines, hub
 * circles, grey halos and numbers on the map mean, in short words, from the one legend description
 * (`legendModel`) and only for what the map draws (the data's kinds, statuses and modes; the halo where a hub
 * is not located; the counts while the map gathers projects into hubs). The full legend stays under the map.
 * Unfolded on a wide map (whose opening view leaves its column free, see `openingPadding`); a one-line button
 * on a phone and in the embed. It lies over the map: the app hands it to the map as a cover (corridor-app.ts), so a
 * selection is brought clear of it.
 */
@customElement('map-key')
export class MapKey extends PageElement(LitElement) {
  /** The data: what the map draws. */
  @property({ attribute: false }) data?: MapData;
  /** Whether the key is unfolded: at first as wide as the map is, then as the reader leaves it. */
  @state() private open: boolean | null = null;
  /** Folded while a panel is open (the panel says what the feature is): the reader may still unfold it. */
  @property({ type: Boolean }) folded = false;
  @state() private openFolded = false;
  /** Whether the map draws hubs' counts in place of their projects. */
  @property({ type: Boolean }) counts = false;

  static override styles = [
    panelStyles,
    css`
      :host {
        position: absolute;
        z-index: 2;
        top: ${unsafeCSS(KEY_MARGIN)}px;
        left: ${unsafeCSS(KEY_MARGIN)}px;
        max-width: calc(100% - 5rem);
        max-height: calc(100% - 3rem);
        display: flex;
        flex-direction: column;
        font-size: 11.5px;
        line-height: 1.25;
      }
      details {
        background: color-mix(in srgb, var(--surface) 94%, transparent);
        border: 1px solid var(--rule);
        border-radius: 4px;
        box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
      }
      details[open] {
        width: ${unsafeCSS(KEY_WIDTH)}px;
        max-width: 100%;
        box-sizing: border-box;
        min-height: 0;
        overflow: auto;
      }
      summary {
        cursor: pointer;
        padding: 0.2rem 0.5rem;
        font-weight: 700;
        font-size: 12px;
      }
      .body {
        padding: 0 0.5rem 0.35rem;
      }
      .heading {
        margin: 0.3rem 0 0.1rem;
        font-size: 10.5px;
        font-weight: 700;
        color: var(--muted);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0 0.4rem;
      }
      ul.one {
        grid-template-columns: 1fr;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.3rem;
        min-width: 0;
      }
      svg.line {
        width: 1.5rem;
        height: 0.5rem;
        flex: none;
      }
      .hub,
      .area {
        width: 0.9rem;
        height: 0.9rem;
        border-radius: 50%;
        flex: none;
        box-sizing: border-box;
      }
      .hub {
        border: 1.5px solid var(--text);
        background: var(--surface);
      }
      .hub.count {
        display: grid;
        place-items: center;
        font-size: 8.5px;
        font-weight: 700;
        line-height: 1;
      }
      .area {
        border: 1px solid var(--muted);
        background: color-mix(in srgb, var(--text) 10%, transparent);
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('folded') && this.folded) this.openFolded = false;
  }

  override render() {
    const lang = this.language;
    const d = this.data;
    const projects = d?.projects.map((p) => p.properties) ?? [];
    const model = legendModel(
      [...new Set(projects.map((p) => p.kind))],
      [...new Set(d?.routes.map((r) => r.mode))],
      [...new Set(projects.map((p) => p.status))],
    );
    const lines = new Set(d?.routes.map((r) => r.line));
    const drawn = {
      hub: (d?.hubs.length ?? 0) > 0,
      area: d?.hubs.some((h) => h.properties.precision === 'city') ?? false,
      count: this.counts,
    };
    const hubWords = { hub: t(lang, 'keyHub'), area: t(lang, 'precisionCity'), count: t(lang, 'keyCount') };
    const hubSamples = {
      hub: html`<span class="hub"></span>`,
      area: html`<span class="area"></span>`,
      count: html`<span class="hub count" aria-hidden="true">3</span>`,
    };
    const open = this.folded
      ? this.openFolded
      : (this.open ?? (this.parentElement?.clientWidth ?? 0) >= WIDE_MAP);
    return html`<details
      ?open=${open}
      @toggle=${(e: Event) => {
        const opened = (e.target as HTMLDetailsElement).open;
        if (this.folded) this.openFolded = opened;
        else this.open = opened;
      }}
    >
      <summary aria-label=${t(lang, 'keyLabel')}>${t(lang, 'keyTitle')}</summary>
      <div class="body">
        <p class="heading">${t(lang, model.headings.kinds)}</p>
        <ul>
          ${model.kinds.map(
            ({ kind, status }) =>
              html`<li data-kind=${kind}>${markerIcon(kind, status)}${kindName(lang, kind)}</li>`,
          )}
        </ul>
        <p class="heading">${t(lang, model.headings.statuses)}</p>
        <ul>
          ${model.statuses.map(
            ({ status, kind }) =>
              html`<li data-status=${status}>${markerIcon(kind, status)}${statusName(lang, status)}</li>`,
          )}
        </ul>
        <p class="heading">${t(lang, model.headings.routes)}</p>
        <ul>
          ${model.modes.map((m) => html`<li data-mode=${m}>${lineSample(m, false)}${modeName(lang, m)}</li>`)}
          ${model.lines
            .filter(({ line }) => lines.has(line))
            .map(
              ({ line, key, dashed }) =>
                html`<li data-line=${line}>${lineSample(null, dashed)}${t(lang, key)}</li>`,
            )}
        </ul>
        <ul class="one">
          ${model.hubs
            .filter(({ symbol }) => drawn[symbol])
            .map(({ symbol }) => html`<li data-hub=${symbol}>${hubSamples[symbol]}${hubWords[symbol]}</li>`)}
        </ul>
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'map-key': MapKey;
  }
}
