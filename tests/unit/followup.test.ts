import { describe, expect, it } from 'vitest';
import { readDataDir } from '$lib/data/repository.server';
import type { Dataset } from '$lib/model/model';
import { FollowUp } from '$lib/followup/followup';
import { findGaps } from '$lib/followup/gaps';
import { ObservationIndex, rankAmongKommuner } from '$lib/followup/observations';
import { describeTarget } from '$lib/followup/summary';
import { assessTarget } from '$lib/followup/attainment';

const data = readDataDir('data').dataset!;
const today = new Date('2026-11-22T00:00:00Z');

describe('plain-language summary of a target', () => {
	const t = {
		indicatorTitle: 'Invånare 16-24 år som varken arbetar eller studerar, andel (%)',
		unit: '%',
		direction: 'lower' as const,
		baseline_period: 2018,
		baseline_value: 6.4,
		target_period: 2026,
		target_value: 5
	};
	const points = [
		{ period: 2018, value: 6.4, status: null },
		{ period: 2022, value: 6.0, status: null }
	];
	const a = assessTarget(t, points, { direction: 'lower', today });

	it('reads as a sentence for a council report, in Swedish', () => {
		expect(describeTarget(t, a, 'sv')).toBe(
			'Andelen invånare 16-24 år som varken arbetar eller studerar minskade från 6,4\u00a0% (2018) till 6,0\u00a0% (2022). Målet är 5,0\u00a0% år 2026. I nuvarande takt nås målet inte förrän 2032.'
		);
	});
	it('and in English', () => {
		expect(
			describeTarget({ ...t, indicatorTitle: 'Residents aged 16-24 neither working nor studying, share (%)' }, a, 'en')
		).toBe(
			'The share of residents aged 16-24 neither working nor studying fell from 6.4% (2018) to 6.0% (2022). The target is 5.0% in 2026. At the current pace the target is not reached until 2032.'
		);
	});
	it('says when a target is met', () => {
		const met = assessTarget({ ...t, target_period: 2022, target_value: 6.0 }, points, { direction: 'lower', today });
		expect(describeTarget({ ...t, target_period: 2022, target_value: 6.0 }, met, 'sv')).toMatch(/Målet är uppfyllt\.$/);
	});
});

describe('follow-up gaps', () => {
	const f = new FollowUp(data, today);
	const gaps = f.gaps();
	const ids = (kind: string) => gaps.filter((g) => g.kind === kind).map((g) => g.subject.id);

	it('finds the demo measures without target, plan or recent follow-up, and the never-evaluated project', () => {
		expect(ids('measure_without_target')).toEqual(
			data.measures.filter((m) => !data.targets.some((t) => t.measure === m.id)).map((m) => m.id)
		);
		expect(ids('measure_without_plan')).toEqual(
			data.measures.filter((m) => m.status !== 'finished' && (!m.followup_plan || !m.followup_every)).map((m) => m.id)
		);
		expect(ids('project_never_evaluated')).toContain('m10');
	});

	it('a measure is not followed up when its latest due period has no follow-up record (not by a 12-month rule)', () => {
		// 2026-11-22: the delårsrapport 2026 is past; m03 (half-yearly) has no record for 2026H1, m01 has.
		const gap = gaps.find((g) => g.kind === 'measure_not_followed_up' && g.subject.id === 'm03');
		expect(gap?.detail.period).toBe('2026H1');
		expect(ids('measure_not_followed_up')).not.toContain('m01');
		// Without its record, m01 would be named for the same period.
		const without: Dataset = {
			...data,
			followups: data.followups.filter((r) => !(r.measure === 'm01' && r.period === '2026H1'))
		};
		const g = new FollowUp(without, today)
			.gaps()
			.find((x) => x.kind === 'measure_not_followed_up' && x.subject.id === 'm01');
		expect(g?.detail.period).toBe('2026H1');
	});

	it('a target whose newest value is older than the publishing lag', () => {
		const lagged: Dataset = { ...data, indicators: data.indicators.map((i) => ({ ...i, lag_years: 4 })) };
		const fresh = new FollowUp(lagged, today);
		expect(
			findGaps(lagged, fresh.targets, fresh.records, today).filter((g) => g.kind === 'target_values_stale')
		).toEqual([]);
		// Only targets on Kolada's figures wait for a publishing lag; a measure's own figure is due by its report.
		const kolada = new Set(data.indicators.map((i) => i.id));
		expect(ids('target_values_stale')).toEqual(data.targets.filter((t) => kolada.has(t.indicator)).map((t) => t.id));
	});

	it('an indicator without target and a target without values', () => {
		const extra: Dataset = {
			...data,
			indicators: [...data.indicators, { ...data.indicators[0]!, id: 'X1' }],
			targets: [...data.targets, { ...data.targets[0]!, id: 'tx', indicator: 'N02797', municipality: '9999' }]
		};
		const fx = new FollowUp(extra, today);
		const g = findGaps(extra, fx.targets, fx.records, today);
		expect(g.filter((x) => x.kind === 'indicator_without_target').map((x) => x.subject.id)).toEqual(['X1']);
		expect(g.filter((x) => x.kind === 'target_without_values').map((x) => x.subject.id)).toEqual(['tx']);
	});
});

describe('rank among all kommuner', () => {
	const index = new ObservationIndex(data.observations);
	const kommuner = data.municipalities.filter((m) => m.level === 'kommun');
	it('ranks 1 for the best value in the indicator direction, and puts it in the best quarter', () => {
		const values = kommuner
			.map((k) => ({ code: k.code, v: index.points('N02797', k.code).find((p) => p.period === 2022)?.value }))
			.filter((x): x is { code: string; v: number } => x.v !== undefined && x.v !== null)
			.sort((a, b) => a.v - b.v);
		const best = rankAmongKommuner(index, { id: 'N02797', direction: 'lower' }, kommuner, values[0]!.code, 2022)!;
		const worst = rankAmongKommuner(index, { id: 'N02797', direction: 'lower' }, kommuner, values.at(-1)!.code, 2022)!;
		expect(best).toMatchObject({ rank: 1, of: values.length, quartile: 'best' });
		expect(worst.quartile).toBe('worst');
		expect(
			rankAmongKommuner(index, { id: 'N02797', direction: 'higher' }, kommuner, values.at(-1)!.code, 2022)!.rank
		).toBe(1);
	});
	it('is null for a municipality without a value that year', () => {
		expect(rankAmongKommuner(index, { id: 'N02797', direction: 'lower' }, kommuner, '1488', 1990)).toBeNull();
	});
});
