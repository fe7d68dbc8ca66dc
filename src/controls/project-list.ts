import { consume } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { IndexHub, IndexProject, Lang, MapData, PointFeature, Source, Status } from '../data/types.ts';
import { formatDate, formatNumber, kindName, pick, punct, statusName, t } from '../i18n/strings.ts';
import { buttonStyles, linkButtonStyles, panelStyles } from '../panels/panel-styles.ts';
import { fromDataIndex, languageContext } from '../state/context.ts';
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
export class ProjectList extends LitElement {
  /** The data index's parts this element shows, from the shell's context. */
  protected readonly fromIndex = fromDataIndex(this, (i) => (this.sources = i.sources));

  /** The data. */
  @property({ attribute: false }) data?: MapData;
  /** Every source, by id. */
  @property({ attribute: false }) sources: ReadonlyMap<string, Source> = new Map();
  /** What the filters and the date leave; `null` lists everything. Kept in step with the map. */
  @property({ attribute: false }) visible: Visible | null = null;
  /** What is selected, marked in the list. */
  @property({ attribute: false }) selection: Selection | null = null;
  /** The interface language (from the page's context, or set directly). */
  @consume({ context: languageContext, subscribe: true })
  @property()
  language: Lang = 'en';

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
  /** Projects by hub, made once per data (a list of thousands must not search the whole data per hub). */
  private byHub = new Map<string, ProjectFeature[]>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) {
      this.byHub = new Map();
      for (const p of this.data?.projects ?? []) {
        const list = this.byHub.get(p.properties.hub) ?? [];
        list.push(p);
        this.byHub.set(p.properties.hub, list);
      }
    }
    // A selection made on the map is always in the list, however far down.
    const s = this.selection;
    if (changed.has('selection') && s && this.data) {
      if (s.type === 'route') {
        const at = this.data.routes.findIndex((r) => r.id === s.id);
        if (at >= this.routeLimit) this.routeLimit = at + 1;
      } else {
        const hub =
          s.type === 'hub' ? s.id : this.data.projects.find((p) => p.properties.id === s.id)?.properties.hub;
        let count = 0;
        for (const h of this.data.hubs) {
          count += this.byHub.get(h.properties.id)?.length ?? 0;
          if (h.properties.id === hub) break;
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
    const data = this.data;
    if (!data) return html``;
    const lang = this.language;
    const source = (id: string) => {
      const s = this.sources.get(id);
      return s
        ? html`<li>
            <a href=${s.url} target="_blank" rel="noopener noreferrer">${s.publisher}</a>${
              s.date ? `${punct(lang).comma}${formatDate(lang, s.date)}` : ''
            }
          </li>`
        : html``;
    };
    const v = this.visible;
    const routes = data.routes.filter((r) => !v || v.routes.has(r.id));
    const status = (id: string, now: Status) => v?.status.get(id) ?? now;
    if (v && v.projects.size === 0 && routes.length === 0) return html`<p>${t(lang, 'nothingMatches')}</p>`;
    // Whole hubs up to the limit: a hub's projects are never split by "show more".
    const groups: [PointFeature<IndexHub>, ProjectFeature[]][] = [];
    let shown = 0;
    let hidden = 0;
    for (const h of data.hubs) {
      const all = this.byHub.get(h.properties.id) ?? [];
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
      ${t(this.language, 'showMore').replace('{n}', formatNumber(this.language, hidden))}
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
