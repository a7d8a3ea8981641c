/** Every layout an upload may have, in the order they are recognised. */
import type { CsvLayout, TextFormat } from './layout';
import { koladaJson } from './kolada-json';
import { tidy } from './tidy';
import { wide } from './wide';

export const TEXT_FORMATS: readonly TextFormat[] = [koladaJson];
/** The first whose `detect` says yes; tidy takes anything, so it comes last. */
export const CSV_LAYOUTS: readonly CsvLayout[] = [wide, tidy];

export type { CsvLayout, CsvShape, Delimiter, TextFormat } from './layout';
