/**
 * The follow-up of a whole dataset: every target assessed, every measure with its organisations,
 * every key figure as series. Built once per build (or per upload) and asked by every page.
 */
import type { Dataset, Gender, Indicator, Measure, Organisation, Series } from '$lib/model/model';
import { pick, type Lang } from '$lib/i18n/lang';
import { assessTarget, type AssessedTarget } from './attainment';
import { describeIndicator, describeTarget, periodWords } from './summary';
import { findGaps, type Gap } from './gaps';
import { strings } from '$lib/i18n/strings';
import { ObservationIndex, groupMembers, type GroupPoint } from './observations';
import { FollowUpRecords } from './records';
import { figureAsIndicator, figureObservations } from '$lib/data/own-figures';

export type { AssessedTarget } from './attainment';

export class FollowUp {
	readonly index: ObservationIndex;
	readonly targets: AssessedTarget[];
	/** The committees' own follow-up: what is due when, and what they wrote. */
	readonly records: FollowUpRecords;
	private readonly orgById: Map<string, Organisation>;
	private readonly indicatorById: Map<string, Indicator>;
	private readonly measureById: Map<string, Measure>;
	/** Measures' own figures, as key figures (`own` set). */
	readonly ownFigures: Indicator[];

	constructor(
		readonly data: Dataset,
		readonly today: Date,
		/** The index of `data.observations`, when the caller has built it already. */
		prebuilt?: ObservationIndex
	) {
		this.measureById = new Map(data.measures.map((m) => [m.id, m]));
		this.orgById = new Map(data.organisations.map((o) => [o.id, o]));
		// A measure's own figures are key figures of the home municipality to the targets that name them.
		this.ownFigures = data.figures.map((f) => {
			const m = this.measureById.get(f.measure);
			const lead = m ? this.orgById.get(m.lead)?.name : undefined;
			return figureAsIndicator(f, data.figureValues, m?.area ?? '', strings.sv.own_source(lead ?? '', f.source));
		});
		// A large upload's index is built beforehand, a slice at a time (upload/uploaded.svelte.ts), so that no task holds the page.
		this.index = prebuilt ?? new ObservationIndex(data.observations);
		this.index.add(figureObservations(data.figureValues, data.config));
		this.index.sort();
		this.records = new FollowUpRecords(data, today.toISOString().slice(0, 10));
		this.indicatorById = new Map([...data.indicators, ...this.ownFigures].map((i) => [i.id, i]));
		this.targets = data.targets.map((target) => {
			const indicator = this.indicatorById.get(target.indicator)!;
			const points = this.index.points(target.indicator, target.municipality, target.gender);
			const attainment = assessTarget(target, points, {
				direction: indicator.direction,
				today,
				partlyMetShare: data.config.partly_met_share,
				maxObservationAgeYears: data.config.max_observation_age_years
			});
			const text = (lang: Lang) =>
				describeTarget(
					{
						...target,
						indicatorTitle: pick(lang, indicator.title, indicator.title_en),
						unit: indicator.unit,
						direction: indicator.direction
					},
					attainment,
					lang,
					periodWords(indicator.own?.periodKind ?? 'year', lang)
				);
			return { target, indicator, attainment, points, summary: { sv: text('sv'), en: text('en') } };
		});
	}

	organisation(id: string) {
		return this.orgById.get(id);
	}
	indicator(id: string) {
		return this.indicatorById.get(id);
	}
	measure(id: string) {
		return this.measureById.get(id);
	}
	municipalityName(code: string) {
		return this.data.municipalities.find((m) => m.code === code)?.name ?? code;
	}

	gaps(): Gap[] {
		return findGaps(this.data, this.targets, this.records, this.today);
	}

	/** A measure's own figures, with their values in order. */
	figuresOf(measureId: string) {
		return this.ownFigures
			.filter((i) => i.own!.measure === measureId)
			.map((indicator) => ({
				indicator,
				values: this.data.figureValues.filter((v) => v.figure === indicator.id).sort((a, b) => a.time - b.time)
			}));
	}

	targetsOfMeasure(measureId: string) {
		return this.targets.filter((t) => t.target.measure === measureId);
	}

	/** The municipality, its region and Riket: the series every key-figure chart starts with. */
	standardSeries(indicator: string, gender: Gender = 'T', lang: Lang = 'sv'): Series[] {
		const { municipality, region } = this.data.config;
		const riket = strings[lang].riket;
		return [
			{
				id: municipality,
				label: this.municipalityName(municipality),
				kind: 'municipality' as const,
				points: this.index.points(indicator, municipality, gender)
			},
			{
				id: region,
				label: this.municipalityName(region),
				kind: 'region' as const,
				points: this.index.points(indicator, region, gender)
			},
			{ id: '0000', label: riket, kind: 'riket' as const, points: this.index.points(indicator, '0000', gender) }
		].filter((s) => s.points.length > 0);
	}

	similarGroup(
		indicator: Indicator,
		gender: Gender = 'T'
	): { title: string; members: string[]; points: GroupPoint[] } | null {
		const group = this.data.groups.find((g) => g.group_id === indicator.similar_group);
		if (!group) return null;
		const members = groupMembers(group, this.data.config.municipality);
		return { title: group.title, members, points: this.index.groupPoints(indicator.id, members, gender) };
	}

	describe(indicator: Indicator, series: Series[], lang: Lang): string {
		const [main, ...others] = series;
		if (!main) return '';
		return describeIndicator(main, others, indicator.unit, lang);
	}
}
