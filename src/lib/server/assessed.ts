/** The build's follow-up of data/: read and checked once, assessed as of today (or FOLJUPP_TODAY). */
import { dataset } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';

let cached: FollowUp | null = null;

export function followUp(): FollowUp {
	if (!cached) {
		const today = process.env.FOLJUPP_TODAY ? new Date(`${process.env.FOLJUPP_TODAY}T00:00:00Z`) : new Date();
		cached = new FollowUp(dataset(), today);
	}
	return cached;
}

/** Prerender entries for a page per id, in Swedish and English. */
export function entriesFor(ids: string[]) {
	return ids.flatMap((id) => [{ id }, { id, lang: 'en' }]);
}
