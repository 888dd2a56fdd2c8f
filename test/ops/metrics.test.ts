/**
 * /metrics, /readyz and /healthz in both modes, served by the real, built bot process: `serve-http` driven with
 * signed interactions, and `serve` (HEALTH_PORT) driven by FakeDiscord through the unmodified discord.js client.
 * The counters must move by exactly the interactions served, with bounded labels only.
 *
 * Needs `npm run build` (CI: `npm ci` builds through `prepare`).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ENTRY, type BotProcess, killAllBots, REPO_ROOT, startNode } from '../e2e/bot-process.ts';
import { FakeDiscord } from '../e2e/fake-discord.ts';
import { APPLICATION_ID, commandInteraction, freePort, keyPair, sampleValue, signed } from './signed-interactions.ts';

const TERMS = readdirSync(join(REPO_ROOT, 'content', 'en')).filter((f) => f.endsWith('.md')).length;
const QUESTION = 'what roles are client-facing?';

async function get(url: string): Promise<{ status: number; text: string; type: string }> {
	const res = await fetch(url);
	return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
}

function expectBoundedLabels(text: string): void {
	// No question text, user, guild or channel id ever becomes a label name or value.
	const labelSets = [...text.matchAll(/^\w+\{(.*)\} \S+$/gm)].map((m) => m[1] ?? '');
	expect(labelSets.length).toBeGreaterThan(0);
	for (const labels of labelSets) {
		expect(labels).not.toMatch(/client-facing|\d{17,20}/);
		const names = [...labels.matchAll(/(\w+)="/g)].map((m) => m[1]);
		for (const name of names) expect(name).not.toMatch(/user|guild|channel|question|interaction|custom/i);
	}
}

let cwd = '';
const startBot = (args: string[], env: Record<string, string>) =>
	startNode([join(REPO_ROOT, BOT_ENTRY), ...args], env, { cwd });
beforeAll(() => {
	// An empty cwd: a developer's .env cannot leak variables into the bot.
	cwd = mkdtempSync(join(tmpdir(), 'glossary-metrics-'));
});
afterAll(async () => {
	await killAllBots();
	rmSync(cwd, { recursive: true, force: true });
});

describe('HTTP mode: /metrics and /readyz on the serve-http port', () => {
	const keys = keyPair();
	let bot: BotProcess;
	let base = '';

	beforeAll(async () => {
		const port = await freePort();
		bot = await startBot(['serve-http'], {
			DISCORD_PUBLIC_KEY: keys.publicHex,
			DISCORD_CLIENT_ID: APPLICATION_ID,
			PORT: String(port),
			HOST: '127.0.0.1',
		});
		await bot.waitForLog((l) => l.msg === 'ready', 20_000);
		base = `http://127.0.0.1:${port}`;
	}, 30_000);
	afterAll(async () => {
		expect((await bot.stop('SIGTERM')).code).toBe(0);
	});

	it('answers /readyz with 200 and /metrics in Prometheus format, with content and process metrics', async () => {
		const ready = await get(`${base}/readyz`);
		expect(ready.status).toBe(200);
		expect(JSON.parse(ready.text)).toMatchObject({ status: 'ready', terms: TERMS });
		const metrics = await get(`${base}/metrics`);
		expect(metrics.status).toBe(200);
		expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/);
		expect(sampleValue(metrics.text, 'glossary_content_terms')).toBe(TERMS);
		expect(metrics.text).toMatch(/^glossary_content_info\{hash="[0-9a-f]{12}"\} 1$/m);
		expect(sampleValue(metrics.text, 'glossary_content_loads_total', { result: 'ok' })).toBe(1);
		expect(sampleValue(metrics.text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
		expect(metrics.text).toContain('nodejs_eventloop_lag_seconds');
	});

	it('counts every answered interaction by command, surface, locale and status, and times it', async () => {
		const before = (await get(`${base}/metrics`)).text;
		const sent = [
			commandInteraction(1, 'ask', 'question', QUESTION, 'sv-SE'),
			commandInteraction(2, 'ask', 'question', QUESTION, 'sv-SE'),
			commandInteraction(3, 'define', 'term', 'customer-facing', 'fr'),
			commandInteraction(4, 'define', 'term', 'zzzzqqqq xyzzy', 'de'),
		];
		for (const interaction of sent) {
			const { body, headers } = signed(interaction, keys);
			const res = await fetch(`${base}/interactions`, { method: 'POST', body, headers });
			expect(res.status).toBe(200);
			expect(((await res.json()) as { type: number }).type).toBe(4);
		}
		const after = (await get(`${base}/metrics`)).text;
		const delta = (labels: Record<string, string>) =>
			sampleValue(after, 'glossary_interactions_total', labels) -
			sampleValue(before, 'glossary_interactions_total', labels);
		const http = { surface: 'http', kind: 'command' };
		expect(delta({ ...http, command: 'ask', locale: 'sv-SE', status: 'answer' })).toBe(2);
		// fr is not one of our locales: counted as `other`, never as a new label value.
		expect(delta({ ...http, command: 'define', locale: 'other', status: 'answer' })).toBe(1);
		expect(delta({ ...http, command: 'define', locale: 'de' })).toBe(1);
		expect(delta({ ...http, command: 'define', locale: 'de', status: 'answer' })).toBe(0);
		expect(delta({})).toBe(4);
		const count = (text: string) => sampleValue(text, 'glossary_answer_duration_seconds_count', http);
		expect(count(after) - count(before)).toBe(4);
		expect(after).not.toContain('locale="fr"');
		expectBoundedLabels(after);
	});

	it("passes the container's HEALTHCHECK (deploy/healthcheck.mjs), which fails when nothing answers", async () => {
		const port = new URL(base).port;
		const check = async (env: Record<string, string>) => {
			const run = await startNode([join(REPO_ROOT, 'deploy', 'healthcheck.mjs')], env, { cwd });
			return (await run.exited).code;
		};
		expect(await check({ PORT: port, HEALTH_PORT: String(await freePort()) })).toBe(0);
		expect(await check({ PORT: String(await freePort()) })).toBe(1);
	});
});

describe('gateway mode: /healthz, /readyz and /metrics on HEALTH_PORT (the real bot against FakeDiscord)', () => {
	// Heartbeats every 500 ms, so the gateway ping is measured within the test.
	const fake = new FakeDiscord({
		token: 'metrics-fake-bot-token-0123456789',
		guildLocale: 'de',
		heartbeatIntervalMs: 500,
	});
	let bot: BotProcess;
	let base = '';

	beforeAll(async () => {
		await fake.start();
		bot = await startBot(['serve'], {
			DISCORD_TOKEN: fake.token,
			DISCORD_CLIENT_ID: fake.applicationId,
			DISCORD_API_URL: fake.apiBase,
			HEALTH_PORT: '0',
			HOST: '127.0.0.1',
		});
		const health = await bot.waitForLog((l) => l.msg === 'health and metrics listening', 20_000);
		base = `http://127.0.0.1:${String(health.port)}`;
		await bot.waitForLog((l) => l.msg === 'ready', 20_000);
	}, 30_000);
	afterAll(async () => {
		expect((await bot.stop('SIGTERM')).code).toBe(0);
		await fake.stop();
	});

	it('is alive, ready once the gateway is connected, and reports its shard', async () => {
		expect((await get(`${base}/healthz`)).status).toBe(200);
		const ready = await get(`${base}/readyz`);
		expect(ready.status).toBe(200);
		expect(JSON.parse(ready.text)).toMatchObject({
			status: 'ready',
			content: { terms: TERMS },
			shards: [{ id: 0, status: 'ready', ready: true }],
		});
		const metrics = (await get(`${base}/metrics`)).text;
		expect(sampleValue(metrics, 'glossary_gateway_shard_ready', { shard: '0' })).toBe(1);
		expect(sampleValue(metrics, 'glossary_gateway_shard_status', { shard: '0', status: 'ready' })).toBe(1);
		expect(sampleValue(metrics, 'glossary_gateway_shard_status', { shard: '0' })).toBe(1);
		expect(sampleValue(metrics, 'glossary_content_terms')).toBe(TERMS);
		expect(sampleValue(metrics, 'process_resident_memory_bytes')).toBeGreaterThan(0);
		expect((await get(`${base}/nope`)).status).toBe(404);
	});

	it('reports the gateway ping once a heartbeat was acknowledged', async () => {
		let text = '';
		for (let i = 0; i < 50 && !text.includes('glossary_gateway_ping_seconds{'); i += 1) {
			await new Promise((r) => setTimeout(r, 200));
			text = (await get(`${base}/metrics`)).text;
		}
		const ping = sampleValue(text, 'glossary_gateway_ping_seconds', { shard: '0' });
		expect(text).toMatch(/^glossary_gateway_ping_seconds\{shard="0"\} /m);
		expect(ping).toBeGreaterThanOrEqual(0);
		expect(ping).toBeLessThan(5);
	});

	it('counts slash commands, autocomplete and mentions served over the gateway', async () => {
		const before = (await get(`${base}/metrics`)).text;
		const define = fake.sendChatInput('define', { term: 'customer-facing' }, { locale: 'it' });
		await fake.waitForAnswer(define, 10_000);
		const ask = fake.sendChatInput('ask', { question: QUESTION }, { locale: 'ja' });
		await fake.waitForAnswer(ask, 10_000);
		const complete = fake.sendAutocomplete('define', { term: 'cust' }, { locale: 'ro' });
		await fake.waitForAnswer(complete, 10_000);
		const channelMessages = fake.channelMessages.length;
		fake.sendMessage(`<@${fake.applicationId}> what is a back office?`, { mentionsBot: true });
		await fake.waitFor((r) => r.method === 'POST' && r.route === `/channels/${fake.channelId}/messages`, 10_000);
		expect(fake.channelMessages.length).toBe(channelMessages + 1);
		// The counters move right after the answer was handed to Discord; allow for that last step.
		let after = '';
		const delta = (labels: Record<string, string>) =>
			sampleValue(after, 'glossary_interactions_total', labels) -
			sampleValue(before, 'glossary_interactions_total', labels);
		for (let i = 0; i < 50; i += 1) {
			after = (await get(`${base}/metrics`)).text;
			if (delta({}) >= 4) break;
			await new Promise((r) => setTimeout(r, 100));
		}
		const gw = { surface: 'gateway' };
		expect(delta({ ...gw, kind: 'command', command: 'define', locale: 'it', status: 'answer' })).toBe(1);
		expect(delta({ ...gw, kind: 'command', command: 'ask', locale: 'other', status: 'answer' })).toBe(1);
		expect(delta({ ...gw, kind: 'autocomplete', command: 'define', locale: 'ro', status: 'choices' })).toBe(1);
		expect(delta({ ...gw, kind: 'mention', command: 'mention', locale: 'de', status: 'answer' })).toBe(1);
		expect(delta({})).toBe(4);
		const count = (text: string) => sampleValue(text, 'glossary_answer_duration_seconds_count', gw);
		expect(count(after) - count(before)).toBe(4);
		expectBoundedLabels(after);
	});
});
