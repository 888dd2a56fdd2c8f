/**
 * `npm run load:http`: how many signed `/ask` interactions one HTTP endpoint process answers per second.
 *
 * Starts the interactions server in this process on 127.0.0.1 (the bundled content, logging at info to
 * /dev/null so its cost counts), plays Discord: generates a key pair and signs a set of `/ask` interactions
 * (varied questions, six locales) with a fresh timestamp, checks that each one is answered, then fires them with
 * autocannon at rising concurrency. autocannon runs in a worker thread, so the server's event loop has the main
 * thread, i.e. one core, to itself. Prints requests per second, p50/p99 latency and errors per step, and whether
 * the target is met. It measures; it does not judge: the exit code is 0 either way, and non-zero only if the
 * script itself breaks.
 *
 * Options: `--duration 5` (seconds per step), `--steps 1,8,32,64` (concurrent connections).
 */

import type { KeyObject } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { COMMANDS } from '../commands/index.ts';
import { defaultContentDir } from '../src/adapters/fs/read-content.ts';
import { createInteractionsServer } from '../src/adapters/http/interactions-server.ts';
import { loadContext } from '../src/cli/load-context.ts';
import { createRouter } from '../src/core/route-interaction.ts';
import { commandInteraction, keyPair, type Signed, signedRequest } from './signed-requests.ts';

const TARGET = { rps: 2000, p99Ms: 50 };
const WARMUP_SECONDS = 2;
// Signatures are fresh for five minutes; the whole run must end well within that.
const HARD_STOP_MS = 4 * 60_000;

