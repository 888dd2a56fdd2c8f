import { reportLines, shownRoot } from '../cli/check.ts';
import type { Engine } from '../core/answer/engine.ts';
import type { CommandContext } from '../core/command.ts';
import { boundHeapGrowth, collectGarbage, scavengeOnMainThread } from './collect-garbage.ts';
import {
	type ContentSource,
	type IndexOutcome,
	type LoadedContent,
	loadContent,
	loadServedIndex,
	withEngine,
} from './content-pipeline.ts';
import { listContent, loadIndexFile } from './fs/index-file.ts';
import { watchContent } from './fs/watch-content.ts';
import { primeEngine } from './prime-engine.ts';
import { startWorker } from './start-worker.ts';

export interface ContentStatus {
	hash: string;
	terms: number;
	/** `ok`, `failed: 2 errors` (the previous content keeps serving), or `building`. */
	reload: string;
}

interface Log {
	info(obj: object, msg?: string): void;
	warn(obj: object, msg?: string): void;
	error(obj: object, msg?: string): void;
}

// After a swap, the old glossary's index file stays open this long for anything still reading it.
const CLOSE_OLD_AFTER_MS = 30_000;

/** Before a server says it is ready: its first answers compiled, the load's garbage collected, scavenges set. */
function settle(engine: Engine): void {
	primeEngine(engine);
	collectGarbage();
	// After the load, which allocates for seconds: there, helper threads shorten it.
	scavengeOnMainThread(process.execArgv);
}

/**
 * The glossary a server answers from, swapped atomically when the content changes. `ctx` always reads the
 * current one; a request is handled synchronously from start to reply, so it sees one glossary throughout.
 * Reloads run in a worker thread (validate, build, write the index); broken content keeps the old glossary.
 */
export class LiveContent {
	readonly ctx: CommandContext;
	private current: LoadedContent;
	private state = 'ok';
	private running: Promise<void> | undefined;
	private again = false;
	private stopWatching: (() => Promise<void>) | undefined;
	private readonly source: ContentSource;
	private readonly log: Log;
	private readonly listeners: (() => void)[] = [];
	private readonly failureListeners: (() => void)[] = [];
	private readonly statusListeners: ((status: ContentStatus) => void)[] = [];

	private constructor(first: LoadedContent, source: ContentSource, log: Log) {
		this.current = first;
		this.source = source;
		this.log = log;
		const live = this;
		this.ctx = {
			...first.ctx,
			get engine() {
				return live.current.ctx.engine;
			},
		};
	}

	/**
	 * Loads (building the index if needed); undefined, with the report logged, if the content is broken. With
	 * `served`, the hash of the content this process served before it was restarted (a shard the sharding manager
	 * started again), broken content is refused the way a reload refuses it: that glossary goes on serving.
	 */
	static start(
		source: ContentSource,
		log: Log,
		options: { served?: string | undefined } = {},
	): LiveContent | undefined {
		const result = loadContent(source, {
			progress: (message) => log.info({ event: 'build' }, message),
			// Bounded before the index is read, not after: reading it leaves ~100 MB of parser garbage behind, and
			// with V8's default growth the heap kept it until well past it (the start's peak RSS, ~100 MB above ready).
			// After building, not before: a build in this process would collect too often.
			beforeLoad: () => boundHeapGrowth(process.env, process.execArgv),
		});
		if (!result.ok) {
			reportFailure(result, source.contentDir, log);
			return options.served ? LiveContent.keepServing(source, log, options.served, result) : undefined;
		}
		log.info(
			{
				event: 'content',
				hash: result.content.outcome.contentHash,
				terms: result.content.outcome.termCount,
				file: result.content.outcome.file,
				built: result.content.outcome.built,
			},
			'content loaded',
		);
		settle(result.content.ctx.engine);
		return new LiveContent(result.content, source, log);
	}

	private static keepServing(
		source: ContentSource,
		log: Log,
		served: string,
		failure: Extract<IndexOutcome, { ok: false }>,
	): LiveContent | undefined {
		// The same memory settings as a start on good content: this process serves from here on all the same.
		boundHeapGrowth(process.env, process.execArgv);
		const previous = loadServedIndex(source, served);
		if (!previous) return undefined;
		settle(previous.ctx.engine);
		const { contentHash: hash, termCount: terms, file } = previous.outcome;
		log.warn(
			{ event: 'content', hash, terms, file },
			'content is broken; serving the content served before the restart',
		);
		const live = new LiveContent(previous, source, log);
		live.state = failedState(failure);
		return live;
	}

	/** A context for the servers: `extra` fields, and whichever glossary is current when `engine` is read. */
	contextWith<T extends object>(extra: T): CommandContext & T {
		const live = this;
		return {
			...this.ctx,
			...extra,
			get engine() {
				return live.current.ctx.engine;
			},
		};
	}

	/** Told after each reload that was refused (the previous content keeps serving): for metrics. */
	onReloadFailed(listener: () => void): void {
		this.failureListeners.push(listener);
	}

	/** Called after each swap to new content (metrics, caches keyed by content). */
	onReload(listener: () => void): void {
		this.listeners.push(listener);
	}

	/** Told whenever status() changes (a reload starts, fails, or swaps or confirms the content): for shards' health. */
	onStatus(listener: (status: ContentStatus) => void): void {
		this.statusListeners.push(listener);
	}

