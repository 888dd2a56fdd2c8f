import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStorageConfig, shardingStorageProblem } from '../../src/adapters/storage/config.ts';
import { openDatabase } from '../../src/adapters/storage/db.ts';
import { EventQueue } from '../../src/adapters/storage/event-queue.ts';
import { openStorage, type Storage } from '../../src/adapters/storage/index.ts';
import { MIGRATIONS, migrate } from '../../src/adapters/storage/migrations.ts';
import { hashUser } from '../../src/adapters/storage/recorder.ts';
import { hasArticleExceptSvRealtor, storageRound } from './storage-round.ts';

const quiet = { warn: () => undefined, info: () => undefined };

describe('storage on PGlite', () => {
	let storage: Storage;
	beforeAll(async () => {
		const config = { ...parseStorageConfig({}), dataDir: 'memory://' };
		storage = await openStorage({ config, logger: quiet, hasArticle: hasArticleExceptSvRealtor });
	}, 60_000);
	afterAll(() => storage?.close());

	it('does the whole round: ask, answer, vote, click, unanswered, settings, report', async () => {
		await storageRound(storage, '100000000000000001');
	});

	it('keeps the user only as a salted hash', async () => {
		const rows = await storage.db.query<Record<string, unknown>>('SELECT * FROM asked');
		const text = JSON.stringify(rows);
		expect(text).not.toContain('123456789012345678');
		const [salt] = await storage.db.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'analytics_salt'`);
		expect(rows.some((r) => r.user_hash === hashUser(salt?.value ?? '', '123456789012345678'))).toBe(true);
	});

	it('migrates once: a second run applies nothing', async () => {
		expect(await migrate(storage.db)).toEqual([]);
		const rows = await storage.db.query<{ version: number }>('SELECT version FROM schema_migrations');
		expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
	});

	it('deletes rows older than RETENTION_DAYS', async () => {
		const { deleteOlderThan } = await import('../../src/adapters/storage/index.ts');
		storage.recorder.record({
			type: 'asked',
			id: 'old-1',
			at: new Date(Date.now() - 100 * 86_400_000),
			surface: 'cli',
			guildId: undefined,
			userId: undefined,
			locale: 'en-US',
			lang: 'en',
			question: 'old',
			status: 'answer',
			termId: 'home',
			sectionId: undefined,
			latencyMs: 1,
		});
		await storage.recorder.queue?.flush();
		expect(await storage.db.query(`SELECT id FROM asked WHERE id = 'old-1'`)).toHaveLength(1);
		await deleteOlderThan(storage.db, 90);
		expect(await storage.db.query(`SELECT id FROM asked WHERE id = 'old-1'`)).toHaveLength(0);
	});

	it('settings replicas agree within the cache lifetime', async () => {
		const { createSettingsStore } = await import('../../src/adapters/storage/settings-store.ts');
		let clock = 0;
		const other = createSettingsStore({ db: storage.db, ttlMs: 5000, salt: 's', now: () => clock });
		const guild = '100000000000000009';
		expect((await other.get(guild)).votes).toBe(true);
		await storage.settings.update(guild, { votes: false }, '1');
		expect((await other.get(guild)).votes).toBe(true);
		clock += 5001;
		expect((await other.get(guild)).votes).toBe(false);
	});
});

describe('analytics off', () => {
	it('records nothing, settings still work', async () => {
		const config = { ...parseStorageConfig({ ANALYTICS: 'off' }), dataDir: 'memory://' };
		const storage = await openStorage({ config, logger: quiet, hasArticle: () => true });
		try {
			expect(storage.recorder.enabled).toBe(false);
			storage.recorder.record({
				type: 'click',
				at: new Date(),
				guildId: '1',
				userId: '1',
				lang: 'en',
				termId: 'home',
				sectionId: undefined,
			});
			expect(await storage.db.query('SELECT * FROM clicks')).toEqual([]);
			expect((await storage.settings.update('100000000000000002', { votes: false }, '1')).votes).toBe(false);
		} finally {
			await storage.close();
		}
	}, 60_000);
});

describe('event queue', () => {
	const make = (write: (b: number[]) => Promise<void>, log: string[]) =>
		new EventQueue<number>({
			capacity: 5,
			batchSize: 2,
			intervalMs: 60_000,
			maxBackoffMs: 60_000,
			write,
			onDropped: (n, total) => log.push(`dropped ${n}/${total}`),
			onWriteFailed: () => log.push('failed'),
			onResumed: () => log.push('resumed'),
		});

	it('keeps what failed, drops what does not fit, counts it, and resumes', async () => {
		const log: string[] = [];
		const written: number[] = [];
		let down = true;
		const q = make(async (b) => {
			if (down) throw new Error('ECONNREFUSED');
			written.push(...b);
		}, log);
		for (let i = 0; i < 8; i++) q.push(i);
		await q.flush();
		expect(q.stats).toEqual({ queued: 5, written: 0, dropped: 3, failedWrites: 1 });
		expect(log).toEqual(['dropped 3/3', 'failed']);
		down = false;
		q.push(99);
		await q.flush();
		expect(written).toEqual([0, 1, 2, 3, 4]);
		expect(q.stats.dropped).toBe(4);
		expect(log).toEqual(['dropped 3/3', 'failed', 'dropped 1/4', 'resumed']);
		await q.close();
	});
});

describe('configuration', () => {
	it('reads the defaults', () => {
		expect(parseStorageConfig({})).toEqual({
			databaseUrl: undefined,
			dataDir: './data',
			analytics: true,
			salt: undefined,
			retentionDays: 90,
			settingsCacheMs: 5000,
			queueCapacity: 10_000,
		});
	});

	it('rejects a DATABASE_URL that is not PostgreSQL, without echoing it', () => {
		expect(() => parseStorageConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).toThrow(/DATABASE_URL: must start/);
		expect(() => parseStorageConfig({ DATABASE_URL: 'mysql://root:hunter2@db/x' })).not.toThrow(/hunter2/);
	});

	it('refuses the embedded database under SHARDS (one process per shard), not PostgreSQL or none', () => {
		expect(shardingStorageProblem({})).toMatch(/set DATABASE_URL/);
		expect(shardingStorageProblem({ DATABASE_URL: 'postgres://db/x' })).toBeUndefined();
		expect(shardingStorageProblem({ DATA_DIR: 'none' })).toBeUndefined();
	});

	it('names an unreachable server at start, without its password', async () => {
		const error = await openDatabase({ databaseUrl: 'postgres://bot:hunter2@127.0.0.1:1/glossary', dataDir: '' }).catch(
			(e: Error) => e,
		);
		expect(String(error)).toMatch(
			/cannot connect to DATABASE_URL postgres:\/\/bot@127\.0\.0\.1:1\/glossary: ECONNREFUSED/,
		);
		expect(String(error)).not.toContain('hunter2');
	});
});
