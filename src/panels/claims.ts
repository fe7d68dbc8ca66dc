import { html, nothing, type TemplateResult } from 'lit';
import type { Figure, Lang, Localized, Partner, Source, TimelineEvent } from '../data/types.ts';
import { formatDate, formatNumber, pick, statusName, t } from '../i18n/strings.ts';
import { DetailsRetryEvent } from '../state/events.ts';

/**
 * Numbers the sources a panel cites, in order of first citation, so every claim carries a `[n]` that
 * points to the numbered list at the panel's foot.
 */
export class Citations {
  private readonly order: string[] = [];
  constructor(
    private readonly sources: ReadonlyMap<string, Source>,
    private readonly prefix: string,
  ) {}

  /** Registers a source id and returns its number. */
  number(id: string): number {
    if (!this.order.includes(id)) this.order.push(id);
    return this.order.indexOf(id) + 1;
  }

  /** A `[n]` link to the source in the list. */
  cite(id: string): TemplateResult {
    const n = this.number(id);
    return html`<a class="cite" href="#${this.prefix}-src-${n}" aria-label="source ${n}">[${n}]</a>`;
  }

  /** The numbered list of every source cited so far (and of `also`, the feature's own list). */
  list(lang: Lang, also: string[] = []): TemplateResult {
    for (const id of also) this.number(id);
    return html`<ol class="sources">
      ${this.order.map((id, i) => {
        const s = this.sources.get(id);
        if (!s) return nothing;
        return html`<li id="${this.prefix}-src-${i + 1}">
          <a href=${s.url} target="_blank" rel="noopener noreferrer"
            >${s.publisher}${s.title ? html`: <cite>${s.title}</cite>` : nothing}</a
          ><span class="visually-hidden"> (${t(lang, 'openIn')})</span>,
          ${s.date ? formatDate(lang, s.date) : t(lang, 'undated')}
          ${s.note ? html`<span class="note">${s.note}</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }
}

function figureValue(f: Figure, lang: Lang): string {
  const q = f.qualifier === 'about' ? '~' : f.qualifier === 'over' ? '>' : f.qualifier === 'up-to' ? '≤' : '';
  return `${q}${formatNumber(lang, f.value)} ${f.unit}`;
}

/** Measures for which the sources give different values, so the panel can say they disagree. */
export function disagreements(figures: Figure[]): Set<string> {
  const values = new Map<string, Set<string>>();
  for (const f of figures) {
    const key = `${f.measure}|${f.date ?? ''}`;
    values.set(key, (values.get(key) ?? new Set()).add(`${f.value} ${f.unit}`));
  }
  return new Set([...values].filter(([, v]) => v.size > 1).map(([k]) => k));
}

/** A heading at the level the panel's outline needs there (3 directly under its title, 4 under a project's). */
export type HeadingLevel = 3 | 4;
const heading = (level: HeadingLevel, text: string) =>
  level === 3 ? html`<h3 class="label-heading">${text}</h3>` : html`<h4>${text}</h4>`;

/** Figures with their citations; disagreeing figures are grouped and flagged. */
export function figureList(
  figures: Figure[],
  lang: Lang,
  c: Citations,
  level: HeadingLevel = 4,
): TemplateResult | typeof nothing {
  if (figures.length === 0) return nothing;
  const disputed = disagreements(figures);
  return html`${heading(level, t(lang, 'figures'))}
    <dl class="figures">
      ${figures.map((f) => {
        const flag = disputed.has(`${f.measure}|${f.date ?? ''}`);
        return html`<div class=${flag ? 'disputed' : ''}>
          <dt>${pick(f.label, lang)}${f.date ? html` (${formatDate(lang, f.date)})` : nothing}</dt>
          <dd>
            ${figureValue(f, lang)} ${c.cite(f.source)}
            ${flag ? html`<span class="badge warn">${t(lang, 'sourcesDisagree')}</span>` : nothing}
          </dd>
        </div>`;
      })}
    </dl>`;
}

/** Dated events, oldest first, with the status each one reached. */
export function timelineList(
  events: TimelineEvent[],
  lang: Lang,
  c: Citations,
  level: HeadingLevel = 4,
): TemplateResult | typeof nothing {
  if (events.length === 0) return nothing;
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return html`${heading(level, t(lang, 'timeline'))}
    <ol class="timeline">
      ${sorted.map(
        (e) => html`<li>
          <time datetime=${e.date}>${formatDate(lang, e.date)}</time>
          ${localized(e.text, lang)}${e.status ? html` <em>(${statusName(lang, e.status)})</em>` : nothing} ${c.cite(e.source)}
        </li>`,
      )}
    </ol>`;
}

/** Partners with their country and role. */
export function partnerList(partners: Partner[], lang: Lang, c: Citations): TemplateResult | typeof nothing {
  if (partners.length === 0) return nothing;
  return html`<h4>${t(lang, 'partners')}</h4>
    <ul class="partners">
      ${partners.map(
        (p) =>
          html`<li>${pick(p.name, lang)} <span class="muted">(${p.country}, ${p.role})</span> ${c.cite(p.source)}</li>`,
      )}
    </ul>`;
}

/**
 * A text in the reader's language; where it has no translation yet, the English text, marked as such
 * (visibly, and with `lang="en"` so a screen reader switches voice).
 */
export function localized(text: Localized, lang: Lang): TemplateResult {
  const own = text[lang];
  if (own !== undefined) return html`${own}`;
  if (lang === 'en') return html`${text.en}`;
  return html`<span lang="en">${text.en}</span> <span class="untranslated">(${t(lang, 'inEnglish')})</span>`;
}

/**
 * Says that a panel's details are on their way, or that they failed (with the reason and a button to try
 * again); nothing once they are there.
 */
export function detailsStatus(lang: Lang, details: unknown, error: string | null, host: HTMLElement) {
  if (error) {
    return html`<p class="notice details-failed" role="alert">
      ${t(lang, 'detailsFailed')} (${error})
      <button type="button" class="plain" @click=${() => host.dispatchEvent(new DetailsRetryEvent())}>
        ${t(lang, 'retry')}
      </button>
    </p>`;
  }
  return details
    ? nothing
    : html`<p class="muted details-loading" role="status">${t(lang, 'detailsLoading')}</p>`;
}
