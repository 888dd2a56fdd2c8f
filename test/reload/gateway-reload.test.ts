/**
 * Live reload in gateway mode: the real, built `glossary-bot serve` (one process, no sharding) against FakeDiscord,
 * on a temporary copy of content/. See reload-scenario.ts for the steps. The health listener (HEALTH_PORT) is the
 * gateway mode's /healthz and /metrics.
 *
 * Needs `npm run build` (the global setup builds dist/).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type BotProcess, killAllBots } from '../e2e/bot-process.ts';
import { FakeDiscord } from '../e2e/fake-discord.ts';
import { type ContentHealth, copyContent, runReloadScenario, startGatewayBot } from './reload-scenario.ts';

describe('live reload in gateway mode (serve, real process, FakeDiscord)', () => {
	const fake = new FakeDiscord({ token: 'reload-fake-bot-token-0123456789' });
	const dir = copyContent('glossary-gateway-reload-');
	let bot: BotProcess;
	let base = '';

	beforeAll(async () => {
		await fake.start();
		({ bot, base } = await startGatewayBot(fake, dir.work, dir.content));
		await bot.waitForLog((l) => l.msg === 'ready', 60_000);
		await bot.waitForLog((l) => l.msg === 'watching content for changes', 30_000);
	}, 120_000);

	afterAll(async () => {
		await bot?.stop('SIGTERM', 15_000).catch(() => undefined);
		await killAllBots();
		await fake.stop();
		dir.remove();
	});

	it('adds a term, edits a section, keeps answering through a broken file, recovers, reloads on SIGHUP', async () => {
		await runReloadScenario({
			fake,
			bot,
			content: dir.content,
			shards: [undefined],
			servers: [{}],
			health: async () => {
				const { content } = (await (await fetch(`${base}/healthz`)).json()) as { content: ContentHealth };
				return { content, each: [content] };
			},
			metrics: async () => (await fetch(`${base}/metrics`)).text(),
			hangUp: () => bot.child.kill('SIGHUP'),
			mentions: true,
		});
	}, 240_000);
});
