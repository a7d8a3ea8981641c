import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => {
	const f = followUp();
	const { config, areas } = f.data;
	return {
		lang: langOf(params.lang),
		/** The day targets are assessed on: the browser assesses an upload as of the same day. */
		today: f.today.toISOString().slice(0, 10),
		site: {
			organisation: config.organisation,
			municipality: f.municipalityName(config.municipality),
			areas: areas.map((a) => ({ id: a.id, title: a.title, title_en: a.title_en })),
			hasExamples: f.data.measures.some((m) => m.example) || f.data.targets.some((t) => t.example)
		}
	};
};
