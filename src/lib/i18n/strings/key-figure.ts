/** A key figure's page: comparisons, rank among all kommuner, its definition. */
export const sv = {
	rank_sentence: (place: string, rank: number, of: number, year: number, rule: string, quartile: string) =>
		`${place} har plats ${rank} av ${of} kommuner år ${year} (${rule}), i den ${quartile}.`,
	from_year: 'Från år',
	all_years: 'Alla år',
	rank_title: 'Jämförelse med alla kommuner',
	quartile_best: 'bästa fjärdedelen',
	quartile_middle: 'mittersta hälften',
	quartile_worst: 'sämsta fjärdedelen',
	rank_lowest_first: 'lägst värde = plats 1',
	rank_highest_first: 'högst värde = plats 1',
	rank_not_a_goal: 'Det är en jämförelse med andra kommuner, inte ett mål.',
	no_target_uses: 'Inga effektmål använder nyckeltalet.',
	indicator_definition: 'Så definieras nyckeltalet',
	definition_retrieved: 'Definitionen hämtad',
	definition_changed:
		'Kolada har ändrat nyckeltalets titel eller definition under samma id. Jämför äldre värden med försiktighet. Tidigare:',
	definition_until: 'hämtad',
	published_period: 'Senast publicerade år i Kolada:',
	next_publication: 'Nästa publicering:',
	better_is: 'Bättre är',
	better_lower: 'lägre',
	better_higher: 'högre',
	compare_with: 'Jämför med kommun',
	compare_none: 'Ingen jämförelse',
	compare_loading: 'Hämtar värden …',
	compare_error: 'Jämförelsen kunde inte hämtas',
	compare_no_values: 'saknar värden för nyckeltalet'
};

export const en: typeof sv = {
	rank_sentence: (place: string, rank: number, of: number, year: number, rule: string, quartile: string) =>
		`${place} ranks ${rank} of ${of} municipalities in ${year} (${rule}), in the ${quartile}.`,
	from_year: 'From year',
	all_years: 'All years',
	rank_title: 'Comparison with all municipalities',
	quartile_best: 'best quarter',
	quartile_middle: 'middle half',
	quartile_worst: 'worst quarter',
	rank_lowest_first: 'lowest value = rank 1',
	rank_highest_first: 'highest value = rank 1',
	rank_not_a_goal: 'This is a comparison with other municipalities, not a target.',
	no_target_uses: 'No effect target uses this key figure.',
	indicator_definition: 'How the key figure is defined',
	definition_retrieved: 'Definition retrieved',
	definition_changed:
		'Kolada has changed this key figure’s title or definition under the same id. Compare older values with care. Before:',
	definition_until: 'retrieved',
	published_period: 'Latest year published in Kolada:',
	next_publication: 'Next publication:',
	better_is: 'Better is',
	better_lower: 'lower',
	better_higher: 'higher',
	compare_with: 'Compare with municipality',
	compare_none: 'No comparison',
	compare_loading: 'Fetching values …',
	compare_error: 'The comparison could not be fetched',
	compare_no_values: 'has no values for this key figure'
};
