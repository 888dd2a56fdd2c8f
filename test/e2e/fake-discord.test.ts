/**
 * Proves FakeDiscord with the real discord.js Client in process: a tiny inline bot (not the project's bot) logs in,
 * registers commands and answers every kind of event; the assertions are on what the fake received.
 */
import {
	ActionRowBuilder,
	ButtonBuilder,
	ButtonStyle,
	Client,
	DiscordAPIError,
	EmbedBuilder,
	Events,
	GatewayIntentBits,
	MessageFlags,
	Routes,
	SlashCommandBuilder,
	StringSelectMenuBuilder,
} from 'discord.js';
import {
	type APIEmbed,
	type APIInteractionResponseCallbackData,
	ApplicationCommandOptionType,
	InteractionResponseType,
	type RESTPostAPIChannelMessageJSONBody,
} from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { killAllBots, startNode } from './bot-process.ts';
import { FakeDiscord } from './fake-discord.ts';

const TOKEN = 'fake-bot-token';
const TERMS = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];

const HANDLE_KINDS = ['TCPSocketWrap', 'TCPServerWrap', 'Timeout'] as const;

/** Counts the handle kinds that would keep a process alive after the test (sockets, servers, timers). */
function openHandles(): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
	return counts;
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A tiny discord.js bot wired to the fake; handler errors are collected instead of thrown. */
function createInlineBot(fake: FakeDiscord) {
	const errors: unknown[] = [];
	const client = new Client({
		intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
		rest: { api: fake.apiBase },
	});
	const commands = [
		new SlashCommandBuilder()
			.setName('define')
			.setDescription('Define a term')
			.setNameLocalizations({ fr: 'definir' })
			.addStringOption((o) => o.setName('term').setDescription('The term').setRequired(true).setAutocomplete(true)),
		new SlashCommandBuilder().setName('slow').setDescription('Deferred answer'),
		new SlashCommandBuilder().setName('twice').setDescription('Replies twice'),
		new SlashCommandBuilder().setName('long').setDescription('Too long for Discord'),
		new SlashCommandBuilder().setName('fetched').setDescription('Reply withResponse, then follow up'),
	];
	const registered = new Promise<void>((resolve, reject) => {
		client.once(Events.ClientReady, (ready) => {
			ready.application.commands.set(commands, fake.guildId).then(() => resolve(), reject);
		});
	});
	client.on(Events.InteractionCreate, async (interaction) => {
		try {
			if (interaction.isAutocomplete()) {
				const typed = interaction.options.getFocused().toLowerCase();
				const matches = TERMS.filter((t) => t.startsWith(typed));
				await interaction.respond(matches.map((t) => ({ name: t, value: t })));
			} else if (interaction.isChatInputCommand()) {
				if (interaction.commandName === 'define') {
					const term = interaction.options.getString('term', true);
					await interaction.reply({
						embeds: [new EmbedBuilder().setTitle(term).setDescription(`${term} (${interaction.locale}) @everyone`)],
						components: [
							new ActionRowBuilder<ButtonBuilder>().addComponents(
								new ButtonBuilder().setCustomId('again').setLabel('Again').setStyle(ButtonStyle.Primary),
							),
							new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
								new StringSelectMenuBuilder()
									.setCustomId('lang')
									.addOptions({ label: 'Français', value: 'fr' }, { label: 'English', value: 'en' }),
							),
						],
						allowedMentions: { parse: [] },
					});
				} else if (interaction.commandName === 'slow') {
					await interaction.deferReply();
					await sleep(20);
					await interaction.editReply({ embeds: [new EmbedBuilder().setTitle('slow answer')] });
				} else if (interaction.commandName === 'twice') {
					await interaction.reply('first');
					// discord.js refuses a second reply locally (InteractionAlreadyReplied); a second process answering
					// the same interaction is what reaches Discord, so go through REST directly.
					await interaction.client.rest
						.post(Routes.interactionCallback(interaction.id, interaction.token), {
							body: { type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'second' } },
							auth: false,
						})
						.catch((error: unknown) => errors.push(error));
				} else if (interaction.commandName === 'fetched') {
					const response = await interaction.reply({ content: 'first', withResponse: true });
					await interaction.followUp(`reply id ${response.resource?.message?.id}`);
				} else if (interaction.commandName === 'long') {
					await interaction.reply('x'.repeat(2001)).catch((error: unknown) => errors.push(error));
				}
			} else if (interaction.isButton()) {
				await interaction.update({ content: `updated by ${interaction.user.id}`, embeds: [], components: [] });
			} else if (interaction.isStringSelectMenu()) {
				await interaction.reply({ content: `chosen: ${interaction.values.join(',')}`, flags: MessageFlags.Ephemeral });
			}
		} catch (error) {
			errors.push(error);
		}
	});
	client.on(Events.MessageCreate, async (message) => {
		if (message.author.bot || !client.user || !message.mentions.has(client.user)) return;
		try {
			await message.reply({ content: `You asked: ${message.content}`, allowedMentions: { repliedUser: false } });
		} catch (error) {
			errors.push(error);
		}
	});
	return { client, errors, registered };
}

