import { createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';

/** How far a request's timestamp may be from our clock before it is taken for a replay. */
export const MAX_SKEW_SECONDS = 300;

const HEX_64 = /^[0-9a-fA-F]{64}$/;
const HEX_128 = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP = /^\d{1,12}$/;

export interface SignatureVerifier {
	/**
	 * Whether Discord signed these exact bytes at about this time: Ed25519 over `timestamp + rawBody`.
	 * False on a missing or malformed header, a bad signature, or a timestamp more than 300 s from `nowSeconds`.
	 */
	verify(rawBody: Buffer, signatureHex: string | undefined, timestamp: string | undefined, nowSeconds: number): boolean;
}

/** Imports the application's public key (the portal's 64 hex characters) once; throws when it is not one. */
export function createSignatureVerifier(publicKeyHex: string): SignatureVerifier {
	if (!HEX_64.test(publicKeyHex)) throw new Error('the public key must be 64 hex characters');
	const key: KeyObject = createPublicKey({
		key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyHex, 'hex').toString('base64url') },
		format: 'jwk',
	});
	return {
		verify(rawBody, signatureHex, timestamp, nowSeconds) {
			if (signatureHex === undefined || timestamp === undefined) return false;
			if (!HEX_128.test(signatureHex) || !TIMESTAMP.test(timestamp)) return false;
			if (Math.abs(nowSeconds - Number(timestamp)) > MAX_SKEW_SECONDS) return false;
			try {
				return cryptoVerify(
					null,
					Buffer.concat([Buffer.from(timestamp), rawBody]),
					key,
					Buffer.from(signatureHex, 'hex'),
				);
			} catch {
				return false;
			}
		},
	};
}
