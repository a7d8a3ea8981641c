/** Each target's synthetic comparison as a static .svg file (/diagram/effekt/t02.svg): the gap year by year, every placebo's gap thin behind it. */
import { error } from '@sveltejs/kit';
import { figureFile } from '$lib/charts/kinds';
import { effectView } from '$lib/effect/view';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const prerender = true;
// Only targets with an estimate have the file: where none can be made, the page says why.
export const entries = () =>
	entriesFor(
		followUp()
			.data.targets.map((x) => x.id)
			.filter((id) => effectView(followUp(), id, 'sv')?.estimate)
	);

export const GET = ({ params }) => {
	const effect = effectView(followUp(), params.id, langOf(params.lang));
	if (!effect?.estimate) error(404, `Ingen jämförelse för effektmål ${params.id}`);
	return new Response(figureFile(effect.estimate.gapChart), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
