import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKGROUND_NICE } from '../../src/adapters/background-thread.ts';
import { openDatabase } from '../../src/adapters/storage/db.ts';
import { createSettingsStore } from '../../src/adapters/storage/settings-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'glossary-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database in its worker thread', () => {
	it('creates a new directory, keeps transactions whole, reports SQL errors, and reopens with the data', async () => {
		const dataDir = join(dir, 'data');
		const db = await openDatabase({ dataDir });
		expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
		await db.query('CREATE TABLE t (n int PRIMARY KEY)');
		// A statement sent while a transaction is open waits for it, so it never runs inside it.
		const outside = db.transaction(async (tx) => {
			await tx.query('INSERT INTO t VALUES (1)');
			await new Promise((r) => setTimeout(r, 50));
			throw new Error('rolled back');
		});
		const seen = db.query<{ count: number }>('SELECT count(*)::int AS count FROM t');
		await expect(outside).rejects.toThrow('rolled back');
		expect(await seen).toEqual([{ count: 0 }]);
		const error = await db.query('INSERT INTO t VALUES (NULL)').catch((e: Error & { code?: string }) => e);
		expect(error).toMatchObject({ message: expect.stringContaining('null value'), code: '23502' });
		await db.transaction((tx) => tx.query('INSERT INTO t VALUES (2)'));
		await db.close();
		const again = await openDatabase({ dataDir });
		expect(await again.query('SELECT n FROM t')).toEqual([{ n: 2 }]);
		await again.close();
	}, 60_000);

	it('leaves the event loop free while a statement runs', async () => {
		const db = await openDatabase({ dataDir: 'memory://' });
		let longestGap = 0;
		let last = performance.now();
		const timer = setInterval(() => {
			longestGap = Math.max(longestGap, performance.now() - last);
			last = performance.now();
		}, 5);
		const started = performance.now();
		await db.query('SELECT count(*) FROM generate_series(1, 3000000)');
		const took = performance.now() - started;
		clearInterval(timer);
		await db.close();
		// In the thread that answers users, the statement blocked it for its whole duration.
		expect(took).toBeGreaterThan(150);
		expect(longestGap).toBeLessThan(took / 2);
	}, 60_000);
});

/** The nice value of each thread of this process (Linux keeps one per thread). */
function threadNices(): number[] {
	return readdirSync('/proc/self/task').map((tid) => {
		const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
		// Fields after the command name (in parentheses, which may hold spaces); nice is the 19th field.
		return Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[16]);
	});
}

describe('the embedded database yields to answers', () => {
	it.runIf(existsSync('/proc/self/task'))(
		'runs its thread at a lower priority than the one that answers',
		async () => {
			const before = threadNices().filter((n) => n === BACKGROUND_NICE).length;
			const db = await openDatabase({ dataDir: 'memory://' });
			const during = threadNices().filter((n) => n === BACKGROUND_NICE).length;
			await db.close();
			expect(BACKGROUND_NICE).toBeGreaterThan(0);
			expect(during).toBe(before + 1);
			// Only that thread: the process, and the thread that answers, keep theirs.
			expect(getPriority()).toBe(0);
		},
		60_000,
	);
});

describe('settings in use', () => {
	it('are read again in the background in the second half of their lifetime, so an answer does not wait', async () => {
		const db = await openDatabase({ dataDir: 'memory://' });
		await db.query('CREATE TABLE guild_settings (guild_id text PRIMARY KEY, settings jsonb, updated_at timestamptz)');
		let clock = 0;
		let reads = 0;
		const query = ((sql, params) => {
			reads++;
			return db.query(sql, params);
		}) as typeof db.query;
		const counted = { ...db, query };
		const store = createSettingsStore({ db: counted, ttlMs: 5000, salt: 's', now: () => clock });
		const guild = '100000000000000042';
		expect((await store.get(guild)).votes).toBe(true);
		await db.query(`INSERT INTO guild_settings VALUES ($1, '{"votes": false}', now())`, [guild]);
		clock = 2000;
		expect((await store.get(guild)).votes).toBe(true);
		expect(reads).toBe(1);
		clock = 3000;
		// Still the cached value, at once; the read happens behind it.
		expect((await store.get(guild)).votes).toBe(true);
		await expect.poll(() => reads).toBe(2);
		await expect.poll(async () => (await store.get(guild)).votes).toBe(false);
		expect(reads).toBe(2);
		await db.close();
	}, 60_000);
});
