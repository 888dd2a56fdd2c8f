import {
	type AutocompleteInteraction,
	type ChatInputCommandInteraction,
	Client,
	Events,
	GatewayIntentBits,
	type Interaction,
	type Message,
	type MessageComponentInteraction,
	MessageFlags,
} from 'discord.js';
import type { CommandContext } from '../../core/command.ts';
import { answerMention } from '../../core/interactions.ts';
import { resolveLocale } from '../../core/locales.ts';
import { decodeCustomId } from '../../core/render/custom-id.ts';
import { renderNotice } from '../../core/render/render-reply.ts';
import { type InteractionInput, routeInteraction } from '../../core/route-interaction.ts';
import { cleanInput } from '../../core/text/normalize.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { InteractionEvent } from '../metrics/metrics.ts';
import { messageReplyOptions, replyOptions, updateOptions } from './to-discordjs.ts';

// Discord drops an interaction not acknowledged within 3 s; defer well before that if work is slow.
const DEFER_AFTER_MS = 2000;

export interface GatewayBot {
	client: Client;
	stop(): Promise<void>;
}

/** Told about every answered interaction and mention (metrics); it must not throw. */
export type GatewayObserver = (event: Omit<InteractionEvent, 'surface'>) => void;

export function createGatewayClient(config: Config): Client {
	return new Client({
		// Mentions of the bot carry their text without the privileged Message Content intent.
		intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
		allowedMentions: { parse: [] },
		...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
	});
}

export async function startGateway(
	config: Config,
	ctx: CommandContext,
	logger: Logger,
	observe: GatewayObserver = () => {},
): Promise<GatewayBot> {
	const client = createGatewayClient(config);
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
		void handleInteraction(interaction, ctx, logger, observe);
	});
	client.on(Events.MessageCreate, (message) => {
		void handleMention(message, client, ctx, logger, observe);
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

function toInput(interaction: Interaction): InteractionInput | undefined {
	if (interaction.isChatInputCommand()) {
		const options: Record<string, string> = {};
		for (const option of interaction.options.data) {
			// getString validates the type against what Discord sent: a stale registration surfaces as an error.
			const value = interaction.options.getString(option.name);
			if (value !== null) options[option.name] = value;
		}
		return {
			kind: 'command',
			name: interaction.commandName,
			options,
			locale: interaction.locale,
			...(interaction.guildLocale ? { guildLocale: interaction.guildLocale } : {}),
		};
	}
	if (interaction.isAutocomplete()) {
		const focused = interaction.options.getFocused(true);
		return {
			kind: 'autocomplete',
			name: interaction.commandName,
			focused: { name: focused.name, value: String(focused.value) },
			locale: interaction.locale,
		};
	}
	if (interaction.isButton() || interaction.isStringSelectMenu()) {
		return {
			kind: 'component',
			customId: interaction.customId,
			values: interaction.isStringSelectMenu() ? interaction.values : [],
			locale: interaction.locale,
			...(interaction.guildLocale ? { guildLocale: interaction.guildLocale } : {}),
			messageEphemeral: interaction.message.flags.has(MessageFlags.Ephemeral),
		};
	}
	return undefined;
}

async function handleInteraction(
	interaction: Interaction,
	ctx: CommandContext,
	logger: Logger,
	observe: GatewayObserver,
): Promise<void> {
	const started = performance.now();
	const log = logger.child({ interactionId: interaction.id, type: interaction.type });
	let input: InteractionInput | undefined;
	const done = (status: string) =>
		observe({
			kind: input?.kind ?? 'command',
			name: input?.kind === 'component' ? input.customId : input?.name,
			locale: interaction.locale,
			status,
			seconds: (performance.now() - started) / 1000,
		});
	try {
		input = toInput(interaction);
		if (!input) return;
		if (input.kind === 'autocomplete') {
			const result = routeInteraction(input, ctx);
			if (result.kind === 'choices') await (interaction as AutocompleteInteraction).respond(result.choices);
			done('choices');
			return;
		}
		const routed = input;
		const repliable = interaction as ChatInputCommandInteraction | MessageComponentInteraction;
		const result = await withDeferral(repliable, routed, () => routeInteraction(routed, ctx));
		if (result.kind !== 'message') return;
		const { reply, mode } = result;
		if (repliable.deferred) {
			await repliable.editReply(updateOptions(reply.message));
		} else if (mode === 'update' && repliable.isMessageComponent()) {
			await repliable.update(updateOptions(reply.message));
		} else {
			await repliable.reply(replyOptions(reply.message));
		}
		done(reply.status);
		log.info(
			{
				command: routed.kind === 'command' ? routed.name : routed.customId,
				status: reply.status,
				ms: Math.round(performance.now() - started),
			},
			'answered',
		);
	} catch (error) {
		// A bug: one log line with the interaction id, and a short apology to the user; never a stack trace.
		log.error({ err: error }, 'interaction failed');
		done('error');
		if (!interaction.isRepliable()) return;
		const apology = renderNotice('errors.generic', resolveLocale(interaction.locale), ctx).message;
		try {
			if (interaction.deferred || interaction.replied) await interaction.followUp(replyOptions(apology));
			else await interaction.reply(replyOptions(apology));
		} catch (secondary) {
			log.error({ err: secondary }, 'could not deliver the apology');
		}
	}
}

async function withDeferral<T>(
	interaction: ChatInputCommandInteraction | MessageComponentInteraction,
	input: InteractionInput,
	work: () => T,
): Promise<T> {
	let deferring: Promise<unknown> | undefined;
	const timer = setTimeout(() => {
		// Defer the way the answer will be given: in place on one's own message, publicly only for "show".
		const action = input.kind === 'component' ? decodeCustomId(input.customId)?.action : undefined;
		const isPublic = action === 'show' || action === 'ex';
		deferring =
			interaction.isMessageComponent() && input.kind === 'component' && input.messageEphemeral && !isPublic
				? interaction.deferUpdate()
				: interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
	}, DEFER_AFTER_MS);
	try {
		// Yield once so the timer can fire if the work below is ever made asynchronous and slow.
		const result = await Promise.resolve().then(work);
		return result;
	} finally {
		clearTimeout(timer);
		if (deferring) await deferring;
	}
}

async function handleMention(
	message: Message,
	client: Client,
	ctx: CommandContext,
	logger: Logger,
	observe: GatewayObserver,
): Promise<void> {
	const me = client.user;
	if (!me || message.author.bot || !message.inGuild()) return;
	if (!message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true })) return;
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
		const reply =
			question === '' ? renderNotice('errors.empty', guildLocale, ctx) : answerMention(question, guildLocale, ctx);
		await message.reply(messageReplyOptions(reply.message));
		done(reply.status);
		log.info({ status: reply.status }, 'answered mention');
	} catch (error) {
		log.error({ err: error }, 'mention failed');
		done('error');
	}
}
