import { statSync } from 'node:fs';
import { ensureIndex } from '../adapters/content-pipeline.ts';
import { reportLines, shownRoot } from './check.ts';
import { EXIT } from './exit-codes.ts';

type Io = { out: (s: string) => void; err: (s: string) => void };

/**
 * `glossary-bot build [--content DIR] [--out FILE]`: validates the content and writes the compiled index that
 * `serve`, `serve-http` and the CLI load (they build it themselves when it is missing or stale; building it
 * ahead, e.g. in a container image, makes their start-up a load). Reports problems the way `check` does.
 */
export function runBuild(contentDir: string, out: string | undefined, io: Io): number {
	const started = performance.now();
	const outcome = ensureIndex(
		{ contentDir, indexFile: out },
		{ force: true, progress: (m) => io.err(`glossary-bot build: ${m}\n`) },
	);
	if (!outcome.ok) {
		if (outcome.problems.length === 0) io.err(`glossary-bot build: ${outcome.message}\n`);
		else {
			const failed = { problems: outcome.problems, fileCount: outcome.fileCount, glossary: undefined };
			io.out(`${reportLines(failed, shownRoot(contentDir)).join('\n')}\n`);
			io.err(`glossary-bot build: ${outcome.message}; no index written\n`);
		}
		return EXIT.failure;
	}
	const mb = statSync(outcome.file).size / 2 ** 20;
	io.out(
		`${outcome.file}: ${outcome.termCount} terms from ${outcome.fileCount} files (${outcome.warnings.length} warnings, see check), ${mb.toFixed(1)} MB, content ${outcome.contentHash.slice(0, 12)}, built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
	);
	return EXIT.ok;
}
