import { isAbsolute, relative } from 'node:path';
import { type BuildResult, formatProblem } from '../../core/content/build-glossary.ts';

/** How a content directory is named in reports: relative to where the command runs, unless it lies outside. */
export function shownRoot(contentDir: string): string {
	const rel = relative(process.cwd(), contentDir);
	if (rel === '') return '.';
	return rel.startsWith('..') || isAbsolute(rel) ? contentDir : rel;
}

/** The report `check` prints, and start-up prints when content is broken: one line per problem, then a summary. */
export function reportLines(result: BuildResult, root: string): string[] {
	const errors = result.problems.filter((p) => p.severity === 'error');
	const warnings = result.problems.filter((p) => p.severity === 'warning');
	const lines = [...errors, ...warnings].map((p) => formatProblem(p, root));
	const terms = result.glossary?.termIds.length;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	lines.push(
		`${plural(result.fileCount, 'file')}${terms === undefined ? '' : `, ${plural(terms, 'term')}`}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`,
	);
	if (errors.length > 0) lines.push('content is broken: fix the errors above; the bot will not serve it');
	return lines;
}
