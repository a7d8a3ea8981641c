/**
 * What each kind of problem in a data file means, and what to do about it. A problem is a value
 * (./../../data/problems.ts) worded here only when shown, in the language of the page.
 */

/** What a message may say of a problem: the text as it stood, its column and the kind's detail. */
interface P {
	text: string;
	column: string | null;
	detail?: string;
	suggestion?: string;
	severity?: 'warning';
}

/** Invisible characters (controls, format characters such as a zero-width space or a right-to-left override) by their code. */
const visible = (s: string) =>
	s.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/gu, (c) =>
		c === '\t' ? c : `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`
	);
const quote = (s: string) => `”${visible(s.length > 60 ? s.slice(0, 57) + '…' : s)}”`;
const mark = (decimal: string | undefined) => (decimal === ',' ? 'decimalkomma' : 'decimalpunkt');
const markEn = (decimal: string | undefined) => (decimal === ',' ? 'a decimal comma' : 'a decimal point');

export const sv = {
	problem_characters: (list: string) =>
		`Texten innehåller tecken som inte syns eller som liknar andra: ${list}. Skriv om texten utan dem.`,
	char_invisible: (code: string, _char: string) => `${code} (osynligt tecken)`,
	char_lookalike: (code: string, char: string) => `${char} ${code} (bokstav ur ett annat alfabet)`,
	problem_bad_encoding: (_p: P) =>
		'Raden har tecken som inte är UTF-8, fast resten av filen är det. Spara filen på nytt som ”CSV UTF-8” (eller som ”CSV (semikolonavgränsad)”) och försök igen.',
	problem_line_too_long: (_p: P) =>
		'En rad är längre än 2 miljoner tecken: troligen saknas radbrytningar, eller ett citattecken stängs aldrig.',
	problem_unreadable_file: (_p: P) =>
		'Filen kan inte läsas som CSV. Spara den från Excel som ”CSV UTF-8” och försök igen.',
	problem_unreadable_row: (p: P) => `Raden kan inte läsas: ${quote(p.text)}. Kontrollera citattecken och avgränsare.`,
	problem_ambiguous_number: (p: P) =>
		`${quote(p.text)} kan läsas både som ett decimaltal och som ett tal med tusentalsavgränsare. Filen använder ${mark(p.detail)}: skriv talet utan tusentalsavgränsare.`,
	problem_other_decimal_mark: (p: P) =>
		`${quote(p.text)} har ${p.detail === ',' ? 'decimalpunkt' : 'decimalkomma'}, men filen använder annars ${mark(p.detail)}. Skriv alla tal på samma sätt.`,
	problem_not_finite: (p: P) => `${quote(p.text)} är för stort för att vara ett värde.`,
	problem_implausible_year: (p: P) => `${quote(p.text)} är inget rimligt år (${p.detail ?? ''}).`,
	problem_share_needs_denominator: (_p: P) =>
		'En andel behöver antalet personer den är räknad på (kolumnen denominator, större än 0): utan det går det inte att se om andelen röjer några få personer. Fyll i antalet.',
	problem_share_out_of_range: (p: P) =>
		`${quote(p.text)} är ingen andel i procent: nyckeltalet är en andel, och en andel ligger mellan 0 och 100.`,
	problem_value_and_mark: (p: P) =>
		`Raden har både ett värde (${quote(p.detail ?? '')}) och tecknet för ett saknat värde (${quote(p.text)}). Ta bort det ena.`,
	problem_not_utf8: (p: P) =>
		`Filen är inte sparad som UTF-8 (troligen som ”CSV (semikolonavgränsad)” från Excel, som skriver Windows-1252): här står ett tecken som skulle bli fel (${quote(p.text)}). Kör npm run check-data -- --fix, som skriver om filen, eller spara den som ”CSV UTF-8 (kommaavgränsad)”.`,
	problem_wrong_delimiter: (p: P) =>
		`Filen är avgränsad med ${p.detail === ';' ? 'semikolon (som svenska Excel sparar)' : 'tabbar'}, men Följupps datafiler ska vara kommaavgränsade. Kör npm run check-data -- --fix, som skriver om filen, eller spara den som ”CSV UTF-8 (kommaavgränsad)”.`,
	problem_baseline_differs: (p: P) =>
		`Utgångsvärdet ${quote(p.text)} stämmer inte med det publicerade värdet ${p.detail} för samma nyckeltal, kommun, kön och år. Skriv det publicerade värdet, eller lämna rutan tom så fylls det i.`,
	problem_baseline_unknown: (_p: P) =>
		'Utgångsvärdet saknas, och det finns inget publicerat värde för nyckeltalet, kommunen, könet och basåret att fylla i. Skriv in värdet eller välj ett annat basår.',
	problem_wrong_group: (p: P) =>
		`Jämförelsegruppen ${quote(p.text)} hör till en annan kommun än ${p.detail}. Kör npm run setup (eller npm run kolada), som väljer kommunens egna Liknande kommuner.`,
	problem_contact_missing: (_p: P) =>
		'Ingen kontaktadress för tillgänglighetsredogörelsen och datakatalogens kontaktpunkt: skriv in kommunens e-postadress för synpunkter i contact_email. Till dess märks katalogen som ofullständig.',
	problem_org_number_missing: (_p: P) =>
		'Inget organisationsnummer: datakatalogen (data/katalog.rdf) för Sveriges dataportal behöver det för att ange vem som publicerar. Skriv det i org_number (till exempel 212000-0000). Till dess märks katalogen som ofullständig.',
	problem_not_an_org_number: (p: P) =>
		`${quote(p.text)} är inget organisationsnummer. Skriv det som sex siffror, bindestreck och fyra siffror (212000-0000).`,
	problem_not_a_site_url: (p: P) =>
		`${quote(p.text)} är ingen webbadress. Skriv hela adressen, med https:// först (https://www.kommun.se/uppfoljning).`,
	problem_not_evaluated: (_p: P) =>
		'Webbplatsens tillgänglighet är inte bedömd än: gå igenom den (se sidan Tillgänglighet) och skriv datumet i accessibility_evaluated (ÅÅÅÅ-MM-DD). Till dess säger tillgänglighetsredogörelsen att ingen bedömning är gjord.',
	problem_followup_subject: (_p: P) =>
		'En uppföljning gäller antingen en insats (kolumnen measure) eller ett effektmål (kolumnen target): fyll i en av dem, inte båda.',
	problem_not_a_reporting_period: (p: P) =>
		`${quote(p.text)} är ingen uppföljningsperiod här. Skriv perioden så: ${p.detail}.`,
	problem_no_rhythm: (p: P) =>
		`Insatsen ${quote(p.detail ?? '')} har ingen uppföljningsrytm: fyll i followup_every (termin, halvår, tertial, kvartal eller år) i measures.csv.`,
	problem_future_date: (p: P) => `${quote(p.text)} är ett datum efter i dag (${p.detail}).`,
	problem_not_an_id: (p: P) =>
		`${quote(p.text)} kan inte vara ett id: det blir en del av sidans adress, så använd bara a–z, A–Z, siffror, - och _ (högst 40 tecken), till exempel m12.`,
	problem_unreadable_workbook: (p: P) =>
		`Arbetsboken kan inte läsas${p.detail ? ` (${p.detail})` : ''}. Spara den i Excel som ”Excel-arbetsbok (*.xlsx)” och försök igen.`,
	problem_workbook_too_large: (p: P) => {
		const [size, max] = (p.detail ?? '').split('/');
		return `Arbetsboken är ${size} MB uppackad. En kommuns insatser, mål och uppföljningar är långt mindre, så Följupp läser högst ${max} MB: kontrollera att det är rätt arbetsbok, eller ta bort blad och rader som inte hör dit.`;
	},
	problem_workbook_hidden_sheet: (p: P) =>
		`Bladet ${quote(p.text)} är dolt, så det som står där syns inte för den som kontrollerar arbetsboken. Visa det (högerklicka på en bladflik › Ta fram) och se över det, eller ta bort det.`,
	problem_workbook_duplicate_sheet: (p: P) =>
		`Bladet ${quote(p.text)} har samma kolumner som bladet ${quote(p.detail ?? '')}: en arbetsbok har ett blad per fil. Flytta raderna till ett av bladen och ta bort det andra.`,
	problem_workbook_formula: (p: P) =>
		`Cellen har en formel (${quote(p.text)}). Följupp läser värden, inte formler: kopiera cellen och klistra in den som värde (Klistra in special › Värden), eller skriv värdet.`,
	problem_workbook_error_cell: (p: P) => `Cellen visar felet ${p.text}. Rätta cellen eller töm den.`,
	problem_workbook_date_time: (p: P) =>
		`Cellen har en tid på dagen (${p.text}) och inte bara ett datum. Kolumnen tar ett datum: skriv det som ÅÅÅÅ-MM-DD.`,
	problem_workbook_unheaded: (p: P) =>
		`Kolumnen har ingen rubrik i rad 1, men cellen har ett värde (${quote(p.text)}). Flytta värdet till rätt kolumn eller töm cellen.`,
	problem_followup_after_end: (p: P) =>
		`Uppföljningen ska börja ${p.text}, efter att insatsen slutar (${p.detail}). Sätt followup_from till ett datum under insatsens tid, eller ändra end.`,
	problem_own_figure_elsewhere: (p: P) =>
		`Insatsens egna nyckeltal räknas i den här kommunen (${p.detail}), inte i ${quote(p.text)}. Skriv ${p.detail} i kolumnen municipality.`,
	problem_count_with_denominator: (p: P) =>
		`Ett antal har ingen nämnare (${quote(p.text)}). Ta bort nämnaren, eller gör nyckeltalet till en andel (kind = share) om värdet är en andel av den.`,
	problem_mixed_period_kinds: (p: P) =>
		`${quote(p.text)} är en annan sorts period än ${p.detail} i samma nyckeltal. Ett nyckeltal har en sorts period (till exempel bara halvår): skriv alla värden så, eller lägg de andra i ett eget nyckeltal.`,
	problem_answer_not_addressed: (p: P) =>
		`Rekommendationen riktar sig inte till ${quote(p.text)} utan till ${p.detail}. Skriv svaret för en av dem, eller rätta kolumnen committees i recommendations.csv.`,
	problem_not_a_due: (p: P) =>
		`${quote(p.text)} är ingen tidpunkt. Skriv ett datum (ÅÅÅÅ-MM-DD) eller den rapport åtgärden ska vara klar till (delar-2026 eller ar-2026).`,
	problem_not_a_report: (p: P) =>
		`${quote(p.text)} är ingen rapport. En åtgärds status anges till en rapport: delar-2026 (delårsrapporten) eller ar-2026 (årsbokslutet).`,
	problem_reason_needed: (_p: P) =>
		'En åtgärd som inte längre är aktuell behöver ett skäl: skriv det i kolumnen comment.',
	problem_followup_before_answer: (p: P) =>
		`Statusen är daterad ${p.text}, före svaret beslutades (${p.detail}). Rätta datumet, eller datumet då svaret beslutades i audit_answers.csv.`,
	problem_part_of_itself: (p: P) =>
		`Ett nyckeltal kan inte vara en del av sig självt (${quote(p.text)}). Skriv id för det antal som det här är en del av, eller töm part_of.`,
	problem_part_of_not_count: (p: P) =>
		`Bara antal kan vara delar av en summa, och summan ska vara ett antal: ${quote(p.detail ?? '')} är en andel eller ett medelvärde. Töm part_of, eller välj ett antal.`,
	problem_part_of_nested: (p: P) =>
		`Summan ${quote(p.text)} är själv en del av ${quote(p.detail ?? '')}. Ange bara en nivå: skriv ${quote(p.detail ?? '')} i part_of, eller töm part_of för ${quote(p.text)}.`,
	problem_parts_not_total: (p: P) =>
		`Delarna blir tillsammans ${p.detail}, men summan är ${p.text}. Delar som anges med part_of ska tillsammans bli summan varje period: rätta värdena, eller lägg till den del som saknas.`,
	problem_not_a_period: (p: P) =>
		`${quote(p.text)} är ingen period. Skriv ett år (2025), ett halvår (2025H1 eller ”2025 halvår 1”), en termin (VT2025, HT2025), ett tertial (2025T2), ett kvartal (2025Q3 eller ”kvartal 3 2025”) eller en månad (2025-08, ”augusti 2025” eller ett datum i månaden).`,
	problem_not_a_count: (p: P) => `${quote(p.text)} är inget antal: ett antal är ett helt tal, noll eller större.`,
	problem_period_kind: (p: P) =>
		p.detail
			? `Perioden passar inte nyckeltalet: dess värden anges så: ${p.detail}.`
			: 'Ett nyckeltal från Kolada har värden per år: utgångs- och målperiod ska vara år.',
	problem_baseline_small: (_p: P) =>
		'Utgångsvärdet visas inte: det rör för få personer, eller skulle låta ett sådant tal räknas fram (se small_numbers i config.json). Välj ett annat utgångsår eller en annan period.',
	problem_not_editable: (p: P) =>
		`Filens rubrikrad (${quote(p.text)}) är inte någon av de filer som kan läsas in här (${p.detail}). Välj en fil som exporterats från Följupp.`,
	problem_line: (line: number) => `rad ${line}`,
	problem_record: (line: number) => `post ${line}`,
	problem_column: (column: string) => `kolumn ${column}`,
	problem_missing_file: (_p: P) => 'Filen saknas.',
	problem_empty_file: (_p: P) => 'Filen är tom.',
	problem_csv_syntax: (p: P) => `Filen kan inte läsas som CSV: ${p.detail ?? p.text}.`,
	problem_bad_json: (p: P) => `Filen är inte giltig JSON: ${p.detail ?? p.text}.`,
	problem_missing_column: (p: P) => `Kolumnen ${quote(p.column ?? '')} saknas.`,
	problem_unknown_column: (p: P) =>
		`Okänd kolumn ${quote(p.text)}${p.detail ? ` (tillåtna: ${p.detail})` : ''}.${p.severity === 'warning' ? ' Den läses inte in.' : ''}`,
	problem_duplicate_column: (p: P) => `Kolumnen ${quote(p.text)} finns två gånger.`,
	problem_ragged_row: (p: P) => {
		const [found, expected, how, first = '', last = ''] = (p.detail ?? '').split('/');
		const where = last !== first ? `en av kolumnerna ${quote(first)} till ${quote(last)}` : `kolumnen ${quote(first)}`;
		if (how === 'missing')
			return `Raden har ${found} fält men rubrikraden har ${expected}: fältet för ${where} saknas troligen. Lägg till det (tomt om det inte har något värde), så att raden får ett kommatecken till.`;
		if (how === 'comma')
			return `Raden har ${found} fält men rubrikraden har ${expected}: texten i ${where} har troligen ett kommatecken. Sätt citattecken (") runt texten.`;
		return `Raden har ${found} fält men rubrikraden har ${expected}. Jämför raden med rubrikraden: ett fält saknas eller är för mycket, eller en text med kommatecken saknar citattecken.`;
	},
	problem_required: (_p: P) => 'Värde saknas i en kolumn som måste fyllas i.',
	problem_invisible_character: (_p: P) =>
		'Texten innehåller ett tecken som inte syns och som skulle publiceras som det är. Ta bort det (skriv om texten i cellen) och spara igen.',
	problem_not_a_number: (p: P) => `${quote(p.text)} är inte ett tal.`,
	problem_not_a_year: (p: P) => `${quote(p.text)} är inte ett år (fyra siffror, t.ex. 2022).`,
	problem_not_a_date: (p: P) => `${quote(p.text)} är inte ett datum (ÅÅÅÅ-MM-DD).`,
	problem_not_allowed: (p: P) => `${quote(p.text)} är inte tillåtet här (tillåtna värden: ${p.detail}).`,
	problem_bad_code: (p: P) =>
		`${quote(p.text)} är ingen kommunkod med fyra siffror${p.detail ? ` – menade du ${p.detail}?` : '.'}`,
	problem_removed_by_import: (p: P) => {
		const [source, file] = (p.detail ?? '').split('|');
		return `Raden hänger på ${quote(p.text)}, som ${source} tar bort ur ${file}. Lägg tillbaka den raden i ${source}, eller ta bort eller ändra också den här raden.`;
	},
	problem_depends_on_rejected: (p: P) => {
		const [file, line] = (p.detail ?? '').split('|');
		return `Hänger på ${quote(p.text)}, vars rad i ${file} (rad ${line}) har ett fel. Rätta den raden först; den här raden behöver inte ändras för det.`;
	},
	problem_unknown_reference: (p: P) =>
		`${quote(p.text)} finns inte i ${p.detail}${p.suggestion ? ` – menade du ${quote(p.suggestion)}?` : '.'}`,
	problem_duplicate_key: (p: P) =>
		`Samma nyckel finns redan${p.detail ? ` på rad ${p.detail}` : ''}: ${quote(p.text)}.`,
	problem_period_order: (p: P) => `Målåret måste komma efter basåret (${p.detail}).`,
	problem_binary_file: (_p: P) =>
		'Filen är ingen textfil (kanske en bild eller ett Excel-ark). Spara den som CSV och försök igen.',
	problem_too_large: (p: P) => {
		const [size, max] = (p.detail ?? '').split('/');
		return `Filen är ${size} MB. Följupp tar emot högst ${max} MB åt gången: dela upp den.`;
	},
	problem_no_rows: (_p: P) => 'Filen har en rubrikrad men inga värden.',
	problem_unterminated_quote: (_p: P) => 'Ett citattecken (") öppnas men stängs aldrig. Allt därefter kan inte läsas.',
	problem_bad_id: (p: P) =>
		`${quote(p.text)} är inget giltigt id för ett nyckeltal (bokstäver och siffror, t.ex. N02797).`,
	problem_conflicting_duplicate: (p: P) =>
		`Samma nyckeltal, kommun, år och kön finns redan på rad ${p.detail} men med ett annat värde: ${quote(p.text)}.`,
	problem_unknown_municipality: (p: P) => `${quote(p.text)} är ingen kommun- eller regionkod som Kolada använder.`
};

