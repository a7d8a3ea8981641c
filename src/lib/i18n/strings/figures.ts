/** A measure's own figures: their source, small numbers, the periods on their axis, their summaries. */
type F = string;
const MONTHS_SV = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
type Kind = 'year' | 'half' | 'tertial' | 'quarter' | 'month' | 'term';

export const sv = {
	own_source: (lead: string, detail: string | null) =>
		`egen uppföljning${lead ? `, ${lead}` : ''}${detail ? ` (${detail})` : ''}`,
	own_results: 'Insatsens egna resultat',
	own_results_lead:
		'Siffror som insatsen själv samlar in: deltagare, vad som gjorts och hur det gått för deltagarna. De är inte nyckeltal från Kolada.',
	own_example_note: 'Exempel: påhittade siffror, inte värden från Kolada.',
	small_value: (n: number) => `färre än ${n}`,
	small_note: (n: number, share = false) =>
		`Färre än ${n}: värden som rör färre än ${n} personer visas inte, så att ingen enskild kan pekas ut.${share ? ` En andel visas inte heller när färre än ${n} personer står bakom den eller bakom resten (10 % av 30 är 3).` : ''}`,
	period_short: (kind: Kind, index: number) =>
		kind === 'half'
			? `H${index}`
			: kind === 'tertial'
				? `T${index}`
				: kind === 'quarter'
					? `K${index}`
					: kind === 'month'
						? MONTHS_SV[index - 1]!
						: kind === 'term'
							? index === 1
								? 'VT'
								: 'HT'
							: '',
	fig_latest: (title: string, value: F, when: string) => `${title}: ${value} ${when}`,
	fig_more: (diff: F, than: string) => `, ${diff} fler än ${than}`,
	fig_fewer: (diff: F, than: string) => `, ${diff} färre än ${than}`,
	fig_higher: (diff: F, than: string) => `, ${diff} högre än ${than}`,
	fig_lower: (diff: F, than: string) => `, ${diff} lägre än ${than}`,
	fig_same: (than: string) => `, samma som ${than}`,
	fig_small: (title: string, when: string, small: string) => `${title}: ${small} ${when}.`,
	secondary_mark: '×',
	secondary_value: 'utelämnat, se not',
	secondary_note:
		'×: värdet visas inte, eftersom ett litet tal annars kunde räknas fram ur summan och dess andra delar.',
	fig_no_values: (title: string) => `${title}: inga värden än.`,
	fig_points: 'procentenheter',
	fig_during: (period: string) => `under ${period}`,
	fig_of: (n: F) => `av ${n}`,
	fig_denominator: 'Antal (nämnare)',
	fig_period: 'Period'
};

export const en: typeof sv = {
	own_source: (lead, detail) => `own follow-up${lead ? `, ${lead}` : ''}${detail ? ` (${detail})` : ''}`,
	own_results: "The measure's own results",
	own_results_lead:
		'Figures the measure collects itself: participants, what was done and how it went for the participants. They are not key figures from Kolada.',
	own_example_note: 'Example: made-up figures, not values from Kolada.',
	small_value: (n) => `fewer than ${n}`,
	small_note: (n, share = false) =>
		`Fewer than ${n}: values about fewer than ${n} people are not shown, so that no one can be singled out.${share ? ` Nor is a share when fewer than ${n} people stand behind it or behind the rest (10% of 30 is 3).` : ''}`,
	period_short: (kind, index) =>
		kind === 'half'
			? `H${index}`
			: kind === 'tertial'
				? `T${index}`
				: kind === 'quarter'
					? `Q${index}`
					: kind === 'month'
						? MONTHS_EN[index - 1]!
						: kind === 'term'
							? index === 1
								? 'Spr'
								: 'Aut'
							: '',
	fig_latest: (title, value, when) => `${title}: ${value} ${when}`,
	fig_more: (diff, than) => `, ${diff} more than ${than}`,
	fig_fewer: (diff, than) => `, ${diff} fewer than ${than}`,
	fig_higher: (diff, than) => `, ${diff} higher than ${than}`,
	fig_lower: (diff, than) => `, ${diff} lower than ${than}`,
	fig_same: (than) => `, the same as ${than}`,
	fig_small: (title, when, small) => `${title}: ${small} ${when}.`,
	secondary_mark: '×',
	secondary_value: 'withheld, see note',
	secondary_note:
		'×: the value is not shown, because a small number could otherwise be worked out from the total and its other parts.',
	fig_no_values: (title) => `${title}: no values yet.`,
	fig_points: 'percentage points',
	// "in the first half of 2026", "in the spring term 2026", but "in Q3 2026", "in August 2026".
	fig_during: (period) => `in ${/^(first|second|spring|autumn|four-month)\b/.test(period) ? 'the ' : ''}${period}`,
	fig_of: (n) => `of ${n}`,
	fig_denominator: 'Number (denominator)',
	fig_period: 'Period'
};
