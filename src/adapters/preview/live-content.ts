import { type FSWatcher, watch } from 'node:fs';
import { createEngine } from '../../core/answer/engine.ts';
import type { CommandContext } from '../../core/command.ts';
import type { Glossary } from '../../core/content/types.ts';
import type { Translator } from '../../core/i18n/translator.ts';
import { reportLines, shownRoot } from '../fs/content-report.ts';
import { ContentDirError, loadContentDir } from '../fs/read-content.ts';

export interface ContentState {
	/** Bumped on every rebuild, good or broken: the page re-asks when it changes. */
	version: number;
	ok: boolean;
	/** The `check` report: one line per problem and a summary. */
	report: string[];
	/** The last content that loaded; kept while the files are broken, so a fix is one save away. */
	ctx: CommandContext | undefined;
	glossary: Glossary | undefined;
}

export interface LiveContent {
	state(): ContentState;
	/** Called after every rebuild; returns the unsubscribe function. */
	subscribe(listener: (state: ContentState) => void): () => void;
	close(): void;
}

// Editors save in bursts (write, rename, chmod): one rebuild per burst.
const DEBOUNCE_MS = 150;

/**
 * The content directory, loaded now and again whenever a file under it changes (fs.watch, recursive). Each
 * rebuild is complete before it replaces the state, so a request never sees half-loaded content.
 * (A minimal watcher for the preview; the bot's own live reload belongs to the content pipeline.)
 */
export function watchContent(contentDir: string, translator: Translator): LiveContent {
	const listeners = new Set<(state: ContentState) => void>();
	let state = build(contentDir, translator, 0, undefined);
	let timer: NodeJS.Timeout | undefined;
	let watcher: FSWatcher | undefined;
	try {
		watcher = watch(contentDir, { recursive: true }, () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				state = build(contentDir, translator, state.version + 1, state);
				for (const listener of listeners) listener(state);
			}, DEBOUNCE_MS);
		});
	} catch {
		// A missing directory is already in the report; there is nothing to watch.
	}
	return {
		state: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			clearTimeout(timer);
			watcher?.close();
			listeners.clear();
		},
	};
}

function build(
	contentDir: string,
	translator: Translator,
	version: number,
	previous: ContentState | undefined,
): ContentState {
	try {
		const result = loadContentDir(contentDir);
		const report = reportLines(result, shownRoot(contentDir));
		if (!result.glossary) return { version, ok: false, report, ctx: previous?.ctx, glossary: previous?.glossary };
		const ctx = { engine: createEngine(result.glossary), translator };
		return { version, ok: true, report, ctx, glossary: result.glossary };
	} catch (error) {
		if (!(error instanceof ContentDirError)) throw error;
		return {
			version,
			ok: false,
			report: [`error: ${error.message}`],
			ctx: previous?.ctx,
			glossary: previous?.glossary,
		};
	}
}
