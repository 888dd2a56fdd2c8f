/**
 * Live reload with gateway sharding: the real, built `glossary-bot serve` with SHARDS=2 starts discord.js's
 * ShardingManager; each shard process loads, watches and reloads its own copy of the content. Interactions go to
 * both shards throughout (FakeDiscord routes each over its shard's session); every step must reach every shard.
 * The manager's HEALTH_PORT is the surface: /healthz shows each shard's content, /metrics each shard's loads.
 * SIGHUP goes to the manager, which passes it on. DATA_DIR=none: shards refuse the embedded database.
 *
 * Needs `npm run build` (the global setup builds dist/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, killAllBots } from '../e2e/bot-process.ts';
import { FakeDiscord } from '../e2e/fake-discord.ts';
import {
	type ContentHealth,
	copyContent,
	fromEachProcess,
	runReloadScenario,
	startGatewayBot,
	until,
} from './reload-scenario.ts';

type ShardsHealth = { content: ContentHealth & { shards: (Partial<ContentHealth> & { id: number })[] } };

describe('live reload with SHARDS=2 (serve, real processes, two-shard FakeDiscord)', () => {
	const fake = new FakeDiscord({ token: 'shard-reload-fake-bot-token-0123', shards: 2 });
	const dir = copyContent('glossary-shard-reload-');
	let manager: BotProcess;
	let base = '';

	const health = async () => {
		const { content } = (await (await fetch(`${base}/healthz`)).json()) as ShardsHealth;
		const each = content.shards.filter((s): s is ContentHealth & { id: number } => s.hash !== undefined);
		return { content, each };
	};

	beforeAll(async () => {
		await fake.start();
		({ bot: manager, base } = await startGatewayBot(fake, dir.work, dir.content, { SHARDS: '2', DATA_DIR: 'none' }));
		// discord.js spawns the shards 5.5 s apart.
		await manager.waitForLog((l) => l.msg === 'all shards ready', 90_000);
		const watching = () => fromEachProcess(manager, (l) => l.msg === 'watching content for changes').size === 2;
		await until('both shards watching', async () => watching(), manager, 30_000);
	}, 150_000);

	afterAll(async () => {
		await manager?.stop('SIGTERM', 15_000).catch(() => undefined);
		await killAllBots();
		await fake.stop();
		dir.remove();
	});

	it('reports each shard’s content on the manager’s /healthz', async () => {
		const { content } = await health();
		expect(content).toMatchObject({
			terms: 11,
			reload: 'ok',
			shards: [
				{ id: 0, terms: 11 },
				{ id: 1, terms: 11 },
			],
		});
		expect(content.shards[0]?.hash).toBe(content.hash);
		expect(content.shards[1]?.hash).toBe(content.hash);
	});

	it('reloads on every shard: a new term, an edit, a broken file refused, the fix, SIGHUP; nothing fails', async () => {
		await runReloadScenario({
			fake,
			bot: manager,
			content: dir.content,
			shards: [0, 1],
			servers: [{ shard: '0' }, { shard: '1' }],
			health,
			metrics: async () => (await fetch(`${base}/metrics`)).text(),
			hangUp: () => manager.child.kill('SIGHUP'),
		});
	}, 240_000);
});
