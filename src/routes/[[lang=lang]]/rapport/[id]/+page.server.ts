import { error } from '@sveltejs/kit';
import { allRecommendations, committeeAudits } from '$lib/audits/views';
import { reportIds, reportPage } from '$lib/followup/views/pages';
import { WHOLE_MUNICIPALITY } from '$lib/url';
import { effectView, reportEffect } from '$lib/effect/view';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf, pick } from '$lib/i18n';

export const entries = () => entriesFor(reportIds(followUp()));

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const f = followUp();
	const page = reportPage(f, params.id, lang);
	if (!page) error(404, `Okänd rapport: ${params.id}`);
	const name = (id: string) => {
		const o = f.organisation(id);
		return o ? pick(lang, o.name, o.name_en) : null;
	};
	// Each target's synthetic comparison, for the current follow-up's report (made once per target at build time).
	const effects = Object.fromEntries(page.targets.map((t) => [t.id, reportEffect(effectView(f, t.id, lang))]));
	const audits =
		params.id === WHOLE_MUNICIPALITY
			? allRecommendations(f, lang)
			: committeeAudits(f, params.id, lang).recommendations;
	return { ...page, effects, audits, reports: reportIds(f).map((id) => ({ id, name: name(id) })) };
};