describe('FakeDiscord with a real discord.js client', () => {
	const fake = new FakeDiscord({ token: TOKEN, guildLocale: 'fr' });
	let bot: ReturnType<typeof createInlineBot>;
	// Taken inside a hook, so vitest's own hook/test timeout timer is counted on both sides.
	let baseline: Record<string, number> = {};

	beforeAll(async () => {
		baseline = openHandles();
		await fake.start();
		bot = createInlineBot(fake);
	});

	afterAll(async () => {
		// Idempotent cleanup in case a test failed before the teardown test.
		await bot?.client.destroy();
		await fake.stop();
	});

	it('logs in: GET /gateway/bot, IDENTIFY with the intents, READY + GUILD_CREATE → clientReady', async () => {
		const ready = new Promise<void>((resolve) => bot.client.once(Events.ClientReady, () => resolve()));
		await bot.client.login(TOKEN);
		await ready;
		const identify = await fake.identified;
		expect(identify.token).toBe(TOKEN);
		expect(fake.intents).toBe(
			GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent,
		);
		const gatewayBot = fake.requests.find((r) => r.route === '/gateway/bot');
		expect(gatewayBot?.headers.authorization).toBe(`Bot ${TOKEN}`);
		expect(gatewayBot?.path).toBe('/api/v10/gateway/bot');
		expect(bot.client.user?.id).toBe(fake.applicationId);
		const guild = bot.client.guilds.cache.get(fake.guildId);
		expect(guild?.preferredLocale).toBe('fr');
		expect(guild?.channels.cache.has(fake.channelId)).toBe(true);
	});

	it('stores the commands the bot PUTs and returns them with ids', async () => {
		await bot.registered;
		const put = await fake.waitFor((r) => r.method === 'PUT' && r.route.endsWith('/commands'));
		expect(put.route).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
		const stored = fake.commands.get(fake.guildId) ?? [];
		expect(stored.map((c) => c.name)).toEqual(['define', 'slow', 'twice', 'long', 'fetched']);
		expect(stored.every((c) => /^\d+$/.test(c.id))).toBe(true);
		expect(bot.client.application?.commands.cache.size).toBe(5);
	});

	it('delivers a slash command and records the embed reply with allowedMentions parse []', async () => {
		const id = fake.sendChatInput('define', { term: 'apple' }, { locale: 'es-ES' });
		const callback = await fake.waitForCallback(id);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		const data = (callback as { data: APIInteractionResponseCallbackData }).data;
		expect(data.embeds?.[0]?.title).toBe('apple');
		expect(data.embeds?.[0]?.description).toBe('apple (es-ES) @everyone');
		expect(data.allowed_mentions).toEqual({ parse: [] });
		// The interaction id belongs to the registered command, and option types come from its definition.
		const request = fake.requests.find((r) => r.route.startsWith(`/interactions/${id}/`));
		expect(request?.headers.authorization).toBeUndefined();
		expect(request?.status).toBe(204);
		expect(fake.getOriginal(id)?.embeds[0]?.title).toBe('apple');
	});

	it('answers autocomplete with choices', async () => {
		const id = fake.sendAutocomplete(
			'define',
			[{ name: 'term', type: ApplicationCommandOptionType.String, value: 'ap', focused: true }],
			{ locale: 'fr' },
		);
		const answer = await fake.waitForAnswer(id);
		expect(answer.callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
		expect(answer.body.choices).toEqual([
			{ name: 'apple', value: 'apple' },
			{ name: 'apricot', value: 'apricot' },
		]);
	});

	it('records deferReply then editReply (PATCH @original)', async () => {
		const id = fake.sendChatInput('slow');
		const answer = await fake.waitForAnswer(id);
		expect(answer.callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
		expect(answer.via).toBe('edit');
		expect((answer.body.embeds as APIEmbed[])[0]?.title).toBe('slow answer');
		const edit = fake.originalEdits.find((e) => e.interactionId === id);
		expect(edit?.message.embeds[0]?.title).toBe('slow answer');
		const patch = fake.requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'));
		expect(patch?.status).toBe(200);
	});

	it('answers with_response=true with the message and records a follow-up', async () => {
		const id = fake.sendChatInput('fetched');
		const followUp = await fake.waitFor<{ content: string }>(
			(r) => r.method === 'POST' && r.route.startsWith('/webhooks/'),
		);
		const original = fake.getOriginal(id);
		expect(original?.content).toBe('first');
		expect(followUp.body.content).toBe(`reply id ${original?.id}`);
		expect(fake.followUps.at(-1)?.interactionId).toBe(id);
		const callback = fake.requests.find((r) => r.route.startsWith(`/interactions/${id}/`));
		expect(callback?.query.with_response).toBe('true');
		expect(callback?.status).toBe(200);
	});

	it('sends a button click on the replied message and records the update', async () => {
		const define = fake.sendChatInput('define', { term: 'cherry' });
		await fake.waitForCallback(define);
		const id = fake.sendComponent('again', { componentType: 2, userId: '200000000000000042' });
		const callback = await fake.waitForCallback(id);
		expect(callback.type).toBe(InteractionResponseType.UpdateMessage);
		expect(fake.getOriginal(id)?.content).toBe('updated by 200000000000000042');
		// The component's message was the /define reply: it is now updated in place.
		expect(fake.getOriginal(id)?.id).toBe(fake.getOriginal(define)?.id);
	});

	it('sends a string select and records the ephemeral reply', async () => {
		fake.sendChatInput('define', { term: 'banana' });
		const message = fake.findMessageWithComponent('lang');
		expect(message).toBeDefined();
		const id = fake.sendComponent('lang', { componentType: 3, values: ['fr'], ...(message ? { message } : {}) });
		const answer = await fake.waitForAnswer(id);
		expect(answer.body.content).toBe('chosen: fr');
		expect(answer.body.flags).toBe(MessageFlags.Ephemeral);
	});

	it('delivers a mention as MESSAGE_CREATE and records message.reply', async () => {
		const content = `<@${fake.applicationId}> what roles are client-facing?`;
		const messageId = fake.sendMessage(content, { mentionsBot: true, authorId: '200000000000000007' });
		const request = await fake.waitFor<RESTPostAPIChannelMessageJSONBody>(
			(r) => r.method === 'POST' && r.route === `/channels/${fake.channelId}/messages`,
		);
		expect(request.headers.authorization).toBe(`Bot ${TOKEN}`);
		expect(request.body.content).toBe(`You asked: ${content}`);
		expect(request.body.message_reference?.message_id).toBe(messageId);
		expect(request.body.allowed_mentions?.replied_user).toBe(false);
		expect(fake.channelMessages.at(-1)?.message.referenced_message?.id).toBe(messageId);
	});

	it('ignores a message that does not mention the bot', async () => {
		const before = fake.channelMessages.length;
		fake.sendMessage('just chatting');
		await sleep(50);
		expect(fake.channelMessages.length).toBe(before);
	});

	it('rejects a second callback with 40060 and a 2001-character reply with 50035', async () => {
		const twice = fake.sendChatInput('twice');
		await fake.waitFor((r) => r.route.startsWith(`/interactions/${twice}/`) && r.status === 400);
		expect(fake.callbacks.get(twice)?.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		const long = fake.sendChatInput('long');
		await expect(fake.waitForCallback(long, 200)).rejects.toThrow(/rejected attempt[\s\S]*BASE_TYPE_MAX_LENGTH/);
		await sleep(10);
		const codes = bot.errors.map((e) => (e instanceof DiscordAPIError ? e.code : String(e)));
		expect(codes).toEqual([40060, 50035]);
		bot.errors.length = 0;
	});

	it('answers unknown routes with 404 JSON and records them', async () => {
		await expect(bot.client.rest.get('/guilds/1/nonsense')).rejects.toMatchObject({ status: 404, code: 0 });
		expect(fake.unknownRoutes.map((r) => `${r.method} ${r.route}`)).toEqual(['GET /guilds/1/nonsense']);
		fake.unknownRoutes.length = 0;
	});

	it('resumes after the gateway drops the connection, replaying missed events', async () => {
		const resumed = new Promise((resolve) => fake.once('resumed', resolve));
		fake.disconnect(4000);
		// Dispatched while the bot is reconnecting: kept and replayed on RESUME.
		const id = fake.sendChatInput('define', { term: 'blueberry' });
		await resumed;
		const callback = await fake.waitForCallback(id);
		expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		expect(fake.gatewayLog.some((f) => f.op === 6)).toBe(true);
		expect(fake.identifies).toHaveLength(1);
	});

	it('times out waitFor with a list of what was received', async () => {
		await expect(fake.waitFor((r) => r.route === '/never', 30)).rejects.toThrow(/within 30 ms; \d+ REST request\(s\):/);
	});

	it('client.destroy() + stop() leave no open handles', async () => {
		expect(bot.errors).toEqual([]);
		expect(fake.unknownRoutes).toEqual([]);
		await bot.client.destroy();
		await fake.stop();
		// Handles close asynchronously: the client's keep-alive sockets when they see the server's FIN, a few ms later.
		const leftover = () => HANDLE_KINDS.filter((kind) => (openHandles()[kind] ?? 0) > (baseline[kind] ?? 0));
		const started = Date.now();
		while (leftover().length > 0 && Date.now() - started < 1000) await sleep(5);
		expect(leftover(), JSON.stringify(process.getActiveResourcesInfo())).toEqual([]);
	});
});

describe('FakeDiscord authentication and shutdown', () => {
	it('rejects login with a wrong token (401 on GET /gateway/bot → TokenInvalid)', async () => {
		const fake = new FakeDiscord({ token: TOKEN });
		await fake.start();
		const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
		try {
			await expect(client.login('wrong-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
			expect(fake.requests.map((r) => [r.route, r.status])).toEqual([['/gateway/bot', 401]]);
		} finally {
			await client.destroy();
			await fake.stop();
		}
	});

	it('closes the gateway with 4004 on a wrong IDENTIFY token', async () => {
		const fake = new FakeDiscord({ token: TOKEN });
		await fake.start();
		try {
			const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
			const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
			const hello = await new Promise<{ op: number; d: { heartbeat_interval: number } }>((resolve) =>
				ws.once('message', (data) => resolve(JSON.parse(String(data)))),
			);
			expect(hello).toMatchObject({ op: 10, d: { heartbeat_interval: 41_250 } });
			ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
			expect(await closed).toBe(4004);
			expect(() => fake.sendChatInput('define')).toThrow(/no gateway session/);
		} finally {
			await fake.stop();
		}
	});

	it('refuses connections after stop()', async () => {
		const fake = new FakeDiscord({ token: TOKEN });
		await fake.start();
		const url = fake.gatewayUrl;
		await fake.stop();
		const ws = new WebSocket(url);
		const error = await new Promise<Error>((resolve) => ws.on('error', resolve));
		expect(error.message).toMatch(/ECONNREFUSED/);
	});

	it('validates what the bot registers (names, descriptions, locales)', async () => {
		const fake = new FakeDiscord({ token: TOKEN });
		await fake.start();
		try {
			const response = await fetch(`${fake.apiBase}/v10/applications/${fake.applicationId}/commands`, {
				method: 'PUT',
				headers: { authorization: `Bot ${TOKEN}`, 'content-type': 'application/json' },
				body: JSON.stringify([
					{ name: 'Define', description: 'ok' },
					{ name: 'ok', description: '', name_localizations: { es: 'vale' } },
				]),
			});
			expect(response.status).toBe(400);
			const body = (await response.json()) as { code: number; errors: Record<string, unknown> };
			expect(body.code).toBe(50035);
			expect(Object.keys(body.errors)).toEqual(['0', '1']);
			expect(JSON.stringify(body.errors)).toContain('LOCALE_INVALID');
		} finally {
			await fake.stop();
		}
	});
});

describe('bot-process helpers (self-test with node -e, not the bot)', () => {
	afterAll(() => killAllBots());

	const LOGGER = `
		const log = (msg, extra = {}) => console.log(JSON.stringify({ level: 30, time: Date.now(), msg, ...extra }));
	`;

	it('collects stdout/stderr lines, parses JSON logs, passes env, and stops on SIGTERM', async () => {
		process.env.E2E_SHOULD_NOT_LEAK = 'leak';
		const child = await startNode(
			[
				'-e',
				`${LOGGER}
				process.stdout.write('plain text\\n{"level":30,"msg":"par');
				setTimeout(() => process.stdout.write('tial"}\\n'), 10);
				console.error('a warning');
				setTimeout(() => log('ready', { token: process.env.DISCORD_TOKEN, leaked: process.env.E2E_SHOULD_NOT_LEAK ?? null }), 20);
				process.on('SIGTERM', () => { log('shutting down'); process.exit(0); });
				setInterval(() => {}, 1000);`,
			],
			{ DISCORD_TOKEN: 'fake-bot-token' },
		);
		delete process.env.E2E_SHOULD_NOT_LEAK;
		const ready = await child.waitForLog((l) => l.msg === 'ready', 5000);
		expect(ready).toMatchObject({ level: 30, token: 'fake-bot-token', leaked: null });
		expect(child.stdout[0]).toBe('plain text');
		expect(child.logs[0]).toEqual({ level: 30, msg: 'partial' });
		expect(child.stderr).toEqual(['a warning']);
		const exit = await child.stop();
		expect(exit).toMatchObject({ code: 0, signal: null });
		expect(exit.durationMs).toBeLessThan(2000);
		expect(child.logs.at(-1)?.msg).toBe('shutting down');
		expect(await child.stop()).toMatchObject({ code: 0, durationMs: 0 });
	});

	it('waitForLog rejects at once when the process exits first, with its output', async () => {
		const child = await startNode(['-e', `${LOGGER} log('starting'); console.error('config error'); process.exit(3);`]);
		await expect(child.waitForLog((l) => l.msg === 'ready', 5000)).rejects.toThrow(
			/exited \(code 3\) before a matching log line[\s\S]*config error/,
		);
		expect(child.exitInfo?.code).toBe(3);
	});

	it('stop() SIGKILLs and rejects when the process ignores the signal; kill() is idempotent', async () => {
		const child = await startNode([
			'-e',
			`${LOGGER} process.on('SIGTERM', () => {}); log('ready'); setInterval(() => {}, 1000);`,
		]);
		await child.waitForLog((l) => l.msg === 'ready', 5000);
		await expect(child.stop('SIGTERM', 150)).rejects.toThrow(/still running 150 ms after SIGTERM; killed/);
		expect(child.exitInfo?.signal).toBe('SIGKILL');
		await child.kill();
		await killAllBots();
	});
});
