/** Did the measure make a difference? The synthetic comparison municipality, in words a council can use. */
export const sv = {
	effect_title: 'Gjorde insatsen skillnad?',
	effect_lead:
		'Nyckeltalet rör sig av många skäl. Här jämförs kommunen med en jämförelsekommun sammansatt av andra kommuner som följde samma nyckeltal så nära som möjligt före starten – det som kommunen troligen hade gjort ändå.',
	effect_method_link: 'Så jämför vi med en syntetisk kommun',
	effect_synthetic: 'Jämförelsekommun (sammansatt)',
	effect_chart_title: (name: string) => `${name} och dess sammansatta jämförelsekommun`,
	effect_gap_title: 'Skillnaden mot jämförelsekommunen, år för år',
	effect_gap_series: (name: string) => `${name} minus jämförelsekommunen`,
	effect_placebo_lines: 'Samma jämförelse för varje annan kommun, som om den hade startat samma år',
	effect_start_mark: (year: number) => `Start ${year}`,
	effect_source: (source: string) => `${source}; jämförelsekommun beräknad av Följupp (syntetisk kontroll)`,
	effect_weights_title: 'Jämförelsekommunen består av',
	effect_csv: 'Jämförelsen som CSV (serier, skillnader, vikter och alla placebon)',
	effect_svg: 'Skillnadsdiagrammet som SVG',
	effect_weight_others: (n: number) => `övriga ${n} kommuner`,
	effect_weight_col: 'Vikt',
	effect_municipality_col: 'Kommun',
	effect_since: (start: number, name: string, diff: string, dir: 'higher' | 'lower', mix: string) =>
		`Sedan insatsen började ${start} har ${name} i genomsnitt legat ${diff} ${dir === 'higher' ? 'högre' : 'lägre'} än en jämförelsekommun sammansatt av ${mix}.`,
	effect_same: (start: number, name: string, mix: string) =>
		`Sedan insatsen började ${start} har ${name} legat i stort sett som en jämförelsekommun sammansatt av ${mix}.`,
	effect_wanted: (wanted: boolean): string =>
		wanted ? 'Det är åt det håll målet vill.' : 'Det är åt motsatt håll mot målet.',
	effect_chance: (k: number, n: number) =>
		`Skillnaden är inte större än vad ${k} av ${n} kommuner fick utan någon insats: den kan inte skiljas från slumpen.`,
	effect_stands_out: (k: number, n: number) =>
		`Bara ${k} av ${n} kommuner fick en lika stor skillnad utan insatsen: skillnaden sticker ut. Det visar inte att insatsen gav den – annat som hänt i kommunen under samma år kan förklara den.`,
	effect_fit: (name: string, rmspe: string, years: number, from: number, to: number) =>
		`Före starten följde jämförelsekommunen ${name} med en genomsnittlig avvikelse på ${rmspe} (${years} år, ${from}–${to}).`,
	effect_in_time_ok: (year: number) =>
		`Kontroll: med en låtsad start ${year} syns ingen tydlig skillnad före den riktiga starten.`,
	effect_in_time_warn: (year: number) =>
		`Varning: med en låtsad start ${year} skiljer sig kommunen redan före den riktiga starten, så jämförelsen är osäker.`,
	effect_example_note: 'Insatsen och målet är exempel; nyckeltalets värden är verkliga värden från Kolada.',
	effect_none: 'Ingen skattning',
	effect_reason_outside: (name: string) =>
		`${name} ligger utanför vad andra kommuner tillsammans kan efterlikna för det här nyckeltalet: ingen sammansättning av dem följer kommunen tillräckligt väl före starten. Därför visas ingen siffra.`,
	effect_reason_few_pre: (n: number, start: number) =>
		`Nyckeltalet har ${n === 0 ? 'inga värden' : `bara ${n} år med värden`} före starten ${start}. Jämförelsen behöver minst 5 år före starten för att kunna säga något.`,
	effect_reason_no_post: (start: number) =>
		`Nyckeltalet har ännu inga värden från ${start}, då insatsen började. Jämförelsen görs när de första värdena efter starten publicerats.`,
	effect_reason_few_donors: (n: number) =>
		`För få andra kommuner (${n}) har värden alla år för att en jämförelsekommun ska kunna sättas samman.`,
	effect_reason_unknown_unit: () => 'Kommunen saknar värden för nyckeltalet.',
	effect_page_title: 'Så jämför vi med en syntetisk kommun',
	effect_page_lead:
		'En insats kan inte jämföras med kommunen utan insatsen – den finns inte. Följupp sätter därför samman en jämförelsekommun av andra kommuner: den blandning av dem som bäst följde kommunens nyckeltal åren före starten. Metoden heter syntetisk kontroll.',
	effect_page_how: 'Så går det till',
	effect_page_steps: [
		'Vi tar nyckeltalets värden för alla kommuner, samma kön, alla år. Regioner och riket räknas inte: de är summor av kommuner.',
		'Åren före insatsens start (eller målets basår, om det är senare) är föreperioden. Vi söker vikter – ingen negativ, tillsammans 100 % – så att de andra kommunernas vägda värden följer kommunen så nära som möjligt under föreperioden.',
		'Med nästan 290 kommuner och ett tiotal år går det nästan alltid att hitta en blandning som följer kommunen exakt, men en sådan säger inget om åren efter. Därför väljer vi bara bland de kommuner som liknat kommunen mest, och hur många (5 till 80) prövar vi utanför urvalet: vi anpassar på de tidiga åren och ser hur väl det träffar de två eller tre sista åren före starten.',
		'Från starten jämförs kommunen med jämförelsekommunen. Skillnaden år för år är det andra diagrammet.'
	],
	effect_page_chance: 'Är skillnaden större än slumpen?',
	effect_page_chance_text:
		'Vi gör samma sak för var och en av de andra kommunerna, som om de hade startat samma år (ett placebotest). Kommuner som jämförelsen följde mer än fem gånger sämre före starten räknas inte. Om många av dem fick en lika stor skillnad utan någon insats kan kommunens skillnad inte skiljas från slumpen. Vi kontrollerar också med en låtsad start några år tidigare: då ska ingen skillnad synas.',
	effect_page_limits: 'Vad jämförelsen inte kan säga',
	effect_page_limits_text:
		'Den visar om kommunen rörde sig annorlunda än den troligen hade gjort, inte varför. Annat som hänt i kommunen samma år – andra insatser, en ny stor arbetsgivare, ändrade regler – kan förklara en skillnad. Nyckeltalet gäller oftast fler än insatsens deltagare, så en verklig effekt kan vara för liten för att synas. Där kommunen inte kan efterliknas, föreperioden är kortare än fem år eller inga värden finns efter starten visas ingen siffra, bara skälet.',
	effect_page_sources: 'Källor och kontroll',
	effect_page_sources_text:
		'Abadie, Diamond och Hainmueller (2010), Journal of the American Statistical Association 105:493–505; Abadie (2021), Journal of Economic Literature 59:391–425. Beräkningen kan göras om med kommandot npm run effect, och den återger en publicerad studies resultat (se README).'
};

