/**
 * Three real `serve-http` replicas behind Debian's nginx, configured with deploy/nginx/glossary-bot.conf (only the
 * upstream ports and the listen port are templated in). 32 connections send signed interactions through the proxy
 * for about 10 s while one replica is stopped with SIGTERM and another killed with SIGKILL, and both are brought
 * back. Every request must get the correct answer: nginx retries on the next replica.
 *
 * Needs nginx (`.ci/run` installs it; in CI a missing nginx fails the test) and `npm run build`.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ENTRY, type BotProcess, killAllBots, REPO_ROOT, startNode } from '../e2e/bot-process.ts';
import { findNginx, type Nginx, startNginx } from './nginx.ts';
import { APPLICATION_ID, commandInteraction, freePort, keyPair, signed } from './signed-interactions.ts';

const CONNECTIONS = 32;
const DURATION_MS = 10_000;
// nginx skips a failed replica for fail_timeout (2 s in the deploy config), then tries it again.
const REJOIN_MS = 4000;
const NGINX = findNginx();
if (!NGINX && process.env.CI) throw new Error('nginx is not installed: .ci/run installs it (apt-get install nginx)');

// The first one is also the request left in flight by the SIGTERM test.
const QUESTIONS: [name: 'ask' | 'define', option: string, value: string, locale: string][] = [
	['ask', 'question', 'what roles are client-facing?', 'sv-SE'],
	['ask', 'question', 'what is a back office?', 'en-US'],
	['ask', 'question', 'was macht ein Börsenmakler?', 'de'],
	['ask', 'question', 'cât costă un consilier financiar?', 'ro'],
	['ask', 'question', 'чем занимается риелтор?', 'ru'],
	['ask', 'question', 'che cos’è la gestione patrimoniale?', 'it'],
	['ask', 'question', 'front office vs back office', 'en-GB'],
	['define', 'term', 'customer-facing', 'fr'],
	['define', 'term', 'Kundenkontackt', 'de'],
	['define', 'term', 'independent agent', 'en-US'],
	['define', 'term', 'retail sales', 'sv-SE'],
	['define', 'term', 'zzzz qqqq', 'it'],
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!NGINX)('replicas behind nginx (deploy/nginx/glossary-bot.conf)', () => {
	const keys = keyPair();
	const dir = mkdtempSync(join(tmpdir(), 'glossary-proxy-'));
	const ports: number[] = [];
	const replicas: BotProcess[] = [];
	let nginx: Nginx;
	let proxyPort = 0;
	/** The answer body each question must get, as one replica gives it directly (all three agree). */
	const expected: string[] = [];

	const startReplica = async (port: number): Promise<BotProcess> => {
		const bot = await startNode(
			[join(REPO_ROOT, BOT_ENTRY), 'serve-http'],
			{
				DISCORD_PUBLIC_KEY: keys.publicHex,
				DISCORD_CLIENT_ID: APPLICATION_ID,
				PORT: String(port),
				HOST: '127.0.0.1',
				// One line per answer would cost the shared CPU more than the answers; the ready check polls instead.
				LOG_LEVEL: 'warn',
			},
			{ cwd: dir },
		);
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (bot.exitInfo) throw new Error(`replica on ${port} exited\n${bot.tail()}`);
			const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
				(r) => r.ok,
				() => false,
			);
			if (ok) return bot;
			await sleep(100);
		}
		throw new Error(`replica on ${port} not ready within 30 s\n${bot.tail()}`);
	};

	beforeAll(async () => {
		for (let i = 0; i < 3; i += 1) ports.push(await freePort());
		replicas.push(...(await Promise.all(ports.map(startReplica))));
		proxyPort = await freePort();
		nginx = await startNginx(NGINX ?? 'nginx', join(dir, 'nginx'), ports, proxyPort);
		for (const [i, q] of QUESTIONS.entries()) {
			const answers = await Promise.all(ports.map((port) => post(port, commandInteraction(i, ...q))));
			for (const answer of answers) {
				expect(answer.status).toBe(200);
				expect(answer.body).toBe(answers[0]?.body);
			}
			expect(JSON.parse(answers[0]?.body ?? '{}').type).toBe(4);
			expected.push(answers[0]?.body ?? '');
		}
	}, 60_000);

	afterAll(async () => {
		await nginx?.stop();
		await killAllBots();
		rmSync(dir, { recursive: true, force: true });
	});

	const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
	function post(port: number, interaction: unknown): Promise<{ status: number; body: string }> {
		const { body, headers } = signed(interaction, keys);
		return new Promise((resolve, reject) => {
			const req = request(
				{ host: '127.0.0.1', port, path: '/interactions', method: 'POST', headers, agent, timeout: 10_000 },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
					res.on('error', reject);
				},
			);
			req.on('timeout', () => req.destroy(new Error('client timeout')));
			req.on('error', reject);
			req.end(body);
		});
	}

	it('answers every request correctly at 32 connections while one replica is stopped and another killed', async () => {
		let sent = 0;
		let failed = 0;
		const failures: string[] = [];
		const started = Date.now();
		// Load runs for DURATION_MS, and on until both replicas are back and have had time to rejoin.
		let stopAt = Number.POSITIVE_INFINITY;
		let rejoinedFrom = 0;
		const worker = async (w: number) => {
			for (let n = w; Date.now() < stopAt; n += CONNECTIONS) {
				const i = n % QUESTIONS.length;
				const question = QUESTIONS[i];
				if (!question) continue;
				sent += 1;
				try {
					const answer = await post(proxyPort, commandInteraction(1000 + n, ...question));
					if (answer.status !== 200 || answer.body !== expected[i]) {
						failed += 1;
						failures.push(`${answer.status} ${answer.body.slice(0, 120)}`);
					}
				} catch (error) {
					failed += 1;
					failures.push((error as Error).message);
				}
			}
		};
		const chaos = async () => {
			const log: string[] = [];
			const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
			const stopAndRestart = async (index: number, signal: NodeJS.Signals, atMs: number) => {
				await sleep(Math.max(0, atMs - (Date.now() - started)));
				const exit = await replicas[index]?.stop(signal, 10_000);
				log.push(`${signal} replica ${index + 1} at ${at()} (exit ${exit?.code ?? exit?.signal})`);
				if (signal === 'SIGTERM') expect(exit?.code).toBe(0);
				await sleep(500);
				replicas[index] = await startReplica(ports[index] ?? 0);
				log.push(`replica ${index + 1} back at ${at()}`);
			};
			// The kill may come while the stopped replica is still starting again: one replica then carries it all.
			await Promise.all([stopAndRestart(0, 'SIGTERM', 2000), stopAndRestart(1, 'SIGKILL', 5000)]);
			rejoinedFrom = nginx.accessLog().length;
			stopAt = Math.max(started + DURATION_MS, Date.now() + REJOIN_MS);
			return log;
		};
		const [, events] = await Promise.all([
			Promise.all(Array.from({ length: CONNECTIONS }, (_, w) => worker(w))),
			chaos(),
		]);
		const elapsed = (Date.now() - started) / 1000;

		// nginx logs every upstream it tried: "a, b" means the first replica failed and the next one answered.
		const proxied = nginx.accessLog().filter((line) => / \d+\.\d+\.\d+\.\d+:\d+/.test(line));
		const retried = proxied.filter((line) => line.includes(', ')).length;
		const perReplica = ports.map((port) => proxied.filter((line) => line.includes(`:${port}`)).length);
		const afterRestart = nginx.accessLog().slice(rejoinedFrom);
		const rejoined = ports.map((port) => afterRestart.filter((line) => line.includes(`:${port} `)).length);
		console.log(
			`proxy test: sent ${sent}, failed ${failed} in ${elapsed.toFixed(1)} s (${Math.round(sent / elapsed)} req/s) ` +
				`through nginx at ${CONNECTIONS} connections; ${retried} retried on another replica; ` +
				`requests per replica ${perReplica.join('/')} (${rejoined.join('/')} after both were back); ${events.join('; ')}`,
		);
		// What went wrong, by kind and replica ("connect() failed (111: Connection refused) … :PORT"), most frequent first.
		const kinds = new Map<string, number>();
		for (const line of nginx
			.errorLog()
			.split('\n')
			.filter((l) => l.includes('[error]'))) {
			const kind = `${/\*\d+ ([^,]*),/.exec(line)?.[1] ?? line} ${/upstream: "[^"]*?(:\d+)\//.exec(line)?.[1] ?? ''}`;
			kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
		}
		const nginxErrors = [...kinds]
			.sort((a, b) => b[1] - a[1])
			.map(([k, n]) => `${n} × ${k}`)
			.join('\n');
		expect(
			failures.slice(0, 5),
			`${failed} of ${sent} failed (replica ports ${ports.join(', ')}); nginx's errors:\n${nginxErrors}`,
		).toEqual([]);
		expect(failed).toBe(0);
		expect(sent).toBeGreaterThan(500);
		// The stop and the kill really hit traffic, and both restarted replicas serve again.
		expect(retried).toBeGreaterThan(0);
		for (const count of rejoined) expect(count).toBeGreaterThan(0);
	}, 180_000);

	it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
		const port = ports[2] ?? 0;
		const interaction = commandInteraction(9999, 'ask', 'question', 'what roles are client-facing?', 'sv-SE');
		const { body, headers } = signed(interaction, keys);
		const socket = connect(port, '127.0.0.1');
		await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
		const head = [
			'POST /interactions HTTP/1.1',
			'Host: 127.0.0.1',
			...Object.entries({ ...headers, 'content-length': String(Buffer.byteLength(body)) }).map(
				([k, v]) => `${k}: ${v}`,
			),
			'',
			'',
		].join('\r\n');
		const bytes = Buffer.from(body);
		// Half the body now; the request is in flight when the signal arrives.
		socket.write(head);
		socket.write(bytes.subarray(0, 40));
		await sleep(200);
		const stopping = replicas[2]?.stop('SIGTERM', 10_000);
		await sleep(300);
		const response = new Promise<string>((resolve) => {
			let text = '';
			const done = () => {
				socket.destroy();
				resolve(text);
			};
			socket.on('data', (c: Buffer) => {
				text += c.toString('utf8');
				const split = text.indexOf('\r\n\r\n');
				const length = Number(/content-length: (\d+)/i.exec(text)?.[1] ?? Number.NaN);
				if (split >= 0 && Buffer.byteLength(text.slice(split + 4)) >= length) done();
			});
			socket.on('close', done);
		});
		socket.write(bytes.subarray(40));
		const text = await response;
		expect(text.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
		expect(text.slice(text.indexOf('\r\n\r\n') + 4)).toBe(expected[0]);
		expect((await stopping)?.code).toBe(0);
	}, 30_000);
});
