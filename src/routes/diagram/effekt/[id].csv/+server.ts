/** Each target's synthetic comparison as one tidy CSV (/diagram/effekt/t02.csv): series, gaps, weights, placebo gaps ($lib/effect/csv.ts). */
import { error } from '@sveltejs/kit';
import { effectCsv } from '$lib/effect/csv';
import { effectEstimate } from '$lib/effect/view';
import { followUp } from '$lib/server/assessed';

export const prerender = true;
export const entries = () =>
	followUp()
		.data.targets.map((x) => x.id)
		.filter((id) => effectEstimate(followUp(), id))
		.map((id) => ({ id }));

export const GET = ({ params }) => {
	const e = effectEstimate(followUp(), params.id);
	if (!e) error(404, `Ingen jämförelse för effektmål ${params.id}`);
	return new Response(effectCsv(e), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
