/**
 * The surfaces of issue 11 through the HTTP interactions endpoint, with requests signed the way Discord signs
 * them: a DM with no guild, a user-install context, "Explain terms" on a Swedish message, paging /terms, `to:`,
 * dismiss by the asker and by someone else, and the empty autocomplete. A tiny local server stands in for
 * Discord's REST API (where a removed answer is deleted).
 */
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { defaultContentDir } from '../../src/adapters/fs/read-content.ts';
import { createInteractionsServer } from '../../src/adapters/http/interactions-server.ts';
import { loadContext } from '../../src/cli/load-context.ts';
import { createCooldown } from '../../src/core/cooldown.ts';
import { createRouter } from '../../src/core/route-interaction.ts';

const EPHEMERAL = 64;
const ASKER = '1100000000000000003';

interface Data {
	content?: string;
	flags?: number;
	embeds?: { title?: string; description?: string; footer?: { text: string } }[];
	components?: { components: { type: number; custom_id?: string; options?: { value: string }[] }[] }[];
	allowed_mentions?: { parse: string[]; users?: string[] };
	choices?: unknown[];
}

const ids = (data: Data) => (data.components ?? []).flatMap((r) => r.components.flatMap((c) => c.custom_id ?? []));

let next = 1;
type Place = 'guild' | 'bot-dm' | 'group-dm' | 'user-install';

/** A raw interaction as Discord sends it, in a server, a DM or a group DM. */
function interaction(
	type: number,
	data: unknown,
	opts: { locale?: string; place?: Place; user?: string; permissions?: string; message?: unknown } = {},
) {
	const id = String(1_300_000_000_000_000_000n + BigInt(next++));
	const user = { id: opts.user ?? ASKER, username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };
	const place = opts.place ?? 'guild';
	const where =
		place === 'bot-dm' || place === 'group-dm'
			? {
					channel: { id: '1100000000000000009', type: place === 'bot-dm' ? 1 : 3 },
					user,
					context: place === 'bot-dm' ? 1 : 2,
					authorizing_integration_owners: place === 'bot-dm' ? { 0: '0', 1: user.id } : { 1: user.id },
				}
			: {
					guild_id: place === 'user-install' ? '1100000000000000077' : '1100000000000000001',
					guild_locale: 'de',
					channel: { id: '1100000000000000002', type: 0 },
					member: { user, permissions: opts.permissions ?? '2248473465835073' },
					context: 0,
					authorizing_integration_owners: place === 'user-install' ? { 1: user.id } : { 0: '1100000000000000001' },
				};
	return {
		id,
		application_id: 'APP',
		type,
		token: `TOKEN-${id}`,
		version: 1,
		locale: opts.locale ?? 'en-US',
		entitlements: [],
		...where,
		...(opts.message ? { message: opts.message } : {}),
		data,
	};
}

const slash = (name: string, options: Record<string, string>, opts: Parameters<typeof interaction>[2] = {}) =>
	interaction(
		2,
		{
			id: '1200000000000000001',
			name,
			type: 1,
			options: Object.entries(options).map(([n, value]) => ({ name: n, type: n === 'to' ? 6 : 3, value })),
			...(options.to ? { resolved: { users: { [options.to]: { id: options.to, username: 'bob' } } } } : {}),
		},
		opts,
	);

const click = (customId: string, flags: number, opts: Parameters<typeof interaction>[2] & { values?: string[] } = {}) =>
	interaction(
		3,
		{ custom_id: customId, component_type: opts.values ? 3 : 2, ...(opts.values ? { values: opts.values } : {}) },
		{ ...opts, message: { id: '1400000000000000001', channel_id: '1100000000000000002', flags } },
	);

