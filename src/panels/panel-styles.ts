import { css } from 'lit';

/**
 * Styles shared by the panels. Colours come from the page's CSS custom properties (see `src/styles.css`),
 * so the panels follow the theme.
 */
export const panelStyles = css`
  :host {
    display: block;
    color: var(--text);
    font: 15px/1.45 var(--font);
  }
  h2 {
    font-size: 1.3rem;
    line-height: 1.2;
    margin: 0 0 0.25rem;
  }
  h3 {
    font-size: 1.05rem;
    margin: 0 0 0.35rem;
  }
  /* Section labels: h4 under a project, h3 directly under a panel's title; the look is the same. */
  h4,
  .label-heading,
  .subhead {
    font-size: 0.78rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--muted);
    margin: 0.9rem 0 0.3rem;
  }
  p {
    margin: 0.3rem 0;
  }
  ul,
  ol {
    margin: 0;
    padding-left: 1.2rem;
  }
  li {
    margin: 0.2rem 0;
  }
  a {
    color: var(--link);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .muted,
  .note {
    color: var(--muted);
  }
  .note {
    display: block;
    font-size: 0.85em;
  }
  .untranslated {
    color: var(--muted);
    font-size: 0.85em;
    font-style: italic;
  }
  /* "Translated from English": one small marker per part of a panel, opening on the English originals. */
  details.translated {
    font-size: 0.85em;
    color: var(--muted);
    margin: 0.3rem 0;
  }
  details.translated summary {
    cursor: pointer;
    width: fit-content;
    min-height: 24px;
    font-style: italic;
  }
  details.translated summary:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  details.translated .hint {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details.translated[open] .hint {
    display: none;
  }
  ul.originals {
    color: var(--text);
    border-left: 2px solid var(--rule);
    padding-left: 0.6rem;
    list-style: none;
    margin: 0.2rem 0 0.4rem;
  }
  .cite {
    font-size: 0.8em;
    vertical-align: super;
    text-decoration: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    border: 1px solid var(--rule);
    border-radius: 999px;
    padding: 0.05rem 0.55rem;
    font-size: 0.82rem;
    white-space: nowrap;
  }
  .badge.status-operating {
    border-color: var(--status-operating);
  }
  .badge.status-under-construction {
    border-color: var(--status-under-construction);
  }
  .badge.status-planned {
    border-color: var(--status-planned);
  }
  .badge.status-proposed {
    border-color: var(--status-proposed);
  }
  .badge.status-suspended {
    border-color: var(--status-suspended);
  }
  .badge.status-cancelled {
    border-color: var(--status-cancelled);
  }
  .badge.warn {
    border-color: var(--warn);
    color: var(--warn);
    font-weight: 600;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0.3rem 0;
  }
  dl.figures {
    margin: 0;
  }
  dl.figures > div {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.5rem;
    padding: 0.2rem 0;
    border-bottom: 1px solid var(--rule);
  }
  dl.figures > div.disputed {
    border-left: 3px solid var(--warn);
    padding-left: 0.4rem;
  }
  dt {
    color: var(--muted);
  }
  dd {
    margin: 0;
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  time {
    font-weight: 600;
    margin-right: 0.3em;
  }
  .sources li {
    font-size: 0.9rem;
  }
  /* Sticky, so the close button stays on screen however far the panel (or the phone's sheet) scrolls. */
  .close {
    position: sticky;
    top: 0;
    float: right;
    z-index: 1;
    margin: -0.5rem -0.6rem 0 0.3rem;
    border: 0;
    background: var(--surface);
    color: var(--text);
    font-size: 1.5rem;
    line-height: 1;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    cursor: pointer;
  }
  .close:hover {
    background: var(--rule);
  }
  /*
   * The close button's column: the title, the badges under it (a long status chip such as Kazakh
   * "Салынып жатыр" wrapped beside the title) and the figures' values (right-aligned, where the sticky
   * button sits as the panel scrolls) keep out of it.
   */
  h2,
  h2 + .badges,
  h2 + p,
  dl.figures {
    margin-right: 2.3rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  svg.marker {
    width: 1.05em;
    height: 1.05em;
    vertical-align: -0.15em;
    flex: none;
  }
`;

/** Buttons that read as links, for lists of things to select. */
export const linkButtonStyles = css`
  button.link {
    border: 0;
    background: none;
    padding: 0.1rem 0;
    font: inherit;
    color: var(--link);
    text-align: left;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.link[aria-pressed='true'] {
    font-weight: 700;
    text-decoration-thickness: 2px;
  }
  ul.hubs,
  ul.routes {
    list-style: none;
    padding: 0;
    columns: 20rem auto;
    column-gap: 2rem;
  }
  ul.hubs > li {
    break-inside: avoid;
    margin-bottom: 0.8rem;
  }
  ul.projects {
    list-style: none;
    padding-left: 0.2rem;
  }
  ul.src {
    list-style: none;
    padding-left: 1.5rem;
    font-size: 0.85rem;
  }
  ul.src li {
    display: inline;
    line-height: 1.9;
  }
  ul.src a {
    display: inline-block;
    min-height: 24px;
    padding: 2px 0;
  }
  ul.src li + li::before {
    content: ' · ';
    color: var(--muted);
  }
`;

/** Plain buttons (filters, time control, story navigation): bordered, theme-coloured, 24px targets. */
export const buttonStyles = css`
  button.plain {
    font: inherit;
    padding: 0.2rem 0.7rem;
    border: 1px solid var(--rule);
    background: var(--surface);
    color: var(--text);
    border-radius: 4px;
    cursor: pointer;
    min-height: 24px;
  }
  /* A button that cannot be used now ("Now" when the map already shows now, "Next" at a story's end) looks it. */
  button.plain:disabled {
    cursor: default;
    opacity: 0.45;
    border-style: dashed;
  }
`;
