import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { SelectEvent, type Selection } from '../app/events.ts';
import type { Visible } from '../app/filters.ts';
import type { CorridorData, Lang, Source, Status } from '../data/types.ts';
import { formatDate, kindName, pick, statusName, t } from '../i18n/strings.ts';
import { markerIcon } from './marker-icon.ts';
import { linkButtonStyles, panelStyles } from './panel-styles.ts';

/**
 * Every project, grouped by hub, with its sources: the way in for keyboard and screen-reader users, and
 * the whole content of the page where the map cannot be drawn. Selecting here selects on the map.
 *
 * @fires corridor-select - the reader chose a project or route
 */
@customElement('project-list')
export class ProjectList extends LitElement {
  /** The data. */
  @property({ attribute: false }) data?: CorridorData;
  /** Every source, by id. */
  @property({ attribute: false }) sources: ReadonlyMap<string, Source> = new Map();
  /** What the filters and the date leave; `null` lists everything. Kept in step with the map. */
  @property({ attribute: false }) visible: Visible | null = null;
  /** What is selected, marked in the list. */
  @property({ attribute: false }) selection: Selection | null = null;
  /** The interface language. */
  @property() language: Lang = 'en';

  static override styles = [panelStyles, linkButtonStyles];

  override render() {
    const data = this.data;
    if (!data) return html``;
    const lang = this.language;
    const source = (id: string) => {
      const s = this.sources.get(id);
      return s
        ? html`<li>
            <a href=${s.url} target="_blank" rel="noopener noreferrer">${s.publisher}</a>${
              s.date ? `, ${formatDate(lang, s.date)}` : ''
            }
          </li>`
        : html``;
    };
    const v = this.visible;
    const routes = data.routes.filter((r) => !v || v.routes.has(r.id));
    const status = (id: string, now: Status) => v?.status.get(id) ?? now;
    if (v && v.projects.size === 0 && routes.length === 0) return html`<p>${t(lang, 'nothingMatches')}</p>`;
    const isSelected = (type: Selection['type'], id: string) =>
      this.selection?.type === type && this.selection.id === id;
    return html`<ul class="hubs">
        ${data.hubs.map((h) => {
          const projects = data.projects.filter(
            (p) => p.properties.hub === h.properties.id && (!v || v.projects.has(p.properties.id)),
          );
          if (projects.length === 0) return nothing;
          return html`<li>
            <h3>
              <button
                class="link"
                type="button"
                aria-pressed=${isSelected('hub', h.properties.id)}
                @click=${() => this.select({ type: 'hub', id: h.properties.id })}
              >
                ${pick(h.properties.name, lang)}
              </button>
            </h3>
            <ul class="projects">
              ${projects.map(
                ({ properties: p }) => html`<li>
                  <button
                    class="link"
                    type="button"
                    data-project=${p.id}
                    aria-pressed=${isSelected('project', p.id)}
                    @click=${() => this.select({ type: 'project', id: p.id })}
                  >
                    ${markerIcon(p.kind, status(p.id, p.status))} ${pick(p.name, lang)}
                  </button>
                  <span class="muted">${kindName(lang, p.kind)} · ${statusName(lang, status(p.id, p.status))}</span>
                  <ul class="src">
                    ${p.sources.map(source)}
                  </ul>
                </li>`,
              )}
            </ul>
          </li>`;
        })}
      </ul>
      <h3>${t(lang, 'routesHeading')}</h3>
      <ul class="routes">
        ${routes.map(
          (r) => html`<li>
            <button
              class="link"
              type="button"
              data-route=${r.id}
              aria-pressed=${isSelected('route', r.id)}
              @click=${() => this.select({ type: 'route', id: r.id })}
            >
              ${pick(r.name, lang)}
            </button>
            <ul class="src">
              ${r.sources.map(source)}
            </ul>
          </li>`,
        )}
      </ul>`;
  }

  private select(s: Selection) {
    this.dispatchEvent(new SelectEvent(s));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'project-list': ProjectList;
  }
}