	status(): ContentStatus {
		return { hash: this.current.outcome.contentHash, terms: this.current.outcome.termCount, reload: this.state };
	}

	/** Rebuilds and swaps; calls during a reload make one more reload after it. Never throws. */
	reload(reason: string): Promise<void> {
		if (this.running) {
			this.again = true;
			return this.running;
		}
		this.running = (async () => {
			try {
				do {
					this.again = false;
					await this.reloadOnce(reason);
				} while (this.again);
			} finally {
				this.running = undefined;
			}
		})();
		return this.running;
	}

	/** Reloads when files under the content directory change (debounced). */
	watch(): void {
		this.stopWatching ??= watchContent(
			this.source.contentDir,
			(paths) => void this.reload(`${paths.length} file(s) changed`),
			{
				onError: (err) => this.log.warn({ err }, 'content watcher error'),
				onReady: () => {
					this.log.info({ event: 'watching', dir: this.source.contentDir }, 'watching content for changes');
					// What changed between loading and watching is caught by comparing the files' fingerprint.
					if (listContent(this.source.contentDir).fingerprint !== this.current.outcome.fingerprint)
						void this.reload('changed before the watcher was ready');
				},
			},
		);
	}

	async stop(): Promise<void> {
		await this.stopWatching?.();
		await this.running;
	}

	private setState(state: string, swapped = false): void {
		if (state === this.state && !swapped) return;
		this.state = state;
		const status = this.status();
		for (const listener of this.statusListeners) listener(status);
	}

	private async reloadOnce(reason: string): Promise<void> {
		const previous = this.state;
		this.log.info({ event: 'reload', reason }, 'reloading content');
		this.setState(previous.startsWith('failed') ? previous : 'building');
		let outcome: IndexOutcome;
		try {
			outcome = await buildInWorker(this.source, (message) => this.log.info({ event: 'build' }, message));
		} catch (error) {
			const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
			this.setState(outOfMemory ? 'failed: out of memory' : 'failed: build crashed');
			this.log.error({ err: error }, 'content reload failed; still serving the previous content');
			for (const listener of this.failureListeners) listener();
			return;
		}
		if (!outcome.ok) {
			reportFailure(outcome, this.source.contentDir, this.log);
			this.setState(failedState(outcome));
			for (const listener of this.failureListeners) listener();
			return;
		}
		if (outcome.contentHash === this.current.outcome.contentHash) {
			this.setState('ok');
			this.log.info({ event: 'reload', hash: outcome.contentHash }, 'content unchanged');
			return;
		}
		let next: LoadedContent;
		try {
			next = this.loadBuilt(outcome);
		} catch (error) {
			// An index file that cannot be read (removed, damaged, disk full) must not stop later reloads.
			this.setState('failed: index unreadable');
			this.log.error({ err: error, file: outcome.file }, 'content reload failed; still serving the previous content');
			for (const listener of this.failureListeners) listener();
			return;
		}
		const old = this.current;
		this.current = next;
		this.setState('ok', true);
		setTimeout(() => old.close(), CLOSE_OLD_AFTER_MS).unref();
		this.log.info({ event: 'reloaded', hash: outcome.contentHash, terms: outcome.termCount }, 'content reloaded');
		for (const listener of this.listeners) listener();
	}

	private loadBuilt(outcome: Extract<IndexOutcome, { ok: true }>): LoadedContent {
		const next = withEngine(loadIndexFile(outcome.file), outcome, this.current.ctx.translator);
		primeEngine(next.ctx.engine);
		return { ...next, ctx: { ...this.current.ctx, engine: next.ctx.engine } };
	}
}

function failedState(failure: Extract<IndexOutcome, { ok: false }>): string {
	const errors = failure.problems.filter((p) => p.severity === 'error').length;
	return errors > 0 ? `failed: ${errors} error${errors === 1 ? '' : 's'}` : `failed: ${failure.message}`;
}

function reportFailure(result: Extract<IndexOutcome, { ok: false }>, contentDir: string, log: Log): void {
	const errors = result.problems.filter((p) => p.severity === 'error');
	// The same lines `glossary-bot check` prints, so the fix is the same whichever way it was found.
	const failed = { problems: result.problems, fileCount: result.fileCount, glossary: undefined };
	const report = reportLines(failed, shownRoot(contentDir));
	log.error(
		{ event: 'content-broken', errors: errors.length, report },
		`${result.message}; still serving the previous content, if any\n${report.join('\n')}`,
	);
}

function buildInWorker(source: ContentSource, progress: (message: string) => void): Promise<IndexOutcome> {
	const ts = import.meta.url.endsWith('.ts');
	// A build needs several times the memory the glossary serves from (`glossary-bot build` at 5,000 terms peaked
	// at 1.7 GB resident, against ~370 MB served). In a container with less, a bound makes a reload too big for
	// it fail on its own, not take the server down.
	const limits = source.reloadMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: source.reloadMemoryMb } } : {};
	const worker = startWorker(new URL(`./content-worker.${ts ? 'ts' : 'js'}`, import.meta.url), {
		workerData: { source },
		...limits,
	});
	return new Promise((resolve, reject) => {
		worker.on('message', (m: { progress?: string; outcome?: IndexOutcome; failure?: string }) => {
			if (m.progress) progress(m.progress);
			if (m.outcome) resolve(m.outcome);
			if (m.failure) reject(new Error(m.failure));
		});
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`build worker exited with code ${code}`)));
	});
}
