/**
 * Signing interactions the way Discord does (Ed25519 over timestamp + raw body), for tests that drive
 * `serve-http` processes directly or through a proxy.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer } from 'node:net';

export interface Keys {
	privateKey: KeyObject;
	publicHex: string;
}

export function keyPair(): Keys {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const x = publicKey.export({ format: 'jwk' }).x ?? '';
	return { privateKey, publicHex: Buffer.from(x, 'base64url').toString('hex') };
}

export const APPLICATION_ID = '100000000000000001';

/** A `/ask` or `/define` interaction as Discord POSTs it (only the fields the bot reads, plus the usual ids). */
export function commandInteraction(id: number, name: 'ask' | 'define', option: string, value: string, locale: string) {
	return {
		id: String(300000000000000000n + BigInt(id)),
		application_id: APPLICATION_ID,
		type: 2,
		token: `token-${id}`,
		version: 1,
		locale,
		guild_locale: 'en-US',
		guild_id: '100000000000000002',
		channel_id: '100000000000000003',
		data: { id: '400000000000000001', name, type: 1, options: [{ name: option, type: 3, value }] },
	};
}

/** Headers and body of a signed request. */
export function signed(body: unknown, keys: Keys): { body: string; headers: Record<string, string> } {
	const text = JSON.stringify(body);
	const timestamp = String(Math.floor(Date.now() / 1000));
	const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(text)]), keys.privateKey);
	return {
		body: text,
		headers: {
			'content-type': 'application/json',
			'x-signature-ed25519': signature.toString('hex'),
			'x-signature-timestamp': timestamp,
		},
	};
}

/** A port that was free a moment ago (the config needs a real number for PORT). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** The value of one series in Prometheus text format, or 0 when absent. */
export function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number {
	let total = 0;
	for (const line of text.split('\n')) {
		if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
		const match = /^([^{\s]+)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
		if (!match || match[1] !== name) continue;
		const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
		if (Object.entries(labels).every(([k, v]) => have[k] === v)) total += Number(match[3]);
	}
	return total;
}