export const en: typeof sv = {
	problem_characters: (list) =>
		`The text holds characters that cannot be seen or that look like others: ${list}. Type it again without them.`,
	char_invisible: (code) => `${code} (an invisible character)`,
	char_lookalike: (code, char) => `${char} ${code} (a letter of another alphabet)`,
	problem_bad_encoding: () =>
		'The line has characters that are not UTF-8, although the rest of the file is. Save the file again as "CSV UTF-8" (or "CSV (semicolon delimited)") and try again.',
	problem_line_too_long: () =>
		'A line is longer than 2 million characters: line breaks are probably missing, or a quotation mark is never closed.',
	problem_unreadable_file: () => 'The file cannot be read as CSV. Save it from Excel as "CSV UTF-8" and try again.',
	problem_unreadable_row: (p) => `The line cannot be read: ${quote(p.text)}. Check quotes and delimiters.`,
	problem_ambiguous_number: (p) =>
		`${quote(p.text)} can be read both as a decimal number and as a number with a thousands separator. The file uses ${markEn(p.detail)}: write the number without a thousands separator.`,
	problem_other_decimal_mark: (p) =>
		`${quote(p.text)} has ${p.detail === ',' ? 'a decimal point' : 'a decimal comma'}, but the rest of the file uses ${markEn(p.detail)}. Write every number the same way.`,
	problem_not_finite: (p) => `${quote(p.text)} is too large to be a value.`,
	problem_implausible_year: (p) => `${quote(p.text)} is not a plausible year (${p.detail ?? ''}).`,
	problem_share_needs_denominator: () =>
		'A share needs the number of people it is taken of (the denominator column, above 0): without it, nobody can tell whether the share gives away a few people. Fill in the number.',
	problem_share_out_of_range: (p) =>
		`${quote(p.text)} is no share in per cent: the key figure is a share, and a share lies between 0 and 100.`,
	problem_value_and_mark: (p) =>
		`The row has both a value (${quote(p.detail ?? '')}) and the mark for a missing value (${quote(p.text)}). Remove one of them.`,
	problem_not_utf8: (p) =>
		`The file is not saved as UTF-8 (probably as "CSV (semicolon delimited)" from Excel, which writes Windows-1252): here is a character that would come out wrong (${quote(p.text)}). Run npm run check-data -- --fix, which rewrites the file, or save it as "CSV UTF-8 (comma delimited)".`,
	problem_wrong_delimiter: (p) =>
		`The file is delimited by ${p.detail === ';' ? 'semicolons (as Swedish Excel saves it)' : 'tabs'}, but Följupp's data files are comma-separated. Run npm run check-data -- --fix, which rewrites the file, or save it as "CSV UTF-8 (comma delimited)".`,
	problem_baseline_differs: (p) =>
		`The baseline ${quote(p.text)} differs from the published value ${p.detail} for the same key figure, municipality, gender and year. Write the published value, or leave the cell empty to have it filled in.`,
	problem_baseline_unknown: () =>
		'The baseline is missing, and there is no published value for the key figure, municipality, gender and baseline year to fill in. Enter the value or choose another baseline year.',
	problem_wrong_group: (p) =>
		`The comparison group ${quote(p.text)} belongs to another municipality than ${p.detail}. Run npm run setup (or npm run kolada), which picks the municipality's own Liknande kommuner.`,
	problem_contact_missing: () =>
		"No contact address for the accessibility statement and the data catalogue's contact point: write the municipality's e-mail address for feedback in contact_email. Until then the catalogue is marked incomplete.",
	problem_org_number_missing: () =>
		"No organisation number: the data catalogue (data/katalog.rdf) for Sweden's data portal needs it to say who publishes. Write it in org_number (for example 212000-0000). Until then the catalogue is marked incomplete.",
	problem_not_an_org_number: (p) =>
		`${quote(p.text)} is not an organisation number. Write six digits, a hyphen and four digits (212000-0000).`,
	problem_not_a_site_url: (p) =>
		`${quote(p.text)} is not a web address. Write the whole address, beginning with https:// (https://www.kommun.se/uppfoljning).`,
	problem_not_evaluated: () =>
		"The site's accessibility has not been evaluated yet: review it (see the Accessibility page) and write the date in accessibility_evaluated (YYYY-MM-DD). Until then the accessibility statement says that no evaluation has been made.",
	problem_followup_subject: () =>
		'A follow-up concerns either a measure (the measure column) or an effect target (the target column): fill in one of them, not both.',
	problem_not_a_reporting_period: (p) =>
		`${quote(p.text)} is no follow-up period here. Write the period like this: ${p.detail}.`,
	problem_no_rhythm: (p) =>
		`The measure ${quote(p.detail ?? '')} has no follow-up rhythm: fill in followup_every (term, half-year, tertial, quarter or year) in measures.csv.`,
	problem_future_date: (p) => `${quote(p.text)} is a date after today (${p.detail}).`,
	problem_not_an_id: (p) =>
		`${quote(p.text)} cannot be an id: it becomes part of the page's address, so use only a–z, A–Z, digits, - and _ (at most 40 characters), for example m12.`,
	problem_unreadable_workbook: (p) =>
		`The workbook cannot be read${p.detail ? ` (${p.detail})` : ''}. Save it in Excel as "Excel Workbook (*.xlsx)" and try again.`,
	problem_workbook_too_large: (p) => {
		const [size, max] = (p.detail ?? '').split('/');
		return `The workbook is ${size} MB unpacked. A municipality's measures, targets and follow-ups are far smaller, so Följupp reads at most ${max} MB: check that it is the right workbook, or remove sheets and rows that do not belong.`;
	},
	problem_workbook_hidden_sheet: (p) =>
		`The sheet ${quote(p.text)} is hidden, so what it holds is not seen by whoever checks the workbook. Show it (right-click a sheet tab › Unhide) and look it over, or delete it.`,
	problem_workbook_duplicate_sheet: (p) =>
		`The sheet ${quote(p.text)} has the same columns as the sheet ${quote(p.detail ?? '')}: a workbook has one sheet per file. Move the rows into one of them and delete the other.`,
	problem_workbook_formula: (p) =>
		`The cell holds a formula (${quote(p.text)}). Följupp reads values, not formulas: copy the cell and paste it as a value (Paste Special › Values), or type the value.`,
	problem_workbook_error_cell: (p) => `The cell shows the error ${p.text}. Correct the cell or empty it.`,
	problem_workbook_date_time: (p) =>
		`The cell holds a time of day (${p.text}) as well as a date. The column takes a date: write it as YYYY-MM-DD.`,
	problem_workbook_unheaded: (p) =>
		`The column has no heading in row 1, but the cell has a value (${quote(p.text)}). Move the value to the right column or empty the cell.`,
	problem_followup_after_end: (p) =>
		`Follow-up is to begin ${p.text}, after the measure ends (${p.detail}). Set followup_from to a date within the measure's time, or change end.`,
	problem_own_figure_elsewhere: (p) =>
		`A measure's own figure is counted in this municipality (${p.detail}), not in ${quote(p.text)}. Write ${p.detail} in the municipality column.`,
	problem_count_with_denominator: (p) =>
		`A count has no denominator (${quote(p.text)}). Remove the denominator, or make the figure a share (kind = share) if the value is a share of it.`,
	problem_mixed_period_kinds: (p) =>
		`${quote(p.text)} is another kind of period than ${p.detail} in the same figure. A figure has one kind of period (for example half-years only): write every value so, or put the others in a figure of their own.`,
	problem_answer_not_addressed: (p) =>
		`The recommendation is not addressed to ${quote(p.text)} but to ${p.detail}. Write the answer for one of them, or correct the committees column in recommendations.csv.`,
	problem_not_a_due: (p) =>
		`${quote(p.text)} is not a time. Write a date (YYYY-MM-DD) or the report the action is due by (delar-2026 or ar-2026).`,
	problem_not_a_report: (p) =>
		`${quote(p.text)} is not a report. An action's status is given for a report: delar-2026 (the interim report) or ar-2026 (the annual report).`,
	problem_reason_needed: () => 'An action no longer relevant needs a reason: write it in the comment column.',
	problem_followup_before_answer: (p) =>
		`The status is dated ${p.text}, before the answer was decided (${p.detail}). Correct the date, or the date the answer was decided in audit_answers.csv.`,
	problem_part_of_itself: (p) =>
		`A figure cannot be a part of itself (${quote(p.text)}). Write the id of the count this one is a part of, or empty part_of.`,
	problem_part_of_not_count: (p) =>
		`Only counts can be parts of a total, and the total must be a count: ${quote(p.detail ?? '')} is a share or a mean. Empty part_of, or choose a count.`,
	problem_part_of_nested: (p) =>
		`The total ${quote(p.text)} is itself a part of ${quote(p.detail ?? '')}. Give one level only: write ${quote(p.detail ?? '')} in part_of, or empty part_of for ${quote(p.text)}.`,
	problem_parts_not_total: (p) =>
		`The parts add up to ${p.detail}, but the total is ${p.text}. Parts named with part_of must add up to their total in every period: correct the values, or add the part that is missing.`,
	problem_not_a_period: (p) =>
		`${quote(p.text)} is not a period. Write a year (2025), a half-year (2025H1 or "2025 halvår 1"), a term (VT2025, HT2025), a tertial (2025T2), a quarter (2025Q3 or "kvartal 3 2025") or a month (2025-08, "augusti 2025" or a date in the month).`,
	problem_not_a_count: (p) => `${quote(p.text)} is not a count: a count is a whole number, zero or more.`,
	problem_period_kind: (p) =>
		p.detail
			? `The period does not fit the key figure: its values are given like this: ${p.detail}.`
			: 'A key figure from Kolada has values per year: the baseline and target periods must be years.',
	problem_baseline_small: () =>
		'The baseline is not shown: it concerns too few people, or would let such a number be worked out (see small_numbers in config.json). Choose another baseline year or period.',
	problem_not_editable: (p) =>
		`The file's header (${quote(p.text)}) is none of the files that can be read here (${p.detail}). Choose a file exported from Följupp.`,
	problem_line: (line) => `line ${line}`,
	problem_record: (line) => `record ${line}`,
	problem_column: (column) => `column ${column}`,
	problem_missing_file: () => 'The file is missing.',
	problem_empty_file: () => 'The file is empty.',
	problem_csv_syntax: (p) => `The file cannot be read as CSV: ${p.detail ?? p.text}.`,
	problem_bad_json: (p) => `The file is not valid JSON: ${p.detail ?? p.text}.`,
	problem_missing_column: (p) => `The column ${quote(p.column ?? '')} is missing.`,
	problem_unknown_column: (p) =>
		`Unknown column ${quote(p.text)}${p.detail ? ` (allowed: ${p.detail})` : ''}.${p.severity === 'warning' ? ' It is not read.' : ''}`,
	problem_duplicate_column: (p) => `The column ${quote(p.text)} appears twice.`,
	problem_ragged_row: (p) => {
		const [found, expected, how, first = '', last = ''] = (p.detail ?? '').split('/');
		const where =
			last !== first ? `one of the columns ${quote(first)} to ${quote(last)}` : `the column ${quote(first)}`;
		if (how === 'missing')
			return `The row has ${found} fields but the header has ${expected}: the field of ${where} is probably missing. Add it (empty if it has no value), so that the row gets one more comma.`;
		if (how === 'comma')
			return `The row has ${found} fields but the header has ${expected}: the text in ${where} probably holds a comma. Put quotes (") around the text.`;
		return `The row has ${found} fields but the header has ${expected}. Compare the row with the header: a field is missing or one too many, or a text with a comma lacks quotes.`;
	},
	problem_required: () => 'A value is missing in a column that must be filled in.',
	problem_invisible_character: () =>
		'The text holds a character that cannot be seen and would be published as it is. Remove it (type the text in the cell again) and save.',
	problem_not_a_number: (p) => `${quote(p.text)} is not a number.`,
	problem_not_a_year: (p) => `${quote(p.text)} is not a year (four digits, e.g. 2022).`,
	problem_not_a_date: (p) => `${quote(p.text)} is not a date (YYYY-MM-DD).`,
	problem_not_allowed: (p) => `${quote(p.text)} is not allowed here (allowed values: ${p.detail}).`,
	problem_bad_code: (p) =>
		`${quote(p.text)} is not a four-digit municipality code${p.detail ? ` – did you mean ${p.detail}?` : '.'}`,
	problem_removed_by_import: (p) => {
		const [source, file] = (p.detail ?? '').split('|');
		return `The row depends on ${quote(p.text)}, which ${source} takes out of ${file}. Put that row back in ${source}, or remove or change this row too.`;
	},
	problem_depends_on_rejected: (p) => {
		const [file, line] = (p.detail ?? '').split('|');
		return `Depends on ${quote(p.text)}, whose row in ${file} (line ${line}) has an error. Fix that row first; this row need not change for it.`;
	},
	problem_unknown_reference: (p) =>
		`${quote(p.text)} does not exist in ${p.detail}${p.suggestion ? ` – did you mean ${quote(p.suggestion)}?` : '.'}`,
	problem_duplicate_key: (p) =>
		`The same key already exists${p.detail ? ` on line ${p.detail}` : ''}: ${quote(p.text)}.`,
	problem_period_order: (p) => `The target year must come after the baseline year (${p.detail}).`,
	problem_binary_file: () =>
		'The file is not a text file (perhaps an image or an Excel workbook). Save it as CSV and try again.',
	problem_too_large: (p) => {
		const [size, max] = (p.detail ?? '').split('/');
		return `The file is ${size} MB. Följupp accepts at most ${max} MB at a time: split it.`;
	},
	problem_no_rows: () => 'The file has a header row but no values.',
	problem_unterminated_quote: () => 'A quotation mark (") is opened but never closed. Nothing after it can be read.',
	problem_bad_id: (p) => `${quote(p.text)} is not a valid key-figure id (letters and digits, e.g. N02797).`,
	problem_conflicting_duplicate: (p) =>
		`The same key figure, municipality, year and gender is already on line ${p.detail}, with another value: ${quote(p.text)}.`,
	problem_unknown_municipality: (p) => `${quote(p.text)} is not a municipality or region code that Kolada uses.`
};
