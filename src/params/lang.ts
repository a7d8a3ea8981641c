import type { ParamMatcher } from '@sveltejs/kit';

/** Swedish has no prefix; English lives under /en. */
export const match: ParamMatcher = (param) => param === 'en';
