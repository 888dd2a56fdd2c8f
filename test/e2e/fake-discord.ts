/**
 * A fake Discord for end-to-end tests: REST over HTTP and the gateway over WebSocket, both on one 127.0.0.1 port.
 *
 * The real, unmodified discord.js client talks to it when given `rest: { api: fake.apiBase }`; the gateway URL
 * comes from the fake's `GET /gateway/bot` answer. Payloads follow /work/shared/notes/discord-e2e.md and are typed
 * with `discord-api-types/v10`, so a missing field is a compile error rather than a crash inside discord.js.
 *
 * Besides answering, the fake records every REST request and enforces the Discord limits a glossary bot is most
 * likely to hit (2000-character content, embed limits, 25 autocomplete choices, command name/description rules,
 * the 3-second interaction deadline, one callback per interaction), answering like Discord does (400 50035 etc.).
 */
import { EventEmitter } from 'node:events';
import {
	createServer,
	type IncomingHttpHeaders,
	type IncomingMessage,
	type Server,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import {
	type APIApplication,
	type APIApplicationCommand,
	type APIApplicationCommandAutocompleteInteraction,
	type APIApplicationCommandInteractionDataOption,
	type APIApplicationCommandOption,
	type APIApplicationCommandOptionChoice,
	type APIChatInputApplicationCommandInteraction,
	type APIEmbed,
	type APIGuildMember,
	type APIInteractionGuildMember,
	type APIInteractionResponse,
	type APIMessage,
	type APIMessageApplicationCommandInteraction,
	type APIMessageComponentInteraction,
	type APIMessageTopLevelComponent,
	type APIModalSubmitInteraction,
	type APIRole,
	type APITextChannel,
	type APIUser,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type ApplicationFlags,
	ApplicationIntegrationType,
	ButtonStyle,
	type ChannelFlags,
	ChannelType,
	ComponentType,
	type GatewayGuildCreateDispatchData,
	type GatewayIdentifyData,
	GatewayIntentBits,
	type GatewayMessageCreateDispatchData,
	GatewayOpcodes,
	type GatewayReadyDispatchData,
	type GatewayResumeData,
	GuildDefaultMessageNotifications,
	GuildExplicitContentFilter,
	type GuildMemberFlags,
	GuildMFALevel,
	GuildNSFWLevel,
	GuildPremiumTier,
	type GuildSystemChannelFlags,
	GuildVerificationLevel,
	InteractionContextType,
	InteractionResponseType,
	InteractionType,
	Locale,
	MessageFlags,
	MessageType,
	type RESTGetAPIGatewayBotResult,
	type RESTPostAPIApplicationCommandsJSONBody,
	type RESTPostAPIInteractionCallbackWithResponseResult,
	type RoleFlags,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';

// ---------------------------------------------------------------------------------------------------------------
// Public types

export interface FakeDiscordOptions {
	/** The bot token the fake accepts (REST `Authorization: Bot <token>` and gateway IDENTIFY). */
	token: string;
	applicationId?: string;
	guildId?: string;
	channelId?: string;
	/** Guild `preferred_locale` and the default `guild_locale` of interactions. Must be a Discord locale. */
	guildLocale?: string;
	botUsername?: string;
	/** HELLO heartbeat interval; the real value (41 250 ms) means short tests never heartbeat. */
	heartbeatIntervalMs?: number;
	/** A callback arriving later than this after the interaction was dispatched gets 404 10062. Default 3000. */
	interactionTimeoutMs?: number;
	/** Throw from sendChatInput/sendAutocomplete when the command was never registered (PUT). Default false. */
	requireRegisteredCommands?: boolean;
	/** Blank `content` of non-mention messages unless IDENTIFY had the MessageContent intent. Default true. */
	enforceMessageContentIntent?: boolean;
	/**
	 * The shard count `GET /gateway/bot` recommends. Default 1. With more, each shard that IDENTIFYs gets its own
	 * guild (`guildForShard`), chosen so Discord's rule `(guild_id >> 22) % shards` routes it to that shard.
	 */
	shards?: number;
	/** More text channels of the guild (besides `channelId`), in GUILD_CREATE. */
	extraChannelIds?: string[];
}

export interface RecordedFile {
	field: string;
	name: string;
	contentType: string;
	size: number;
}

export interface RecordedRequest<TBody = unknown> {
	method: string;
	/** Decoded pathname, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
	path: string;
	/** `path` without the `/api/v10` prefix, e.g. `/webhooks/1/tok/messages/@original`. */
	route: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	/** Parsed JSON body (`payload_json` for multipart), or null when there is none. */
	body: TBody;
	files: RecordedFile[];
	/** `Date.now()` when the request arrived. */
	at: number;
	/** HTTP status the fake answered with. */
	status: number;
	/** JSON the fake answered with (undefined for 204). */
	response: unknown;
}

export interface GatewayFrame {
	op: number;
	d: unknown;
	s?: number | null;
	t?: string | null;
	at: number;
}

export interface MessageRecord<TBody = Record<string, unknown>> {
	body: TBody;
	message: APIMessage;
}
export interface ChannelMessageRecord extends MessageRecord {
	channelId: string;
}
export interface WebhookMessageRecord extends MessageRecord {
	interactionId: string;
	token: string;
}

export type ChatInputOptions = APIApplicationCommandInteractionDataOption[] | Record<string, string | number | boolean>;

export interface InteractionOptions {
	/** Send it in the guild of this shard, over that shard's session (see FakeDiscordOptions.shards). */
	shard?: number;
	/** The invoking user's client locale (`interaction.locale`). Default `en-US`. */
	locale?: string;
	/** `interaction.guild_locale`. Default: the fake's guild locale. */
	guildLocale?: string;
	userId?: string;
	username?: string;
	channelId?: string;
	/**
	 * Where it happens. `guild` (default): the fake's server, where the bot is installed. `bot-dm`: the bot's own DM.
	 * `group-dm`: a group DM, reachable only through a user install. `user-install`: another server, where only the
	 * user installed the app (no bot there, no guild in the cache).
	 */
	place?: 'guild' | 'bot-dm' | 'group-dm' | 'user-install';
	/** The member's permissions in the channel, as Discord sends them (servers only). Default: all. */
	permissions?: string;
}

/** The message a message command is used on. */
export interface TargetMessageOptions {
	content: string;
	authorId?: string;
	authorName?: string;
}

export interface AutocompleteOptions extends InteractionOptions {
	/** With the record form of options: which option is focused. Default: the first one. */
	focused?: string;
	/** Send it with no option marked focused, as a misbehaving client might. */
	unfocused?: boolean;
}

export interface ComponentOptions extends InteractionOptions {
	/** 2 = button (default), 3 = string select. */
	componentType?: ComponentType.Button | ComponentType.StringSelect | 2 | 3;
	values?: string[];
	/** The message the component sits on. Default: the latest bot message that has a component with this custom_id. */
	message?: APIMessage;
}

export interface SendMessageOptions {
	/** Put the bot user in `mentions` (content should then contain `<@APP_ID>`). Default false. */
	mentionsBot?: boolean;
	authorId?: string;
	authorName?: string;
	channelId?: string;
}

export interface AnswerRecord {
	/** 'callback' when answered by the callback itself (type 4/7/8), 'edit' when by PATCH @original after a defer. */
	via: 'callback' | 'edit';
	callback: APIInteractionResponse;
	/** The message content the user finally sees (callback data or the edit body). */
	body: Record<string, unknown>;
}

interface FakeDiscordEvents {
	request: [request: RecordedRequest];
	unknownRoute: [request: RecordedRequest];
	callback: [interactionId: string, body: APIInteractionResponse];
	gateway: [frame: GatewayFrame];
	identify: [data: GatewayIdentifyData];
	identified: [data: GatewayIdentifyData];
	resumed: [data: GatewayResumeData];
}

// ---------------------------------------------------------------------------------------------------------------
// Internal types and helpers

interface Session {
	id: string;
	seq: number;
	socket: WebSocket | null;
	identify: GatewayIdentifyData;
	/** Dispatches sent, kept so a RESUME can replay what the client missed. */
	sent: { s: number; frame: string }[];
}

interface InteractionState {
	id: string;
	token: string;
	type: InteractionType;
	commandName?: string;
	dispatchedAt: number;
	callback?: APIInteractionResponse;
	original?: APIMessage;
	followUps: Map<string, APIMessage>;
	sourceMessage?: APIMessage;
	userId: string;
	channelId: string;
}

class HttpError extends Error {
	readonly status: number;
	readonly payload: Record<string, unknown>;
	constructor(status: number, payload: Record<string, unknown>) {
		super(String(payload.message));
		this.status = status;
		this.payload = payload;
	}
}

type FormErrors = { path: string; code: string; message: string }[];

const DISCORD_EPOCH = 1_420_070_400_000n;
const ALL_PERMISSIONS_TEXT = '2248473465835073';
const DISCORD_LOCALES = new Set<string>(Object.values(Locale));
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const API_PREFIX = /^\/api(?:\/v(\d+))?(?=\/|$)/;
const JSON_HEADERS = { 'content-type': 'application/json' };

function notFound(code: number, message: string): HttpError {
	return new HttpError(404, { message, code });
}

function formError(errors: FormErrors): HttpError {
	const nested: Record<string, unknown> = {};
	for (const { path, code, message } of errors) {
		let node = nested;
		for (const key of path.split('.').filter(Boolean)) {
			node[key] ??= {};
			node = node[key] as Record<string, unknown>;
		}
		node._errors ??= [];
		(node._errors as { code: string; message: string }[]).push({ code, message });
	}
	return new HttpError(400, { message: 'Invalid Form Body', code: 50035, errors: nested });
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strLen(value: unknown): number {
	return typeof value === 'string' ? [...value].length : 0;
}

function assertLocale(locale: string, what: string): Locale {
	if (!DISCORD_LOCALES.has(locale)) {
		throw new Error(`FakeDiscord: ${what} "${locale}" is not a Discord locale (e.g. en-US, en-GB, fr, es-ES, pt-BR)`);
	}
	return locale as Locale;
}

function describeRequests(requests: readonly RecordedRequest[], max = 25): string {
	if (requests.length === 0) return 'no REST requests at all';
	const lines = requests.slice(-max).map((r) => `  ${r.method} ${r.route} → ${r.status}`);
	const skipped = requests.length > max ? `  … ${requests.length - max} earlier\n` : '';
	return `${requests.length} REST request(s):\n${skipped}${lines.join('\n')}`;
}

/** Checks the message limits Discord enforces; `creating` adds the "empty message" rule. */
function validateMessageBody(body: Record<string, unknown>, creating: boolean, fileCount: number): void {
	const errors: FormErrors = [];
	const content = body.content;
	if (strLen(content) > 2000) {
		errors.push({ path: 'content', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' });
	}
	const embeds = Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [];
	if (embeds.length > 10) {
		errors.push({ path: 'embeds', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
	}
	let embedTotal = 0;
	embeds.forEach((embed, i) => {
		const limit = (path: string, value: unknown, max: number) => {
			const length = strLen(value);
			embedTotal += length;
			if (length > max) {
				errors.push({
					path: `embeds.${i}.${path}`,
					code: 'BASE_TYPE_MAX_LENGTH',
					message: `Must be ${max} or fewer in length.`,
				});
			}
		};
		limit('title', embed.title, 256);
		limit('description', embed.description, 4096);
		limit('footer.text', embed.footer?.text, 2048);
		limit('author.name', embed.author?.name, 256);
		const fields = embed.fields ?? [];
		if (fields.length > 25) {
			errors.push({
				path: `embeds.${i}.fields`,
				code: 'BASE_TYPE_MAX_LENGTH',
				message: 'Must be 25 or fewer in length.',
			});
		}
		fields.forEach((field, j) => {
			if (strLen(field.name) === 0 || strLen(field.value) === 0) {
				errors.push({
					path: `embeds.${i}.fields.${j}`,
					code: 'BASE_TYPE_REQUIRED',
					message: 'Field name and value are required.',
				});
			}
			limit(`fields.${j}.name`, field.name, 256);
			limit(`fields.${j}.value`, field.value, 1024);
		});
	});
	if (embedTotal > 6000) {
		errors.push({
			path: 'embeds',
			code: 'MAX_EMBED_SIZE_EXCEEDED',
			message: 'Embed size exceeds maximum size of 6000',
		});
	}
	const components = Array.isArray(body.components) ? (body.components as unknown[]) : [];
	const isV2 = typeof body.flags === 'number' && (body.flags & MessageFlags.IsComponentsV2) !== 0;
	if (!isV2) {
		if (components.length > 5) {
			errors.push({ path: 'components', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
		}
		const seen = new Set<string>();
		components.forEach((row, i) => {
			const children = isRecord(row) && Array.isArray(row.components) ? (row.components as unknown[]) : [];
			if (children.length === 0 || children.length > 5) {
				errors.push({
					path: `components.${i}.components`,
					code: 'BASE_TYPE_BAD_LENGTH',
					message: 'Must be between 1 and 5 in length.',
				});
			}
			children.forEach((child, j) => {
				if (!isRecord(child)) return;
				const customId = child.custom_id;
				if (typeof customId === 'string') {
					if (strLen(customId) > 100) {
						errors.push({
							path: `components.${i}.components.${j}.custom_id`,
							code: 'BASE_TYPE_MAX_LENGTH',
							message: 'Must be 100 or fewer in length.',
						});
					}
					if (seen.has(customId)) {
						errors.push({
							path: `components.${i}.components.${j}.custom_id`,
							code: 'COMPONENT_CUSTOM_ID_DUPLICATED',
							message: 'Component custom id cannot be duplicated',
						});
					}
					seen.add(customId);
				}
				if (strLen(child.label) > 80) {
					errors.push({
						path: `components.${i}.components.${j}.label`,
						code: 'BASE_TYPE_MAX_LENGTH',
						message: 'Must be 80 or fewer in length.',
					});
				}
				if (Array.isArray(child.options) && (child.options.length === 0 || child.options.length > 25)) {
					errors.push({
						path: `components.${i}.components.${j}.options`,
						code: 'BASE_TYPE_BAD_LENGTH',
						message: 'Must be between 1 and 25 in length.',
					});
				}
			});
		});
	}
	if (errors.length > 0) throw formError(errors);
	const stickers = Array.isArray(body.sticker_ids) ? body.sticker_ids.length : 0;
	if (creating && strLen(content) === 0 && embeds.length === 0 && components.length === 0) {
		if (fileCount === 0 && stickers === 0 && body.poll === undefined) {
			throw new HttpError(400, { message: 'Cannot send an empty message', code: 50006 });
		}
	}
}

function validateChoices(choices: unknown): void {
	const errors: FormErrors = [];
	const list = Array.isArray(choices) ? (choices as APIApplicationCommandOptionChoice[]) : [];
	if (list.length > 25) {
		errors.push({ path: 'data.choices', code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
	}
	list.forEach((choice, i) => {
		const nameLength = strLen(choice.name);
		if (nameLength < 1 || nameLength > 100) {
			errors.push({
				path: `data.choices.${i}.name`,
				code: 'BASE_TYPE_BAD_LENGTH',
				message: 'Must be between 1 and 100 in length.',
			});
		}
		if (typeof choice.value === 'string' && strLen(choice.value) > 100) {
			errors.push({
				path: `data.choices.${i}.value`,
				code: 'BASE_TYPE_MAX_LENGTH',
				message: 'Must be 100 or fewer in length.',
			});
		}
	});
	if (errors.length > 0) throw formError(errors);
}

/** Name and description rules for commands, options and choices, including their localizations. */
function validateCommands(commands: RESTPostAPIApplicationCommandsJSONBody[]): void {
	const errors: FormErrors = [];
	const checkName = (path: string, name: unknown, lowercase: boolean) => {
		if (typeof name !== 'string' || !COMMAND_NAME.test(name) || (lowercase && name !== name.toLowerCase())) {
			errors.push({
				path,
				code: 'APPLICATION_COMMAND_INVALID_NAME',
				message: `Command name is invalid: ${JSON.stringify(name)}`,
			});
		}
	};
	const checkDescription = (path: string, description: unknown) => {
		const length = strLen(description);
		if (length < 1 || length > 100) {
			errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
		}
	};
	const checkLocalizations = (path: string, map: unknown, check: (path: string, value: unknown) => void) => {
		if (!isRecord(map)) return;
		for (const [locale, value] of Object.entries(map)) {
			if (!DISCORD_LOCALES.has(locale)) {
				errors.push({ path: `${path}.${locale}`, code: 'LOCALE_INVALID', message: `Invalid locale: ${locale}` });
			} else if (value !== null) {
				check(`${path}.${locale}`, value);
			}
		}
	};
	const checkOptions = (path: string, options: unknown) => {
		if (!Array.isArray(options)) return;
		if (options.length > 25) {
			errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
		}
		let optionalSeen = false;
		(options as APIApplicationCommandOption[]).forEach((option, i) => {
			const at = `${path}.${i}`;
			checkName(`${at}.name`, option.name, true);
			checkLocalizations(`${at}.name_localizations`, option.name_localizations, (p, v) => checkName(p, v, true));
			checkDescription(`${at}.description`, option.description);
			checkLocalizations(`${at}.description_localizations`, option.description_localizations, checkDescription);
			const required = 'required' in option && option.required === true;
			if (required && optionalSeen) {
				errors.push({
					path: at,
					code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
					message: 'Required options must be placed before non-required options',
				});
			}
			if (!required) optionalSeen = true;
			const choices = 'choices' in option && Array.isArray(option.choices) ? option.choices : undefined;
			if (choices) {
				if ('autocomplete' in option && option.autocomplete === true) {
					errors.push({
						path: at,
						code: 'AUTOCOMPLETE_CHOICES_CONFLICT',
						message: 'Autocomplete and choices cannot both be set',
					});
				}
				if (choices.length > 25) {
					errors.push({
						path: `${at}.choices`,
						code: 'BASE_TYPE_MAX_LENGTH',
						message: 'Must be 25 or fewer in length.',
					});
				}
			}
			if ('options' in option) checkOptions(`${at}.options`, option.options);
		});
	};
	const seen = new Set<string>();
	commands.forEach((command, i) => {
		const type = command.type ?? ApplicationCommandType.ChatInput;
		const chatInput = type === ApplicationCommandType.ChatInput;
		const key = `${type}:${command.name}`;
		if (seen.has(key)) {
			errors.push({
				path: `${i}.name`,
				code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
				message: `Application command names must be unique (${command.name})`,
			});
		}
		seen.add(key);
		if (chatInput) {
			checkName(`${i}.name`, command.name, true);
			checkLocalizations(`${i}.name_localizations`, command.name_localizations, (p, v) => checkName(p, v, true));
			const described = command as { description?: unknown; description_localizations?: unknown };
			checkDescription(`${i}.description`, described.description);
			checkLocalizations(`${i}.description_localizations`, described.description_localizations, checkDescription);
			checkOptions(`${i}.options`, 'options' in command ? command.options : undefined);
		} else if (strLen(command.name) < 1 || strLen(command.name) > 32) {
			errors.push({ path: `${i}.name`, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 32 in length.' });
		}
	});
	if (errors.length > 0) throw formError(errors);
}

// ---------------------------------------------------------------------------------------------------------------

export class FakeDiscord extends EventEmitter<FakeDiscordEvents> {
	readonly token: string;
	readonly applicationId: string;
	readonly guildId: string;
	readonly channelId: string;
	readonly extraChannelIds: readonly string[];
	readonly guildLocale: Locale;
	readonly botUser: APIUser;
	readonly options: Required<
		Pick<
			FakeDiscordOptions,
			| 'heartbeatIntervalMs'
			| 'interactionTimeoutMs'
			| 'requireRegisteredCommands'
			| 'enforceMessageContentIntent'
			| 'shards'
		>
	>;

	/** Every REST request, in arrival order. */
	readonly requests: RecordedRequest[] = [];
	/** REST requests the fake has no route for (answered 404 `{message, code: 0}`). */
	readonly unknownRoutes: RecordedRequest[] = [];
	/** Accepted interaction callbacks: interaction id → callback body. */
	readonly callbacks = new Map<string, APIInteractionResponse>();
	/** Messages created with POST /channels/{id}/messages. */
	readonly channelMessages: ChannelMessageRecord[] = [];
	/** PATCH /webhooks/{app}/{token}/messages/@original. */
	readonly originalEdits: WebhookMessageRecord[] = [];
	/** POST /webhooks/{app}/{token}. */
	readonly followUps: WebhookMessageRecord[] = [];
	/** Frames received from the bot over the gateway. */
	readonly gatewayLog: GatewayFrame[] = [];
	/** Every IDENTIFY payload received (token included). */
	readonly identifies: GatewayIdentifyData[] = [];
	/** Registered commands: 'global' or a guild id → commands with ids. */
	readonly commands = new Map<string, APIApplicationCommand[]>();
	/** Resolves on the first successful IDENTIFY (after READY and GUILD_CREATE were sent). */
	readonly identified: Promise<GatewayIdentifyData>;
	/** Answer heartbeats with op 11. Set to false to make discord.js time out and RESUME. */
	ackHeartbeats = true;

	readonly #server: Server;
	readonly #wss: WebSocketServer;
	readonly #sockets = new Set<WebSocket>();
	readonly #sessions = new Map<string, Session>();
	readonly #interactions = new Map<string, InteractionState>();
	readonly #interactionsByToken = new Map<string, InteractionState>();
	readonly #messages = new Map<string, APIMessage>();
	#current: Session | null = null;
	/** The latest session of each shard id. */
	readonly #shardSessions = new Map<number, Session>();
	#port = 0;
	#stopped = false;
	#counter = 0n;
	#resolveIdentified!: (data: GatewayIdentifyData) => void;

	constructor(options: FakeDiscordOptions) {
		super();
		this.token = options.token;
		this.applicationId = options.applicationId ?? '100000000000000001';
		this.guildId = options.guildId ?? '100000000000000002';
		this.channelId = options.channelId ?? '100000000000000003';
		this.extraChannelIds = options.extraChannelIds ?? [];
		this.guildLocale = assertLocale(options.guildLocale ?? Locale.EnglishUS, 'guildLocale');
		this.options = {
			heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
			interactionTimeoutMs: options.interactionTimeoutMs ?? 3000,
			requireRegisteredCommands: options.requireRegisteredCommands ?? false,
			enforceMessageContentIntent: options.enforceMessageContentIntent ?? true,
			shards: options.shards ?? 1,
		};
		this.botUser = {
			id: this.applicationId,
			username: options.botUsername ?? 'glossary-bot',
			discriminator: '0',
			global_name: null,
			avatar: null,
			bot: true,
		};
		this.identified = new Promise((resolve) => {
			this.#resolveIdentified = resolve;
		});
		this.#server = createServer((req, res) => {
			void this.#handleHttp(req, res);
		});
		this.#wss = new WebSocketServer({ noServer: true });
		this.#server.on('upgrade', (req, socket, head) => this.#handleUpgrade(req, socket, head));
	}

	// -- lifecycle ---------------------------------------------------------------------------------------------

	async start(): Promise<void> {
		if (this.#stopped) throw new Error('FakeDiscord: cannot start after stop()');
		await new Promise<void>((resolve, reject) => {
			this.#server.once('error', reject);
			this.#server.listen(0, '127.0.0.1', () => {
				this.#server.off('error', reject);
				resolve();
			});
		});
		this.#port = (this.#server.address() as AddressInfo).port;
	}

	/** Refuses new upgrades, closes every gateway socket and HTTP connection, and closes the server. */
	async stop(): Promise<void> {
		if (this.#stopped) return;
		this.#stopped = true;
		for (const socket of this.#sockets) socket.terminate();
		this.#sockets.clear();
		await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
		if (!this.#server.listening) return;
		const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
		this.#server.closeAllConnections();
		await closed;
	}

	get port(): number {
		if (this.#port === 0) throw new Error('FakeDiscord: not started');
		return this.#port;
	}

	/** What the bot gets as its REST base (discord.js `rest.api`), e.g. `http://127.0.0.1:PORT/api`. */
	get apiBase(): string {
		return `http://127.0.0.1:${this.port}/api`;
	}

	get gatewayUrl(): string {
		return `ws://127.0.0.1:${this.port}/gateway`;
	}

	/** Intents of the latest IDENTIFY, or undefined before one arrived. */
	get intents(): number | undefined {
		return this.identifies.at(-1)?.intents;
	}

	/** True while a session has an open gateway socket. */
	get connected(): boolean {
		return this.#current?.socket != null;
	}

	/** Clears recorded requests, callbacks and messages (not commands, sessions or interactions). */
	clearRecords(): void {
		this.requests.length = 0;
		this.unknownRoutes.length = 0;
		this.callbacks.clear();
		this.channelMessages.length = 0;
		this.originalEdits.length = 0;
		this.followUps.length = 0;
		this.gatewayLog.length = 0;
	}

	// -- ids and payload builders -------------------------------------------------------------------------------

	/** A fresh, increasing snowflake. */
	snowflake(): string {
		this.#counter += 1n;
		return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (this.#counter & 0x3fffffn)).toString();
	}

	getMessage(id: string): APIMessage | undefined {
		return this.#messages.get(id);
	}

	/** The message the interaction's @original currently shows (after reply, defer, update or edits). */
	getOriginal(interactionId: string): APIMessage | undefined {
		return this.#interactions.get(interactionId)?.original;
	}

	#user(id: string, username: string): APIUser {
		return { id, username, discriminator: '0', global_name: username, avatar: null };
	}

	#everyoneRole(): APIRole {
		return {
			id: this.guildId,
			name: '@everyone',
			color: 0,
			colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
			hoist: false,
			position: 0,
			permissions: ALL_PERMISSIONS_TEXT,
			managed: false,
			mentionable: false,
			flags: 0 as RoleFlags,
		};
	}

	#channel(channelId: string): APITextChannel {
		return {
			id: channelId,
			type: ChannelType.GuildText,
			guild_id: this.guildId,
			name: channelId === this.channelId ? 'general' : `channel-${channelId}`,
			position: 0,
			permission_overwrites: [],
			nsfw: false,
			topic: null,
			parent_id: null,
			last_message_id: null,
			rate_limit_per_user: 0,
			flags: 0 as ChannelFlags,
		};
	}

	#member(user: APIUser): APIGuildMember {
		return {
			user,
			roles: [],
			joined_at: new Date(0).toISOString(),
			deaf: false,
			mute: false,
			flags: 0 as GuildMemberFlags,
		};
	}

	#interactionMember(userId: string, username: string): APIInteractionGuildMember {
		return {
			...this.#member(this.#user(userId, username)),
			permissions: ALL_PERMISSIONS_TEXT,
			user: this.#user(userId, username),
		};
	}

	/** Discord routes a guild's events to shard `(guild_id >> 22) % shards`: the fake's guild for each shard. */
	guildForShard(shard: number): string {
		const count = BigInt(this.options.shards);
		if ((BigInt(this.guildId) >> 22n) % count === BigInt(shard)) return this.guildId;
		const base = BigInt(this.guildId) >> 22n;
		return (((base - (base % count) + count + BigInt(shard)) << 22n) | 2n).toString();
	}

	guildCreatePayload(guildId = this.guildId): GatewayGuildCreateDispatchData {
		return {
			id: guildId,
			name: 'Glossary Test Guild',
			icon: null,
			splash: null,
			discovery_splash: null,
			owner_id: '100000000000000009',
			afk_channel_id: null,
			afk_timeout: 300,
			verification_level: GuildVerificationLevel.None,
			default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
			explicit_content_filter: GuildExplicitContentFilter.Disabled,
			roles: [this.#everyoneRole()],
			emojis: [],
			features: [],
			mfa_level: GuildMFALevel.None,
			application_id: null,
			system_channel_id: null,
			system_channel_flags: 0 as GuildSystemChannelFlags,
			rules_channel_id: null,
			vanity_url_code: null,
			description: null,
			banner: null,
			premium_tier: GuildPremiumTier.None,
			preferred_locale: this.guildLocale,
			public_updates_channel_id: null,
			nsfw_level: GuildNSFWLevel.Default,
			premium_progress_bar_enabled: false,
			hub_type: null,
			safety_alerts_channel_id: null,
			incidents_data: null,
			joined_at: new Date(0).toISOString(),
			large: false,
			unavailable: false,
			member_count: 1,
			voice_states: [],
			members: [this.#member(this.botUser)],
			channels: [this.channelId, ...this.extraChannelIds].map((id) => this.#channel(id)),
			threads: [],
			presences: [],
			stage_instances: [],
			guild_scheduled_events: [],
			soundboard_sounds: [],
		};
	}

	#message(
		body: Record<string, unknown>,
		extra: Partial<APIMessage> & Pick<APIMessage, 'channel_id' | 'author'>,
		previous?: APIMessage,
	): APIMessage {
		const base: APIMessage = previous ?? {
			id: this.snowflake(),
			content: '',
			timestamp: new Date().toISOString(),
			edited_timestamp: null,
			tts: false,
			mention_everyone: false,
			mentions: [],
			mention_roles: [],
			attachments: [],
			embeds: [],
			components: [],
			pinned: false,
			type: MessageType.Default,
			flags: 0 as MessageFlags,
			...extra,
		};
		const message: APIMessage = { ...base };
		if (previous) message.edited_timestamp = new Date().toISOString();
		if (typeof body.content === 'string') message.content = body.content;
		else if (body.content === null) message.content = '';
		if (Array.isArray(body.embeds)) message.embeds = body.embeds as APIEmbed[];
		else if (body.embeds === null) message.embeds = [];
		if (Array.isArray(body.components)) message.components = body.components as APIMessageTopLevelComponent[];
		else if (body.components === null) message.components = [];
		if (typeof body.flags === 'number') message.flags = body.flags | ((message.flags ?? 0) & MessageFlags.Ephemeral);
		if (isRecord(body.message_reference)) {
			message.message_reference = body.message_reference as unknown as APIMessage['message_reference'];
			message.type = MessageType.Reply;
			const referenced = this.#messages.get(String(body.message_reference.message_id));
			if (referenced) message.referenced_message = referenced;
		}
		this.#messages.set(message.id, message);
		return message;
	}

	// -- gateway ------------------------------------------------------------------------------------------------

	#handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		if (this.#stopped) {
			socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
			return;
		}
		if (url.pathname !== '/gateway') {
			socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
			return;
		}
		this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onConnection(ws));
	}

	#onConnection(ws: WebSocket): void {
		this.#sockets.add(ws);
		let session: Session | null = null;
		ws.on('close', () => {
			this.#sockets.delete(ws);
			if (session && session.socket === ws) session.socket = null;
		});
		ws.on('error', () => {});
		ws.on('message', (data, isBinary) => {
			let frame: GatewayFrame;
			try {
				const parsed = JSON.parse(isBinary ? Buffer.from(data as Buffer).toString('utf8') : String(data));
				frame = { op: Number(parsed.op), d: parsed.d, at: Date.now() };
			} catch {
				ws.close(4002, 'Error while decoding payload.');
				return;
			}
			this.gatewayLog.push(frame);
			this.emit('gateway', frame);
			switch (frame.op) {
				case GatewayOpcodes.Heartbeat:
					if (this.ackHeartbeats) this.#send(ws, { op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
					return;
				case GatewayOpcodes.Identify: {
					if (session) {
						ws.close(4005, 'Already authenticated.');
						return;
					}
					const identify = frame.d as GatewayIdentifyData;
					this.identifies.push(identify);
					this.emit('identify', identify);
					if (identify.token !== this.token) {
						ws.close(4004, 'Authentication failed.');
						return;
					}
					session = { id: this.snowflake(), seq: 0, socket: ws, identify, sent: [] };
					this.#sessions.set(session.id, session);
					this.#current = session;
					const shardId = identify.shard?.[0] ?? 0;
					this.#shardSessions.set(shardId, session);
					const guildId = this.guildForShard(shardId);
					const ready: GatewayReadyDispatchData = {
						v: 10,
						user: this.botUser,
						guilds: [{ id: guildId, unavailable: true }],
						session_id: session.id,
						resume_gateway_url: this.gatewayUrl,
						application: { id: this.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
						shard: identify.shard ?? [0, 1],
					};
					this.#dispatchTo(session, 'READY', ready);
					this.#dispatchTo(session, 'GUILD_CREATE', this.guildCreatePayload(guildId));
					this.emit('identified', identify);
					this.#resolveIdentified(identify);
					return;
				}
				case GatewayOpcodes.Resume: {
					const resume = frame.d as GatewayResumeData;
					const known = this.#sessions.get(resume.session_id);
					if (resume.token !== this.token) {
						ws.close(4004, 'Authentication failed.');
						return;
					}
					if (!known) {
						this.#send(ws, { op: GatewayOpcodes.InvalidSession, d: false, s: null, t: null });
						return;
					}
					session = known;
					known.socket?.terminate();
					known.socket = ws;
					this.#current = known;
					this.#shardSessions.set(known.identify.shard?.[0] ?? 0, known);
					for (const missed of known.sent) if (missed.s > resume.seq) ws.send(missed.frame);
					this.#dispatchTo(known, 'RESUMED', null);
					this.emit('resumed', resume);
					return;
				}
				default:
					if (!session) ws.close(4003, 'Not authenticated.');
			}
		});
		this.#send(ws, {
			op: GatewayOpcodes.Hello,
			d: { heartbeat_interval: this.options.heartbeatIntervalMs },
			s: null,
			t: null,
		});
	}

	/** Always a text frame: @discordjs/ws silently drops binary frames without zlib. */
	#send(ws: WebSocket, payload: unknown): void {
		ws.send(JSON.stringify(payload));
	}

	#dispatchTo(session: Session, t: string, d: unknown): void {
		session.seq += 1;
		const frame = JSON.stringify({ op: GatewayOpcodes.Dispatch, t, s: session.seq, d });
		session.sent.push({ s: session.seq, frame });
		if (session.sent.length > 1000) session.sent.shift();
		session.socket?.send(frame);
	}

	/**
	 * Sends a dispatch (op 0) with the next sequence number on the current session. While the bot is reconnecting
	 * the event is kept and replayed on RESUME. Throws when no session was ever identified.
	 */
	dispatch(t: string, d: unknown): void {
		if (!this.#current) {
			throw new Error(
				`FakeDiscord: cannot dispatch ${t}: no gateway session is identified yet (await fake.identified)`,
			);
		}
		this.#dispatchTo(this.#current, t, d);
	}

	/** Like dispatch(), on the given shard's session (or the current one when `shard` is undefined). */
	dispatchToShard(shard: number | undefined, t: string, d: unknown): void {
		if (shard === undefined) {
			this.dispatch(t, d);
			return;
		}
		const session = this.#shardSessions.get(shard);
		if (!session) throw new Error(`FakeDiscord: cannot dispatch ${t}: shard ${shard} has not identified yet`);
		this.#dispatchTo(session, t, d);
	}

	/** Closes the current gateway socket with `code` (4000 is resumable; discord.js reconnects and RESUMEs). */
	disconnect(code = 4000, reason = 'Unknown error.'): void {
		this.#current?.socket?.close(code, reason);
	}

	// -- interaction helpers ------------------------------------------------------------------------------------

	#findCommand(name: string): APIApplicationCommand | undefined {
		for (const scope of [this.guildId, 'global']) {
			const found = this.commands
				.get(scope)
				?.find(
					(c) => c.name === name && (c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput,
				);
			if (found) return found;
		}
		return undefined;
	}

	#commandFor(name: string): APIApplicationCommand | undefined {
		const command = this.#findCommand(name);
		if (!command && this.options.requireRegisteredCommands) {
			const known = [...this.commands.values()].flat().map((c) => c.name);
			throw new Error(`FakeDiscord: /${name} is not registered (registered: ${known.join(', ') || 'none'})`);
		}
		return command;
	}

	#toOptions(
		options: ChatInputOptions,
		command: APIApplicationCommand | undefined,
		focused?: string,
	): APIApplicationCommandInteractionDataOption[] {
		if (Array.isArray(options)) return options;
		return Object.entries(options).map(([name, value]) => {
			const declared = command?.options?.find((o) => o.name === name)?.type;
			let type: ApplicationCommandOptionType;
			if (declared !== undefined) type = declared;
			else if (typeof value === 'boolean') type = ApplicationCommandOptionType.Boolean;
			else if (typeof value === 'number') {
				type = Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
			} else type = ApplicationCommandOptionType.String;
			const option = { name, type, value } as APIApplicationCommandInteractionDataOption;
			if (focused === name) Object.assign(option, { focused: true });
			return option;
		});
	}

	/** A server the bot is not in: where a user-installed app is used. */
	readonly foreignGuildId = '100000000000000077';

	#envelope(type: InteractionType, opts: InteractionOptions, commandName?: string) {
		const id = this.snowflake();
		const token = `fake-token-${id}`;
		const userId = opts.userId ?? '200000000000000001';
		const place = opts.place ?? 'guild';
		const inDm = place === 'bot-dm' || place === 'group-dm';
		const channelId = opts.channelId ?? (inDm ? `3000000000000000${place === 'bot-dm' ? '11' : '22'}` : this.channelId);
		const state: InteractionState = {
			id,
			token,
			type,
			dispatchedAt: Date.now(),
			followUps: new Map(),
			userId,
			channelId,
		};
		if (commandName !== undefined) state.commandName = commandName;
		this.#interactions.set(id, state);
		this.#interactionsByToken.set(token, state);
		const user = this.#user(userId, opts.username ?? `user${userId.slice(-4)}`);
		const common = {
			id,
			application_id: this.applicationId,
			token,
			version: 1 as const,
			app_permissions: ALL_PERMISSIONS_TEXT,
			locale: assertLocale(opts.locale ?? Locale.EnglishUS, 'locale'),
			entitlements: [],
			attachment_size_limit: 10_485_760,
			channel_id: channelId,
		};
		if (inDm) {
			// No guild, no member, no guild_locale: the user is `user`. A group DM is only reachable by a user install.
			const channel =
				place === 'bot-dm'
					? { id: channelId, type: ChannelType.DM as const, recipients: [user] }
					: {
							id: channelId,
							type: ChannelType.GroupDM as const,
							name: 'friends',
							recipients: [user],
							owner_id: userId,
						};
			const owners =
				place === 'bot-dm'
					? { [ApplicationIntegrationType.GuildInstall]: '0', [ApplicationIntegrationType.UserInstall]: userId }
					: { [ApplicationIntegrationType.UserInstall]: userId };
			const context = place === 'bot-dm' ? InteractionContextType.BotDM : InteractionContextType.PrivateChannel;
			const envelope = { ...common, channel, user, authorizing_integration_owners: owners, context };
			return { state, envelope: envelope as unknown as ReturnType<FakeDiscord['guildEnvelope']> };
		}
		const serverId = opts.shard === undefined ? this.guildId : this.guildForShard(opts.shard);
		const guildId = place === 'user-install' ? this.foreignGuildId : serverId;
		const envelope = {
			...common,
			guild_id: guildId,
			guild: { id: guildId, features: [] as never[], locale: this.guildLocale },
			channel: { id: channelId, type: ChannelType.GuildText as const, name: 'general', guild_id: guildId },
			member: {
				...this.#interactionMember(userId, user.username),
				permissions: opts.permissions ?? ALL_PERMISSIONS_TEXT,
			},
			guild_locale: assertLocale(opts.guildLocale ?? this.guildLocale, 'guildLocale'),
			authorizing_integration_owners:
				place === 'user-install'
					? { [ApplicationIntegrationType.UserInstall]: userId }
					: { [ApplicationIntegrationType.GuildInstall]: guildId },
			context: InteractionContextType.Guild,
		};
		return { state, envelope: envelope as ReturnType<FakeDiscord['guildEnvelope']> };
	}

	/** The type of a server interaction's envelope (DM envelopes are shaped to fit it). */
	guildEnvelope() {
		return undefined as unknown as {
			id: string;
			application_id: string;
			token: string;
			version: 1;
			guild_id: string;
			guild: { id: string; features: never[]; locale: Locale };
			channel_id: string;
			channel: { id: string; type: ChannelType.GuildText; name: string; guild_id: string };
			member: APIInteractionGuildMember;
			app_permissions: string;
			locale: Locale;
			guild_locale: Locale;
			entitlements: [];
			authorizing_integration_owners: Partial<Record<ApplicationIntegrationType, string>>;
			context: InteractionContextType;
			attachment_size_limit: number;
		};
	}

	/**
	 * Dispatches a message command (type 2, data.type 3) on a message with this content, carried in `resolved` as
	 * Discord does (no Message Content intent needed). Returns the interaction id.
	 */
	sendMessageCommand(name: string, target: TargetMessageOptions, opts: InteractionOptions = {}): string {
		const { state, envelope } = this.#envelope(InteractionType.ApplicationCommand, opts, name);
		const authorId = target.authorId ?? '200000000000000002';
		const message = this.#message(
			{ content: target.content },
			{ channel_id: state.channelId, author: this.#user(authorId, target.authorName ?? `user${authorId.slice(-4)}`) },
		);
		const registered = [...this.commands.values()]
			.flat()
			.find((c) => c.name === name && c.type === ApplicationCommandType.Message);
		const interaction: APIMessageApplicationCommandInteraction = {
			...envelope,
			type: InteractionType.ApplicationCommand,
			data: {
				id: registered?.id ?? this.snowflake(),
				name,
				type: ApplicationCommandType.Message,
				target_id: message.id,
				resolved: { messages: { [message.id]: message } },
			},
		};
		this.dispatchToShard(opts.shard, 'INTERACTION_CREATE', interaction);
		return state.id;
	}

	/** Dispatches a slash command (INTERACTION_CREATE type 2). Returns the interaction id. */
	sendChatInput(name: string, options: ChatInputOptions = [], opts: InteractionOptions = {}): string {
		const command = this.#commandFor(name);
		const { state, envelope } = this.#envelope(InteractionType.ApplicationCommand, opts, name);
		const list = this.#toOptions(options, command);
		// Users picked in options arrive with their objects, as Discord resolves them.
		const users = list.flatMap((o) =>
			o.type === ApplicationCommandOptionType.User
				? [[o.value, this.#user(o.value, `user${o.value.slice(-4)}`)] as const]
				: [],
		);
		const interaction: APIChatInputApplicationCommandInteraction = {
			...envelope,
			type: InteractionType.ApplicationCommand,
			data: {
				id: command?.id ?? this.snowflake(),
				name,
				type: ApplicationCommandType.ChatInput,
				...('guild_id' in envelope && envelope.guild_id ? { guild_id: envelope.guild_id } : {}),
				options: list,
				...(users.length > 0 ? { resolved: { users: Object.fromEntries(users) } } : {}),
			},
		};
		this.dispatchToShard(opts.shard, 'INTERACTION_CREATE', interaction);
		return state.id;
	}

	/**
	 * Dispatches an autocomplete request (type 4). Options as an array must mark one `focused: true`; as a record,
	 * `opts.focused` (default: the first key) is marked. Returns the interaction id.
	 */
	sendAutocomplete(name: string, options: ChatInputOptions, opts: AutocompleteOptions = {}): string {
		const command = this.#commandFor(name);
		const focused = Array.isArray(options) || opts.unfocused ? undefined : (opts.focused ?? Object.keys(options)[0]);
		const list = this.#toOptions(options, command, focused);
		const hasFocus = (items: APIApplicationCommandInteractionDataOption[]): boolean =>
			items.some((o) => ('focused' in o && o.focused === true) || ('options' in o && hasFocus(o.options ?? [])));
		if (!hasFocus(list) && !opts.unfocused)
			throw new Error('FakeDiscord: sendAutocomplete needs one option marked focused');
		const { state, envelope } = this.#envelope(InteractionType.ApplicationCommandAutocomplete, opts, name);
		const interaction: APIApplicationCommandAutocompleteInteraction = {
			...envelope,
			type: InteractionType.ApplicationCommandAutocomplete,
			data: {
				id: command?.id ?? this.snowflake(),
				name,
				type: ApplicationCommandType.ChatInput,
				guild_id: envelope.guild_id,
				options: list as APIApplicationCommandAutocompleteInteraction['data']['options'],
			},
		};
		this.dispatchToShard(opts.shard, 'INTERACTION_CREATE', interaction);
		return state.id;
	}

	/** The latest bot message that carries a component with this custom_id. */
	findMessageWithComponent(customId: string): APIMessage | undefined {
		const has = (node: unknown): boolean => {
			if (Array.isArray(node)) return node.some(has);
			if (!isRecord(node)) return false;
			if (node.custom_id === customId) return true;
			return has(node.components) || has(node.accessory);
		};
		const all = [...this.#messages.values()].filter((m) => m.author.id === this.applicationId);
		return all.reverse().find((m) => has(m.components));
	}

	/** Dispatches a button click or string-select choice (type 3). Returns the interaction id. */
	sendComponent(customId: string, opts: ComponentOptions = {}): string {
		const componentType = (opts.componentType ?? ComponentType.Button) as
			| ComponentType.Button
			| ComponentType.StringSelect;
		const channelId = opts.channelId ?? this.channelId;
		const message =
			opts.message ??
			this.findMessageWithComponent(customId) ??
			this.#message(
				{
					content: '',
					components: [
						{
							type: ComponentType.ActionRow,
							components: [
								{ type: ComponentType.Button, custom_id: customId, label: customId, style: ButtonStyle.Primary },
							],
						},
					],
				},
				{ channel_id: channelId, author: this.botUser },
			);
		// The click happens where the message is (a DM, say), unless told otherwise.
		const where = opts.channelId ?? message.channel_id;
		const { state, envelope } = this.#envelope(InteractionType.MessageComponent, { ...opts, channelId: where });
		state.sourceMessage = message;
		const data: APIMessageComponentInteraction['data'] =
			componentType === ComponentType.StringSelect
				? { custom_id: customId, component_type: ComponentType.StringSelect, values: opts.values ?? [] }
				: { custom_id: customId, component_type: ComponentType.Button };
		const interaction: APIMessageComponentInteraction = {
			...envelope,
			type: InteractionType.MessageComponent,
			channel_id: where,
			message,
			data,
		};
		this.dispatchToShard(opts.shard, 'INTERACTION_CREATE', interaction);
		return state.id;
	}

	/**
	 * Dispatches a modal submission (type 5) for a modal the bot opened, with each text input's value wrapped in a
	 * Label, as Discord sends it today. Returns the interaction id.
	 */
	sendModalSubmit(customId: string, fields: Record<string, string>, opts: InteractionOptions = {}): string {
		const { state, envelope } = this.#envelope(InteractionType.ModalSubmit, opts);
		const interaction = {
			...envelope,
			type: InteractionType.ModalSubmit,
			data: {
				custom_id: customId,
				components: Object.entries(fields).map(([id, value], i) => ({
					type: ComponentType.Label,
					id: i * 2 + 1,
					component: { type: ComponentType.TextInput, id: i * 2 + 2, custom_id: id, value },
				})),
			},
		} as unknown as APIModalSubmitInteraction;
		this.dispatch('INTERACTION_CREATE', interaction);
		return state.id;
	}

	/**
	 * Dispatches MESSAGE_CREATE from a user in the guild channel. With `mentionsBot`, `mentions` holds the bot user
	 * (the content should contain `<@APP_ID>`). Returns the message id.
	 */
	sendMessage(content: string, opts: SendMessageOptions = {}): string {
		const authorId = opts.authorId ?? '200000000000000001';
		const author = this.#user(authorId, opts.authorName ?? `user${authorId.slice(-4)}`);
		const channelId = opts.channelId ?? this.channelId;
		const mentionsBot = opts.mentionsBot ?? false;
		const intents = this.#current?.identify.intents ?? 0;
		const hidden =
			this.options.enforceMessageContentIntent && !mentionsBot && (intents & GatewayIntentBits.MessageContent) === 0;
		const message = this.#message({ content: hidden ? '' : content }, { channel_id: channelId, author });
		const payload: GatewayMessageCreateDispatchData = {
			...message,
			guild_id: this.guildId,
			member: {
				roles: [],
				joined_at: new Date(0).toISOString(),
				deaf: false,
				mute: false,
				flags: 0 as GuildMemberFlags,
			},
			mentions: mentionsBot ? [this.botUser] : [],
		};
		this.dispatch('MESSAGE_CREATE', payload);
		return message.id;
	}

	// -- waiting ------------------------------------------------------------------------------------------------

	/**
	 * Resolves with the first recorded REST request (already received or arriving later) that matches. Rejects after
	 * `timeoutMs` with the list of requests received.
	 */
	waitFor<TBody = unknown>(
		predicate: (request: RecordedRequest) => boolean,
		timeoutMs = 5000,
	): Promise<RecordedRequest<TBody>> {
		const existing = this.requests.find(predicate);
		if (existing) return Promise.resolve(existing as RecordedRequest<TBody>);
		return new Promise((resolve, reject) => {
			const onRequest = (request: RecordedRequest) => {
				if (!predicate(request)) return;
				clearTimeout(timer);
				this.off('request', onRequest);
				resolve(request as RecordedRequest<TBody>);
			};
			const timer = setTimeout(() => {
				this.off('request', onRequest);
				reject(
					new Error(
						`FakeDiscord.waitFor: no matching request within ${timeoutMs} ms; ${describeRequests(this.requests)}`,
					),
				);
			}, timeoutMs);
			this.on('request', onRequest);
		});
	}

	/**
	 * Resolves with the accepted callback body of an interaction (a rejected attempt, e.g. 400 Invalid Form Body, does
	 * not count: the bot may still recover). Rejects after `timeoutMs`, listing the rejected attempts and requests.
	 */
	async waitForCallback(interactionId: string, timeoutMs = 5000): Promise<APIInteractionResponse> {
		const isCallback = (r: RecordedRequest) =>
			r.method === 'POST' && r.route.startsWith(`/interactions/${interactionId}/`) && r.route.endsWith('/callback');
		await this.#waitAccepted(isCallback, `callback for interaction ${interactionId}`, 'waitForCallback', timeoutMs);
		const body = this.callbacks.get(interactionId);
		if (!body) throw new Error(`FakeDiscord.waitForCallback: callback for ${interactionId} was cleared`);
		return body;
	}

	/** Resolves with the first accepted PATCH @original of an interaction (e.g. editReply after deferReply). */
	async waitForOriginalEdit(interactionId: string, timeoutMs = 5000): Promise<WebhookMessageRecord> {
		const state = this.#interactions.get(interactionId);
		if (!state) throw new Error(`FakeDiscord.waitForOriginalEdit: unknown interaction ${interactionId}`);
		const route = `/webhooks/${this.applicationId}/${state.token}/messages/@original`;
		const isEdit = (r: RecordedRequest) => r.method === 'PATCH' && r.route === route;
		await this.#waitAccepted(
			isEdit,
			`@original edit for interaction ${interactionId}`,
			'waitForOriginalEdit',
			timeoutMs,
		);
		const edit = this.originalEdits.find((e) => e.interactionId === interactionId);
		if (!edit) throw new Error(`FakeDiscord.waitForOriginalEdit: edit for ${interactionId} was cleared`);
		return edit;
	}

	async #waitAccepted(
		matches: (r: RecordedRequest) => boolean,
		what: string,
		method: string,
		timeoutMs: number,
	): Promise<RecordedRequest> {
		try {
			return await this.waitFor((r) => matches(r) && r.status < 300, timeoutMs);
		} catch {
			const rejected = this.requests
				.filter(matches)
				.map(
					(r) =>
						`  ${r.method} → ${r.status} ${JSON.stringify(r.response)}\n    sent: ${JSON.stringify(r.body).slice(0, 300)}`,
				);
			const attempts = rejected.length > 0 ? `; rejected attempt(s):\n${rejected.join('\n')}\n` : '; ';
			throw new Error(
				`FakeDiscord.${method}: no accepted ${what} within ${timeoutMs} ms${attempts}${describeRequests(this.requests)}`,
			);
		}
	}

	/**
	 * Resolves with what the user finally sees, whichever way the bot answered: the callback data for a reply
	 * (type 4), update (7) or autocomplete (8), or the first @original edit after a defer (type 5/6).
	 */
	async waitForAnswer(interactionId: string, timeoutMs = 5000): Promise<AnswerRecord> {
		const started = Date.now();
		const callback = await this.waitForCallback(interactionId, timeoutMs);
		if (
			callback.type === InteractionResponseType.DeferredChannelMessageWithSource ||
			callback.type === InteractionResponseType.DeferredMessageUpdate
		) {
			const edit = await this.waitForOriginalEdit(interactionId, Math.max(1, timeoutMs - (Date.now() - started)));
			return { via: 'edit', callback, body: edit.body };
		}
		const data = 'data' in callback && isRecord(callback.data) ? callback.data : {};
		return { via: 'callback', callback, body: data };
	}

	// -- REST ---------------------------------------------------------------------------------------------------

	async #handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const at = Date.now();
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let path: string;
		try {
			path = decodeURIComponent(url.pathname);
		} catch {
			path = url.pathname;
		}
		const record: RecordedRequest = {
			method: req.method ?? 'GET',
			path,
			route: path.replace(API_PREFIX, '') || '/',
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			body: null,
			files: [],
			at,
			status: 0,
			response: undefined,
		};
		let status = 200;
		let response: unknown;
		let known = true;
		try {
			const raw = await this.#readBody(req);
			await this.#parseBody(record, raw);
			if (!API_PREFIX.test(path)) {
				known = false;
				throw notFound(0, '404: Not Found');
			}
			const result = this.#route(record);
			if (result === undefined) {
				known = false;
				throw notFound(0, '404: Not Found');
			}
			status = result.status;
			response = result.body;
		} catch (error) {
			if (error instanceof HttpError) {
				status = error.status;
				response = error.payload;
			} else {
				status = 500;
				response = { message: `FakeDiscord internal error: ${(error as Error).stack ?? String(error)}`, code: 0 };
			}
		}
		record.status = status;
		record.response = response;
		this.requests.push(record);
		if (!known) this.unknownRoutes.push(record);
		if (status === 204) res.writeHead(204).end();
		else res.writeHead(status, JSON_HEADERS).end(JSON.stringify(response));
		if (!known) this.emit('unknownRoute', record);
		this.emit('request', record);
	}

	#readBody(req: IncomingMessage): Promise<Buffer> {
		return new Promise((resolve, reject) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => resolve(Buffer.concat(chunks)));
			req.on('error', reject);
		});
	}

	async #parseBody(record: RecordedRequest, raw: Buffer): Promise<void> {
		if (raw.length === 0) return;
		const type = String(record.headers['content-type'] ?? '');
		if (type.startsWith('multipart/form-data')) {
			const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
			for (const [field, value] of form.entries()) {
				if (typeof value === 'string') {
					if (field === 'payload_json') record.body = JSON.parse(value);
				} else {
					record.files.push({ field, name: value.name, contentType: value.type, size: value.size });
				}
			}
			return;
		}
		const text = raw.toString('utf8');
		try {
			record.body = JSON.parse(text);
		} catch {
			if (type.includes('json')) throw new HttpError(400, { message: '400: Bad Request', code: 50109 });
			record.body = text;
		}
	}

	#requireBotAuth(record: RecordedRequest): void {
		if (record.headers.authorization !== `Bot ${this.token}`) {
			throw new HttpError(401, { message: '401: Unauthorized', code: 0 });
		}
	}

	#requireApplication(appId: string | undefined): void {
		if (appId !== this.applicationId) throw new HttpError(403, { message: 'Missing Access', code: 50001 });
	}

	#route(r: RecordedRequest): { status: number; body?: unknown } | undefined {
		const { method, route } = r;
		let m: RegExpMatchArray | null;

		if (method === 'GET' && route === '/gateway') return { status: 200, body: { url: this.gatewayUrl } };
		if (method === 'GET' && route === '/gateway/bot') {
			this.#requireBotAuth(r);
			const body: RESTGetAPIGatewayBotResult = {
				url: this.gatewayUrl,
				shards: this.options.shards,
				session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
			};
			return { status: 200, body };
		}
		if (method === 'GET' && route === '/users/@me') {
			this.#requireBotAuth(r);
			return { status: 200, body: this.botUser };
		}
		if (method === 'GET' && (route === '/applications/@me' || route === '/oauth2/applications/@me')) {
			this.#requireBotAuth(r);
			const application: APIApplication = {
				id: this.applicationId,
				name: this.botUser.username,
				icon: null,
				description: '',
				bot_public: false,
				bot_require_code_grant: false,
				bot: this.botUser,
				summary: '',
				verify_key: '0'.repeat(64),
				team: null,
				flags: 0 as ApplicationFlags,
				flags_new: '0',
			};
			return { status: 200, body: application };
		}

		m = route.match(/^\/applications\/([^/]+)\/(?:guilds\/([^/]+)\/)?commands$/);
		if (m) {
			this.#requireBotAuth(r);
			this.#requireApplication(m[1]);
			const guildId = m[2];
			if (guildId !== undefined && guildId !== this.guildId) throw notFound(10004, 'Unknown Guild');
			const scope = guildId ?? 'global';
			if (method === 'GET') return { status: 200, body: this.commands.get(scope) ?? [] };
			if (method === 'PUT') {
				if (!Array.isArray(r.body))
					throw formError([{ path: '', code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }]);
				return {
					status: 200,
					body: this.#putCommands(scope, r.body as RESTPostAPIApplicationCommandsJSONBody[], guildId),
				};
			}
			if (method === 'POST') {
				const body = r.body as RESTPostAPIApplicationCommandsJSONBody;
				const existing = (this.commands.get(scope) ?? []).filter(
					(c) => !(c.name === body.name && c.type === (body.type ?? ApplicationCommandType.ChatInput)),
				) as unknown as RESTPostAPIApplicationCommandsJSONBody[];
				const stored = this.#putCommands(scope, [...existing, body], guildId);
				return { status: 201, body: stored.find((c) => c.name === body.name) };
			}
			return undefined;
		}

		m = route.match(/^\/interactions\/([^/]+)\/([^/]+)\/callback$/);
		if (m && method === 'POST') return this.#callback(r, m[1] ?? '', m[2] ?? '');

		m = route.match(/^\/webhooks\/([^/]+)\/([^/]+)(?:\/messages\/([^/]+))?$/);
		if (m) return this.#webhook(r, m[1] ?? '', m[2] ?? '', m[3]);

		m = route.match(/^\/channels\/([^/]+)(\/messages|\/typing)?$/);
		if (m) {
			this.#requireBotAuth(r);
			const channelId = m[1] ?? '';
			if (channelId !== this.channelId && !this.extraChannelIds.includes(channelId))
				throw notFound(10003, 'Unknown Channel');
			if (m[2] === undefined && method === 'GET') return { status: 200, body: this.#channel(channelId) };
			if (m[2] === '/typing' && method === 'POST') return { status: 204 };
			if (m[2] === '/messages' && method === 'POST') return this.#channelMessage(r, channelId);
			return undefined;
		}
		return undefined;
	}

	#putCommands(
		scope: string,
		body: RESTPostAPIApplicationCommandsJSONBody[],
		guildId: string | undefined,
	): APIApplicationCommand[] {
		validateCommands(body);
		const previous = this.commands.get(scope) ?? [];
		const stored = body.map((command): APIApplicationCommand => {
			const type = command.type ?? ApplicationCommandType.ChatInput;
			const old = previous.find((c) => c.name === command.name && c.type === type);
			const result = {
				...command,
				id: old?.id ?? this.snowflake(),
				application_id: this.applicationId,
				version: this.snowflake(),
				type,
				description: 'description' in command ? (command.description ?? '') : '',
				default_member_permissions: command.default_member_permissions ?? null,
				nsfw: command.nsfw ?? false,
			} as APIApplicationCommand;
			if (guildId !== undefined) result.guild_id = guildId;
			return result;
		});
		this.commands.set(scope, stored);
		return stored;
	}

	#callback(r: RecordedRequest, interactionId: string, token: string): { status: number; body?: unknown } {
		const state = this.#interactions.get(interactionId);
		if (!state || state.token !== token) throw notFound(10062, 'Unknown interaction');
		if (state.callback)
			throw new HttpError(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
		if (Date.now() - state.dispatchedAt > this.options.interactionTimeoutMs)
			throw notFound(10062, 'Unknown interaction');
		if (!isRecord(r.body))
			throw formError([{ path: 'type', code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }]);
		const body = r.body as unknown as APIInteractionResponse;
		const allowed: Record<InteractionType, InteractionResponseType[]> = {
			[InteractionType.Ping]: [InteractionResponseType.Pong],
			[InteractionType.ApplicationCommand]: [
				InteractionResponseType.ChannelMessageWithSource,
				InteractionResponseType.DeferredChannelMessageWithSource,
				InteractionResponseType.Modal,
			],
			[InteractionType.MessageComponent]: [
				InteractionResponseType.ChannelMessageWithSource,
				InteractionResponseType.DeferredChannelMessageWithSource,
				InteractionResponseType.DeferredMessageUpdate,
				InteractionResponseType.UpdateMessage,
				InteractionResponseType.Modal,
			],
			[InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
			[InteractionType.ModalSubmit]: [
				InteractionResponseType.ChannelMessageWithSource,
				InteractionResponseType.DeferredChannelMessageWithSource,
				InteractionResponseType.DeferredMessageUpdate,
				InteractionResponseType.UpdateMessage,
			],
		};
		if (!allowed[state.type].includes(body.type)) {
			throw formError([
				{
					path: 'type',
					code: 'INTERACTION_RESPONSE_TYPE_INVALID',
					message: `Callback type ${body.type} is not valid for interaction type ${state.type}`,
				},
			]);
		}
		const data = 'data' in body && isRecord(body.data) ? (body.data as Record<string, unknown>) : {};
		const channelId = state.sourceMessage?.channel_id ?? state.channelId;
		const fromBot = {
			channel_id: channelId,
			author: this.botUser,
			webhook_id: this.applicationId,
			application_id: this.applicationId,
		};
		switch (body.type) {
			case InteractionResponseType.ChannelMessageWithSource:
				validateMessageBody(data, true, r.files.length);
				state.original = this.#message(data, {
					...fromBot,
					type: state.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
				});
				break;
			case InteractionResponseType.DeferredChannelMessageWithSource:
				state.original = this.#message(
					{ flags: (typeof data.flags === 'number' ? data.flags : 0) | MessageFlags.Loading },
					{
						...fromBot,
						type:
							state.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
					},
				);
				break;
			case InteractionResponseType.UpdateMessage:
				validateMessageBody(data, false, r.files.length);
				if (state.sourceMessage) {
					state.original = this.#message(data, state.sourceMessage, state.sourceMessage);
					state.sourceMessage = state.original;
				}
				break;
			case InteractionResponseType.DeferredMessageUpdate:
				if (state.sourceMessage) state.original = state.sourceMessage;
				break;
			case InteractionResponseType.ApplicationCommandAutocompleteResult:
				validateChoices(data.choices);
				break;
			default:
				break;
		}
		state.callback = body;
		this.callbacks.set(interactionId, body);
		this.emit('callback', interactionId, body);
		if (r.query.with_response === 'true') {
			const result: RESTPostAPIInteractionCallbackWithResponseResult = {
				interaction: {
					id: interactionId,
					type: state.type,
					...(state.original
						? {
								response_message_id: state.original.id,
								response_message_loading: body.type === InteractionResponseType.DeferredChannelMessageWithSource,
								response_message_ephemeral: ((state.original.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
							}
						: {}),
				},
				resource: { type: body.type, ...(state.original ? { message: state.original } : {}) },
			};
			return { status: 200, body: result };
		}
		return { status: 204 };
	}

	#webhook(
		r: RecordedRequest,
		appId: string,
		token: string,
		messageId: string | undefined,
	): { status: number; body?: unknown } | undefined {
		const state = this.#interactionsByToken.get(token);
		if (appId !== this.applicationId || !state) throw notFound(10015, 'Unknown Webhook');
		// Real Discord only knows the webhook once the interaction was acknowledged.
		if (!state.callback) throw notFound(10015, 'Unknown Webhook');
		const body = isRecord(r.body) ? r.body : {};
		if (messageId === undefined) {
			if (r.method !== 'POST') return undefined;
			validateMessageBody(body, true, r.files.length);
			const message = this.#message(body, {
				channel_id: state.sourceMessage?.channel_id ?? this.channelId,
				author: this.botUser,
				webhook_id: this.applicationId,
				application_id: this.applicationId,
			});
			state.followUps.set(message.id, message);
			this.followUps.push({ interactionId: state.id, token, body, message });
			return { status: 200, body: message };
		}
		const isOriginal = messageId === '@original';
		const current = isOriginal ? state.original : state.followUps.get(messageId);
		if (!current) throw notFound(10008, 'Unknown Message');
		if (r.method === 'GET') return { status: 200, body: current };
		if (r.method === 'DELETE') {
			if (isOriginal) delete state.original;
			else state.followUps.delete(messageId);
			this.#messages.delete(current.id);
			return { status: 204 };
		}
		if (r.method === 'PATCH') {
			validateMessageBody(body, false, r.files.length);
			const updated = this.#message(body, current, current);
			if (((updated.flags ?? 0) & MessageFlags.Loading) !== 0) {
				updated.flags = (updated.flags ?? 0) & ~MessageFlags.Loading;
			}
			if (strLen(updated.content) === 0 && updated.embeds.length === 0 && (updated.components ?? []).length === 0) {
				if (r.files.length === 0) throw new HttpError(400, { message: 'Cannot send an empty message', code: 50006 });
			}
			if (isOriginal) {
				state.original = updated;
				this.originalEdits.push({ interactionId: state.id, token, body, message: updated });
			} else state.followUps.set(messageId, updated);
			return { status: 200, body: updated };
		}
		return undefined;
	}

	#channelMessage(r: RecordedRequest, channelId: string): { status: number; body: unknown } {
		const body = isRecord(r.body) ? r.body : {};
		validateMessageBody(body, true, r.files.length);
		const reference = body.message_reference;
		if (isRecord(reference) && reference.fail_if_not_exists !== false) {
			if (!this.#messages.has(String(reference.message_id))) {
				throw formError([{ path: 'message_reference', code: 'REPLIES_UNKNOWN_MESSAGE', message: 'Unknown message' }]);
			}
		}
		const message = this.#message(body, { channel_id: channelId, author: this.botUser });
		this.channelMessages.push({ channelId, body, message });
		return { status: 200, body: message };
	}
}
