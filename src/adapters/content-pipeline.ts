import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandContext } from '../core/command.ts';
import type { Problem } from '../core/content/types.ts';
import { createTranslator } from '../core/i18n/translator.ts';
import { compileContent } from '../core/search/compile-content.ts';
import type { CompiledIndex } from '../core/search/compiled-index.ts';
import { indexCandidates, reusedOutcome, withEngine } from './fresh-index.ts';
import {
	analysisStamp,
	hashContent,
	listContent,
	loadIndexFile,
	readFiles,
	readIndexHead,
	writeIndexFile,
} from './fs/index-file.ts';

export { withEngine };

/**
 * From a content directory to a running glossary, shared by the CLI, `serve`, `serve-http`, live reload and
 * the live preview: make sure a compiled index matching the content exists (reuse it, or validate, build and
 * write it), then load it. Building happens only when the content changed; loading never parses Markdown.
 */
export interface ContentSource {
	contentDir: string;
	/** An explicit index file; by default `<content>/.index/glossary.idx`, or the temporary directory if that is read-only. */
	indexFile?: string | undefined;
	/** Live reload: the old-generation heap its build in a worker thread may use, in MB (unbounded when unset). */
	reloadMemoryMb?: number | undefined;
}

export type IndexOutcome =
	| {
			ok: true;
			file: string;
			contentHash: string;
			/** The content files' fingerprint when the index was checked or built. */
			fingerprint: string;
			fileCount: number;
			termCount: number;
			warnings: Problem[];
			/** True when it was built now; false when a matching index was already there. */
			built: boolean;
	  }
	| { ok: false; problems: Problem[]; fileCount: number; message: string };

/** Makes sure an index matching the content exists; builds and writes it if not (or if `force`). */
export function ensureIndex(
	source: ContentSource,
	options: { force?: boolean; progress?: (message: string) => void } = {},
): IndexOutcome {
	const progress = options.progress ?? (() => {});
	const dir = resolve(source.contentDir);
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		return { ok: false, problems: [], fileCount: 0, message: `content directory not found: ${dir}` };
	}
	const listing = listContent(dir);
	const candidates = indexCandidates(source, dir);
	const heads = options.force ? [] : candidates.map((file) => ({ file, head: readIndexHead(file) }));
	const reuse = (file: string, meta: CompiledIndex['meta']) => reusedOutcome(file, meta, listing.fingerprint);
	for (const { file, head } of heads) {
		if (head?.meta.fingerprint === listing.fingerprint) return reuse(file, head.meta);
	}
	progress(`reading ${listing.paths.length} content files…`);
	const files = readFiles(dir, listing.paths);
	const contentHash = hashContent(files);
	for (const { file, head } of heads) {
		if (head?.meta.contentHash === contentHash) return reuse(file, head.meta);
	}
	const stamp = { contentHash, fingerprint: listing.fingerprint, analysis: analysisStamp() };
	const compiled = compileContent(files, stamp, progress);
	if (!compiled.index) {
		const errors = compiled.problems.filter((p) => p.severity === 'error').length;
		return {
			ok: false,
			problems: compiled.problems,
			fileCount: compiled.fileCount,
			message: `content is broken (${errors} error${errors === 1 ? '' : 's'})`,
		};
	}
	const file = writeWithFallback(candidates, compiled.index, progress);
	const warnings = compiled.problems.filter((p) => p.severity === 'warning');
	return { ...reuse(file, compiled.index.meta), warnings, built: true };
}

function writeWithFallback(candidates: string[], index: CompiledIndex, progress: (m: string) => void): string {
	for (const [i, file] of candidates.entries()) {
		progress(`writing ${file}…`);
		try {
			writeIndexFile(file, index);
			return file;
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const readOnly = code === 'EACCES' || code === 'EROFS' || code === 'EPERM';
			if (!readOnly || i === candidates.length - 1) throw error;
		}
	}
	throw new Error('no index file location');
}

export interface LoadedContent {
	ctx: CommandContext;
	index: CompiledIndex;
	outcome: Extract<IndexOutcome, { ok: true }>;
	/** Closes the index file; call once no request can read the old glossary's text any more. */
	close(): void;
}

/** Ensures the index, then loads it into a context for the commands. */
export function loadContent(
	source: ContentSource,
	options: {
		progress?: (message: string) => void;
		translator?: CommandContext['translator'];
		/** Called once the index exists (built or not), right before it is read into memory. */
		beforeLoad?: () => void;
	} = {},
): { ok: true; content: LoadedContent } | Extract<IndexOutcome, { ok: false }> {
	let outcome = ensureIndex(source, options);
	if (!outcome.ok) return outcome;
	options.beforeLoad?.();
	let index: ReturnType<typeof loadIndexFile>;
	try {
		index = loadIndexFile(outcome.file);
	} catch (error) {
		// A damaged or foreign file with a matching stamp: build it again rather than refuse to start.
		options.progress?.(`index file unreadable (${(error as Error).message}); building it again…`);
		outcome = ensureIndex(source, { ...options, force: true });
		if (!outcome.ok) return outcome;
		index = loadIndexFile(outcome.file);
	}
	return { ok: true, content: withEngine(index, outcome, options.translator ?? createTranslator()) };
}

/**
 * The compiled index stamped with `contentHash`, if one is still where this content's index is written: the
 * glossary a process served before it was restarted, to go on serving while the content on disk is broken.
 */
export function loadServedIndex(
	source: ContentSource,
	contentHash: string,
	translator: CommandContext['translator'] = createTranslator(),
): LoadedContent | undefined {
	const dir = resolve(source.contentDir);
	const candidates = indexCandidates(source, dir);
	for (const file of candidates) {
		const meta = readIndexHead(file)?.meta;
		if (meta?.contentHash !== contentHash) continue;
		try {
			// The files as they are now: they were checked (and refused), so only a change should reload them.
			const outcome = reusedOutcome(file, meta, existsSync(dir) ? listContent(dir).fingerprint : meta.fingerprint);
			return withEngine(loadIndexFile(file), outcome, translator);
		} catch {
			// Unreadable (damaged, another format version): try the next place, or refuse the broken content.
		}
	}
	return undefined;
}
