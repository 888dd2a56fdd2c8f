import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../core/answer/engine.ts';
import { RANKING } from '../core/answer/ranking-config.ts';
import type { CommandContext } from '../core/command.ts';
import type { IndexMeta } from '../core/search/compiled-index.ts';
import type { ContentSource, IndexOutcome, LoadedContent } from './content-pipeline.ts';
import { defaultIndexFile, fallbackIndexFile, listContent, loadIndexFile, readIndexHead } from './fs/index-file.ts';

/**
 * The fast path from a content directory to a glossary: its compiled index, when one matches the files as they
 * are (same paths, sizes and modification times). Nothing here validates or builds, so nothing loads the
 * Markdown and YAML parsers: a one-shot CLI answer from a fresh index spends no time importing them. When the
 * index is missing or stale, the caller falls back to `loadContent` (content-pipeline.ts), which builds it.
 */
export function loadFreshContent(
	source: ContentSource,
	translator: CommandContext['translator'],
): LoadedContent | undefined {
	const dir = resolve(source.contentDir);
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
	const { fingerprint } = listContent(dir);
	for (const file of indexCandidates(source, dir)) {
		const meta = readIndexHead(file)?.meta;
		if (meta?.fingerprint !== fingerprint) continue;
		try {
			return withEngine(loadIndexFile(file), reusedOutcome(file, meta, fingerprint), translator);
		} catch {
			// Damaged: the full path rebuilds it.
			return undefined;
		}
	}
	return undefined;
}

/** Where this content's index may be: the one given, or beside the articles, then in the temporary directory. */
export function indexCandidates(source: ContentSource, dir: string): string[] {
	return source.indexFile ? [source.indexFile] : [defaultIndexFile(dir), fallbackIndexFile(dir)];
}

/** What ensuring an index found when a matching one was already there. */
export function reusedOutcome(file: string, meta: IndexMeta, fingerprint: string): Extract<IndexOutcome, { ok: true }> {
	return {
		ok: true,
		file,
		contentHash: meta.contentHash,
		fingerprint,
		fileCount: meta.fileCount,
		termCount: meta.termCount,
		warnings: meta.warnings,
		built: false,
	};
}

/** The engine over a loaded index; closes the index if the engine cannot be made. */
export function withEngine(
	index: ReturnType<typeof loadIndexFile>,
	outcome: Extract<IndexOutcome, { ok: true }>,
	translator: CommandContext['translator'],
): LoadedContent {
	try {
		const engine = createEngine(index.glossary, RANKING, {
			terms: index.terms,
			sections: index.sections,
			lexicon: index.lexicon,
			kinds: index.kinds,
		});
		return { ctx: { engine, translator }, index, outcome, close: index.close };
	} catch (error) {
		index.close();
		throw error;
	}
}
