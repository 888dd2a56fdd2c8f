/**
 * The HTTP interactions endpoint, driven the way Discord drives it: real Ed25519 signatures over the raw bytes, a
 * real server on 127.0.0.1, the bundled content, and a tiny local server standing in for Discord's REST API.
 */

import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { defaultContentDir } from '../../src/adapters/fs/read-content.ts';
import { createInteractionsServer, MAX_BODY_BYTES } from '../../src/adapters/http/interactions-server.ts';
import type { Logger } from '../../src/adapters/logger.ts';
import { loadContext } from '../../src/cli/load-context.ts';
import type { CommandContext } from '../../src/core/command.ts';
import { createRouter, type Router } from '../../src/core/route-interaction.ts';

const EPHEMERAL = 64;

interface Keys {
	privateKey: KeyObject;
	publicHex: string;
}

function keyPair(): Keys {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const x = publicKey.export({ format: 'jwk' }).x ?? '';
	return { privateKey, publicHex: Buffer.from(x, 'base64url').toString('hex') };
}

function signBody(body: string | Buffer, timestamp: string, key: KeyObject): string {
	return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), key).toString('hex');
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

function realContext(): CommandContext {
	const ctx = loadContext(defaultContentDir(), { out: () => {}, err: (s) => process.stderr.write(s) });
	if (!ctx) throw new Error('the bundled content does not load');
	return ctx;
}

/** The same context with every engine call counted: proof that a refused request ran nothing. */
function countingContext(ctx: CommandContext): { ctx: CommandContext; calls: () => number; reset: () => void } {
	let calls = 0;
	const engine = new Proxy(ctx.engine, {
		get(target, prop, receiver) {
			const value: unknown = Reflect.get(target, prop, receiver);
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) => {
				calls += 1;
				return (value as (...a: unknown[]) => unknown).apply(target, args);
			};
		},
	});
	return {
		ctx: { ...ctx, engine },
		calls: () => calls,
		reset: () => {
			calls = 0;
		},
	};
}

interface LogLine {
	level: number;
	msg: string;
	[key: string]: unknown;
}

function capturingLogger(): { logger: Logger; lines: LogLine[] } {
	const lines: LogLine[] = [];
	const logger = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });
	return { logger, lines };
}

async function listen(server: Server): Promise<string> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
	return new Promise((resolve) => server.close(() => resolve()));
}

interface Response {
	status: number;
	headers: IncomingHttpHeaders;
	text: string;
	json: unknown;
}

/** A raw POST with node:http (not fetch), so a reply that arrives before the whole body was sent still counts. */
function post(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Response> {
	return new Promise((resolve, reject) => {
		let answered = false;
		const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
			answered = true;
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let json: unknown;
				try {
					json = JSON.parse(text);
				} catch {
					json = undefined;
				}
				resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
			});
		});
		// The server may close the connection on purpose while an oversized upload is still going: that is fine
		// once its answer has arrived.
		req.on('error', (error: NodeJS.ErrnoException) => {
			if (!answered || (error.code !== 'EPIPE' && error.code !== 'ECONNRESET')) reject(error);
		});
		req.end(body);
	});
}

let nextId = 1;

function interaction(type: number, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	const id = String(1_300_000_000_000_000_000n + BigInt(nextId++));
	return {
		id,
		application_id: 'APP',
		type,
		token: `TOKEN-${id}`,
		version: 1,
		guild_id: '1100000000000000001',
		channel: { id: '1100000000000000002', type: 0 },
		member: {
			user: { id: '1100000000000000003', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null },
		},
		locale: 'en-US',
		guild_locale: 'en-US',
		entitlements: [],
		authorizing_integration_owners: { 0: '1100000000000000001' },
		context: 0,
		data,
		...extra,
	};
}

const command = (name: string, options: { name: string; value: unknown; focused?: boolean }[], locale: string) =>
	interaction(
		2,
		{ id: '1200000000000000001', name, type: 1, options: options.map((o) => ({ type: 3, ...o })) },
		{ locale },
	);

