import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { IndexHub, IndexProject, PointFeature, Status } from '../data/types.ts';
import { fill, formatDate, formatNumber, kindName, pick, punct, statusName, t } from '../i18n/strings.ts';
import { buttonStyles, linkButtonStyles, panelStyles } from '../panels/panel-styles.ts';
import { PageElement } from '../state/context.ts';
import { SelectEvent } from '../state/events.ts';
import type { Visible } from '../state/filters.ts';
import type { Selection } from '../state/view.ts';
import { markerIcon } from '../symbols/marker-icon.ts';

type ProjectFeature = PointFeature<IndexProject>;

/**
 * Every project, grouped by hub, with its sources: the way in for keyboard and screen-reader users, and
 * the whole content of the page where the map cannot be drawn. Selecting here selects on the map.
 *
 * @fires corridor-select - the reader chose a project or route
 */
@customElement('project-list')
export class ProjectList extends PageElement(LitElement) {
  /** What the filters and the date leave; `null` lists everything. Kept in step with the map. */
  @property({ attribute: false }) visible: Visible | null = null;
  /** What is selected, marked in the list. */
  @property({ attribute: false }) selection: Selection | null = null;

  static override styles = [
    panelStyles,
    linkButtonStyles,
    buttonStyles,
    css`
      button.more {
        margin: 0.2rem 0 1rem;
      }
    `,
  ];

  /** How many projects (and routes) the list shows before "show more"; grows by this much per click. */
  static readonly PAGE = 200;

  @state() private projectLimit = ProjectList.PAGE;
  @state() private routeLimit = ProjectList.PAGE;
  protected override willUpdate(changed: PropertyValues<this>): void {
    // A selection made on the map is always in the list, however far down.
    const s = this.selection;
    const index = this.index;
    if ((changed.has('selection') || changed.has('index')) && s && index) {
      if (s.type === 'route') {
        const at = [...index.byId.route.keys()].indexOf(s.id);
        if (at >= this.routeLimit) this.routeLimit = at + 1;
      } else {
        const hub = index.hubOf(s);
        let count = 0;
        for (const id of index.byId.hub.keys()) {
          count += index.projectsOf(id).length;
          if (id === hub) break;
        }
        if (count > this.projectLimit) this.projectLimit = count;
      }
    }
  }

  /** A button that selects a hub, project or route (`data-<type>` names it), pressed while it is selected. */
  private selectButton(type: Selection['type'], id: string, content: unknown) {
    return html`<button
      class="link"
      type="button"
      data-hub=${type === 'hub' ? id : nothing}
      data-project=${type === 'project' ? id : nothing}
      data-route=${type === 'route' ? id : nothing}
      aria-pressed=${this.selection?.type === type && this.selection.id === id}
      @click=${() => this.select({ type, id })}
    >
      ${content}
    </button>`;
  }

  override render() {
    const index = this.index;
    if (!index) return html``;
    const lang = this.language;
    const source = (id: string) => {
      const s = index.sources.get(id);
      return s
        ? html`<li>
            <a href=${s.url} target="_blank" rel="noopener noreferrer">${s.publisher}</a>${
              s.date ? `${punct(lang).comma}${formatDate(lang, s.date)}` : ''
            }
          </li>`
        : html``;
    };
    const v = this.visible;
    const routes = [...index.byId.route.values()].filter((r) => !v || v.routes.has(r.id));
    const status = (id: string, now: Status) => v?.status.get(id) ?? now;
    if (v && v.projects.size === 0 && routes.length === 0) return html`<p>${t(lang, 'nothingMatches')}</p>`;
    // Whole hubs up to the limit: a hub's projects are never split by "show more".
    const groups: [PointFeature<IndexHub>, readonly ProjectFeature[]][] = [];
    let shown = 0;
    let hidden = 0;
    for (const h of index.byId.hub.values()) {
      const all = index.projectsOf(h.properties.id);
      const projects = v ? all.filter((p) => v.projects.has(p.properties.id)) : all;
      if (projects.length === 0) continue;
      if (shown >= this.projectLimit) hidden += projects.length;
      else {
        groups.push([h, projects]);
        shown += projects.length;
      }
    }
    return html`<ul class="hubs">
        ${groups.map(
          ([h, projects]) => html`<li>
            <h3>
              ${this.selectButton('hub', h.properties.id, pick(h.properties.name, lang))}
            </h3>
            <ul class="projects">
              ${projects.map(
                ({ properties: p }) => html`<li>
                  ${this.selectButton(
                    'project',
                    p.id,
                    html`${markerIcon(p.kind, status(p.id, p.status))} ${pick(p.name, lang)}`,
                  )}
                  <span class="muted">${kindName(lang, p.kind)} · ${statusName(lang, status(p.id, p.status))}</span>
                  <ul class="src">
                    ${p.sources.map(source)}
                  </ul>
                </li>`,
              )}
            </ul>
          </li>`,
        )}
      </ul>
      ${this.more(hidden, () => (this.projectLimit += ProjectList.PAGE))}
      <h3>${t(lang, 'routesHeading')}</h3>
      <ul class="routes">
        ${routes.slice(0, this.routeLimit).map(
          (r) => html`<li>
            ${this.selectButton('route', r.id, pick(r.name, lang))}
            <ul class="src">
              ${r.sources.map(source)}
            </ul>
          </li>`,
        )}
      </ul>
      ${this.more(routes.length - this.routeLimit, () => (this.routeLimit += ProjectList.PAGE))}`;
  }

  /** The "show more" button under a list cut short, saying how many are not shown yet. */
  private more(hidden: number, showMore: () => void) {
    if (hidden <= 0) return nothing;
    return html`<button type="button" class="plain more" @click=${showMore}>
      ${fill(this.language, 'showMore', { n: formatNumber(this.language, hidden) })}
    </button>`;
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
