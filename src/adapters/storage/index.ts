import type { ReportSource, SettingsStore } from '../../core/storage.ts';
import type { StorageConfig } from './config.ts';
import { type Db, openDatabase } from './db.ts';
import { migrate } from './migrations.ts';
import { createRecorder, DEFAULT_QUEUE, loadSalt, type QueueRecorder, type QueueTuning } from './recorder.ts';
import { createReportSource } from './report.ts';
import { createSettingsStore } from './settings-store.ts';

export interface StorageLogger {
	warn(obj: object, msg: string): void;
	info(obj: object, msg: string): void;
}

export interface Storage {
	db: Db;
	recorder: QueueRecorder;
	settings: SettingsStore & { clear(): void };
	reports: ReportSource;
	/** Stops the timers, writes what is queued (if it can), closes the database. */
	close(): Promise<void>;
}

export interface OpenStorageOptions {
	config: StorageConfig;
	logger: StorageLogger;
	hasArticle: (lang: string, termId: string) => boolean;
	queue?: Partial<QueueTuning>;
}

// Old rows are deleted at start and then this often.
const RETENTION_EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * Opens the database, migrates it and starts recording. Fails (DatabaseConfigError) when DATABASE_URL is wrong
 * or unreachable: a clear error at start beats a bot that silently records nothing.
 */
export async function openStorage(options: OpenStorageOptions): Promise<Storage> {
	const { config, logger } = options;
	const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
	try {
		const applied = await migrate(db);
		if (applied.length > 0)
			logger.info({ event: 'migrated', versions: applied, engine: db.engine }, 'database migrated');
		const salt = await loadSalt(db, config.salt);
		const recorder = createRecorder(db, salt, logger, config.analytics, {
			...DEFAULT_QUEUE,
			capacity: config.queueCapacity,
			...options.queue,
		});
		const settings = createSettingsStore({
			db,
			ttlMs: config.settingsCacheMs,
			salt,
			onError: (error) =>
				logger.warn(
					{ event: 'settings_read_failed', err: { message: (error as Error).message } },
					'using cached settings',
				),
		});
		const prune = () =>
			deleteOlderThan(db, config.retentionDays).catch((error: Error) =>
				logger.warn({ event: 'retention_failed', err: { message: error.message } }, 'could not delete old rows'),
			);
		await prune();
		const timer = setInterval(prune, RETENTION_EVERY_MS);
		timer.unref();
		return {
			db,
			recorder,
			settings,
			reports: createReportSource(db, options.hasArticle),
			close: async () => {
				clearInterval(timer);
				await recorder.close();
				await db.close();
			},
		};
	} catch (error) {
		await db.close().catch(() => undefined);
		throw error;
	}
}

/** RETENTION_DAYS: usage rows older than this are deleted. Settings are kept; their change log is not. */
export async function deleteOlderThan(db: Db, days: number): Promise<void> {
	for (const table of ['asked', 'votes', 'clicks', 'settings_changes']) {
		await db.query(`DELETE FROM ${table} WHERE at < now() - make_interval(days => $1)`, [days]);
	}
}