export const en: typeof sv = {
	effect_title: 'Did the measure make a difference?',
	effect_lead:
		'A key figure moves for many reasons. Here the municipality is compared with a comparison municipality made up of other municipalities that followed the same key figure as closely as possible before the start – what the municipality would likely have done anyway.',
	effect_method_link: 'How we compare with a synthetic municipality',
	effect_synthetic: 'Comparison municipality (composite)',
	effect_chart_title: (name: string) => `${name} and its composite comparison municipality`,
	effect_gap_title: 'The difference from the comparison municipality, year by year',
	effect_gap_series: (name: string) => `${name} minus the comparison municipality`,
	effect_placebo_lines: 'The same comparison for every other municipality, as if it had started in the same year',
	effect_start_mark: (year: number) => `Start ${year}`,
	effect_source: (source: string) => `${source}; comparison municipality computed by Följupp (synthetic control)`,
	effect_weights_title: 'The comparison municipality is made up of',
	effect_csv: 'The comparison as CSV (series, gaps, weights and every placebo)',
	effect_svg: 'The gap chart as SVG',
	effect_weight_others: (n: number) => `${n} other municipalities`,
	effect_weight_col: 'Weight',
	effect_municipality_col: 'Municipality',
	effect_since: (start: number, name: string, diff: string, dir: 'higher' | 'lower', mix: string) =>
		`Since the measure began in ${start}, ${name} has on average been ${diff} ${dir} than a comparison municipality made up of ${mix}.`,
	effect_same: (start: number, name: string, mix: string) =>
		`Since the measure began in ${start}, ${name} has been much like a comparison municipality made up of ${mix}.`,
	effect_wanted: (wanted: boolean) =>
		wanted ? 'That is the direction the target wants.' : 'That is the opposite direction to the target.',
	effect_chance: (k: number, n: number) =>
		`The difference is no larger than what ${k} of ${n} municipalities got without any measure: it cannot be told apart from chance.`,
	effect_stands_out: (k: number, n: number) =>
		`Only ${k} of ${n} municipalities got as large a difference without the measure: the difference stands out. That does not show the measure made it – other things happening in the municipality in the same years can explain it.`,
	effect_fit: (name: string, rmspe: string, years: number, from: number, to: number) =>
		`Before the start, the comparison municipality followed ${name} with an average deviation of ${rmspe} (${years} years, ${from}–${to}).`,
	effect_in_time_ok: (year: number) =>
		`Check: with a pretend start in ${year}, no clear difference shows before the real start.`,
	effect_in_time_warn: (year: number) =>
		`Warning: with a pretend start in ${year}, the municipality already differs before the real start, so the comparison is uncertain.`,
	effect_example_note: 'The measure and the target are examples; the key figure’s values are real values from Kolada.',
	effect_none: 'No estimate',
	effect_reason_outside: (name: string) =>
		`${name} lies outside what other municipalities together can imitate for this key figure: no mix of them follows it closely enough before the start. So no number is shown.`,
	effect_reason_few_pre: (n: number, start: number) =>
		`The key figure has ${n === 0 ? 'no values' : `only ${n} years of values`} before the start in ${start}. The comparison needs at least 5 years before the start to say anything.`,
	effect_reason_no_post: (start: number) =>
		`The key figure has no values yet from ${start}, when the measure began. The comparison is made once the first values after the start are published.`,
	effect_reason_few_donors: (n: number) =>
		`Too few other municipalities (${n}) have values in every year for a comparison municipality to be made up.`,
	effect_reason_unknown_unit: () => 'The municipality has no values for the key figure.',
	effect_page_title: 'How we compare with a synthetic municipality',
	effect_page_lead:
		'A measure cannot be compared with the municipality without the measure – that municipality does not exist. So Följupp makes up a comparison municipality from other municipalities: the mix of them that best followed the municipality’s key figure in the years before the start. The method is called synthetic control.',
	effect_page_how: 'How it works',
	effect_page_steps: [
		'We take the key figure’s values for every municipality, same gender, every year. Regions and Sweden as a whole are left out: they are sums of municipalities.',
		'The years before the measure’s start (or the target’s baseline year, where later) are the pre-period. We look for weights – none negative, together 100% – so that the other municipalities’ weighted values follow the municipality as closely as possible over the pre-period.',
		'With almost 290 municipalities and about ten years, a mix that follows the municipality exactly can nearly always be found, but such a mix says nothing about the years after. So we choose only among the municipalities most like it, and how many (5 to 80) we test out of sample: we fit on the early years and see how well that hits the last two or three years before the start.',
		'From the start, the municipality is compared with the comparison municipality. The difference year by year is the second chart.'
	],
	effect_page_chance: 'Is the difference larger than chance?',
	effect_page_chance_text:
		'We do the same for each of the other municipalities, as if they had started in the same year (a placebo test). Municipalities the comparison followed more than five times worse before the start are not counted. If many of them got as large a difference without any measure, the municipality’s difference cannot be told apart from chance. We also check with a pretend start some years earlier: then no difference should show.',
	effect_page_limits: 'What the comparison cannot tell',
	effect_page_limits_text:
		'It shows whether the municipality moved differently from what it would likely have done, not why. Other things happening in the municipality in the same years – other measures, a new large employer, changed rules – can explain a difference. The key figure usually covers more people than the measure’s participants, so a real effect may be too small to show. Where the municipality cannot be imitated, the pre-period is shorter than five years or there are no values after the start, no number is shown, only the reason.',
	effect_page_sources: 'Sources and checks',
	effect_page_sources_text:
		'Abadie, Diamond and Hainmueller (2010), Journal of the American Statistical Association 105:493–505; Abadie (2021), Journal of Economic Literature 59:391–425. The computation can be redone with the command npm run effect, and it reproduces a published study’s result (see the README).'
};
