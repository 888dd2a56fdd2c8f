import {
	ApplicationCommandOptionType,
	ApplicationIntegrationType,
	Client,
	Events,
	GatewayIntentBits,
	type Interaction,
	InteractionContextType,
	type Message,
	MessageFlags,
	type RepliableInteraction,
} from 'discord.js';
import type { Ack, CommandContext, Outcome } from '../../core/command.ts';
import { DEFER_AFTER_MS, withinDeadline } from '../../core/deadline.ts';
import { type AutoAnswerer, createAutoAnswerer } from '../../core/feedback/auto-answer.ts';
import { guildFor, recordAsked, withVotes } from '../../core/feedback/with-storage.ts';
import { answerMention } from '../../core/interactions.ts';
import { resolveLanguage, resolveLocale } from '../../core/locales.ts';
import { renderNotice } from '../../core/render/render-reply.ts';
import type { InteractionInput, Place, Router } from '../../core/route-interaction.ts';
import { cleanInput } from '../../core/text/normalize.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { InteractionEvent } from '../metrics/metrics.ts';
import { messageReplyOptions, replyOptions, updateOptions } from './to-discordjs.ts';

export interface GatewayBot {
	client: Client;
	stop(): Promise<void>;
}

/** Told about every answered interaction and mention (metrics); it must not throw. */
export type GatewayObserver = (event: Omit<InteractionEvent, 'surface'>) => void;

export interface GatewayFeatures {
	/**
	 * Some server has auto-answer on: ask for the privileged Message Content intent, without which ordinary
	 * messages arrive empty. Mentions and interactions never need it, so it is not asked for otherwise.
	 */
	messageContent: boolean;
}

export function createGatewayClient(config: Config, features: GatewayFeatures = { messageContent: false }): Client {
	return new Client({
		// Mentions of the bot carry their text without the privileged Message Content intent; interactions,
		// DMs included, need no intent at all.
		intents: [
			GatewayIntentBits.Guilds,
			GatewayIntentBits.GuildMessages,
			...(features.messageContent ? [GatewayIntentBits.MessageContent] : []),
		],
		allowedMentions: { parse: [] },
		...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
	});
}

export async function startGateway(
	config: Config,
	ctx: CommandContext,
	router: Router,
	logger: Logger,
	observe: GatewayObserver = () => {},
	features: GatewayFeatures = { messageContent: false },
): Promise<GatewayBot> {
	const client = createGatewayClient(config, features);
	const auto = createAutoAnswerer();
	client.once(Events.ClientReady, (ready) => {
		logger.info(
			{
				event: 'ready',
				user: ready.user.tag,
				guilds: ready.guilds.cache.size,
				shards: ready.ws.shards.map((s) => s.id),
			},
			'ready',
		);
	});
	client.on(Events.InteractionCreate, (interaction) => {
		// One glossary per interaction, from start to reply, even if live reload swaps it meanwhile.
		void handleInteraction(interaction, { ...ctx }, router, logger, observe);
	});
	client.on(Events.MessageCreate, (message) => {
		void handleMention(message, client, { ...ctx }, logger, observe).then((answered) => {
			if (!answered && features.messageContent) void handleAutoAnswer(message, auto, ctx, logger, observe);
		});
	});
	client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
	client.on(Events.ShardDisconnect, (_event, shard) => logger.warn({ shard }, 'shard disconnected'));
	await client.login(config.token);
	return {
		client,
		async stop() {
			await client.destroy();
		},
	};
}

const PLACES: Partial<Record<InteractionContextType, Place>> = {
	[InteractionContextType.Guild]: 'guild',
	[InteractionContextType.BotDM]: 'bot-dm',
	[InteractionContextType.PrivateChannel]: 'private-channel',
};

/** Metrics know commands, autocomplete and components; a modal submission is a component's follow-up. */
function metricKind(kind: InteractionInput['kind'] | undefined): Exclude<InteractionInput['kind'], 'modal-submit'> {
	if (kind === 'modal-submit') return 'component';
	return kind ?? 'command';
}

// Option types whose value we read as text: strings, users, booleans, integers and channels (their ids).
const TEXT_OPTIONS: ReadonlySet<ApplicationCommandOptionType> = new Set([
	ApplicationCommandOptionType.String,
	ApplicationCommandOptionType.User,
	ApplicationCommandOptionType.Boolean,
	ApplicationCommandOptionType.Integer,
	ApplicationCommandOptionType.Channel,
]);

