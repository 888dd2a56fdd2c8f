import type { Glossary } from '../../core/content/types.ts';
import { getArticle } from '../../core/content/types.ts';
import { isContentLanguage } from '../../core/locales.ts';
import type { Recorder, ReportSource, SettingsStore } from '../../core/storage.ts';
import { parseStorageConfig, type StorageConfig } from './config.ts';
import { DatabaseConfigError } from './db.ts';
import { deferStorage } from './deferred.ts';
import type { QueueStats } from './event-queue.ts';
import { openStorage, type Storage, type StorageLogger } from './index.ts';
import { memoryOnlyStorage } from './memory-only.ts';

type Io = { err: (s: string) => void };

/** What a serving process hands its handlers, and how it closes it. */
export interface ServingStorage {
	recorder: Recorder;
	settings: SettingsStore;
	reports: ReportSource;
	/** The event queue's running totals, for /metrics (undefined while nothing is recorded). */
	queueStats(): QueueStats | undefined;
	close(): Promise<void>;
}

export interface StartOptions {
	/**
	 * Serve before the embedded database has opened (it takes seconds on a busy machine; no answer waits for it).
	 * A PostgreSQL server is always connected to first: a wrong DATABASE_URL must stop the start, not go unnoticed.
	 */
	background: boolean;
}

/**
 * Storage for a serving process (gateway or HTTP). The bot does not start on a wrong DATABASE_URL or storage
 * variable, and says which one is wrong (never its value).
 */
export async function startStorage(
	env: Record<string, string | undefined>,
	/** The glossary being served now: live reload swaps it, and "missing translations" must follow. */
	glossary: () => Glossary,
	logger: StorageLogger & { error(obj: object, msg: string): void },
	io: Io,
	mode: string,
	options: StartOptions = { background: false },
): Promise<ServingStorage | undefined> {
	let config: StorageConfig;
	try {
		config = parseStorageConfig(env);
	} catch (error) {
		io.err(`glossary-bot ${mode}: ${(error as Error).message}\n`);
		return undefined;
	}
	if (config.dataDir === 'none' && !config.databaseUrl) {
		logger.info(
			{ event: 'storage', engine: 'none' },
			'no database (DATA_DIR=none): settings in memory, nothing recorded',
		);
		return memoryOnlyStorage();
	}
	let opened: Storage | undefined;
	const queueStats = () => opened?.recorder.queue?.stats;
	const open = () =>
		openStorage({
			config,
			logger,
			hasArticle: (lang, termId) => isContentLanguage(lang) && getArticle(glossary(), lang, termId) !== undefined,
		}).then((storage) => {
			opened = storage;
			logger.info(
				{
					event: 'storage',
					engine: storage.db.engine,
					analytics: config.analytics,
					retentionDays: config.retentionDays,
				},
				'storage ready',
			);
			return storage;
		});
	if (options.background && !config.databaseUrl) {
		const deferred = deferStorage(
			open(),
			config.analytics,
			(error) =>
				logger.error(
					{ event: 'storage_failed', err: { message: (error as Error).message } },
					'the embedded database did not open: answering without settings or recording',
				),
			(count) =>
				logger.warn({ event: 'analytics_dropped', dropped: count }, 'events dropped while the database opened'),
		);
		return { ...deferred, queueStats };
	}
	try {
		const storage = await open();
		return Object.assign(storage, { queueStats });
	} catch (error) {
		if (!(error instanceof DatabaseConfigError)) throw error;
		io.err(`glossary-bot ${mode}: ${error.message}\n`);
		return undefined;
	}
}
