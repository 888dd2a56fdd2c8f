import { loadContent } from '../adapters/content-pipeline.ts';
import type { CommandContext } from '../core/command.ts';
import type { Io } from './answer.ts';
import { reportLines, shownRoot } from './check.ts';

/**
 * Loads content for a front door from its compiled index (built first when the content changed); on broken
 * content prints the same report as `check` and returns undefined. Build progress is shown on a terminal only,
 * so that piped output stays clean.
 */
export function loadContext(
	contentDir: string,
	io: Io,
	options: { indexFile?: string | undefined; progress?: (message: string) => void } = {},
): CommandContext | undefined {
	const progress =
		options.progress ?? (process.stderr.isTTY ? (m: string) => io.err(`glossary-bot: ${m}\n`) : undefined);
	const result = loadContent({ contentDir, indexFile: options.indexFile }, progress ? { progress } : {});
	if (result.ok) return result.content.ctx;
	if (result.problems.length === 0) {
		io.err(`glossary-bot: ${result.message}\n`);
		return undefined;
	}
	// The same report as `check`, on stderr: start-up and check never disagree about paths or wording.
	const failed = { problems: result.problems, fileCount: result.fileCount, glossary: undefined };
	io.err(`${reportLines(failed, shownRoot(contentDir)).join('\n')}\n`);
	return undefined;
}
