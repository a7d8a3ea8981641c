import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '$lib/i18n/format';

describe('numbers as people read them', () => {
	it('Swedish: decimal comma, no-break space before %, space between thousands', () => {
		expect(formatValue(5.965606, '%', 'sv', 2)).toBe('5,97\u00a0%');
		expect(formatValue(12.34, '%', 'sv')).toBe('12,3\u00a0%');
		expect(formatNumber(1234, 'sv', 0)).toBe('1\u00a0234');
	});
	it('English: decimal point', () => {
		expect(formatValue(5.965606, '%', 'en', 2)).toBe('5.97%');
		expect(formatNumber(1234, 'en', 0)).toBe('1,234');
	});
	it('a missing value is a dash, never a zero', () => {
		expect(formatValue(null, '%', 'sv')).toBe('–');
	});
});
