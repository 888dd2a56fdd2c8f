/**
 * Two real `serve-http` processes on one real PostgreSQL (TEST_DATABASE_URL; `.ci/run` starts one):
 *  - a /settings change on one replica is seen by the other within the settings cache lifetime;
 *  - stopping PostgreSQL while requests flow loses no answer: events wait in memory, those beyond the queue are
 *    dropped and counted in a warning, and recording resumes when the server is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/storage/db.ts';
import { type BotProcess, killAllBots, startBot } from '../e2e/bot-process.ts';
import { APPLICATION_ID, commandInteraction, freePort, keyPair, signed } from '../ops/signed-interactions.ts';
import { pgctl } from './pg-server.ts';

const CACHE_SECONDS = 2;
const QUEUE = 20;
const EPHEMERAL = 64;
const keys = keyPair();

async function post(
	base: string,
	body: unknown,
): Promise<{ status: number; json: { type: number; data?: { flags?: number } } }> {
	const request = signed(body, keys);
	const res = await fetch(`${base}/interactions`, { method: 'POST', headers: request.headers, body: request.body });
	return { status: res.status, json: (await res.json()) as { type: number; data?: { flags?: number } } };
}

let n = 0;
const define = (term: string) => commandInteraction(++n, 'define', 'term', term, 'en-US');
function settings(value: 'public' | 'private') {
	const base = commandInteraction(++n, 'define', 'term', '', 'en-US');
	return {
		...base,
		member: { user: { id: '100000000000000009' }, permissions: '32' },
		data: { id: '400000000000000009', name: 'settings', type: 1, options: [{ name: 'answers', type: 3, value }] },
	};
}

/** Registered by postgres.test.ts, after its own tests: both stop the one server, so they must not overlap. */
export function describeReplicas(url: string | undefined): void {
	describe.skipIf(!url)('serve-http replicas on PostgreSQL', () => {
		const bots: BotProcess[] = [];
		const bases: string[] = [];
		beforeAll(async () => {
			const db = await openDatabase({ databaseUrl: url, dataDir: '' });
			await db.query('DROP SCHEMA public CASCADE');
			await db.query('CREATE SCHEMA public');
			await db.close();
			for (let i = 0; i < 2; i++) {
				const port = await freePort();
				const bot = await startBot(['serve-http'], {
					DISCORD_PUBLIC_KEY: keys.publicHex,
					DISCORD_CLIENT_ID: APPLICATION_ID,
					PORT: String(port),
					HOST: '127.0.0.1',
					DATABASE_URL: url ?? '',
					SETTINGS_CACHE_SECONDS: String(CACHE_SECONDS),
					ANALYTICS_QUEUE_SIZE: String(QUEUE),
				});
				bots.push(bot);
				bases.push(`http://127.0.0.1:${port}`);
			}
			await Promise.all(bots.map((b) => b.waitForLog((l) => l.msg === 'ready', 30_000)));
		}, 60_000);
		afterAll(async () => {
			for (const bot of bots) await bot.stop('SIGTERM').catch(() => undefined);
			await killAllBots();
		});

		it('a settings change on one replica reaches the other within the cache lifetime', async () => {
			const [a = '', b = ''] = bases;
			// Replica B has read (and cached) the defaults: answers only the asker sees.
			expect((await post(b, define('back office'))).json.data?.flags).toBe(EPHEMERAL);
			const changed = Date.now();
			expect((await post(a, settings('public'))).json.type).toBe(4);
			let publicAt = 0;
			while (Date.now() - changed < (CACHE_SECONDS + 3) * 1000) {
				const flags = (await post(b, define('back office'))).json.data?.flags ?? 0;
				if ((flags & EPHEMERAL) === 0) {
					publicAt = Date.now();
					break;
				}
				await new Promise((r) => setTimeout(r, 100));
			}
			expect(publicAt, 'replica B never saw the change').toBeGreaterThan(0);
			// Within the cache lifetime, plus a second for two processes on a loaded machine.
			expect(publicAt - changed).toBeLessThan((CACHE_SECONDS + 1) * 1000);
			await post(a, settings('private'));
		}, 30_000);

		it('answers every request while PostgreSQL is down, counts what it drops, and records again after', async () => {
			const [a = ''] = bases;
			const bot = bots[0] as BotProcess;
			const sent: string[] = [];
			const ask = (term: string) => {
				const body = define(term);
				sent.push(body.id);
				return post(a, body);
			};
			pgctl('stop');
			const during = 2 * QUEUE + 10;
			try {
				for (let i = 0; i < during; i++) {
					const { status, json } = await ask(i % 2 ? 'stockbroker' : 'back office');
					expect(status).toBe(200);
					expect(json.type, `answer ${i} while the database is down`).toBe(4);
				}
				// Long enough for the queue to try, and fail, to write (it flushes every second).
				await bot.waitForLog((l) => l.event === 'analytics_write_failed', 20_000);
			} finally {
				pgctl('start');
			}
			const dropped = await bot.waitForLog((l) => l.event === 'analytics_dropped', 30_000);
			expect(dropped.level).toBe(40);
			await bot.waitForLog((l) => l.event === 'analytics_resumed', 40_000);
			expect(await ask('realtor')).toMatchObject({ status: 200 });
			const totalDropped = bot.logs
				.filter((l) => l.event === 'analytics_dropped')
				.reduce((m, l) => Math.max(m, Number(l.totalDropped)), 0);
			const db2 = await openDatabase({ databaseUrl: url, dataDir: '' });
			await expect
				.poll(
					async () =>
						(await db2.query<{ c: number }>('SELECT count(*)::int AS c FROM asked WHERE id = ANY($1)', [sent]))[0]?.c,
					{ timeout: 20_000, interval: 500 },
				)
				.toBe(during + 1 - totalDropped);
			await db2.close();
			// What the queue could hold was kept: only the overflow was dropped.
			expect(totalDropped).toBe(during - QUEUE);
		}, 120_000);
	});
}
