/** Each organisation's årshjul, and the whole municipality's, as an iCalendar feed to subscribe to (/arshjul/asn.ics). */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { feedIds, yearWheelCalendar } from '$lib/publish/calendar';
import { icsText } from '$lib/publish/ical';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const prerender = true;
export const entries = () => entriesFor(feedIds(followUp()));

export const GET = ({ params }) => {
	const f = followUp();
	const calendar = yearWheelCalendar(f, params.id, langOf(params.lang), { site: f.data.config.site_url || null, base });
	if (!calendar) error(404, `Okänd organisation: ${params.id}`);
	return new Response(icsText(calendar), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
