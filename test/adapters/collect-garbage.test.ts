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
