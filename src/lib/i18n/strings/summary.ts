/**
 * The plain-language sentences under every chart and in every report, ready to paste into a council
 * paper. Values come formatted; each function returns one sentence.
 */
type F = string;

export const sv = {
	sum_no_values: (label: string) => `${label}: inga värden.`,
	sum_one_value: (label: string, value: F, when: string) => `${label}: ${value} ${when}.`,
	sum_from_to: (label: string, first: F, firstWhen: string, last: F, lastWhen: string) =>
		`${label}: ${first} ${firstWhen} och ${last} ${lastWhen}.`,
	sum_goal: (value: F, when: string) => `Målet är ${value} ${when}.`,
	sum_no_later: (subject: string, baseline: F, year: string) =>
		`${subject}: utgångsvärdet var ${baseline} (${year}) och det finns inget senare värde.`,
	sum_rose: 'ökade',
	sum_fell: 'minskade',
	sum_same: 'var oförändrad',
	sum_unchanged_at: (subject: string, verb: string, value: F, from: string, to: string) =>
		`${subject} ${verb} på ${value} mellan ${from} och ${to}.`,
	sum_moved: (subject: string, verb: string, baseline: F, from: string, value: F, to: string) =>
		`${subject} ${verb} från ${baseline} (${from}) till ${value} (${to}).`,
	sum_final_met: 'Målet är uppfyllt.',
	sum_final_partly_met: 'Målet är delvis uppfyllt.',
	sum_final_not_met: 'Målet är inte uppfyllt.',
	sum_never: 'I nuvarande takt nås inte målet.',
	sum_already: 'Målvärdet är redan nått.',
	sum_reached_in: (year: number) => `I nuvarande takt nås målet ${year}.`,
	sum_not_until: (year: number) => `I nuvarande takt nås målet inte förrän ${year}.`,
	sum_awaiting: (what: string) => `Värdet för ${what} är ännu inte publicerat.`,
	sum_when_year: (year: number) => `år ${year}`,
	sum_when_period: (period: string) => `under ${period}`,
	sum_target_year: (year: number) => `målåret ${year}`,
	sum_target_period: (period: string) => `målperioden ${period}`,
	sum_share_of: (what: string) => `andelen ${what}`
};

export const en: typeof sv = {
	sum_no_values: (label) => `${label}: no values.`,
	sum_one_value: (label, value, when) => `${label}: ${value} ${when}.`,
	sum_from_to: (label, first, firstWhen, last, lastWhen) => `${label}: ${first} ${firstWhen} and ${last} ${lastWhen}.`,
	sum_goal: (value, when) => `The target is ${value} ${when}.`,
	sum_no_later: (subject, baseline, year) =>
		`${subject}: the baseline was ${baseline} (${year}) and there is no later value.`,
	sum_rose: 'rose',
	sum_fell: 'fell',
	sum_same: 'was unchanged',
	sum_unchanged_at: (subject, verb, value, from, to) => `${subject} ${verb} at ${value} between ${from} and ${to}.`,
	sum_moved: (subject, verb, baseline, from, value, to) =>
		`${subject} ${verb} from ${baseline} (${from}) to ${value} (${to}).`,
	sum_final_met: 'The target is met.',
	sum_final_partly_met: 'The target is partly met.',
	sum_final_not_met: 'The target is not met.',
	sum_never: 'At the current pace the target will not be reached.',
	sum_already: 'The target value has already been reached.',
	sum_reached_in: (year) => `At the current pace the target is reached in ${year}.`,
	sum_not_until: (year) => `At the current pace the target is not reached until ${year}.`,
	sum_awaiting: (what) => `The value for ${what} is not yet published.`,
	sum_when_year: (year) => `in ${year}`,
	// "in the first half of 2026", "in the spring term 2026", but "in Q3 2026", "in August 2026".
	sum_when_period: (period) => `in ${/^(first|second|spring|autumn|four-month)\b/.test(period) ? 'the ' : ''}${period}`,
	sum_target_year: (year) => `the target year ${year}`,
	sum_target_period: (period) => `the target period ${period}`,
	sum_share_of: (what) => `the share of ${what}`
};
