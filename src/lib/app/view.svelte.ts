/**
 * The view a page's address holds (?kon=K&jamfor=1490), for a page to read and change. Prerendered
 * HTML shows the defaults; the query string is read once the page runs in the browser, and a change
 * replaces the address without a new history entry, so a link always shows what was seen.
 *
 * A change is a shallow replace of the address, not a navigation: the page's data does not depend
 * on the view, and a navigation costs a switch its scroll bookkeeping and a forced layout (about a
 * quarter of a comparison switch with a large upload shown). So the query is held here, shared by
 * every part of the page that reads the view, and read from the address bar again on each navigation.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { readView, withView, type Allowed, type View } from '$lib/url/params';

const shown = $state({ query: new URLSearchParams() });

export function urlView(allowed: () => Allowed = () => ({})) {
	$effect(() => {
		// On every navigation, from the address bar: after a shallow change SvelteKit's `page.url`
		// (and the URL it goes back to) is the page's address before the change, the address bar is
		// what the reader saw.
		void page.url;
		shown.query = new URLSearchParams(location.search);
	});
	const view = $derived(readView(shown.query, allowed()));
	return {
		get current() {
			return view;
		},
		set(change: Partial<View>) {
			const next = withView(new URL(location.href), change);
			shown.query = next.searchParams;
			replaceState(next, page.state);
		}
	};
}

/** The query string as shown now (a shallow change does not reach `page.url`), to carry to another page. */
export function shownSearch(): string {
	return typeof location === 'undefined' ? '' : location.search;
}
