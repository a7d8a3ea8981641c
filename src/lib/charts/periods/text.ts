/** A period's value as the chart, its table and its file say it: a withheld small number only as its label. */
import type { PeriodFigure, WithheldWords } from '$lib/followup/views/figure';
import { figureValueText } from '$lib/followup/views/charts';
import { strings } from '$lib/i18n/strings';

export function pointText(figure: PeriodFigure, p: PeriodFigure['points'][number]): string {
	const s = strings[figure.lang];
	if (p.value !== null) return figureValueText(p.value, figure.valueKind, figure.unit, figure.lang);
	return withheldWords(figure, p.status)?.label ?? s.missing_value;
}

/** How a withheld value is marked and said: a small one, or one held back to protect a small one. */
export function withheldWords(
	figure: PeriodFigure,
	status: PeriodFigure['points'][number]['status']
): WithheldWords | null {
	return status === 'small' ? figure.small : status === 'secondary' ? figure.secondary : null;
}