interface Embed {
	title?: string;
	description?: string;
	footer?: { text: string };
}

interface Component {
	type: number;
	custom_id?: string;
	placeholder?: string;
	options?: { label: string; value: string }[];
	components?: Component[];
}

interface MessageData {
	content?: string;
	flags?: number;
	embeds: Embed[];
	components: Component[];
	allowed_mentions: { parse: string[] };
}

const selects = (data: MessageData): Component[] =>
	data.components.flatMap((row) => row.components ?? []).filter((c) => c.type === 3);

describe('HTTP interactions endpoint', () => {
	const keys = keyPair();
	const base = realContext();
	const counted = countingContext(base);
	const { logger, lines } = capturingLogger();
	let url: string;
	let server: Server;

	/** POSTs an interaction signed like Discord signs it, now. */
	const send = (body: unknown, at = nowSeconds()) => {
		const raw = JSON.stringify(body);
		const timestamp = String(at);
		return post(`${url}/interactions`, raw, {
			'x-signature-ed25519': signBody(raw, timestamp, keys.privateKey),
			'x-signature-timestamp': timestamp,
		});
	};

	beforeAll(async () => {
		server = createInteractionsServer({
			publicKey: keys.publicHex,
			ctx: counted.ctx,
			logger,
			router: createRouter(COMMANDS),
		});
		url = await listen(server);
	});
	afterAll(() => close(server));
	beforeEach(() => {
		lines.length = 0;
		counted.reset();
	});

	it('answers a signed PING with a PONG, as JSON', async () => {
		const res = await send({ id: '1', application_id: 'APP', type: 1, token: 't', version: 1 });
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toBe('application/json');
		expect(res.json).toEqual({ type: 1 });
	});

	it('says in Server-Timing how long it spent on a reply, answered or refused', async () => {
		const timing = (headers: IncomingHttpHeaders) => /^app;dur=(\d+\.\d\d)$/.exec(String(headers['server-timing']));
		const started = performance.now();
		const answered = await send(command('define', [{ name: 'term', value: 'customer-facing' }], 'en-US'));
		const roundTrip = performance.now() - started;
		const spent = Number(timing(answered.headers)?.[1]);
		expect(spent).toBeGreaterThan(0);
		// The server's own share: never more than the whole round trip that this client measured around it.
		expect(spent).toBeLessThanOrEqual(roundTrip);
		const refused = await post(`${url}/interactions`, '{}', {
			'x-signature-ed25519': '00',
			'x-signature-timestamp': '1',
		});
		expect(refused.status).toBe(401);
		expect(timing(refused.headers)).not.toBeNull();
	});

	it('answers /define from a Swedish client inline, with a Swedish embed only the asker sees', async () => {
		const res = await send(command('define', [{ name: 'term', value: 'customer-facing' }], 'sv-SE'));
		expect(res.status).toBe(200);
		const { type, data } = res.json as { type: number; data: MessageData };
		expect(type).toBe(4);
		expect(data.flags).toBe(EPHEMERAL);
		expect(data.allowed_mentions).toEqual({ parse: [] });
		expect(data.embeds[0]?.title).toBe('Kundnära');
		expect(data.embeds[0]?.footer?.text).toMatch(/avsnitt 1 av \d+/);
		expect(lines.some((l) => l.msg === 'answered' && l.command === 'define' && l.status === 'answer')).toBe(true);
	});

	it('answers /ask in Russian with the section on types of roles', async () => {
		const res = await send(command('ask', [{ name: 'question', value: 'Какие бывают клиентские роли?' }], 'ru'));
		const { type, data } = res.json as { type: number; data: MessageData };
		expect(type).toBe(4);
		expect(data.embeds[0]?.title).toBe('Работа с клиентами › Кто работает с клиентами');
		// The footer names the section by its heading, never by its id (issue 14, item 7).
		const heading = data.embeds[0]?.title?.split(' › ').at(-1) ?? '';
		expect(data.embeds[0]?.footer?.text).toMatch(/раздел \d+ из \d+: /);
		expect(data.embeds[0]?.footer?.text?.endsWith(`: ${heading}`)).toBe(true);
		expect(data.embeds[0]?.footer?.text).not.toMatch(/types/);
	});

	it('answers /examples in Italian with the Italian list', async () => {
		const res = await send(command('examples', [{ name: 'term', value: 'customer-facing' }], 'it'));
		const { type, data } = res.json as { type: number; data: MessageData };
		expect(type).toBe(4);
		expect(data.embeds[0]?.title).toBe('Esempi: A contatto con il cliente');
		expect(data.embeds[0]?.description).toContain('- Cassieri');
	});

	it('offers German autocomplete choices (type 8, at most 25)', async () => {
		const res = await send(
			interaction(
				4,
				{ id: '1', name: 'define', type: 1, options: [{ type: 3, name: 'term', value: 'kunden', focused: true }] },
				{ locale: 'de' },
			),
		);
		const { type, data } = res.json as { type: number; data: { choices: { name: string; value: string }[] } };
		expect(type).toBe(8);
		expect(data.choices.length).toBeGreaterThan(0);
		expect(data.choices.length).toBeLessThanOrEqual(25);
		expect(data.choices[0]).toEqual({ name: 'Kundenkontakt', value: 'customer-facing' });
	});

	it('updates an ephemeral answer in place when a related term is picked (type 7)', async () => {
		const first = await send(command('define', [{ name: 'term', value: 'customer-facing' }], 'sv-SE'));
		const answer = (first.json as { data: MessageData }).data;
		const related = selects(answer).find((s) => s.placeholder === 'Relaterade termer…');
		const picked = related?.options?.find((o) => o.value === 'realtor');
		expect(related?.custom_id).toBeDefined();
		expect(picked).toBeDefined();

		const click = interaction(
			3,
			{ custom_id: related?.custom_id, component_type: 3, values: [picked?.value] },
			{
				locale: 'sv-SE',
				message: { id: '1', channel_id: '2', flags: EPHEMERAL, embeds: answer.embeds, components: answer.components },
			},
		);
		const res = await send(click);
		const { type, data } = res.json as { type: number; data: MessageData };
		expect(type).toBe(7);
		expect(data.embeds[0]?.title).toBe('Fastighetsmäklare');
		// An edit cannot change who sees the message.
		expect(data.flags).toBeUndefined();
	});

	it('answers a click on a public message with a new ephemeral reply instead of changing it for everyone', async () => {
		const click = interaction(
			3,
			{ custom_id: 'gb|open|sv', component_type: 3, values: ['realtor'] },
			{ locale: 'sv-SE', message: { id: '1', channel_id: '2', flags: 0, embeds: [], components: [] } },
		);
		const { type, data } = (await send(click)).json as { type: number; data: MessageData };
		expect(type).toBe(4);
		expect(data.flags).toBe(EPHEMERAL);
		expect(data.embeds[0]?.title).toBe('Fastighetsmäklare');
	});

	describe('refuses what Discord did not sign, and runs nothing for it', () => {
		const body = JSON.stringify(command('ask', [{ name: 'question', value: 'what is customer-facing?' }], 'en-US'));
		const fresh = () => String(nowSeconds());

		const cases: [string, () => Promise<Response>][] = [
			[
				'a tampered body',
				() => {
					const ts = fresh();
					const signature = signBody(body, ts, keys.privateKey);
					const tampered = body.replace('customer-facing', 'customer-facinG');
					return post(`${url}/interactions`, tampered, {
						'x-signature-ed25519': signature,
						'x-signature-timestamp': ts,
					});
				},
			],
			[
				'a signature by another key',
				() => {
					const ts = fresh();
					const other = keyPair();
					return post(`${url}/interactions`, body, {
						'x-signature-ed25519': signBody(body, ts, other.privateKey),
						'x-signature-timestamp': ts,
					});
				},
			],
			['no signature header', () => post(`${url}/interactions`, body, { 'x-signature-timestamp': fresh() })],
			[
				'no timestamp header',
				() => post(`${url}/interactions`, body, { 'x-signature-ed25519': signBody(body, fresh(), keys.privateKey) }),
			],
			[
				'a signature that is not 128 hex characters',
				() => {
					const ts = fresh();
					const signature = `${signBody(body, ts, keys.privateKey)}00`;
					return post(`${url}/interactions`, body, { 'x-signature-ed25519': signature, 'x-signature-timestamp': ts });
				},
			],
			[
				'a valid signature made five minutes and one second ago (a replay)',
				() => {
					const ts = String(nowSeconds() - 301);
					return post(`${url}/interactions`, body, {
						'x-signature-ed25519': signBody(body, ts, keys.privateKey),
						'x-signature-timestamp': ts,
					});
				},
			],
			[
				'a signed PING with a timestamp 301 s in the future',
				() => {
					const ping = JSON.stringify({ id: '1', application_id: 'APP', type: 1, token: 't', version: 1 });
					const ts = String(nowSeconds() + 301);
					return post(`${url}/interactions`, ping, {
						'x-signature-ed25519': signBody(ping, ts, keys.privateKey),
						'x-signature-timestamp': ts,
					});
				},
			],
		];

		it.each(cases)('401 for %s', async (_name, attempt) => {
			const res = await attempt();
			expect(res.status).toBe(401);
			expect(res.headers['content-type']).toBe('application/json');
			expect(res.text.length).toBeLessThan(64);
			expect(counted.calls()).toBe(0);
			expect(lines.filter((l) => l.level >= 30)).toEqual([]);
		});

		it('accepts the same request signed 299 s ago: the window is five minutes, not less', async () => {
			const ts = String(nowSeconds() - 299);
			const res = await post(`${url}/interactions`, body, {
				'x-signature-ed25519': signBody(body, ts, keys.privateKey),
				'x-signature-timestamp': ts,
			});
			expect(res.status).toBe(200);
			expect(counted.calls()).toBeGreaterThan(0);
		});
	});

	it('refuses a body over 64 KiB with 413 before looking at it', async () => {
		const huge = JSON.stringify({ type: 1, padding: 'x'.repeat(MAX_BODY_BYTES) });
		const ts = String(nowSeconds());
		const res = await post(`${url}/interactions`, huge, {
			'x-signature-ed25519': signBody(huge, ts, keys.privateKey),
			'x-signature-timestamp': ts,
		});
		expect(res.status).toBe(413);
		expect(counted.calls()).toBe(0);
	});

	it('refuses an oversized body sent without a length (chunked) with 413 too', async () => {
		const res = await post(`${url}/interactions`, 'x'.repeat(MAX_BODY_BYTES + 1024), {
			'transfer-encoding': 'chunked',
		});
		expect(res.status).toBe(413);
		expect(counted.calls()).toBe(0);
	});

	it('answers 400 to invalid JSON that carries a valid signature', async () => {
		const res = await post(`${url}/interactions`, '{"type":1,', {
			'x-signature-ed25519': signBody('{"type":1,', String(nowSeconds()), keys.privateKey),
			'x-signature-timestamp': String(nowSeconds()),
		});
		expect(res.status).toBe(400);
		expect(res.headers['content-type']).toBe('application/json');
	});

	it('apologises in the asker’s language, and logs one line with the interaction id, when an option is not a string', async () => {
		const broken = command('define', [{ name: 'term', value: 42 }], 'de');
		const res = await send(broken);
		const { type, data } = res.json as { type: number; data: MessageData };
		expect(type).toBe(4);
		expect(data.flags).toBe(EPHEMERAL);
		expect(data.embeds[0]?.description).toBe(
			'Entschuldige, bei uns ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.',
		);
		const errors = lines.filter((l) => l.level >= 50);
		expect(errors).toHaveLength(1);
		expect(errors[0]?.interactionId).toBe(broken.id);
		expect(JSON.stringify(data)).not.toContain('is not a string');
	});

	it('reports health with the number of terms', async () => {
		const res = await fetch(`${url}/healthz`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/json');
		expect(await res.json()).toEqual({ status: 'ok', terms: base.engine.glossary.termIds.length });
		expect(base.engine.glossary.termIds.length).toBe(11);
	});

	it('answers 404 to unknown paths and 405 to the wrong method', async () => {
		expect((await fetch(`${url}/`)).status).toBe(404);
		expect((await fetch(`${url}/interactions`)).status).toBe(405);
		expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
	});
});

describe('HTTP interactions endpoint: slow answers', () => {
	const keys = keyPair();
	const ctx = realContext();
	const { logger, lines } = capturingLogger();
	const received: { method: string; path: string; headers: IncomingHttpHeaders; body: unknown }[] = [];
	let discord: Server;
	let server: Server;
	let url: string;

	beforeAll(async () => {
		// Discord's REST API, as far as a webhook edit needs it.
		discord = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				received.push({
					method: req.method ?? '',
					path: decodeURIComponent(req.url ?? ''),
					headers: req.headers,
					body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'),
				});
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ id: '1300000000000000999', channel_id: '2', content: '', embeds: [] }));
			});
		});
		const api = await listen(discord);
		server = createInteractionsServer({
			publicKey: keys.publicHex,
			ctx,
			logger,
			rest: new REST({ api: `${api}/api` }),
			deferAfterMs: 20,
			// An answer that takes longer than the deadline: the real router, late.
			router: lateRouter(createRouter(COMMANDS), 150),
		});
		url = await listen(server);
	});
	afterAll(async () => {
		await close(server);
		await close(discord);
	});

	it('defers (type 5, ephemeral) and then edits @original through REST', async () => {
		const body = JSON.stringify({
			...command('ask', [{ name: 'question', value: 'Какие бывают клиентские роли?' }], 'ru'),
			token: 'TOKEN',
		});
		const ts = String(nowSeconds());
		const res = await post(`${url}/interactions`, body, {
			'x-signature-ed25519': signBody(body, ts, keys.privateKey),
			'x-signature-timestamp': ts,
		});
		expect(res.json).toEqual({ type: 5, data: { flags: EPHEMERAL } });

		await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 5000 });
		const call = received[0];
		expect(call?.method).toBe('PATCH');
		expect(call?.path).toBe('/api/v10/webhooks/APP/TOKEN/messages/@original');
		// A webhook edit is authorised by the interaction token in the path, never by the bot token.
		expect(call?.headers.authorization).toBeUndefined();
		const data = call?.body as MessageData;
		expect(data.embeds[0]?.title).toBe('Работа с клиентами › Кто работает с клиентами');
		expect(data.allowed_mentions).toEqual({ parse: [] });
		await vi.waitFor(() => expect(lines.some((l) => l.msg === 'answered' && l.deferred === true)).toBe(true));
	});

	it('defers a slow click on an ephemeral answer as an update (type 6), then edits that message', async () => {
		received.length = 0;
		const body = JSON.stringify(
			interaction(
				3,
				{ custom_id: 'gb|open|de', component_type: 3, values: ['realtor'] },
				{
					locale: 'de',
					token: 'CLICK',
					message: { id: '1', channel_id: '2', flags: EPHEMERAL, embeds: [], components: [] },
				},
			),
		);
		const ts = String(nowSeconds());
		const res = await post(`${url}/interactions`, body, {
			'x-signature-ed25519': signBody(body, ts, keys.privateKey),
			'x-signature-timestamp': ts,
		});
		expect(res.json).toEqual({ type: 6 });
		await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 5000 });
		expect(received[0]?.path).toBe('/api/v10/webhooks/APP/CLICK/messages/@original');
		expect((received[0]?.body as MessageData | undefined)?.embeds[0]?.title).toBe('Immobilienmakler');
	});
});

/** The real router whose work settles `ms` late, as a slow source (a database, a remote index) would. */
function lateRouter(router: Router, ms: number): Router {
	return {
		...router,
		route(input, c) {
			const routed = router.route(input, c);
			return {
				ack: routed.ack,
				run: async () => {
					await new Promise((resolve) => setTimeout(resolve, ms));
					return routed.run();
				},
			};
		},
	};
}
