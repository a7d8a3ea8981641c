import { followUp } from '$lib/server/assessed';
import { langOf, pick } from '$lib/i18n';

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const f = followUp();
	return {
		indicators: f.data.indicators.map((i) => ({ id: i.id, title: pick(lang, i.title, i.title_en), unit: i.unit })),
		municipalities: f.data.municipalities.map((m) => ({ code: m.code, name: m.name })),
		home: f.data.config.municipality
	};
};
