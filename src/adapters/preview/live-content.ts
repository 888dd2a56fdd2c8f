import { createEngine } from '../../core/answer/engine.ts';
import type { CommandContext } from '../../core/command.ts';
import type { Glossary } from '../../core/content/types.ts';
import type { Translator } from '../../core/i18n/translator.ts';
import { reportLines, shownRoot } from '../fs/content-report.ts';
import { ContentDirError, loadContentDir } from '../fs/read-content.ts';
import { watchContent } from '../fs/watch-content.ts';

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
	/** Resolves once the watcher sees changes. */
	ready: Promise<void>;
	close(): Promise<void>;
}

// Editors save in bursts (write, rename, chmod): one rebuild per burst, soon enough to feel live.
const DEBOUNCE_MS = 150;

/**
 * The content directory, loaded now and again whenever a file under it changes (the content pipeline's
 * watcher). Unlike the bot, the preview starts and keeps running on broken content: it shows the report.
 * Each rebuild is complete before it replaces the state, so a request never sees half-loaded content.
 */
export function previewContent(contentDir: string, translator: Translator): LiveContent {
	const listeners = new Set<(state: ContentState) => void>();
	let state = build(contentDir, translator, 0, undefined);
	let ready: () => void = () => {};
	const watching = new Promise<void>((resolve) => {
		ready = resolve;
	});
	const stop = watchContent(
		contentDir,
		() => {
			state = build(contentDir, translator, state.version + 1, state);
			for (const listener of listeners) listener(state);
		},
		{ debounceMs: DEBOUNCE_MS, onReady: () => ready(), onError: () => ready() },
	);
	return {
		state: () => state,
		ready: watching,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		async close() {
			listeners.clear();
			await stop();
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
