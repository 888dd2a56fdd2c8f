/**
 * Live reload with gateway sharding: the real, built `glossary-bot serve` with SHARDS=2 starts discord.js's
 * ShardingManager; each shard process loads, watches and reloads its own copy of the content. Interactions go to
 * both shards throughout (FakeDiscord routes each over its shard's session); every step must reach every shard.
 * The manager's HEALTH_PORT is the surface: /healthz shows each shard's content, /metrics each shard's loads.
 * SIGHUP goes to the manager, which passes it on. DATA_DIR=none: shards refuse the embedded database.
 *
 * Needs `npm run build` (the global setup builds dist/).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, killAllBots, type LogLine } from '../e2e/bot-process.ts';
import { FakeDiscord } from '../e2e/fake-discord.ts';
import {
	answer,
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

	it('restarts a shard that dies while the content is broken: it serves the last good content, and says so', async () => {
		const wait = (what: string, ok: () => Promise<boolean>) => until(what, ok, manager, 90_000);
		const good = (await health()).content;
		expect(good.reload).toBe('ok');
		const realtor = join(dir.content, 'en', 'realtor.md');
		const source = readFileSync(realtor, 'utf8');
		writeFileSync(realtor, source.replace('id: realtor', 'id: Not A Valid Id!'));
		await wait('both shards refusing the content', async () => {
			const { each } = await health();
			return each.length === 2 && each.every((s) => s.reload.startsWith('failed: '));
		});
		const ready = (l: LogLine) => l.msg === 'ready' && Array.isArray(l.shards) && l.shards.includes(1);
		const victim = manager.logs.filter(ready).at(-1)?.pid;
		expect(typeof victim).toBe('number');
		process.kill(Number(victim), 'SIGKILL');
		await manager.waitForLog((l) => ready(l) && l.pid !== victim, 90_000);
		await wait('the restarted shard reporting', async () => {
			const { each } = await health();
			return each.length === 2 && each.every((s) => s.reload.startsWith('failed: '));
		});
		const { content } = await health();
		expect(content).toMatchObject({ hash: good.hash, terms: good.terms, reload: expect.stringMatching(/^failed: /) });
		for (const shard of [0, 1])
			expect(await answer(fake, 'ask', 'what does a realtor do?', shard)).toContain('realtor');

		writeFileSync(realtor, source);
		await wait('both shards ok again', async () => {
			const { content: all, each } = await health();
			return each.length === 2 && each.every((s) => s.reload === 'ok') && all.hash === good.hash;
		});
	}, 240_000);
});
