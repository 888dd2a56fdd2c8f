import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/adapters/config.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.token-value-for-tests';

describe('parseConfig', () => {
	it('reports every problem at once, naming each variable', () => {
		let error: unknown;
		try {
			parseConfig({ DISCORD_API_URL: 'not a url', PORT: 'eighty', LOG_LEVEL: 'loud' }, 'deploy-commands');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ConfigError);
		const message = (error as ConfigError).message;
		for (const name of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_API_URL', 'PORT', 'LOG_LEVEL']) {
			expect(message).toContain(name);
		}
	});

	it('never echoes a secret in its report', () => {
		const secret = 'short-secret';
		expect(() => parseConfig({ DISCORD_TOKEN: secret, DISCORD_PUBLIC_KEY: 'zz-not-hex-secret' }, 'serve')).toThrow(
			ConfigError,
		);
		try {
			parseConfig({ DISCORD_TOKEN: secret, DISCORD_PUBLIC_KEY: 'zz-not-hex-secret' }, 'serve');
		} catch (e) {
			expect((e as Error).message).not.toContain(secret);
			expect((e as Error).message).not.toContain('zz-not-hex-secret');
		}
	});

	it('treats empty variables as unset and applies defaults', () => {
		const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: '', PORT: '', LOG_LEVEL: '' }, 'serve');
		expect(config).toMatchObject({ token: TOKEN, guildId: undefined, port: 8080, logLevel: 'info' });
	});

	it('strips a trailing slash from the REST base and accepts SHARDS=auto or a number', () => {
		expect(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'http://127.0.0.1:9/api/' }, 'serve').apiUrl).toBe(
			'http://127.0.0.1:9/api',
		);
		expect(parseConfig({ DISCORD_TOKEN: TOKEN, SHARDS: 'auto' }, 'serve').shards).toBe('auto');
		expect(parseConfig({ DISCORD_TOKEN: TOKEN, SHARDS: '4' }, 'serve').shards).toBe(4);
		expect(() => parseConfig({ DISCORD_TOKEN: TOKEN, SHARDS: 'many' }, 'serve')).toThrow(/SHARDS/);
	});

	it('asks serve-http for the public key, not the token', () => {
		expect(() => parseConfig({ DISCORD_CLIENT_ID: '123456789012345678' }, 'serve-http')).toThrow(/DISCORD_PUBLIC_KEY/);
		const config = parseConfig(
			{ DISCORD_CLIENT_ID: '123456789012345678', DISCORD_PUBLIC_KEY: 'AB'.repeat(32), PORT: '3000' },
			'serve-http',
		);
		expect(config).toMatchObject({ publicKey: 'ab'.repeat(32), port: 3000, token: undefined });
	});

	it('names the command as typed: deploy-commands, not deploy', () => {
		expect(() => parseConfig({}, 'deploy-commands')).toThrow(/DISCORD_TOKEN is required for deploy-commands/);
	});

	it('validates HOST: an IP address or a host name, default 0.0.0.0', () => {
		const base = { DISCORD_CLIENT_ID: '123456789012345678', DISCORD_PUBLIC_KEY: 'ab'.repeat(32) };
		expect(parseConfig(base, 'serve-http').host).toBe('0.0.0.0');
		for (const host of ['127.0.0.1', '::', '::1', 'localhost', 'bot.example.org'])
			expect(parseConfig({ ...base, HOST: host }, 'serve-http').host).toBe(host);
		for (const host of ['http://0.0.0.0', '0.0.0.0:8080', 'bad host', '-x.org'])
			expect(() => parseConfig({ ...base, HOST: host }, 'serve-http'), host).toThrow(/HOST: must be an IP address/);
	});
});
