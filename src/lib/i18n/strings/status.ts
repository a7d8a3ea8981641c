/** A target's status, trend and forecast, and how they are assessed. */
export const sv = {
	rules_lead:
		'Varje effektmål har ett utgångsvärde (ett år och ett värde), ett målvärde och ett målår. Statusen räknas fram ur nyckeltalets värden för kommunen med samma regler för alla mål. Vilket håll som är bättre (högre eller lägre) står på varje nyckeltal.',
	rules_final_heading: 'När målåret har passerat och dess värde finns',
	rule_met: 'Värdet är lika bra som eller bättre än målvärdet.',
	rule_partly_met: (share: string) => `Värdet har rört sig från utgångsvärdet minst ${share} av vägen till målvärdet.`,
	rule_not_met: 'Värdet har rört sig mindre än så, eller åt fel håll.',
	rules_ongoing_heading: 'Före målåret',
	rules_ongoing_lead:
		'Det senaste värdet jämförs med en rak linje från utgångsvärdet till målvärdet (den streckade linjen i diagrammen).',
	rule_on_track: 'I nivå med eller bättre än linjen.',
	rule_at_risk: 'Sämre än linjen, men inte sämre än utgångsvärdet.',
	rule_wrong_direction: 'Sämre än utgångsvärdet.',
	rules_none_heading: 'Ej bedömbar',
	rule_not_assessable: (years: number) =>
		`Det finns inget värde efter utgångsåret, eller det senaste värdet är mer än ${years} år gammalt.`,
	rules_trend_heading: 'Trend och prognos',
	rules_trend:
		'Trenden (förbättrad, oförändrad, försämrad) är lutningen på en rak linje som anpassats till utgångsvärdet och alla senare värden (minsta kvadratmetoden). En förändring mindre än 0,5 % av utgångsvärdet per år räknas som oförändrad. Prognosen är det första år då den linjen når målvärdet; går den åt fel håll nås målet inte i nuvarande takt.',
	rules_comparison_heading: 'Jämförelser är inte mål',
	rules_comparison:
		'Kommunens placering bland alla kommuner (bästa fjärdedelen, mittersta hälften, sämsta fjärdedelen) och jämförelsen med Riket och liknande kommuner visas för sammanhang. De påverkar inte statusen.',
	explain_met: (year: string, value: string, target: string, better: string) =>
		`Värdet ${year} är ${value}, lika bra som eller bättre än målvärdet ${target} (${better} är bättre).`,
	explain_final: (year: string | number, value: string, progress: string, share: string) =>
		`Målåret har passerat. Värdet ${year} är ${value}: ${progress} av vägen från utgångsvärdet till målet. Minst ${share} räknas som delvis uppfyllt.`,
	explain_ongoing: (value: string, year: string | number, expected: string) =>
		`Målåret är inte nått. Senaste värde ${value} (${year}); på en rak linje från utgångsvärdet till målet borde det vara ${expected}. På väg = i nivå med eller bättre än linjen; risk = sämre än linjen men inte sämre än utgångsvärdet; fel riktning = sämre än utgångsvärdet.`,
	explain_too_old: (year: number | string, maxAge: number) =>
		`Det senaste värdet (${year}) är mer än ${maxAge} år gammalt.`,
	explain_no_value: 'Det finns inget värde efter utgångsåret.',
	nav_status_rules: 'Så bedöms status',
	trend_improved: 'Förbättrad',
	trend_unchanged: 'Oförändrad',
	trend_worsened: 'Försämrad',
	forecast: 'Prognos',
	not_at_this_pace: 'nås inte i nuvarande takt',
	progress: 'Andel av vägen till målet',
	how_assessed: 'Så bedömdes statusen',
	status_legend: 'Status och antal effektmål',
	status_met: 'Uppfyllt',
	status_partly_met: 'Delvis uppfyllt',
	status_not_met: 'Ej uppfyllt',
	status_on_track: 'På väg',
	status_at_risk: 'Risk',
	status_wrong_direction: 'Fel riktning',
	status_not_assessable: 'Ej bedömbar'
};

export const en: typeof sv = {
	rules_lead:
		"Every effect target has a baseline (a year and a value), a target value and a target year. The status is computed from the key figure's values for the municipality, with the same rules for every target. Which way is better (higher or lower) is set for each key figure.",
	rules_final_heading: 'When the target year has passed and its value exists',
	rule_met: 'The value is as good as or better than the target value.',
	rule_partly_met: (share) => `The value moved from the baseline at least ${share} of the way to the target.`,
	rule_not_met: 'It moved less than that, or the wrong way.',
	rules_ongoing_heading: 'Before the target year',
	rules_ongoing_lead:
		'The newest value is compared with a straight line from the baseline to the target (the dashed line in the charts).',
	rule_on_track: 'Level with or better than the line.',
	rule_at_risk: 'Worse than the line, but not worse than the baseline.',
	rule_wrong_direction: 'Worse than the baseline.',
	rules_none_heading: 'Not assessable',
	rule_not_assessable: (years) =>
		`There is no value after the baseline year, or the newest value is more than ${years} years old.`,
	rules_trend_heading: 'Trend and forecast',
	rules_trend:
		'The trend (improved, unchanged, worsened) is the slope of a least-squares line through the baseline and every later value. A change of less than 0.5% of the baseline per year counts as unchanged. The forecast is the first year that line reaches the target; if it goes the wrong way the target is not reached at the current pace.',
	rules_comparison_heading: 'Comparisons are not targets',
	rules_comparison:
		"The municipality's rank among all municipalities (best quarter, middle half, worst quarter) and the comparison with Sweden and similar municipalities are shown for context. They do not affect the status.",
	explain_met: (year, value, target, better) =>
		`The value for ${year} is ${value}, as good as or better than the target ${target} (${better} is better).`,
	explain_final: (year, value, progress, share) =>
		`The target year has passed. The value for ${year} is ${value}: ${progress} of the way from the baseline to the target. At least ${share} counts as partly met.`,
	explain_ongoing: (value, year, expected) =>
		`The target year has not been reached. Latest value ${value} (${year}); on a straight line from the baseline to the target it should be ${expected}. On track = level with or better than the line; at risk = worse than the line but not worse than the baseline; wrong direction = worse than the baseline.`,
	explain_too_old: (year, maxAge) => `The newest value (${year}) is more than ${maxAge} years old.`,
	explain_no_value: 'There is no value after the baseline year.',
	nav_status_rules: 'How status is assessed',
	trend_improved: 'Improved',
	trend_unchanged: 'Unchanged',
	trend_worsened: 'Worsened',
	forecast: 'Forecast',
	not_at_this_pace: 'not reached at the current pace',
	progress: 'Share of the way to the target',
	how_assessed: 'How the status was assessed',
	status_legend: 'Status and number of effect targets',
	status_met: 'Met',
	status_partly_met: 'Partly met',
	status_not_met: 'Not met',
	status_on_track: 'On track',
	status_at_risk: 'At risk',
	status_wrong_direction: 'Wrong direction',
	status_not_assessable: 'Not assessable'
};
