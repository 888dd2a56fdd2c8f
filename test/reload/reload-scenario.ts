/**
 * The live-reload scenario for gateway mode, shared by the one-process and the sharded test: the real, built
 * `glossary-bot serve` on a temporary copy of content/, talking to FakeDiscord through the unmodified discord.js,
 * with interactions arriving all the time. Add a term, edit a section, break a file (the old content keeps
 * answering; /healthz and /metrics say the reload failed), fix it, SIGHUP. No interaction may fail meanwhile.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BOT_ENTRY, type BotProcess, type LogLine, REPO_ROOT, startNode } from '../e2e/bot-process.ts';
import type { FakeDiscord } from '../e2e/fake-discord.ts';
import { sampleValue } from '../ops/signed-interactions.ts';

export interface ContentHealth {
	hash: string;
	terms: number;
	reload: string;
}

const APOLOGY = (
	JSON.parse(readFileSync(join(REPO_ROOT, 'src/locales/en-US/replies.json'), 'utf8')) as {
		errors: { generic: string };
	}
).errors.generic;

// Each step waits for the reload it caused; the machine is small and shared, so the deadlines are generous.
const STEP_MS = 45_000;
const ANSWER_MS = 20_000;

const NEW_TERM = `---
id: zebra-crossing
lang: en
title: Zebra Crossing
description: A marked place where people on foot cross a road.
---

## What is a zebra crossing? {#definition}

A zebra crossing is a stripy place where walkers cross the road and cars must stop.
`;

/** Polls `ok` until it holds (errors count as not yet), or throws naming `what` with the bot's output. */
export async function until(what: string, ok: () => Promise<boolean>, bot: BotProcess, ms = STEP_MS): Promise<void> {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		if (await ok().catch(() => false)) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`timed out after ${ms} ms waiting for ${what}\n${bot.tail(40)}`);
}

