import { describe, expect, it } from 'vitest';
import { describeDiscordFailure } from '../../src/cli/discord-failure.ts';

const refused = Object.assign(new TypeError('fetch failed'), {
	cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
});

describe('describeDiscordFailure', () => {
	it('an unreachable API blames the network and DISCORD_API_URL, not the token', () => {
		const message = describeDiscordFailure(refused, 'http://127.0.0.1:9/api', 'the login');
		expect(message).toContain("could not reach Discord's API at http://127.0.0.1:9/api (ECONNREFUSED)");
		expect(message).not.toContain('DISCORD_TOKEN');
	});

	it('DNS failures and time-outs are network failures too', () => {
		const dns = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
		expect(describeDiscordFailure(dns, undefined, 'the login')).toContain('https://discord.com/api (ENOTFOUND)');
		const timeout = Object.assign(new Error('aborted'), { name: 'AbortError' });
		expect(describeDiscordFailure(timeout, undefined, 'the login')).toContain('(AbortError)');
	});

	it('a rejected token says so', () => {
		const invalid = Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' });
		expect(describeDiscordFailure(invalid, undefined, 'the login')).toContain('Check DISCORD_TOKEN');
		const unauthorized = Object.assign(new Error('401: Unauthorized'), { status: 401 });
		expect(describeDiscordFailure(unauthorized, undefined, 'the registration')).toContain('Check DISCORD_TOKEN');
	});

	it('anything else names what Discord said', () => {
		const badRequest = Object.assign(new Error('Invalid Form Body'), { name: 'DiscordAPIError[50035]', status: 400 });
		expect(describeDiscordFailure(badRequest, undefined, 'the registration')).toBe(
			'Discord refused the registration (HTTP 400): DiscordAPIError[50035]: Invalid Form Body',
		);
	});
});
