/**
 * The surfaces of issue 11, end to end: the built bot (`glossary-bot serve`, unmodified discord.js) against
 * FakeDiscord. DMs with no guild, a server where only the user installed the app, the "Explain terms" message
 * command, paging /terms, `to:` pinging exactly one user, and removing an answer (by its asker, by someone else).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	type APIActionRowComponent,
	type APIComponentInMessageActionRow,
	type APIEmbed,
	ComponentType,
	InteractionResponseType,
	MessageFlags,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ENTRY, type BotProcess, killAllBots, REPO_ROOT, startNode } from './bot-process.ts';
import { FakeDiscord } from './fake-discord.ts';

interface Body {
	content?: string;
	embeds?: APIEmbed[];
	components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
	flags?: number;
	allowed_mentions?: { parse?: string[]; users?: string[] };
}

const components = (body: Body) => (body.components ?? []).flatMap((r) => r.components);
const customIds = (body: Body) =>
	components(body).flatMap((c) => ('custom_id' in c && c.custom_id ? [c.custom_id] : []));
const idStarting = (body: Body, prefix: string) => customIds(body).find((id) => id.startsWith(prefix));
const ephemeral = (body: Body) => ((body.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const MANAGE_MESSAGES = String(1n << 13n);

describe('issue 11 surfaces, end to end (built bot against FakeDiscord)', () => {
	const fake = new FakeDiscord({ token: 'e2e-surfaces-token-0123456789', guildLocale: 'de' });
	let cwd = '';
	let bot: BotProcess;
	const env = (): Record<string, string> => ({
		DISCORD_TOKEN: fake.token,
		DISCORD_CLIENT_ID: fake.applicationId,
		DISCORD_GUILD_ID: fake.guildId,
		DISCORD_API_URL: fake.apiBase,
		LOG_LEVEL: 'info',
		DISCORD_PUBLIC_KEY: '',
		PORT: '',
		CONTENT_DIR: '',
	});
	const run = (args: string[]) => startNode([join(REPO_ROOT, BOT_ENTRY), ...args], env(), { cwd });
	/** Bot-authenticated posts to a channel: impossible where only the user installed the app. */
	const channelPosts = () => fake.requests.filter((r) => r.method === 'POST' && r.route.startsWith('/channels/'));

	async function answer(id: string) {
		const got = await fake.waitForAnswer(id, 5000);
		return { ...got, body: got.body as Body };
	}

	beforeAll(async () => {
		cwd = mkdtempSync(join(tmpdir(), 'glossary-bot-surfaces-'));
		await fake.start();
		const deploy = await run(['deploy-commands']);
		expect((await deploy.exited).code, deploy.tail()).toBe(0);
		bot = await run(['serve']);
		await bot.waitForLog((line) => line.msg === 'ready', 15_000);
	});

	afterAll(async () => {
		await killAllBots();
		await fake.stop();
		if (cwd) rmSync(cwd, { recursive: true, force: true });
	});

	it('a DM with no guild: /define answers privately; "show" posts in the DM, in the asker’s language', async () => {
		const posts = channelPosts().length;
		const id = fake.sendChatInput('define', { term: 'customer-facing' }, { place: 'bot-dm', locale: 'sv-SE' });
		const { callback, body } = await answer(id);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(ephemeral(body)).toBe(true);
		expect(body.embeds?.[0]?.title).toBe('Kundnära');
		const show = idStarting(body, 'gb|show|');
		expect(show).toBeDefined();
		const click = fake.sendComponent(show ?? '', { place: 'bot-dm', locale: 'sv-SE' });
		const shown = await answer(click);
		expect(shown.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(ephemeral(shown.body)).toBe(false);
		// No server, so no server language: the clicker's own.
		expect(shown.body.embeds?.[0]?.title).toBe('Kundnära');
		expect(idStarting(shown.body, 'gb|del|sv|200000000000000001')).toBeDefined();
		expect(channelPosts()).toHaveLength(posts);
	});

	it('a group DM (user install only): /ask and /terms are answered', async () => {
		const ask = fake.sendChatInput(
			'ask',
			{ question: 'vad gör en fastighetsmäklare?' },
			{ place: 'group-dm', locale: 'sv-SE' },
		);
		const asked = await answer(ask);
		expect(asked.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(asked.body.embeds?.[0]?.title).toContain('Fastighetsmäklare');
		const terms = fake.sendChatInput('terms', {}, { place: 'group-dm', locale: 'ro' });
		expect((await answer(terms)).body.embeds?.[0]?.footer?.text).toMatch(/^Termenii 1–10 din \d+$/);
	});

	it('a server where only the user installed the app: "show in channel" is the interaction’s own public reply', async () => {
		const posts = channelPosts().length;
		const id = fake.sendChatInput('define', { term: 'backoffice' }, { place: 'user-install', locale: 'it' });
		const { body } = await answer(id);
		expect(ephemeral(body)).toBe(true);
		const click = fake.sendComponent(idStarting(body, 'gb|show|') ?? '', { place: 'user-install', locale: 'it' });
		const shown = await answer(click);
		expect(shown.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(ephemeral(shown.body)).toBe(false);
		// Not one bot-authenticated post, and no follow-up (five at most are allowed here).
		expect(channelPosts()).toHaveLength(posts);
		expect(fake.followUps.filter((f) => f.interactionId === click)).toHaveLength(0);
	});

	it('"Explain terms" on a Swedish message naming two terms, inflected; then opens one of them', async () => {
		const content = 'Jobbar du i backofficet eller i frontoffice nu för tiden?';
		const id = fake.sendMessageCommand('Explain terms', { content }, { locale: 'sv-SE' });
		const { callback, body } = await answer(id);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(ephemeral(body)).toBe(true);
		const description = body.embeds?.[0]?.description ?? '';
		expect(description).toContain('**Backoffice**');
		expect(description).toContain('**Frontoffice**');
		const select = components(body).find((c) => c.type === ComponentType.StringSelect);
		if (select?.type !== ComponentType.StringSelect) throw new Error('no select');
		expect(select.options.map((o) => o.value).sort()).toEqual(['backoffice', 'frontoffice']);
		const pick = fake.sendComponent(select.custom_id, {
			componentType: ComponentType.StringSelect,
			values: ['frontoffice'],
			locale: 'sv-SE',
		});
		const opened = await answer(pick);
		expect(opened.callback.type).toBe(InteractionResponseType.UpdateMessage);
		expect(opened.body.embeds?.[0]?.title).toBe('Frontoffice');

		const none = fake.sendMessageCommand('Explain terms', { content: 'Lunch at noon?' }, { locale: 'de' });
		expect((await answer(none)).body.embeds?.[0]?.description).toBe(
			'In dieser Nachricht wurden keine Glossarbegriffe gefunden.',
		);
	});

	it('/terms pages forwards and back, in place', async () => {
		const id = fake.sendChatInput('terms', {}, { locale: 'de' });
		const first = (await answer(id)).body;
		const footer = first.embeds?.[0]?.footer?.text ?? '';
		const total = Number(/von (\d+)$/.exec(footer)?.[1]);
		expect(footer).toBe(`Begriffe 1–10 von ${total}`);
		expect(total).toBeGreaterThan(10);
		const next = fake.sendComponent('gb|page|de|10', { locale: 'de' });
		const second = await answer(next);
		expect(second.callback.type).toBe(InteractionResponseType.UpdateMessage);
		expect(second.body.embeds?.[0]?.footer?.text).toBe(`Begriffe 11–${Math.min(20, total)} von ${total}`);
		const back = fake.sendComponent('gb|page|de|0', { locale: 'de' });
		const third = await answer(back);
		expect(third.callback.type).toBe(InteractionResponseType.UpdateMessage);
		expect(third.body.embeds?.[0]?.description).toBe(first.embeds?.[0]?.description);
	});

	it('`to:` posts publicly, pinging exactly that user; a second one at once meets the cooldown', async () => {
		const asker = '200000000000000031';
		const target = '300000000000000009';
		const id = fake.sendChatInput('define', { term: 'realtor', to: target }, { locale: 'en-US', userId: asker });
		const { callback, body } = await answer(id);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(ephemeral(body)).toBe(false);
		expect(body.content?.startsWith(`<@${target}>`)).toBe(true);
		expect(body.allowed_mentions).toEqual({ parse: [], users: [target] });

		const again = fake.sendChatInput('define', { term: 'realtor', to: target }, { locale: 'en-US', userId: asker });
		const cooled = await answer(again);
		// The answer still comes, to the asker only, saying why.
		expect(ephemeral(cooled.body)).toBe(true);
		expect(cooled.body.content ?? '').not.toContain(target);
		expect(cooled.body.content).toContain('only for you');
		expect(cooled.body.embeds?.[0]?.title).toBe(body.embeds?.[0]?.title);
		expect(cooled.body.allowed_mentions).toEqual({ parse: [] });
	});

	it('dismiss: someone else is told who may remove it; the asker removes it; a moderator may too', async () => {
		const asker = '200000000000000041';
		const id = fake.sendChatInput(
			'ask',
			{ question: 'what is a stockbroker?', to: '300000000000000010' },
			{ userId: asker },
		);
		const { body } = await answer(id);
		const remove = idStarting(body, `gb|del|en|${asker}`) ?? '';
		expect(remove).not.toBe('');
		const posted = fake.getOriginal(id);
		if (!posted) throw new Error('no public answer');

		const stranger = fake.sendComponent(remove, { message: posted, userId: '200000000000000042', permissions: '0' });
		const refused = await answer(stranger);
		expect(refused.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(ephemeral(refused.body)).toBe(true);
		expect(refused.body.embeds?.[0]?.description).toContain(`<@${asker}>`);
		expect(fake.getMessage(posted.id)).toBeDefined();

		const own = fake.sendComponent(remove, { message: posted, userId: asker, permissions: '0' });
		expect((await fake.waitForCallback(own)).type).toBe(InteractionResponseType.DeferredMessageUpdate);
		await fake.waitFor((r) => r.method === 'DELETE' && r.route.includes(`fake-token-${own}/messages/@original`));
		expect(fake.getMessage(posted.id)).toBeUndefined();

		const again = fake.sendChatInput('define', { term: 'home' }, { userId: '200000000000000043' });
		const shown = fake.sendComponent(idStarting((await answer(again)).body, 'gb|show|') ?? '', {
			userId: '200000000000000043',
		});
		await answer(shown);
		const post = fake.getOriginal(shown);
		const moderator = fake.sendComponent(`gb|del|de|200000000000000043`, {
			message: post,
			userId: '200000000000000044',
			permissions: MANAGE_MESSAGES,
		});
		expect((await fake.waitForCallback(moderator)).type).toBe(InteractionResponseType.DeferredMessageUpdate);
		await fake.waitFor((r) => r.method === 'DELETE' && r.route.includes(`fake-token-${moderator}/`));
	});

	it('an unknown command gets its own message; autocomplete with no focused option gets an empty list', async () => {
		const id = fake.sendChatInput('retired-command', {}, { locale: 'en-GB' });
		expect((await answer(id)).body.embeds?.[0]?.description).toMatch(/not one I know/);
		const auto = fake.sendAutocomplete('define', { term: 'kund' }, { unfocused: true });
		expect((await answer(auto)).body).toEqual({ choices: [] });
	});

	it('across the suite: nothing Discord would reject, no handler errors', () => {
		expect(fake.requests.filter((r) => r.status >= 400).map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual([]);
		expect(fake.unknownRoutes).toEqual([]);
		expect(bot.logs.filter((l) => (l.level ?? 0) >= 50).map((l) => l.msg)).toEqual([]);
	});
});
