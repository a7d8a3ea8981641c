/**
 * The view a page's address holds (?kon=K&jamfor=1490), for a page to read and change. Prerendered
 * HTML shows the defaults; the query string is read once the page runs in the browser, and a change
 * replaces the address without a new history entry, so a link always shows what was seen.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { readView, withView, type Allowed, type View } from '$lib/url/params';

export function urlView(allowed: () => Allowed = () => ({})) {
	let query = $state(new URLSearchParams());
	$effect(() => {
		query = page.url.searchParams;
	});
	const view = $derived(readView(query, allowed()));
	return {
		get current() {
			return view;
		},
		set(change: Partial<View>) {
			goto(withView(page.url, change), { replaceState: true, noScroll: true, keepFocus: true });
		}
	};
}
