/** The preview's local API without a browser: what the page relies on, and what it must refuse. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../src/adapters/preview/server.ts';
import { SUPPORTED_LOCALE_LIST } from '../../src/core/locales.ts';

let preview: Preview;
const api = async (path: string, body?: unknown) => {
	const res = await fetch(
		new URL(path, preview.url),
		body === undefined ? {} : { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) },
	);
	return { code: res.status, json: (await res.json()) as Record<string, unknown> };
};

beforeAll(async () => {
	preview = await startPreview({ contentDir: 'content', port: 0, host: '127.0.0.1' });
}, 60_000);
afterAll(() => preview?.close());

describe('preview API', { timeout: 30_000 }, () => {
	it('lists every Discord locale, ours first', async () => {
		const res = await fetch(new URL('/api/locales', preview.url));
		const locales = (await res.json()) as { id: string; ours: boolean }[];
		expect(locales.slice(0, SUPPORTED_LOCALE_LIST.length).map((l) => l.id)).toEqual([...SUPPORTED_LOCALE_LIST]);
		expect(locales).toHaveLength(32);
		expect(locales.filter((l) => l.ours)).toHaveLength(SUPPORTED_LOCALE_LIST.length);
	});

	it('answers through the router, with the why-panel data', async () => {
		const { code, json } = await api('/api/ask', { command: 'ask', text: 'what is a back office?', locale: 'de' });
		expect(code).toBe(200);
		expect(json.outcome).toMatchObject({ kind: 'message', status: 'answer', ephemeral: true });
		expect(json.why).toMatchObject({ status: 'answer', subject: { id: 'backoffice' } });
	});

	it('follows a component click, and treats an unknown custom id as expired, not as a crash', async () => {
		const { json } = await api('/api/component', {
			customId: 'gb|lang|en|backoffice|definition',
			values: ['sv'],
			locale: 'en-US',
		});
		expect(json.outcome).toMatchObject({ kind: 'message' });
		const expired = await api('/api/component', { customId: 'nonsense', values: [], locale: 'en-US' });
		expect(expired.code).toBe(200);
		expect(expired.json.outcome).toMatchObject({ kind: 'message' });
	});

	it('refuses malformed requests with 400 and serves nothing it does not know', async () => {
		expect((await api('/api/ask', '{not json')).code).toBe(400);
		expect((await api('/api/ask', { command: 'nope', text: 'x' })).code).toBe(400);
		expect((await api('/api/ask', 'x'.repeat(20_000))).code).toBe(400);
		expect((await fetch(new URL('/../package.json', preview.url))).status).toBe(404);
	});
});
