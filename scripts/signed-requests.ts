/**
 * Requests as Discord sends them to the interactions endpoint, for `npm run bench` and `npm run load:http`:
 * an Ed25519 key pair, signed bodies (over timestamp + raw body) and guild slash-command interactions.
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export interface Keys {
	privateKey: KeyObject;
	publicHex: string;
}

export function keyPair(): Keys {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	return {
		privateKey,
		publicHex: Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex'),
	};
}

export type Signed = { body: string; headers: Record<string, string> };

/** `timestamp`: seconds; signatures are fresh for five minutes, so a batch may be signed once, up front. */
export function signedRequest(
	body: string,
	privateKey: KeyObject,
	timestamp = String(Math.floor(Date.now() / 1000)),
): Signed {
	const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey);
	return {
		body,
		headers: {
			'content-type': 'application/json',
			'x-signature-ed25519': signature.toString('hex'),
			'x-signature-timestamp': timestamp,
		},
	};
}

export interface CommandOptions {
	id: string;
	/** `ask` or `define`; `focused` makes it an autocomplete interaction. */
	command: string;
	option: string;
	value: string;
	locale: string;
	focused?: boolean;
	/** Names the sender in the token and user name, so a server's logs tell bench and load test apart. */
	client: string;
}

/** A guild slash-command (or autocomplete) interaction with one string option, as JSON text. */
export function commandInteraction(o: CommandOptions): string {
	return JSON.stringify({
		id: o.id,
		application_id: '1200000000000000000',
		type: o.focused ? 4 : 2,
		token: `${o.client}-${o.id}`,
		version: 1,
		guild_id: '1100000000000000001',
		channel: { id: '1100000000000000002', type: 0 },
		member: {
			user: { id: '1100000000000000003', username: o.client, discriminator: '0', global_name: null, avatar: null },
		},
		locale: o.locale,
		guild_locale: 'en-US',
		entitlements: [],
		authorizing_integration_owners: { 0: '1100000000000000001' },
		context: 0,
		data: {
			id: '1200000000000000001',
			name: o.command,
			type: 1,
			options: [{ type: 3, name: o.option, value: o.value, ...(o.focused ? { focused: true } : {}) }],
		},
	});
}
