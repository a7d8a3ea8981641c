/** Every UI word in Swedish and English, and numbers and dates as people read them. */
import type { Lang } from './lang';
import { strings, type Strings } from './strings';

export { formatDate, formatNumber, formatShare, formatValue } from './format';
export { langIfOther, langOf, langOfText, otherLang, pick, type Lang } from './lang';
export type { Strings };

export const t = (lang: Lang): Strings => strings[lang];
