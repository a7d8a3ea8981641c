/** The two languages of the site. Swedish first; the language lives in the URL (`/en/…`). */
export type Lang = 'sv' | 'en';

/** The other language: the one the language switch leads to. */
export const otherLang = (lang: Lang): Lang => (lang === 'sv' ? 'en' : 'sv');

export const langOf = (param: string | undefined | null): Lang => (param === 'en' ? 'en' : 'sv');

/** The Swedish or the English of a pair that comes from the data (a title and its title_en). */
export const pick = (lang: Lang, sv: string, en: string): string => (lang === 'sv' ? sv : en);
