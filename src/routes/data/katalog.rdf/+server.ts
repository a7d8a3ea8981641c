/** The published data described for Sweden's data portal (DCAT-AP-SE as RDF/XML): the address to register there. */
import { catalogue } from '$lib/publish/dcat';
import { followUp } from '$lib/server/assessed';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () => {
	const f = followUp();
	const text = catalogue({
		data: f.data,
		place: f.municipalityName(f.data.config.municipality),
		today: f.today.toISOString().slice(0, 10)
	});
	return new Response(text, { headers: { 'content-type': 'application/rdf+xml; charset=utf-8' } });
};
