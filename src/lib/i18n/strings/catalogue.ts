/** The data catalogue's words (DCAT-AP-SE, /data/katalog.rdf): written by the build in both languages at once. */
export const sv = {
	cat_title: (org: string) => `Följupp: ${org}s uppföljning av social hållbarhet`,
	cat_description: (org: string) =>
		`Öppna data bakom ${org}s uppföljning av insatser mot utanförskap, för integration och mot långtidsarbetslöshet: nyckeltal från Kolada, insatser, effektmål, nämndernas uppföljningar och insatsernas egna mått.`,
	cat_incomplete: (fields: string) =>
		`Katalogen är ofullständig: ${fields} saknas i Följupps inställningar (config.json).`,
	ds_nyckeltal: 'Nyckeltal från Kolada',
	ds_nyckeltal_desc: (place: string) =>
		`Nyckeltalens värden för ${place}, regionen, riket och jämförbara kommuner, per år och kön, med nyckeltalens definitioner, kommunerna och kommungrupperna. Värdena kommer från Kolada (RKA) och följer Koladas villkor.`,
	ds_insatser: 'Insatser',
	ds_insatser_desc:
		'Kommunens insatser med ansvarig nämnd, samverkansparter, tid och uppföljningsplan, och de organisationer och områden de hör till.',
	ds_effektmal: 'Effektmål',
	ds_effektmal_desc:
		'Mätbara effektmål för insatserna: nyckeltal, utgångsvärde, målvärde och målår, och vem som beslutat dem.',
	ds_uppfoljningar: 'Nämndernas uppföljningar',
	ds_uppfoljningar_desc:
		'Nämndernas uppföljning av varje insats och effektmål per period: bedömning, analys, vad som gjorts och vad som görs framåt, och var den beslutades.',
	ds_egna: 'Insatsernas egna mått',
	ds_egna_desc:
		'Siffror som insatserna själva samlar in, per halvår, termin eller annan period. Små tal om personer är utelämnade.',
	ds_granskningar: 'Revisionens granskningar och uppföljningen av dem',
	ds_granskningar_desc:
		'De förtroendevalda revisorernas granskningar och rekommendationer, nämndernas svar, de åtgärder de lovat och åtgärdernas status vid varje rapport.',
	dist_csv: (file: string) => `${file} (CSV)`,
	dist_json: (file: string) => `${file} (JSON)`,
	dist_parquet: (id: string) => `Värden för ${id} (Parquet)`,
	kolada_rights: 'Värdena kommer från Kolada (RKA). Se Koladas villkor på kolada.se innan data sprids vidare.',
	keyword_social: 'social hållbarhet',
	keyword_followup: 'uppföljning',
	examples: 'Innehåller påhittade exempel (kolumnen example = yes), inte verkliga uppgifter.'
};

export const en: typeof sv = {
	cat_title: (org) => `Följupp: ${org}'s follow-up of social sustainability`,
	cat_description: (org) =>
		`Open data behind ${org}'s follow-up of its work against exclusion, for integration and against long-term unemployment: key figures from Kolada, measures, effect targets, the committees' follow-ups and the measures' own figures.`,
	cat_incomplete: (fields) => `The catalogue is incomplete: ${fields} missing from Följupp's settings (config.json).`,
	ds_nyckeltal: 'Key figures from Kolada',
	ds_nyckeltal_desc: (place) =>
		`The key figures' values for ${place}, its region, Sweden and similar municipalities, by year and gender, with the key figures' definitions, the municipalities and the municipality groups. The values come from Kolada (RKA) and follow Kolada's terms.`,
	ds_insatser: 'Measures',
	ds_insatser_desc:
		"The municipality's measures with the committee responsible, partners, dates and follow-up plan, and the organisations and areas they belong to.",
	ds_effektmal: 'Effect targets',
	ds_effektmal_desc:
		'Measurable effect targets of the measures: key figure, baseline, target value and year, and who decided them.',
	ds_uppfoljningar: "The committees' follow-ups",
	ds_uppfoljningar_desc:
		"The committees' follow-up of each measure and target per period: assessment, analysis, what was done and what comes next, and where it was decided.",
	ds_egna: "The measures' own figures",
	ds_egna_desc:
		'Figures the measures collect themselves, per half-year, term or other period. Small numbers about people are withheld.',
	ds_granskningar: "The auditors' audits and their follow-up",
	ds_granskningar_desc:
		"The elected auditors' audits and recommendations, the committees' answers, the actions they promised and each action's status at every report.",
	dist_csv: (file) => `${file} (CSV)`,
	dist_json: (file) => `${file} (JSON)`,
	dist_parquet: (id) => `Values of ${id} (Parquet)`,
	kolada_rights: "The values come from Kolada (RKA). See Kolada's terms on kolada.se before passing the data on.",
	keyword_social: 'social sustainability',
	keyword_followup: 'follow-up',
	examples: 'Holds made-up examples (column example = yes), not real records.'
};
