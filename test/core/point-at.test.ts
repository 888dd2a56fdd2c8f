import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/core/command.ts';
import { createCooldown } from '../../src/core/cooldown.ts';
import { pointingAck } from '../../src/core/point-at.ts';

describe('`to:` and its cooldown', () => {
	let now = 0;
	const ctx = { cooldown: createCooldown(30_000, () => now) } as CommandContext;
	const user = { id: '200000000000000001' };

	it('answers publicly once per 30 s per user; other users are not held back', () => {
		expect(pointingAck({ options: { to: '300000000000000001' }, user }, ctx)).toBe('public');
		now += 29_999;
		expect(pointingAck({ options: { to: '300000000000000001' }, user }, ctx)).toBe('ephemeral');
		expect(pointingAck({ options: { to: '300000000000000001' }, user: { id: '2' } }, ctx)).toBe('public');
		now += 1;
		expect(pointingAck({ options: { to: '300000000000000001' }, user }, ctx)).toBe('public');
	});

	it('without a user to point at, or with something that is not a user id, stays private and costs no turn', () => {
		const fresh = { id: '200000000000000009' };
		expect(pointingAck({ options: {}, user: fresh }, ctx)).toBe('ephemeral');
		expect(pointingAck({ options: { to: '@everyone' }, user: fresh }, ctx)).toBe('ephemeral');
		expect(pointingAck({ options: { to: '300000000000000001' }, user: fresh }, ctx)).toBe('public');
	});
});