function numberArg(name: string): string | undefined {
	const i = process.argv.indexOf(name);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

const DURATION = Math.min(30, Math.max(1, Number(numberArg('--duration') ?? 5) || 5));
const STEPS = (numberArg('--steps') ?? '1,8,32,64')
	.split(',')
	.map(Number)
	.filter((n) => Number.isInteger(n) && n > 0 && n <= 1024);

const QUESTIONS: [locale: string, question: string][] = [
	['en-US', 'what is customer-facing?'],
	['en-US', 'which roles are client-facing?'],
	['en-US', 'what does a realtor do?'],
	['en-US', 'how is a stockbroker paid?'],
	['en-GB', 'what is the difference between front office and back office?'],
	['en-GB', 'what does an independent agent sell?'],
	['en-US', 'examples of retail sales jobs'],
	['en-US', 'what is wealth management'],
	['sv-SE', 'vad betyder kundvändande?'],
	['sv-SE', 'vilka roller är kundinriktade?'],
	['sv-SE', 'vad gör en fastighetsmäklare?'],
	['de', 'was bedeutet Kundenkontakt?'],
	['de', 'welche Rollen haben Kundenkontakt?'],
	['de', 'was macht ein Finanzberater?'],
	['ro', 'ce înseamnă orientat spre client?'],
	['ro', 'ce face un agent imobiliar?'],
	['ru', 'Какие бывают клиентские роли?'],
	['ru', 'что такое брокер?'],
	['it', "cos'è il back office?"],
	['it', 'quali ruoli sono a contatto con il cliente?'],
	['it', 'cosa fa un consulente finanziario?'],
	['fr', 'qu’est-ce que le front office ?'],
	['en-US', 'asdfgh qwerty'],
	['en-US', 'realtr'],
];

interface Step {
	connections: number;
	rps: number;
	p50: number;
	p99: number;
	requests: number;
	errors: number;
	/** Share of the step the server's event loop was busy: near 1 means the server, not the client, is the limit. */
	busy: number;
}

const progress = (message: string) => process.stderr.write(`${message}\n`);

function signedAsks(privateKey: KeyObject, timestamp: string): Signed[] {
	return QUESTIONS.map(([locale, question], i) => {
		const id = String(1_300_000_000_000_000_000n + BigInt(i));
		const body = commandInteraction({
			id,
			command: 'ask',
			option: 'question',
			value: question,
			locale,
			client: 'load',
		});
		return signedRequest(body, privateKey, timestamp);
	});
}

async function step(url: string, connections: number, seconds: number, requests: Signed[]): Promise<Step> {
	const before = performance.eventLoopUtilization();
	const r = await fire(url, connections, seconds, requests);
	const busy = performance.eventLoopUtilization(before).utilization;
	return {
		connections,
		rps: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		requests: r.requests.total,
		errors: r.errors + r.timeouts + r.non2xx,
		busy,
	};
}

function fire(url: string, connections: number, seconds: number, requests: Signed[]) {
	return autocannon({
		url,
		connections,
		duration: seconds,
		// The client runs in its own thread, so the server keeps the main one to itself.
		workers: 1,
		requests: requests.map((r) => ({
			method: 'POST' as const,
			path: '/interactions',
			headers: r.headers,
			body: r.body,
		})),
	});
}

async function main(): Promise<number> {
	const ctx = loadContext(defaultContentDir(), { out: () => {}, err: progress });
	if (!ctx) return 1;
	const keys = keyPair();
	const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
	const server: Server = createInteractionsServer({
		publicKey: keys.publicHex,
		ctx,
		logger,
		router: createRouter(COMMANDS),
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
	// Signed once, now: Discord's signatures are fresh for five minutes, and so are these.
	const timestamp = String(Math.floor(Date.now() / 1000));
	const requests = signedAsks(keys.privateKey, timestamp);
	const ping = [
		signedRequest(
			JSON.stringify({ id: '1', application_id: '1', type: 1, token: 'ping', version: 1 }),
			keys.privateKey,
			timestamp,
		),
	];

	const load = loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	try {
		// Every pre-signed request must be a real answer, or the figures below would measure refusals.
		for (const r of requests) {
			const res = await fetch(url, { method: 'POST', headers: r.headers, body: r.body });
			const json = (await res.json()) as { type?: number; data?: { embeds?: unknown[] } };
			if (res.status !== 200 || json.type !== 4 || !json.data?.embeds?.length) {
				progress(
					`load-http: a signed /ask was not answered (HTTP ${res.status}): ${JSON.stringify(json).slice(0, 200)}`,
				);
				return 1;
			}
		}
		progress(
			`load-http: ${requests.length} signed /ask interactions (${new Set(QUESTIONS.map((q) => q[0])).size} locales) answered; Node ${process.version}, ${availableParallelism()} cores, load average ${load}; ${DURATION} s per step`,
		);
		progress(`load-http: warming up for ${WARMUP_SECONDS} s`);
		await fire(url, 8, WARMUP_SECONDS, requests);

		const steps: Step[] = [];
		for (const connections of STEPS) {
			progress(`load-http: ${connections} connection(s) for ${DURATION} s`);
			steps.push(await step(url, connections, DURATION, requests));
		}
		// The same endpoint with no answer to compute (signed PINGs): what HTTP and the signature check cost alone.
		const reference = STEPS.at(-1) ?? 8;
		progress(`load-http: reference, signed PINGs, ${reference} connection(s) for ${DURATION} s`);
		const pings = await step(url, reference, DURATION, ping);

		const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padStart(i === 0 ? 14 : 10)).join(' ');
		const row = (label: string | number, s: Step) =>
			line([label, Math.round(s.rps), s.p50, s.p99, s.requests, s.errors, `${Math.round(s.busy * 100)}%`]);
		const out: string[] = [];
		out.push(`signed /ask over HTTP, one server process (event loop on one core), ${DURATION} s per step`);
		out.push(line(['connections', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'loop busy']));
		for (const s of steps) out.push(row(s.connections, s));
		out.push(row(`PING ×${pings.connections}`, pings));
		const meeting = steps.filter((s) => s.rps >= TARGET.rps && s.p99 < TARGET.p99Ms && s.errors === 0);
		const best = [...steps].sort((a, b) => b.rps - a.rps)[0];
		out.push(
			meeting.length > 0
				? `target (>= ${TARGET.rps} req/s with p99 < ${TARGET.p99Ms} ms, no errors): met at ${meeting.map((s) => s.connections).join(', ')} connection(s)`
				: `target (>= ${TARGET.rps} req/s with p99 < ${TARGET.p99Ms} ms, no errors): NOT met${best ? ` (best: ${Math.round(best.rps)} req/s at ${best.connections} connections, p99 ${best.p99} ms)` : ''}`,
		);
		out.push(
			`(latency as autocannon records it: whole milliseconds; 'loop busy' is the server's event-loop utilization; 1-minute load average ${load.split(' ')[0]} at the start, on ${availableParallelism()} cores: other work on the machine lowers every figure)`,
		);
		process.stdout.write(`${out.join('\n')}\n`);
		return 0;
	} finally {
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
}

const guard = setTimeout(() => {
	progress('load-http: still running after 4 minutes (signatures would go stale); stopping');
	process.exit(2);
}, HARD_STOP_MS);
guard.unref();

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		progress(`load-http: ${(error as Error).stack ?? String(error)}`);
		process.exitCode = 70;
	},
);
