/** A period's value as the chart, its table and its file say it: a withheld small number only as its label. */
import type { PeriodFigure } from '$lib/followup/views/figure';
import { figureValueText } from '$lib/followup/views/charts';
import { strings } from '$lib/i18n/strings';

export function pointText(figure: PeriodFigure, p: PeriodFigure['points'][number]): string {
	const s = strings[figure.lang];
	if (p.value !== null) return figureValueText(p.value, figure.valueKind, figure.unit, figure.lang);
	return p.status === 'small' ? (figure.small?.label ?? s.missing_value) : s.missing_value;
}
