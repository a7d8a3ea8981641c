/** The two languages of the site. Swedish first; the language lives in the URL (`/en/…`). */
export type Lang = 'sv' | 'en';

/** The other language: the one the language switch leads to. */
export const otherLang = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv');

export const langOf = (param: string | undefined | null): Lang => (param === 'en' ? 'en' : 'sv');

/** The Swedish or the English of a pair that comes from the data (a title and its title_en); the Swedish where no English was written. */
export const pick = (lang: Lang, sv: string, en: string | null | undefined): string => (lang === 'sv' || !en ? sv : en);

/** The language a text from the data is in on a page in `lang`: Swedish where no English was written. */
export const langOfText = (lang: Lang, en: string | null | undefined): Lang => (lang === 'en' && en ? 'en' : 'sv');

/** A `lang` attribute for a text in another language than the page's, else none. */
export const langIfOther = (text: Lang, page: Lang): Lang | undefined => (text === page ? undefined : text);
