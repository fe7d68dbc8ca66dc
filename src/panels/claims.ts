import { html, nothing, type TemplateResult } from 'lit';
import type { Figure, Lang, LocalizedText, Partner, Source, TimelineEvent } from '../data/types.ts';
import { countryName, figureDate, formatDate, parens, pick, punct, statusName, t } from '../i18n/strings.ts';
import { formatQuantity } from '../i18n/units.ts';
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
          ><span class="visually-hidden">${parens(lang, t(lang, 'openIn'))}</span>${punct(lang).comma}${s.date ? formatDate(lang, s.date) : t(lang, 'undated')}
          ${s.note ? html`<span class="note">${s.note}</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }
}

function figureValue(f: Figure, lang: Lang): string {
  return formatQuantity(lang, f.value, f.unit, f.qualifier);
}

/** Measures for which the sources give different values, so the panel can say they disagree. */
function disagreements(figures: Figure[]): Set<string> {
  const values = new Map<string, Set<string>>();
  for (const f of figures) {
    const key = `${f.measure}|${f.date ?? ''}`;
    values.set(key, (values.get(key) ?? new Set()).add(`${f.value} ${f.unit}`));
  }
  return new Set([...values].filter(([, v]) => v.size > 1).map(([k]) => k));
}

/** A heading at the level the panel's outline needs there (3 directly under its title, 4 under a project's). */
type HeadingLevel = 3 | 4;
const heading = (level: HeadingLevel, text: string) =>
  level === 3 ? html`<h3 class="label-heading">${text}</h3>` : html`<h4>${text}</h4>`;

/** Where a list of claims stands: the language, the panel's citations and originals, its heading level. */
interface ClaimsIn {
  lang: Lang;
  c: Citations;
  tr: Originals;
  level: HeadingLevel;
}

/** Figures with their citations; disagreeing figures are grouped and flagged. */
export function figureList(
  figures: Figure[],
  { lang, c, tr, level }: ClaimsIn,
): TemplateResult | typeof nothing {
  if (figures.length === 0) return nothing;
  const disputed = disagreements(figures);
  return html`${heading(level, t(lang, 'figures'))}
    <dl class="figures">
      ${figures.map((f) => {
        const flag = disputed.has(`${f.measure}|${f.date ?? ''}`);
        return html`<div class=${flag ? 'disputed' : ''}>
          <dt>${tr.text(f.label, t(lang, 'figures'))}${figureDate(f, lang)}</dt>
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
  { lang, c, tr, level }: ClaimsIn,
): TemplateResult | typeof nothing {
  if (events.length === 0) return nothing;
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return html`${heading(level, t(lang, 'timeline'))}
    <ol class="timeline">
      ${sorted.map(
        (e) => html`<li>
          <time datetime=${e.date}>${formatDate(lang, e.date)}</time>
          ${tr.text(e.text, formatDate(lang, e.date))}${e.status ? html`<em>${parens(lang, statusName(lang, e.status))}</em>` : nothing} ${c.cite(e.source)}
        </li>`,
      )}
    </ol>`;
}

/** Partners with their country and role. */
export function partnerList(
  partners: Partner[],
  lang: Lang,
  c: Citations,
  tr: Originals = new Originals(lang),
): TemplateResult | typeof nothing {
  if (partners.length === 0) return nothing;
  return html`<h4>${t(lang, 'partners')}</h4>
    <ul class="partners">
      ${partners.map((p) => {
        const name = pick(p.name, lang);
        const { open, comma, close } = punct(lang);
        return html`<li>${name}<span class="muted">${open}${countryName(lang, p.country)}${comma}${tr.text(p.role, name)}${close}</span> ${c.cite(p.source)}</li>`;
      })}
    </ul>`;
}

/**
 * A text in the reader's language; where it has no translation yet, the English text, marked as such
 * (visibly, and with `lang="en"` so a screen reader switches voice).
 */
export function localized(text: LocalizedText, lang: Lang): TemplateResult {
  const own = text[lang];
  if (own !== undefined) return html`${own}`;
  if (lang === 'en') return html`${text.en}`;
  return html`<span lang="en">${text.en}</span><span class="untranslated">${parens(lang, t(lang, 'inEnglish'))}</span>`;
}

/**
 * The texts of one part of a panel (a project, a route, a hub's note, a story step) in the reader's
 * language, and one marker for all of them where they are our translation: "Translated from English", a
 * disclosure (`<details>`: a button for keyboard and screen reader, with its expanded state) that shows the
 * English originals, each in `lang="en"`. One marker per part, not per text: in Russian, Kazakh or Chinese
 * nearly every sentence of a panel is ours, and a marker on each would bury the content.
 *
 * Use `text()` for each text as the part is rendered, then `marker()` once, after them (like `Citations`).
 */
export class Originals {
  private readonly items: { context?: string; en: string }[] = [];
  constructor(private readonly lang: Lang) {}

  /**
   * A text in the reader's language, its English kept for the marker when that is our translation;
   * `context` names it there (a field, a date, a partner).
   */
  text(text: LocalizedText, context?: string): TemplateResult {
    if (this.lang !== 'en' && text[this.lang] !== undefined && text.translated?.includes(this.lang))
      this.items.push({ context, en: text.en });
    return localized(text, this.lang);
  }

  /** The marker and the English originals of the texts so far, or nothing when none is translated. */
  marker(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    const lang = this.lang;
    return html`<details class="translated">
      <summary>${t(lang, 'translatedFromEnglish')}<span class="hint"> · ${t(lang, 'showOriginal')}</span></summary>
      <ul class="originals">
        ${this.items.map(
          (i) =>
            html`<li>${i.context ? html`<span class="muted">${i.context}${punct(lang).colon}</span>` : nothing}<span lang="en">${i.en}</span></li>`,
        )}
      </ul>
    </details>`;
  }
}

/**
 * Says that a panel's details are on their way, or that they failed (with the reason and a button to try
 * again); nothing once they are there.
 */
export function detailsStatus(lang: Lang, details: unknown, error: string | null, host: HTMLElement) {
  if (error) {
    return html`<p class="notice details-failed" role="alert">
      ${t(lang, 'detailsFailed')}${parens(lang, error)}
      <button type="button" class="plain" @click=${() => host.dispatchEvent(new DetailsRetryEvent())}>
        ${t(lang, 'retry')}
      </button>
    </p>`;
  }
  return details
    ? nothing
    : html`<p class="muted details-loading" role="status">${t(lang, 'detailsLoading')}</p>`;
}
