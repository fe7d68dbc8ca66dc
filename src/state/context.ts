import { ContextConsumer, createContext } from '@lit/context';
import type { LitElement } from 'lit';
import type { Lang } from '../data/vocabularies.ts';
import type { DataIndex } from './data-index.ts';

/** The page's language, provided by the shell to every element that shows text. */
export const languageContext = createContext<Lang>(Symbol('corridor-language'));

/** The data index (features, sources, names, partners, years, kinds), made once per data set by the shell. */
export const dataIndexContext = createContext<DataIndex | undefined>(Symbol('corridor-data-index'));

// biome-ignore lint/suspicious/noExplicitAny: a mixin's constructor takes what its base takes.
type LitClass = abstract new (...args: any[]) => LitElement;

/** What `PageElement` adds to an element. */
interface PageReader {
  /** The interface language: set directly, else the page's (the shell's context), else English. */
  language: Lang;
  /** The data index: set directly, else the page's (the shell's context). */
  index: DataIndex | undefined;
}

/**
 * The one way an element reads the page's language and data index: from the shell's context, where an
 * element is inside one, or set directly (a test, another page). A value set directly wins over the
 * context's, whenever either arrives; each change updates the element as a property change would
 * (`changed.has('language')`, `changed.has('index')`).
 */
export function PageElement<T extends LitClass>(Base: T) {
  abstract class Reader extends Base implements PageReader {
    private readonly given: { language?: Lang; index?: DataIndex } = {};
    private readonly fromPage: { language?: Lang; index?: DataIndex } = {};

    // biome-ignore lint/suspicious/noExplicitAny: see LitClass.
    constructor(...args: any[]) {
      super(...args);
      new ContextConsumer(this, {
        context: languageContext,
        subscribe: true,
        callback: (lang) => this.change('language', () => (this.fromPage.language = lang)),
      });
      new ContextConsumer(this, {
        context: dataIndexContext,
        subscribe: true,
        callback: (index) => this.change('index', () => (this.fromPage.index = index)),
      });
    }

    get language(): Lang {
      return this.given.language ?? this.fromPage.language ?? 'en';
    }
    set language(lang: Lang) {
      this.change('language', () => (this.given.language = lang));
    }

    get index(): DataIndex | undefined {
      return this.given.index ?? this.fromPage.index;
    }
    set index(index: DataIndex | undefined) {
      this.change('index', () => (this.given.index = index));
    }

    private change(key: 'language' | 'index', set: () => void): void {
      const before = this[key];
      set();
      if (this[key] !== before) this.requestUpdate(key, before);
    }
  }
  return Reader;
}
