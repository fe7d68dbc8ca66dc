/**
 * Every text the page, the downloads and the PNG export show, by a stable key, with its English and the
 * languages it already has in `geo/`: what a translator works from (`geo/translations/<lang>.json`).
 *
 * Keys name the item and the field: `project:aktau-container-hub:summary`,
 * `project:aktau-container-hub:timeline[2]`, `route:dostyk-moiynty-second-track:figures[0]`,
 * `project:kazpost-yto-sorting-hub:partners[1].role`, `hub:almaty:locationNote`, `story:ID:steps[0]`.
 */
import type { CorridorData, Lang, LocalizedText } from '../src/data/types.ts';

/** A descriptive text (ours, translated) or a name (proper names only in verified forms; see geo/README.md). */
export type TextKind = 'text' | 'name';

/** One translatable text. */
export interface Translatable {
  key: string;
  kind: TextKind;
  en: string;
  /** The translations written into the data file itself (verified names, older story captions). */
  inline: Partial<Record<Lang, string>>;
}

/** A translatable text and the object in the data that holds its languages (for the build to fill in). */
export interface TextSlot {
  key: string;
  kind: TextKind;
  text: LocalizedText;
}

/** Every translatable text of the data, in file order. */
export function translatableTexts(data: CorridorData): Translatable[] {
  return textSlots(data).map(({ key, kind, text }) => {
    const { en, translated: _, ...inline } = text;
    return { key, kind, en, inline: inline as Partial<Record<Lang, string>> };
  });
}

/** Every translatable text of the data with the `LocalizedText` object that holds it, in file order. */
export function textSlots(data: CorridorData): TextSlot[] {
  const out: TextSlot[] = [];
  const add = (key: string, kind: TextKind, value: LocalizedText | undefined) => {
    if (value !== undefined) out.push({ key, kind, text: value });
  };
  for (const { properties: h } of data.hubs) {
    add(`hub:${h.id}:name`, 'name', h.name);
    add(`hub:${h.id}:locationNote`, 'text', h.locationNote);
  }
  for (const { properties: p } of data.places) add(`place:${p.id}:name`, 'name', p.name);
  for (const { properties: p } of data.projects) {
    const k = `project:${p.id}`;
    add(`${k}:name`, 'name', p.name);
    add(`${k}:summary`, 'text', p.summary);
    add(`${k}:locationNote`, 'text', p.locationNote);
    p.partners.forEach((x, i) => {
      add(`${k}:partners[${i}].name`, 'name', x.name);
      add(`${k}:partners[${i}].role`, 'text', x.role);
    });
    p.figures.forEach((f, i) => {
      add(`${k}:figures[${i}]`, 'text', f.label);
    });
    p.timeline.forEach((e, i) => {
      add(`${k}:timeline[${i}]`, 'text', e.text);
    });
  }
  for (const r of data.routes) {
    const k = `route:${r.id}`;
    add(`${k}:name`, 'name', r.name);
    add(`${k}:summary`, 'text', r.summary);
    add(`${k}:lineNote`, 'text', r.lineNote);
    r.figures.forEach((f, i) => {
      add(`${k}:figures[${i}]`, 'text', f.label);
    });
    r.timeline.forEach((e, i) => {
      add(`${k}:timeline[${i}]`, 'text', e.text);
    });
  }
  for (const s of data.stories) {
    add(`story:${s.id}:title`, 'text', s.title);
    s.steps.forEach((step, i) => {
      add(`story:${s.id}:steps[${i}]`, 'text', step.caption);
    });
  }
  for (const u of data.updates) add(`update:${u.date}`, 'text', u.text);
  return out;
}