function common(interaction: Interaction) {
	const owners = interaction.authorizingIntegrationOwners ?? {};
	const place = interaction.context === null ? undefined : PLACES[interaction.context];
	const permissions = interaction.memberPermissions?.bitfield;
	return {
		id: interaction.id,
		...(interaction.channelId ? { channelId: interaction.channelId } : {}),
		locale: interaction.locale,
		...(interaction.guildLocale ? { guildLocale: interaction.guildLocale } : {}),
		user: { id: interaction.user.id, ...(permissions !== undefined ? { permissions } : {}) },
		...(place ? { place } : {}),
		userInstalledOnly: !(ApplicationIntegrationType.GuildInstall in owners),
	};
}

function toInput(interaction: Interaction): InteractionInput | undefined {
	if (interaction.isChatInputCommand()) {
		const options: Record<string, string> = {};
		for (const option of interaction.options.data) {
			// These are all we register: anything else is a stale registration, i.e. a bug.
			if (!TEXT_OPTIONS.has(option.type)) {
				throw new Error(`option ${option.name} has type ${option.type}`);
			}
			if (option.value !== undefined) options[option.name] = String(option.value);
		}
		return { kind: 'command', name: interaction.commandName, options, ...common(interaction) };
	}
	if (interaction.isMessageContextMenuCommand()) {
		const target = interaction.targetMessage;
		return {
			kind: 'message-command',
			name: interaction.commandName,
			message: { id: target.id, content: target.content, authorId: target.author.id },
			...common(interaction),
		};
	}
	if (interaction.isAutocomplete()) {
		// discord.js throws when no option is focused; Discord then still gets an (empty) answer.
		const focused = interaction.options.data.find((o) => o.focused);
		return {
			kind: 'autocomplete',
			name: interaction.commandName,
			focused: focused ? { name: focused.name, value: String(focused.value ?? '') } : undefined,
			...common(interaction),
		};
	}
	if (interaction.isModalSubmit()) {
		const fields: Record<string, string> = {};
		for (const [customId, field] of interaction.fields.fields) {
			if ('value' in field && typeof field.value === 'string') fields[customId] = field.value;
		}
		return { kind: 'modal-submit', customId: interaction.customId, fields, ...common(interaction) };
	}
	if (interaction.isButton() || interaction.isStringSelectMenu()) {
		return {
			kind: 'component',
			customId: interaction.customId,
			values: interaction.isStringSelectMenu() ? interaction.values : [],
			messageEphemeral: interaction.message.flags.has(MessageFlags.Ephemeral),
			...common(interaction),
		};
	}
	return undefined;
}

async function handleInteraction(
	interaction: Interaction,
	ctx: CommandContext,
	router: Router,
	logger: Logger,
	observe: GatewayObserver,
): Promise<void> {
	const started = performance.now();
	const log = logger.child({ interactionId: interaction.id, type: interaction.type });
	let input: InteractionInput | undefined;
	const done = (status: string) =>
		observe({
			kind: metricKind(input?.kind),
			name: input === undefined ? undefined : 'customId' in input ? input.customId : input.name,
			locale: interaction.locale,
			status,
			seconds: (performance.now() - started) / 1000,
		});
	try {
		const parsed = toInput(interaction);
		if (!parsed) return;
		const guild = await guildFor(interaction.guildId ?? undefined, ctx);
		input = { ...parsed, ...(guild ? { guild } : {}) };
		const routed = router.route(input, ctx);
		const work = Promise.resolve().then(() => routed.run());
		if (interaction.isAutocomplete()) {
			const outcome = await work;
			await interaction.respond(outcome.kind === 'choices' ? outcome.choices : []);
			done('choices');
			return;
		}
		if (!interaction.isRepliable()) return;
		const early = await withinDeadline(work, DEFER_AFTER_MS);
		// Too slow for Discord's window: acknowledge the way the answer will be given, then deliver it.
		if (!early.done) await defer(interaction, routed.ack);
		const outcome = early.done ? early.value : await work;
		await deliver(interaction, routed.ack, outcome);
		const status = outcome.kind === 'message' ? outcome.reply.status : outcome.kind;
		done(status);
		log.info(
			{
				command: 'customId' in input ? input.customId : input.name,
				ack: routed.ack,
				status,
				ms: Math.round(performance.now() - started),
			},
			'answered',
		);
	} catch (error) {
		// A bug: one log line with the interaction id, and a short apology to the user; never a stack trace.
		log.error({ err: error }, 'interaction failed');
		done('error');
		if (interaction.isAutocomplete()) {
			if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
			return;
		}
		if (!interaction.isRepliable()) return;
		const apology = renderNotice('errors.generic', resolveLocale(interaction.locale), ctx).message;
		try {
			if (interaction.deferred || interaction.replied) await interaction.followUp(replyOptions(apology, true));
			else await interaction.reply(replyOptions(apology, true));
		} catch (secondary) {
			log.error({ err: secondary }, 'could not deliver the apology');
		}
	}
}

