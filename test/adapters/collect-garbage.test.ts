import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = pathToFileURL(
	join(dirname(new URL(import.meta.url).pathname), '..', '..', 'dist', 'src', 'adapters', 'collect-garbage.js'),
).href;

// Churns through short-lived objects, some kept across scavenges as requests in flight are, after `setup`.
const churn = (setup: string) => `
import { scavengeOnMainThread } from ${JSON.stringify(MODULE)};
${setup}
let keep = [];
for (let r = 0; r < 80; r++) {
	const a = [];
	for (let i = 0; i < 50000; i++) a.push({ i, s: 'x' + i });
	keep.push(a);
	if (keep.length > 2) keep.shift();
}
`;

/** How many threads took part in each scavenge: V8 prints one line per task, then the scavenge's own line. */
function tasksPerScavenge(setup: string): number[] {
	const run = spawnSync(
		process.execPath,
		['--trace-parallel-scavenge', '--trace-gc', '--input-type=module', '-e', churn(setup)],
		{ encoding: 'utf8', timeout: 30_000 },
	);
	expect(run.status, run.stderr).toBe(0);
	const counts: number[] = [];
	let tasks = 0;
	for (const line of run.stdout.split('\n')) {
		if (/ scavenge\[/.test(line)) tasks++;
		else if (/ Scavenge /.test(line)) {
			counts.push(tasks);
			tasks = 0;
		}
	}
	return counts;
}

describe('scavengeOnMainThread', () => {
	it('leaves every scavenge to the main thread, set at run time', () => {
		const serial = tasksPerScavenge('scavengeOnMainThread([]);');
		expect(serial.length).toBeGreaterThan(10);
		expect(new Set(serial)).toEqual(new Set([1]));
	}, 30_000);

	it.runIf(availableParallelism() > 1)(
		'changes something: without it V8 shares scavenges between threads',
		() => {
			expect(Math.max(...tasksPerScavenge(''))).toBeGreaterThan(1);
		},
		30_000,
	);

	it.runIf(availableParallelism() > 1)(
		'leaves the choice to a flag Node was started with',
		() => {
			expect(Math.max(...tasksPerScavenge("scavengeOnMainThread(['--parallel-scavenge']);"))).toBeGreaterThan(1);
		},
		30_000,
	);
});

// A server with one request at a time, the young generation first filled with garbage to 60%; prints how full it
// is 100 ms after the last reply ('idle') or while a slow request is still being answered ('busy').
const server = (watch: boolean, mode: 'idle' | 'busy') => `
import { createServer, request } from 'node:http';
import { scavengeWhenIdle, youngFill } from ${JSON.stringify(MODULE)};
const server = createServer((req, res) => setTimeout(() => res.end('ok'), Number(req.url.slice(1))));
${watch ? 'scavengeWhenIdle(server);' : ''}
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const get = (ms) => new Promise((resolve) =>
	request({ port: server.address().port, host: '127.0.0.1', path: '/' + ms, agent: false }, (res) => {
		res.resume();
		res.on('end', resolve);
	}).end(),
);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
await get(0);
await sleep(50);
let junk;
while (youngFill() < 0.6) for (let i = 0; i < 1000; i++) junk = { i, s: 'x' + i };
const slow = ${mode === 'busy' ? 'get(400)' : 'Promise.resolve()'};
await get(0);
await sleep(100);
console.log(youngFill());
await slow;
server.close();
`;

function fillAfter(watch: boolean, mode: 'idle' | 'busy'): number {
	const run = spawnSync(
		process.execPath,
		['--max-semi-space-size=4', '--min-semi-space-size=4', '--input-type=module', '-e', server(watch, mode)],
		{ encoding: 'utf8', timeout: 30_000 },
	);
	expect(run.status, run.stderr).toBe(0);
	return Number(run.stdout.trim());
}

describe('scavengeWhenIdle', () => {
	it('collects the young generation once no request has been in flight for a moment', () => {
		expect(fillAfter(true, 'idle')).toBeLessThan(0.3);
	}, 30_000);

	it('changes something: without it the garbage stays until V8 needs the room', () => {
		expect(fillAfter(false, 'idle')).toBeGreaterThanOrEqual(0.6);
	}, 30_000);

	it('leaves it alone while another request is being answered', () => {
		expect(fillAfter(true, 'busy')).toBeGreaterThanOrEqual(0.6);
	}, 30_000);
});