describe('issue 11 surfaces through the HTTP endpoint (signed requests)', () => {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
	const deletes: string[] = [];
	let discord: Server;
	let server: Server;
	let url = '';

	const send = async (body: unknown): Promise<{ type: number; data: Data }> => {
		const raw = JSON.stringify(body);
		const timestamp = String(Math.floor(Date.now() / 1000));
		const signature = sign(null, Buffer.from(timestamp + raw), privateKey as KeyObject).toString('hex');
		const res = await fetch(`${url}/interactions`, {
			method: 'POST',
			body: raw,
			headers: {
				'content-type': 'application/json',
				'x-signature-ed25519': signature,
				'x-signature-timestamp': timestamp,
			},
		});
		expect(res.status).toBe(200);
		return (await res.json()) as { type: number; data: Data };
	};

	beforeAll(async () => {
		discord = createServer((req, res) => {
			if (req.method === 'DELETE') deletes.push(req.url ?? '');
			res.writeHead(204).end();
		});
		await new Promise<void>((resolve) => discord.listen(0, '127.0.0.1', resolve));
		const api = `http://127.0.0.1:${(discord.address() as AddressInfo).port}/api`;
		const ctx = loadContext(defaultContentDir(), { out: () => {}, err: (s) => process.stderr.write(s) });
		if (!ctx) throw new Error('content does not load');
		server = createInteractionsServer({
			publicKey: publicHex,
			ctx: { ...ctx, cooldown: createCooldown() },
			router: createRouter(COMMANDS),
			logger: pino({ level: 'silent' }),
			rest: new REST({ api }),
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
		await new Promise((resolve) => discord.close(resolve));
	});

	it('a DM with no guild: a private answer, and "show" posts publicly in the asker’s language', async () => {
		const answer = await send(slash('define', { term: 'customer-facing' }, { place: 'bot-dm', locale: 'sv-SE' }));
		expect(answer.type).toBe(4);
		expect(answer.data.flags).toBe(EPHEMERAL);
		expect(answer.data.embeds?.[0]?.title).toBe('Kundnära');
		const show = ids(answer.data).find((id) => id.startsWith('gb|show|')) ?? '';
		const shown = await send(click(show, EPHEMERAL, { place: 'bot-dm', locale: 'sv-SE' }));
		expect(shown.type).toBe(4);
		expect(shown.data.flags).toBeUndefined();
		expect(shown.data.embeds?.[0]?.title).toBe('Kundnära');
	});

	it('a group DM and a server where only the user installed the app are answered the same way', async () => {
		const group = await send(slash('ask', { question: 'what does a realtor do?' }, { place: 'group-dm' }));
		expect(group.data.embeds?.[0]?.title).toContain('Realtor');
		const foreign = await send(slash('define', { term: 'backoffice' }, { place: 'user-install', locale: 'it' }));
		expect(foreign.data.flags).toBe(EPHEMERAL);
		const show = ids(foreign.data).find((id) => id.startsWith('gb|show|')) ?? '';
		const shown = await send(click(show, EPHEMERAL, { place: 'user-install', locale: 'it' }));
		// Its own public reply: no bot post is needed in a server the bot is not in.
		expect(shown.type).toBe(4);
		expect(shown.data.flags).toBeUndefined();
	});

	it('"Explain terms" reads the message from resolved data: two Swedish terms, inflected', async () => {
		const target = {
			id: '1500000000000000001',
			channel_id: '1',
			content: 'Är backofficet samma sak som frontoffice?',
			author: { id: '9' },
		};
		const data = {
			id: '1',
			name: 'Explain terms',
			type: 3,
			target_id: target.id,
			resolved: { messages: { [target.id]: target } },
		};
		const answer = await send(interaction(2, data, { locale: 'sv-SE' }));
		expect(answer.data.flags).toBe(EPHEMERAL);
		const select = answer.data.components?.[0]?.components[0];
		expect(select?.options?.map((o) => o.value).sort()).toEqual(['backoffice', 'frontoffice']);
	});

	it('/terms pages forwards and back by updating its own message', async () => {
		const first = await send(slash('terms', {}, { locale: 'de' }));
		expect(first.data.embeds?.[0]?.footer?.text).toMatch(/^Begriffe 1–10 von \d+$/);
		const forward = await send(click('gb|page|de|10', EPHEMERAL, { locale: 'de' }));
		expect(forward.type).toBe(7);
		expect(forward.data.embeds?.[0]?.footer?.text).toMatch(/^Begriffe 11–\d+ von \d+$/);
		const back = await send(click('gb|page|de|0', EPHEMERAL, { locale: 'de' }));
		expect(back.data.embeds?.[0]?.description).toBe(first.data.embeds?.[0]?.description);
	});

	it('`to:` pings exactly one user, once per cooldown; dismiss by someone else is refused, by the asker done', async () => {
		const asker = '1100000000000000031';
		const pointed = await send(slash('define', { term: 'realtor', to: '1100000000000000099' }, { user: asker }));
		expect(pointed.type).toBe(4);
		expect(pointed.data.flags).toBeUndefined();
		expect(pointed.data.content).toBe('<@1100000000000000099>');
		expect(pointed.data.allowed_mentions).toEqual({ parse: [], users: ['1100000000000000099'] });
		const cooled = await send(slash('define', { term: 'realtor', to: '1100000000000000099' }, { user: asker }));
		expect(cooled.data.flags).toBe(EPHEMERAL);
		expect(cooled.data.allowed_mentions).toEqual({ parse: [] });
		expect(cooled.data.content).toMatch(/^-# ℹ️ You can point an answer at someone again/);
		expect(cooled.data.embeds?.[0]?.title).toBe(pointed.data.embeds?.[0]?.title);

		const remove = ids(pointed.data).find((id) => id.startsWith('gb|del|')) ?? '';
		expect(remove).toBe(`gb|del|en|${asker}`);
		const refused = await send(click(remove, 0, { user: '1100000000000000032', permissions: '0' }));
		expect(refused.type).toBe(4);
		expect(refused.data.flags).toBe(EPHEMERAL);
		expect(refused.data.embeds?.[0]?.description).toContain(`<@${asker}>`);
		expect(deletes).toEqual([]);
		const removed = await send(click(remove, 0, { user: asker, permissions: '0' }));
		expect(removed.type).toBe(6);
		await expect.poll(() => deletes.length).toBe(1);
		expect(decodeURIComponent(deletes[0] ?? '')).toMatch(/\/webhooks\/APP\/TOKEN-\d+\/messages\/@original$/);
	});

	it('autocomplete without a focused option answers an empty list; an unknown command has its own message', async () => {
		const auto = await send(
			interaction(4, { id: '1', name: 'define', type: 1, options: [{ name: 'term', type: 3, value: 'x' }] }),
		);
		expect(auto).toEqual({ type: 8, data: { choices: [] } });
		const unknown = await send(slash('retired', {}, { locale: 'en-US' }));
		expect(unknown.data.embeds?.[0]?.description).toMatch(/not one I know/);
	});
});
