import { createContext } from '@lit/context';
import type { Lang } from '../data/vocabularies.ts';
import type { DataIndex } from './data-index.ts';

/** The page's language, provided by the shell to every element that shows text. */
export const languageContext = createContext<Lang>(Symbol('corridor-language'));

/** The data index (sources, names, partners, years, kinds), made once per data set by the shell. */
export const dataIndexContext = createContext<DataIndex | undefined>(Symbol('corridor-data-index'));
