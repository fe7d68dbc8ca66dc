/** Country names for the basemap's labels in every language the page speaks. */
/**
 * ISO 3166-1 alpha-2 codes by numeric code (as world-atlas spells it), for every country the map may label:
 * the key to their names in Unicode CLDR. A labelled country missing here stops the build.
 */
export const ALPHA2: Record<string, string> = {
  '004': 'AF',
  '031': 'AZ',
  '048': 'BH',
  '050': 'BD',
  '051': 'AM',
  '064': 'BT',
  '104': 'MM',
  '112': 'BY',
  '144': 'LK',
  '156': 'CN',
  '196': 'CY',
  '268': 'GE',
  '275': 'PS',
  '356': 'IN',
  '364': 'IR',
  '368': 'IQ',
  '376': 'IL',
  '398': 'KZ',
  '400': 'JO',
  '408': 'KP',
  '410': 'KR',
  '414': 'KW',
  '417': 'KG',
  '418': 'LA',
  '422': 'LB',
  '496': 'MN',
  '512': 'OM',
  '524': 'NP',
  '586': 'PK',
  '634': 'QA',
  '642': 'RO',
  '643': 'RU',
  '682': 'SA',
  '760': 'SY',
  '762': 'TJ',
  '764': 'TH',
  '784': 'AE',
  '792': 'TR',
  '795': 'TM',
  '804': 'UA',
  '818': 'EG',
  '860': 'UZ',
  '887': 'YE',
  '498': 'MD',
  '100': 'BG',
  '300': 'GR',
  '704': 'VN',
};

/** The languages the map's country labels are written in besides English (Natural Earth's names). */
const LABEL_LANGS = ['ru', 'kk', 'zh'] as const;

/**
 * A country's name in Russian, Kazakh and Chinese from Unicode CLDR (Node's ICU carries all of it), in its
 * short form where CLDR has one (`Палестина`, not `Палестинские территории`): the names the page's filter
 * panel shows, through the same `Intl.DisplayNames`. Throws for a country without a code or a name.
 */
export function countryNames(
  iso: string,
  english: string,
): Record<`name_${(typeof LABEL_LANGS)[number]}`, string> {
  const alpha2 = ALPHA2[iso];
  if (!alpha2)
    throw new Error(`No ISO alpha-2 code for the labelled country ${english} (${iso}): add it to ALPHA2`);
  const names = {} as Record<`name_${(typeof LABEL_LANGS)[number]}`, string>;
  for (const lang of LABEL_LANGS) {
    const name = new Intl.DisplayNames([lang], { type: 'region', style: 'short', fallback: 'none' }).of(
      alpha2,
    );
    if (!name) throw new Error(`CLDR has no ${lang} name for ${english} (${alpha2})`);
    names[`name_${lang}`] = name;
  }
  return names;
}
