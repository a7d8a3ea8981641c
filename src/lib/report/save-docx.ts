/**
 * A report's Word file, made on click (docx is large: it loads only then) and saved under a name that
 * says what it is; the wait and a failure said as an `Async` the page shows.
 */
import { failed, idle, loading, type Async } from '$lib/components/async';
import { saveFile } from '$lib/browser/download';
import { fileSlug } from '$lib/data/text';
import { strings } from '$lib/i18n/strings';
import type { ReportOutline } from './blocks';

export async function saveDocx(
	outline: ReportOutline,
	name: string,
	show: (state: Async<null>) => void
): Promise<void> {
	const s = strings[outline.lang];
	show(loading(s.report_docx_making));
	try {
		const { reportDocx } = await import('./docx');
		saveFile(await reportDocx(outline), `${fileSlug(name, 100)}.docx`);
		show(idle);
	} catch (e) {
		show(failed(s.report_docx_failed, e));
	}
}
