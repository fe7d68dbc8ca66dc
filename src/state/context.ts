import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/vocabularies.ts';
import type { DataIndex } from './data-index.ts';

/** The page's language, provided by the shell to every element that shows text. */
export const languageContext = createContext<Lang>(Symbol('corridor-language'));

/** The data index (sources, names, partners, years, kinds), made once per data set by the shell. */
export const dataIndexContext = createContext<DataIndex | undefined>(Symbol('corridor-data-index'));

/**
 * Fills an element's properties from the data index whenever the shell provides a new one; where no shell
 * provides it (a test, another page), the properties keep what was set on them.
 */
export function fromDataIndex(host: ReactiveControllerHost & HTMLElement, apply: (index: DataIndex) => void) {
  return new ContextConsumer(host, {
    context: dataIndexContext,
    subscribe: true,
    callback: (index) => {
      if (index) apply(index);
    },
  });
}
