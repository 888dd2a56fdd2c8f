import { ContentDirError, loadContentDir } from '../adapters/fs/read-content.ts';
import { formatProblem } from '../core/content/build-glossary.ts';

export interface CheckOutput {
	ok: boolean;
	lines: string[];
}

/** `glossary-bot check`: validates a content tree and reports every problem with its file and line. */
export function runCheck(contentDir: string, displayRoot: string): CheckOutput {
	let result: ReturnType<typeof loadContentDir>;
	try {
		result = loadContentDir(contentDir);
	} catch (error) {
		if (error instanceof ContentDirError) return { ok: false, lines: [`error: ${error.message}`] };
		throw error;
	}
	const errors = result.problems.filter((p) => p.severity === 'error');
	const warnings = result.problems.filter((p) => p.severity === 'warning');
	const lines = [...errors, ...warnings].map((p) => formatProblem(p, displayRoot));
	const terms = result.glossary?.termIds.length;
	lines.push(
		`${result.fileCount} files${terms === undefined ? '' : `, ${terms} terms`}: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`,
	);
	if (errors.length > 0) lines.push('content is broken: fix the errors above; the bot will not serve it');
	return { ok: errors.length === 0, lines };
}
