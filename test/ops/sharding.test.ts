/**
 * Gateway sharding, end to end: the real, built bot with SHARDS=2 starts discord.js's ShardingManager, whose two
 * shard processes (each the unmodified discord.js client) IDENTIFY with FakeDiscord as shards [0, 2] and [1, 2].
 * FakeDiscord gives each shard its own guild and routes each interaction over the session of the shard its guild
 * belongs to. Each shard must answer what is routed to it; when one shard process is killed, the manager must
 * start it again, and the manager's HEALTH_PORT must report every shard throughout.
 *
 * Needs `npm run build` (CI: `npm ci` builds through `prepare`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ENTRY, type BotProcess, killAllBots, type LogLine, REPO_ROOT, startNode } from '../e2e/bot-process.ts';
import { FakeDiscord } from '../e2e/fake-discord.ts';
import { sampleValue } from './signed-interactions.ts';

interface Readyz {
	status: string;
	totalShards: number;
	shards: { id: number; ready: boolean; running: boolean; restarts: number }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The `ready` line a shard process logs once its client is ready (it carries the process id and its shards). */
const shardReady = (shard: number, notPid?: unknown) => (l: LogLine) =>
	l.msg === 'ready' && Array.isArray(l.shards) && l.shards.includes(shard) && l.pid !== notPid;

describe('sharding (SHARDS=2) against a two-shard FakeDiscord', () => {
	const fake = new FakeDiscord({ token: 'shard-fake-bot-token-0123456789', shards: 2, guildLocale: 'sv-SE' });
	const cwd = mkdtempSync(join(tmpdir(), 'glossary-shards-'));
	let manager: BotProcess;
	let base = '';
	const pids = new Map<number, unknown>();

	const readyz = async () => {
		const res = await fetch(`${base}/readyz`);
		return { status: res.status, body: (await res.json()) as Readyz };
	};
	const answeredBy = async (interactionId: string) =>
		(await manager.waitForLog((l) => l.interactionId === interactionId && l.msg === 'answered', 15_000)).pid;

	beforeAll(async () => {
		await fake.start();
		manager = await startNode(
			[join(REPO_ROOT, BOT_ENTRY), 'serve'],
			{
				DISCORD_TOKEN: fake.token,
				DISCORD_CLIENT_ID: fake.applicationId,
				DISCORD_API_URL: fake.apiBase,
				SHARDS: '2',
				// One process per shard: the embedded database cannot be shared, and this test records nothing.
				DATA_DIR: 'none',
				HEALTH_PORT: '0',
				HOST: '127.0.0.1',
			},
			{ cwd },
		);
		const health = await manager.waitForLog((l) => l.msg === 'health and metrics listening', 30_000);
		base = `http://127.0.0.1:${String(health.port)}`;
		// discord.js spawns the shards 5.5 s apart.
		await manager.waitForLog((l) => l.msg === 'all shards ready', 90_000);
		for (const shard of [0, 1]) pids.set(shard, (await manager.waitForLog(shardReady(shard), 5000)).pid);
	}, 120_000);

	afterAll(async () => {
		const exit = await manager?.stop('SIGTERM', 15_000).catch(() => undefined);
		await killAllBots();
		await fake.stop();
		rmSync(cwd, { recursive: true, force: true });
		expect(exit?.code).toBe(0);
	});

	it('identifies twice, as shard 0 and shard 1 of 2, from two processes, each with its own guild', () => {
		const shards = fake.identifies.map((i) => i.shard).sort();
		expect(shards).toEqual([
			[0, 2],
			[1, 2],
		]);
		expect(pids.get(0)).not.toBe(pids.get(1));
		expect(pids.get(0)).not.toBe(manager.pid);
		// Discord's routing rule puts each guild on its own shard.
		for (const shard of [0, 1]) expect(Number((BigInt(fake.guildForShard(shard)) >> 22n) % 2n)).toBe(shard);
	});

	it('answers on each shard the interactions routed to it, from that shard process', async () => {
		for (const shard of [0, 1]) {
			const id = fake.sendChatInput('define', { term: 'customer-facing' }, { shard, locale: 'de' });
			const answer = await fake.waitForAnswer(id, 15_000);
			expect(answer.via).toBe('callback');
			expect((answer.body.embeds as unknown[] | undefined)?.length).toBe(1);
			expect(await answeredBy(id)).toBe(pids.get(shard));
		}
	});

	it('reports every shard on the manager: /healthz, /readyz and merged /metrics with a shard label', async () => {
		expect((await fetch(`${base}/healthz`)).status).toBe(200);
		const ready = await readyz();
		expect(ready.status).toBe(200);
		expect(ready.body).toMatchObject({
			status: 'ready',
			totalShards: 2,
			shards: [
				{ id: 0, ready: true, running: true, restarts: 0 },
				{ id: 1, ready: true, running: true, restarts: 0 },
			],
		});
		const metrics = await (await fetch(`${base}/metrics`)).text();
		for (const shard of ['0', '1']) {
			expect(sampleValue(metrics, 'glossary_shard_process_ready', { shard })).toBe(1);
			expect(sampleValue(metrics, 'glossary_gateway_shard_ready', { shard })).toBe(1);
			expect(sampleValue(metrics, 'glossary_interactions_total', { shard, command: 'define' })).toBe(1);
		}
		expect(sampleValue(metrics, 'glossary_content_terms', { shard: '1' })).toBeGreaterThan(0);
	});

	it('restarts a shard whose process dies, and that shard answers again while the other never stopped', async () => {
		const victim = Number(pids.get(1));
		process.kill(victim, 'SIGKILL');
		await manager.waitForLog((l) => l.msg === 'shard process exited; the manager starts it again' && l.shard === 1);
		// While shard 1 is down the manager says so, and shard 0 goes on answering.
		const down = await readyz();
		expect(down.status).toBe(503);
		expect(down.body.shards[0]).toMatchObject({ id: 0, ready: true });
		const meanwhile = fake.sendChatInput('define', { term: 'back office' }, { shard: 0 });
		await fake.waitForAnswer(meanwhile, 15_000);

		const reborn = await manager.waitForLog(shardReady(1, victim), 60_000);
		expect(reborn.pid).not.toBe(victim);
		expect(fake.identifies.filter((i) => i.shard?.[0] === 1)).toHaveLength(2);
		let after = await readyz();
		for (let i = 0; i < 50 && after.status !== 200; i += 1) {
			await sleep(200);
			after = await readyz();
		}
		expect(after.status).toBe(200);
		expect(after.body.shards[1]).toMatchObject({ id: 1, ready: true, running: true, restarts: 1 });
		const metrics = await (await fetch(`${base}/metrics`)).text();
		expect(sampleValue(metrics, 'glossary_shard_restarts_total', { shard: '1' })).toBe(1);
		expect(sampleValue(metrics, 'glossary_shard_restarts_total', { shard: '0' })).toBe(0);

		const id = fake.sendChatInput('define', { term: 'customer-facing' }, { shard: 1, locale: 'it' });
		await fake.waitForAnswer(id, 15_000);
		expect(await answeredBy(id)).toBe(reborn.pid);
	});
});
