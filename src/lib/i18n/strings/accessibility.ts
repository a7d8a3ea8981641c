/** The accessibility statement (tillgänglighetsredogörelse), laid out as DIGG's model statement prescribes. */
export const sv = {
	a11y_title: (service: string) => `Tillgänglighetsredogörelse för ${service}`,
	a11y_lead: (organisation: string) =>
		`${organisation} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.`,
	a11y_how_heading: 'Hur tillgänglig är webbplatsen?',
	a11y_status_before: 'Webbplatsen är',
	a11y_status_helt: 'helt förenlig',
	a11y_status_delvis: 'delvis förenlig',
	a11y_status_inte: 'inte förenlig',
	a11y_status_after: (full: boolean) =>
		`med lagen om tillgänglighet till digital offentlig service${full ? '.' : ', på grund av de brister som beskrivs nedan.'}`,
	a11y_alternatives_heading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
	a11y_alternatives:
		'Alla diagram har en text som sammanfattar dem och en tabell med värdena (”Visa tabell”). All data går att ladda ner som CSV. Om du behöver innehåll i ett annat format, kontakta oss på',
	a11y_contact_missing: '(kontaktuppgift saknas ännu)',
	a11y_report_heading: 'Rapportera brister',
	a11y_report:
		'Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, meddela oss på',
	a11y_report_after: 'så att vi får veta att problemet finns.',
	a11y_supervision_heading: 'Tillsyn',
	a11y_supervision:
		'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du',
	a11y_supervision_link: 'kontakta Digg och påpeka det',
	a11y_gaps_heading: 'Innehåll som inte är tillgängligt',
	a11y_gap_points:
		'Diagrammens enskilda punkter kan inte utforskas en och en med tangentbordet. Samma värden finns i tabellen under varje diagram och i den skrivna sammanfattningen.',
	a11y_gap_language:
		'Texter som ingen har skrivit på engelska (till exempel en insats namn och beskrivning) visas på svenska även i den engelska versionen; de är då märkta som svenska.',
	a11y_tested_heading: 'Hur vi testat webbplatsen',
	a11y_tested: (date: string) =>
		`Vi har gjort en självskattning (intern testning). Varje ändring testas automatiskt med axe-core mot WCAG 2.1 nivå A och AA på varje sida, på svenska och engelska, i ljust läge, och på varje slags sida i mörkt läge. Vi har också gått igenom sidorna med enbart tangentbord och i 320 px bredd. Senaste bedömningen gjordes ${date}.`,
	a11y_not_evaluated: (organisation: string) =>
		`${organisation} har ännu inte gjort någon egen bedömning av den här webbplatsen. Programmet den är byggd med, Följupp, testas automatiskt med axe-core mot WCAG 2.1 nivå A och AA vid varje ändring, på varje sida, på svenska och engelska. Datumet för vår bedömning står här när den är gjord.`
};

export const en: typeof sv = {
	a11y_title: (service) => `Accessibility statement for ${service}`,
	a11y_lead: (organisation) =>
		`${organisation} is responsible for this website. We want as many people as possible to be able to use it. This statement describes how the website complies with the Swedish act (2018:1937) on accessibility to digital public services, known accessibility problems, and how you can report problems to us so that we can fix them.`,
	a11y_how_heading: 'How accessible is the website?',
	a11y_status_before: 'The website is',
	a11y_status_helt: 'fully compliant',
	a11y_status_delvis: 'partially compliant',
	a11y_status_inte: 'not compliant',
	a11y_status_after: (full) =>
		`with the act on accessibility to digital public services${full ? '.' : ', because of the shortcomings described below.'}`,
	a11y_alternatives_heading: 'What can you do if you cannot use parts of the website?',
	a11y_alternatives:
		'Every chart has a text that summarises it and a table of its values ("Show table"). All data can be downloaded as CSV. If you need content in another format, contact us at',
	a11y_contact_missing: '(no contact given yet)',
	a11y_report_heading: 'Report problems',
	a11y_report:
		'We keep working to improve accessibility. If you find problems not described here, or think we do not meet the requirements of the law, tell us at',
	a11y_report_after: '',
	a11y_supervision_heading: 'Supervision',
	a11y_supervision:
		'The Agency for Digital Government (Digg) supervises the act. If you are not satisfied with how we handle your comments, you can',
	a11y_supervision_link: 'contact Digg and tell them',
	a11y_gaps_heading: 'Content that is not accessible',
	a11y_gap_points:
		'The individual points of a chart cannot be explored one by one with the keyboard. The same values are in the table under every chart and in its written summary.',
	a11y_gap_language:
		"Texts nobody has written in English (a measure's name and description, for example) are shown in Swedish in the English version too; they are then marked as Swedish.",
	a11y_tested_heading: 'How we tested the website',
	a11y_tested: (date) =>
		`We made a self-assessment (internal testing). Every change is tested automatically with axe-core against WCAG 2.1 levels A and AA on every page, in Swedish and English, in light mode, and on every kind of page in dark mode. We have also gone through the pages with the keyboard only and at 320 px width. The latest assessment was made on ${date}.`,
	a11y_not_evaluated: (organisation) =>
		`${organisation} has not yet made an evaluation of its own of this website. The software it is built with, Följupp, is tested automatically with axe-core against WCAG 2.1 levels A and AA at every change, on every page, in Swedish and English. The date of our evaluation will be given here once it has been made.`
};
