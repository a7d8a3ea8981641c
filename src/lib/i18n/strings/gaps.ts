/** Follow-up gaps (uppföljningsluckor). */
export const sv = {
	assessed_on: 'Bedömt',
	gaps_title: 'Uppföljningsluckor',
	gaps_intro:
		'Det som revisionen saknade, hittat i data: insatser utan mål eller plan, insatser som inte följts upp, mål utan färska värden och nyckeltal som inte hör till något mål. Varje lucka länkar till det som behöver åtgärdas.',
	gaps_none: 'Inga luckor av det här slaget.',
	gap_measure_without_target: 'Insatser utan effektmål',
	gap_target_without_values: 'Effektmål vars nyckeltal saknar värden',
	gap_measure_without_plan: 'Insatser utan uppföljningsplan',
	gap_measure_not_followed_up: 'Insatser utan uppföljning för den senast förfallna perioden',
	gap_period_missing: (period: string) => `ingen uppföljning för ${period}`,
	gap_project_never_evaluated: 'Avslutade projekt som aldrig utvärderats',
	gap_target_values_stale: 'Effektmål vars senaste värde är äldre än väntat',
	gap_indicator_without_target: 'Nyckeltal som följs utan något effektmål',
	gap_fix_measure_without_target: 'Besluta ett mätbart effektmål för insatsen.',
	gap_fix_target_without_values: 'Lägg in värden för nyckeltalet eller välj ett nyckeltal som publiceras.',
	gap_fix_measure_without_plan: 'Skriv när och hur insatsen ska följas upp.',
	gap_fix_measure_not_followed_up: 'Skriv nämndens uppföljning för perioden (sidan Följ upp) och publicera filen.',
	gap_fix_project_never_evaluated: 'Utvärdera projektet och redovisa resultatet för nämnden.',
	gap_fix_target_values_stale: 'Hämta nyare värden från Kolada.',
	gap_fix_indicator_without_target: 'Knyt nyckeltalet till ett effektmål, eller sluta följa det.',
	gaps_count: 'luckor'
};

export const en: typeof sv = {
	assessed_on: 'Assessed',
	gaps_title: 'Follow-up gaps',
	gaps_intro:
		'What the audits found missing, found in the data: measures without targets or plans, measures not followed up, targets without fresh values and key figures tied to no target. Each gap links to what must be fixed.',
	gaps_none: 'No gaps of this kind.',
	gap_measure_without_target: 'Measures without an effect target',
	gap_target_without_values: 'Effect targets whose key figure has no values',
	gap_measure_without_plan: 'Measures without a follow-up plan',
	gap_measure_not_followed_up: 'Measures without a follow-up for their latest due period',
	gap_period_missing: (period) => `no follow-up for ${period}`,
	gap_project_never_evaluated: 'Finished projects never evaluated',
	gap_target_values_stale: 'Effect targets whose newest value is older than expected',
	gap_indicator_without_target: 'Key figures tracked without any effect target',
	gap_fix_measure_without_target: 'Decide a measurable effect target for the measure.',
	gap_fix_target_without_values: 'Add values for the key figure, or choose one that is published.',
	gap_fix_measure_without_plan: 'Write when and how the measure will be followed up.',
	gap_fix_measure_not_followed_up:
		"Write the committee's follow-up for the period (the Follow up page) and publish the file.",
	gap_fix_project_never_evaluated: 'Evaluate the project and report the result to the committee.',
	gap_fix_target_values_stale: 'Fetch newer values from Kolada.',
	gap_fix_indicator_without_target: 'Tie the key figure to an effect target, or stop tracking it.',
	gaps_count: 'gaps'
};