async function defer(interaction: RepliableInteraction, ack: Ack): Promise<void> {
	if (ack === 'update' && interaction.isMessageComponent()) await interaction.deferUpdate();
	else if (ack === 'public') await interaction.deferReply();
	else if (ack === 'ephemeral') await interaction.deferReply({ flags: MessageFlags.Ephemeral });
}

async function deliver(interaction: RepliableInteraction, ack: Ack, outcome: Outcome): Promise<void> {
	switch (outcome.kind) {
		case 'choices':
			throw new Error('a command produced choices');
		case 'modal':
			if (interaction.isMessageComponent() || interaction.isChatInputCommand())
				await interaction.showModal(outcome.modal);
			return;
		case 'delete':
			// The message a component sits on is its interaction's @original: deleting it needs no bot permission,
			// so it also works where the app is installed only to a user's account.
			if (!interaction.deferred && interaction.isMessageComponent()) await interaction.deferUpdate();
			await interaction.deleteReply();
			return;
		case 'message': {
			const payload = outcome.reply.message;
			if (interaction.deferred) await interaction.editReply(updateOptions(payload));
			else if (ack === 'update' && interaction.isMessageComponent()) await interaction.update(updateOptions(payload));
			else await interaction.reply(replyOptions(payload, ack !== 'public'));
			return;
		}
	}
}

async function handleMention(
	message: Message,
	client: Client,
	ctx: CommandContext,
	logger: Logger,
	observe: GatewayObserver,
): Promise<boolean> {
	const me = client.user;
	if (!me || message.author.bot || !message.inGuild()) return true;
	if (!message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true })) return false;
	const log = logger.child({ messageId: message.id, channelId: message.channelId });
	const guildLocale = resolveLocale(message.guild.preferredLocale);
	const started = performance.now();
	const done = (status: string) =>
		observe({
			kind: 'mention',
			locale: message.guild.preferredLocale,
			status,
			seconds: (performance.now() - started) / 1000,
		});
	try {
		const question = cleanInput(message.content);
		const guild = await guildFor(message.guildId, ctx);
		const language = guild?.settings.language;
		const locale = language ? resolveLanguage(language) : guildLocale;
		const answered =
			question === ''
				? renderNotice('errors.empty', locale, ctx)
				: answerMention(question, locale, message.author.id, ctx);
		const reply = withVotes(answered, message.id, guild?.settings, ctx);
		await message.reply(messageReplyOptions(reply.message));
		if (question !== '') {
			recordAsked(ctx, {
				id: message.id,
				surface: 'mention',
				guildId: message.guildId,
				userId: message.author.id,
				locale: message.guild.preferredLocale,
				question,
				reply,
				latencyMs: performance.now() - started,
			});
		}
		done(reply.status);
		log.info({ status: reply.status }, 'answered mention');
	} catch (error) {
		log.error({ err: error }, 'mention failed');
		done('error');
	}
	return true;
}

/** A question in a channel where the server turned auto-answer on: answered only when the engine is sure. */
async function handleAutoAnswer(
	message: Message,
	auto: AutoAnswerer,
	ctx: CommandContext,
	logger: Logger,
	observe: GatewayObserver,
): Promise<void> {
	if (message.author.bot || !message.inGuild() || message.content === '') return;
	const started = performance.now();
	try {
		const guild = await guildFor(message.guildId, ctx);
		if (!guild || guild.settings.autoChannels.length === 0) return;
		const guildLocale = resolveLocale(message.guild.preferredLocale);
		const considered = auto.consider(
			{
				id: message.id,
				channelId: message.channelId,
				authorId: message.author.id,
				content: message.content,
				guildLocale,
			},
			guild.settings,
			ctx,
		);
		if (!considered) return;
		const reply = withVotes(considered, message.id, guild.settings, ctx);
		await message.reply(messageReplyOptions(reply.message));
		recordAsked(ctx, {
			id: message.id,
			surface: 'auto',
			guildId: message.guildId,
			userId: message.author.id,
			locale: message.guild.preferredLocale,
			question: cleanInput(message.content),
			reply,
			latencyMs: performance.now() - started,
		});
		observe({
			kind: 'mention',
			locale: message.guild.preferredLocale,
			status: reply.status,
			seconds: (performance.now() - started) / 1000,
		});
		logger.info({ messageId: message.id, channelId: message.channelId, status: reply.status }, 'auto-answered');
	} catch (error) {
		logger.error({ err: error, messageId: message.id }, 'auto-answer failed');
	}
}
