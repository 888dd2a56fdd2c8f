import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SERVER_LAUNCH_ENV } from '../../src/adapters/server-launch.ts';

// Churns through short-lived objects, keeping some alive across scavenges (as requests in flight do), and prints
// the new space's size: V8 grows it while enough survives.
const CHURN = `
const v8 = require('node:v8');
let keep = [];
for (let r = 0; r < 60; r++) {
	const a = [];
	for (let i = 0; i < 50000; i++) a.push({ i, s: 'x' + i });
	keep.push(a);
	if (keep.length > 2) keep.shift();
}
const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
process.stdout.write(String(space.space_size));
`;

function newSpaceMb(env: Record<string, string>): number {
	const run = spawnSync(process.execPath, ['-e', CHURN], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
	expect(run.status, run.stderr).toBe(0);
	return Number(run.stdout) / 2 ** 20;
}

describe('the server launch settings', () => {
	it('are accepted by node and keep the young generation small where plain node grows it', () => {
		expect(newSpaceMb({})).toBeGreaterThan(8);
		expect(newSpaceMb({ ...SERVER_LAUNCH_ENV })).toBeLessThanOrEqual(8);
	}, 30_000);
});
