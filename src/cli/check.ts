import { reportLines, shownRoot } from '../adapters/fs/content-report.ts';
import { ContentDirError, loadContentDir } from '../adapters/fs/read-content.ts';
import type { BuildResult } from '../core/content/build-glossary.ts';
import { EXIT } from './exit-codes.ts';

type Io = { out: (s: string) => void; err: (s: string) => void };

export { reportLines, shownRoot };

export interface CheckOutput {
	ok: boolean;
	lines: string[];
}

/** `glossary-bot check`: validates a content tree and reports every problem with its file and line. */
export function runCheck(contentDir: string, displayRoot = shownRoot(contentDir)): CheckOutput {
	let result: BuildResult;
	try {
		result = loadContentDir(contentDir);
	} catch (error) {
		if (error instanceof ContentDirError) return { ok: false, lines: [`error: ${error.message}`] };
		throw error;
	}
	return { ok: result.glossary !== undefined, lines: reportLines(result, displayRoot) };
}

export function runCheckCommand(contentDir: string, io: Io): number {
	const out = runCheck(contentDir);
	io.out(`${out.lines.join('\n')}\n`);
	return out.ok ? EXIT.ok : EXIT.failure;
}