/** A temporary copy of the bundled content, without its compiled index. */
export function copyContent(prefix: string): { work: string; content: string; remove(): void } {
	const work = mkdtempSync(join(tmpdir(), prefix));
	const content = join(work, 'content');
	cpSync(join(REPO_ROOT, 'content'), content, { recursive: true, filter: (src) => !src.includes('.index') });
	return { work, content, remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** `glossary-bot serve` against the fake, on `content`, with its health listener on a free port. */
export async function startGatewayBot(
	fake: FakeDiscord,
	work: string,
	content: string,
	extra: Record<string, string> = {},
): Promise<{ bot: BotProcess; base: string }> {
	const bot = await startNode(
		[join(REPO_ROOT, BOT_ENTRY), 'serve'],
		{
			DISCORD_TOKEN: fake.token,
			DISCORD_CLIENT_ID: fake.applicationId,
			DISCORD_API_URL: fake.apiBase,
			CONTENT_DIR: content,
			HEALTH_PORT: '0',
			HOST: '127.0.0.1',
			LOG_LEVEL: 'info',
			...extra,
		},
		{ cwd: work },
	);
	const health = await bot.waitForLog((l) => l.msg === 'health and metrics listening', 60_000);
	return { bot, base: `http://127.0.0.1:${String(health.port)}` };
}

/** Log lines of one kind from distinct processes (a sharded bot logs one per shard process). */
export function fromEachProcess(bot: BotProcess, match: (l: LogLine) => boolean): Set<unknown> {
	return new Set(bot.logs.filter(match).map((l) => l.pid));
}

export interface ReloadTarget {
	fake: FakeDiscord;
	bot: BotProcess;
	content: string;
	/** The shards interactions go to (`[undefined]` without sharding): every step is checked on each. */
	shards: (number | undefined)[];
	/** The label set of each process that serves content in /metrics (one, or one per shard). */
	servers: Record<string, string>[];
	/** The content block of /healthz, and the status of each serving process in it. */
	health(): Promise<{ content: ContentHealth; each: ContentHealth[] }>;
	metrics(): Promise<string>;
	/** Sends SIGHUP the way an operator would (to the one process, or to the sharding manager). */
	hangUp(): void;
	/** Also ask by mentioning the bot in the fake's channel (the one shard's guild). */
	mentions?: boolean;
}

/** The bot's reply to a message mentioning it, as JSON text. */
async function mentionReply(fake: FakeDiscord, question: string): Promise<string> {
	const id = fake.sendMessage(`<@${fake.applicationId}> ${question}`, { mentionsBot: true });
	const reply = await fake.waitFor(
		(r) =>
			r.method === 'POST' &&
			r.route === `/channels/${fake.channelId}/messages` &&
			(r.body as { message_reference?: { message_id?: string } } | null)?.message_reference?.message_id === id,
		ANSWER_MS,
	);
	return JSON.stringify(reply.body);
}

/** What the user sees for `/name option:value`, as JSON text; throws if no answer with an embed arrives. */
export async function answer(fake: FakeDiscord, name: 'define' | 'ask', value: string, shard: number | undefined) {
	const option = name === 'ask' ? 'question' : 'term';
	const id = fake.sendChatInput(name, { [option]: value }, shard === undefined ? {} : { shard });
	const { body } = await fake.waitForAnswer(id, ANSWER_MS);
	const text = JSON.stringify(body);
	if (!Array.isArray(body.embeds) || body.embeds.length === 0 || text.includes(APOLOGY))
		throw new Error(`interaction ${id} (/${name} ${value}, shard ${shard}) got ${text.slice(0, 300)}`);
	return text;
}

/** Interactions, one after another on every shard, until stopped; failures are collected, never thrown. */
function startTraffic(target: ReloadTarget) {
	const traffic = { sent: 0, failed: [] as string[], stop: false, done: Promise.resolve() };
	traffic.done = (async () => {
		while (!traffic.stop) {
			for (const shard of target.shards) {
				for (const [name, value] of [
					['define', 'back office'],
					['ask', 'what does a realtor do?'],
				] as const) {
					traffic.sent++;
					await answer(target.fake, name, value, shard).catch((e: Error) => traffic.failed.push(e.message));
				}
			}
			await new Promise((r) => setTimeout(r, 20));
		}
	})();
	return traffic;
}

/** Every shard answers `/name value` with a reply containing `expected`. */
async function everyShardAnswers(target: ReloadTarget, name: 'define' | 'ask', value: string, expected: string) {
	for (const shard of target.shards) expect(await answer(target.fake, name, value, shard)).toContain(expected);
}

export async function runReloadScenario(target: ReloadTarget): Promise<void> {
	const { bot, content } = target;
	const wait = (what: string, ok: () => Promise<boolean>) => until(what, ok, bot);
	const served = async () => (await target.health()).content;
	// The whole bot is there when every serving process (every shard) is.
	const everywhere = async (ok: (status: ContentHealth) => boolean) => {
		const { content: all, each } = await target.health();
		return each.length === target.servers.length && each.every(ok) && ok(all);
	};
	expect(await served()).toMatchObject({ terms: 11, reload: 'ok' });
	const traffic = startTraffic(target);
	try {
		// 1. A new term, picked up by the watcher.
		writeFileSync(join(content, 'en', 'zebra-crossing.md'), NEW_TERM);
		await wait('the new term', () => everywhere((s) => s.terms === 12 && s.reload === 'ok'));
		await everyShardAnswers(target, 'define', 'zebra crossing', 'stripy place where walkers cross');
		if (target.mentions) expect(await mentionReply(target.fake, 'what is a zebra crossing?')).toContain('stripy place');

		// 2. An edited section (the definition's body text, not the front matter).
		const backoffice = join(content, 'en', 'backoffice.md');
		const original = readFileSync(backoffice, 'utf8');
		const edited = original.replace('In a financial firm it covers', 'In a financial firm (edited live) it covers');
		expect(edited).not.toBe(original);
		const beforeEdit = (await served()).hash;
		writeFileSync(backoffice, edited);
		await wait('the edit', () => everywhere((s) => s.hash !== beforeEdit && s.hash !== 'mixed' && s.reload === 'ok'));
		await everyShardAnswers(target, 'define', 'back office', '(edited live)');
		const good = await served();
		expect(good).toMatchObject({ terms: 12, reload: 'ok' });
		expect(sampleValue(await target.metrics(), 'glossary_content_loads_total', { result: 'error' })).toBe(0);

		// 3. A broken file: refused, the old content keeps answering, and the health surfaces say so.
		const realtor = join(content, 'en', 'realtor.md');
		const realtorSource = readFileSync(realtor, 'utf8');
		writeFileSync(realtor, realtorSource.replace('id: realtor', 'id: Not A Valid Id!'));
		await wait('the failed reload', () => everywhere((s) => s.reload.startsWith('failed: ')));
		const broken = await target.health();
		expect(broken.content.reload).toMatch(/^failed: \d+ errors?$/);
		expect(broken.content).toMatchObject({ hash: good.hash, terms: 12 });
		for (const each of broken.each) expect(each).toMatchObject({ hash: good.hash, terms: 12 });
		await wait('a refused load in /metrics from every process', async () => {
			const metrics = await target.metrics();
			const refused = (labels: Record<string, string>) =>
				sampleValue(metrics, 'glossary_content_loads_total', { result: 'error', ...labels });
			return target.servers.every((labels) => refused(labels) >= 1);
		});
		// The same report as `check`, naming the file, from every serving process.
		await wait('the report in the log', async () => {
			const reports = fromEachProcess(bot, (l) => l.event === 'content-broken' && String(l.msg).includes('realtor.md'));
			return reports.size >= target.servers.length;
		});
		await everyShardAnswers(target, 'ask', 'what does a realtor do?', 'realtor');
		await everyShardAnswers(target, 'define', 'zebra crossing', 'stripy place');
		await everyShardAnswers(target, 'define', 'back office', '(edited live)');

		// 4. Fixed: the good content again (same hash), and the reload is ok again.
		writeFileSync(realtor, realtorSource);
		await wait('the recovery', () => everywhere((s) => s.reload === 'ok'));
		expect(await served()).toMatchObject({ hash: good.hash, terms: 12 });

		// 5. SIGHUP reloads every serving process, and kills none.
		const reloads = (l: LogLine) => l.msg === 'reloading content' && l.reason === 'SIGHUP';
		target.hangUp();
		const hups = () => fromEachProcess(bot, reloads).size;
		await wait('a SIGHUP reload in every process', async () => hups() >= target.servers.length);
		await wait('the SIGHUP reload done', () => everywhere((s) => s.reload === 'ok' && s.hash === good.hash));
		expect(bot.exitInfo).toBeNull();
		await everyShardAnswers(target, 'define', 'zebra crossing', 'stripy place');
	} finally {
		traffic.stop = true;
		await traffic.done;
	}
	expect(traffic.failed).toEqual([]);
	expect(traffic.sent).toBeGreaterThan(10 * target.shards.length);
	expect(bot.logs.filter((l) => l.msg === 'interaction failed')).toEqual([]);
}
