import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStorageConfig } from '../../src/adapters/storage/config.ts';
import { openDatabase } from '../../src/adapters/storage/db.ts';
import { openStorage, type Storage } from '../../src/adapters/storage/index.ts';
import { describeReplicas } from './http-replicas.ts';
import { pgctl } from './pg-server.ts';
import { hasArticleExceptSvRealtor, storageRound } from './storage-round.ts';

/**
 * Against a real PostgreSQL server. `.ci/run` always starts one (`.ci/postgres.sh`) and sets TEST_DATABASE_URL;
 * locally: `eval "$(bash .ci/postgres.sh up)"` first.
 */
const url = process.env.TEST_DATABASE_URL;
// CI always provides the server: a silent skip there would hide a broken integration.
if (!url && process.env.CI) throw new Error('TEST_DATABASE_URL is not set under CI: .ci/run starts PostgreSQL');
if (!url) {
	console.warn('SKIPPED: PostgreSQL integration tests (set TEST_DATABASE_URL, e.g. eval "$(bash .ci/postgres.sh up)")');
}
const quiet = { warn: () => undefined, info: () => undefined };

describe.skipIf(!url)('storage on PostgreSQL', () => {
	let storage: Storage;
	beforeAll(async () => {
		const db = await openDatabase({ databaseUrl: url, dataDir: '' });
		await db.query('DROP SCHEMA public CASCADE');
		await db.query('CREATE SCHEMA public');
		await db.close();
		const config = { ...parseStorageConfig({ DATABASE_URL: url }) };
		// Four replicas starting at once: the advisory lock lets one migrate while the others wait.
		const opened = await Promise.all(
			[1, 2, 3, 4].map(() => openStorage({ config, logger: quiet, hasArticle: hasArticleExceptSvRealtor })),
		);
		storage = opened[0] as Storage;
		await Promise.all(opened.slice(1).map((s) => s.close()));
	});
	afterAll(() => storage?.close());

	it('migrated once although four replicas started together, and they share one salt', async () => {
		const rows = await storage.db.query<{ version: number }>('SELECT version FROM schema_migrations');
		expect(rows).toEqual([{ version: 1 }]);
		expect(await storage.db.query(`SELECT key FROM meta WHERE key = 'analytics_salt'`)).toHaveLength(1);
	});

	it('does the whole round: ask, answer, vote, click, unanswered, settings, report', async () => {
		await storageRound(storage, '200000000000000001');
	});

	it('keeps events in memory while the server is down and writes them when it is back', async () => {
		pgctl('stop');
		try {
			for (let i = 0; i < 3; i++) {
				storage.recorder.record({
					type: 'click',
					at: new Date(),
					guildId: '200000000000000002',
					userId: `u${i}`,
					lang: 'en',
					termId: 'home',
					sectionId: undefined,
				});
			}
			await storage.recorder.queue?.flush();
			expect(storage.recorder.queue?.stats.queued).toBe(3);
			// Settings still come back (the defaults, or the last known value) while the database is away.
			expect((await storage.settings.get('200000000000000002')).visibility).toBe('private');
		} finally {
			pgctl('start');
		}
		await expect
			.poll(
				async () => {
					await storage.recorder.queue?.flush();
					return storage.recorder.queue?.stats.queued;
				},
				{ timeout: 20_000, interval: 500 },
			)
			.toBe(0);
		const rows = await storage.db.query(`SELECT * FROM clicks WHERE guild_id = '200000000000000002'`);
		expect(rows).toHaveLength(3);
	});
});

describeReplicas(url);
