import type { Lang, Localized, ProjectKind, RouteMode, Status } from '../data/types.ts';
import { countryName, kindName, modeName, pick, statusName } from '../i18n/strings.ts';
import type { FilterKey } from '../state/filters.ts';

/**
 * An option's label in the reader's language: the vocabulary's name of a status, kind or mode; a country's
 * CLDR name; a partner's name in the language where it has a verified form (else its Latin name).
 */
export function filterLabel(
  lang: Lang,
  key: FilterKey,
  value: string,
  partnerNames: ReadonlyMap<string, Localized>,
): string {
  if (key === 'status') return statusName(lang, value as Status);
  if (key === 'kind') return kindName(lang, value as ProjectKind);
  if (key === 'mode') return modeName(lang, value as RouteMode);
  if (key === 'partner') {
    const name = partnerNames.get(value);
    return name ? pick(name, lang) : value;
  }
  return countryName(lang, value);
}
