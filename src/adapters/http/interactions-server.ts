import { createServer, type IncomingMessage, type Server, ServerResponse } from 'node:http';
import { REST } from 'discord.js';
import {
	type APIInteractionResponse,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	Routes,
} from 'discord-api-types/v10';
import type { CommandContext, Outcome } from '../../core/command.ts';
import { DEFER_AFTER_MS, type Deadline, withinDeadline } from '../../core/deadline.ts';
import { guildFor } from '../../core/feedback/with-storage.ts';
import { callbackBody, deferralBody, editBody, messageBody } from '../../core/interaction-response.ts';
import { resolveLocale } from '../../core/locales.ts';
import { type MessagePayload, renderNotice } from '../../core/render/render-reply.ts';
import type { Common, InteractionInput, Place, Router } from '../../core/route-interaction.ts';
import type { Logger } from '../logger.ts';
import { createSignatureVerifier } from './verify-signature.ts';

/** Discord's interaction payloads are a few KiB; anything this large is not one. */
export const MAX_BODY_BYTES = 64 * 1024;
export { DEFER_AFTER_MS };

export interface InteractionsServerOptions {
	/** The application's public key, 64 hex characters (developer portal → General Information). */
	publicKey: string;
	ctx: CommandContext;
	logger: Logger;
	/** Where deferred answers and deletions are sent: webhook routes, which need no bot token. Default: Discord's API. */
	rest?: Pick<REST, 'patch' | 'delete'>;
	/** The clock, in unix seconds, that signature timestamps are checked against. */
	now?: () => number;
	/** How long an answer may take before Discord is told to wait and the answer follows through REST. */
	deferAfterMs?: number;
	/** What turns an interaction into an answer: the shared router, handed the commands by the entry point. */
	router: Router;
	/** Extra GET routes on the same port (the operations listener mounts /metrics and /readyz here). */
	routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
	/** Told about every answered interaction (metrics); it must not throw. */
	onAnswered?: (event: AnsweredEvent) => void;
	/** The content being served, for `/healthz` when no `routes` replace it. */
	content?: () => { hash: string; terms: number; reload: string };
}

export interface AnsweredEvent {
	/** A message command counts as a command, a modal submission as a component. */
	kind: 'command' | 'autocomplete' | 'component';
	/** The command name, or the component's custom id. */
	name: string | undefined;
	locale: string | undefined;
	/** The reply status, `choices` for autocomplete, or `error`. */
	status: string;
	seconds: number;
}

type Json = Record<string, unknown>;

/** An HTTP server (not yet listening) for Discord's Interactions Endpoint URL, plus `GET /healthz`. */
export function createInteractionsServer(options: InteractionsServerOptions): Server {
	const { ctx, logger } = options;
	const verifier = createSignatureVerifier(options.publicKey);
	const rest = options.rest ?? new REST();
	const now = options.now ?? (() => Date.now() / 1000);
	const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
	const { router } = options;
	const health = () =>
		JSON.stringify({
			status: 'ok',
			terms: ctx.engine.glossary.termIds.length,
			...(options.content ? { content: options.content() } : {}),
		});

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const path = (req.url ?? '/').split('?')[0] ?? '/';
		const extra = options.routes?.[path];
		if (extra) {
			if (req.method !== 'GET' && req.method !== 'HEAD')
				return send(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
			return extra(req, res);
		}
		if (path === '/healthz') {
			if (req.method !== 'GET' && req.method !== 'HEAD')
				return send(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
			return sendRaw(res, 200, health());
		}
		if (path !== '/interactions') return send(res, 404, { error: 'not found' });
		if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' }, { allow: 'POST' });

		const body = await readBody(req, MAX_BODY_BYTES);
		// Closing the connection stops the upload: the rest of an oversized body is never read.
		if (!body) return send(res, 413, { error: 'body too large' }, { connection: 'close' });

		// Nothing about the request is trusted, or even parsed, before its signature is checked.
		const signature = header(req, 'x-signature-ed25519');
		const timestamp = header(req, 'x-signature-timestamp');
		if (!verifier.verify(body, signature, timestamp, now()))
			return send(res, 401, { error: 'invalid request signature' });

		let interaction: unknown;
		try {
			interaction = JSON.parse(body.toString('utf8'));
		} catch {
			return send(res, 400, { error: 'invalid JSON' });
		}
		if (!isJson(interaction)) return send(res, 400, { error: 'not an interaction' });
		switch (interaction.type) {
			case InteractionType.Ping:
				return send(res, 200, { type: InteractionResponseType.Pong });
			case InteractionType.ApplicationCommand:
			case InteractionType.ApplicationCommandAutocomplete:
			case InteractionType.MessageComponent:
			case InteractionType.ModalSubmit:
				return answer(interaction, res);
			default:
				return send(res, 400, { error: 'unsupported interaction type' });
		}
	}

	async function answer(interaction: Json, res: ServerResponse): Promise<void> {
		const started = performance.now();
		const interactionId = typeof interaction.id === 'string' ? interaction.id : undefined;
		const locale = optionalString(interaction.locale);
		const isAutocomplete = interaction.type === InteractionType.ApplicationCommandAutocomplete;
		const observe = (input: InteractionInput | undefined, status: string) =>
			options.onAnswered?.({
				kind: metricKind(input?.kind),
				name: input === undefined ? undefined : 'customId' in input ? input.customId : input.name,
				locale,
				status,
				seconds: (performance.now() - started) / 1000,
			});
		let input: InteractionInput | undefined;
		const fail = (err: unknown): APIInteractionResponse => {
			// A bug: one log line with the interaction id, and a short apology; never a stack trace to the user.
			logger.error({ interactionId, err }, 'interaction failed');
			observe(input, 'error');
			return isAutocomplete
				? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
				: { type: InteractionResponseType.ChannelMessageWithSource, data: messageBody(apology(locale), 'ephemeral') };
		};

		let routed: ReturnType<Router['route']>;
		try {
			const parsed = toInput(interaction);
			const guild = await guildFor(optionalString(interaction.guild_id), ctx);
			if (guild) parsed.guild = guild;
			input = parsed;
			// One glossary per interaction, from start to reply, even if live reload swaps it meanwhile.
			routed = router.route(input, { ...ctx });
		} catch (err) {
			return send(res, 200, fail(err));
		}
		const work = Promise.resolve().then(() => routed.run());
		let early: Deadline<Outcome>;
		try {
			early = await withinDeadline(work, deferAfterMs);
		} catch (err) {
			return send(res, 200, fail(err));
		}
		const summary = {
			interactionId,
			command: 'customId' in input ? input.customId : input.name,
			ack: routed.ack,
		};
		const webhook = webhookOf(interaction);

		if (early.done) {
			const outcome = early.value;
			// Counted before the answer leaves: whoever reads the metrics after the answer sees it.
			observe(input, statusOf(outcome));
			await sendAndFlush(res, callbackBody(routed.ack, outcome));
			if (outcome.kind === 'delete') await deleteOriginal(webhook, interactionId);
			if (logger.isLevelEnabled('info'))
				logger.info({ ...summary, status: statusOf(outcome), ms: Math.round(performance.now() - started) }, 'answered');
			return;
		}

		// Too slow for the 3 s window: acknowledge now, the way the answer will be given, and edit it in later.
		const deferral = deferralBody(routed.ack);
		if (!deferral) {
			// Suggestions and modals cannot be deferred, and late ones are useless: offer none.
			send(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
			logger.warn({ ...summary, ms: Math.round(performance.now() - started) }, 'too slow to answer');
			observe(input, 'error');
			return;
		}
		await sendAndFlush(res, deferral);
		let outcome: Outcome;
		try {
			outcome = await work;
		} catch (err) {
			logger.error({ interactionId, err }, 'interaction failed');
			outcome = { kind: 'message', reply: renderNotice('errors.generic', resolveLocale(locale), ctx) };
		}
		if (outcome.kind === 'delete') return deleteOriginal(webhook, interactionId);
		if (outcome.kind !== 'message') {
			logger.error({ interactionId }, 'a deferred interaction produced no message');
			return;
		}
		if (!webhook) {
			logger.error({ interactionId }, 'deferred interaction has no application id or token; answer dropped');
			return;
		}
		try {
			await rest.patch(Routes.webhookMessage(webhook.applicationId, webhook.token, '@original'), {
				body: editBody(outcome.reply.message),
				auth: false,
			});
			observe(input, statusOf(outcome));
			logger.info(
				{ ...summary, status: statusOf(outcome), deferred: true, ms: Math.round(performance.now() - started) },
				'answered',
			);
		} catch (err) {
			logger.error({ interactionId, err }, 'could not deliver the deferred answer');
			observe(input, 'error');
		}
	}

	/** Removes the message a component sits on (its interaction's @original), after the deferred update. */
	async function deleteOriginal(webhook: Webhook | undefined, interactionId: string | undefined): Promise<void> {
		if (!webhook) return;
		try {
			await rest.delete(Routes.webhookMessage(webhook.applicationId, webhook.token, '@original'), { auth: false });
		} catch (err) {
			logger.error({ interactionId, err }, 'could not remove the message');
		}
	}

	function apology(locale: string | undefined): MessagePayload {
		return renderNotice('errors.generic', resolveLocale(locale), ctx).message;
	}

	const server = createServer({ ServerResponse: TimedResponse }, (req, res) => {
		handle(req, res).catch((err: unknown) => {
			logger.error({ err }, 'request failed');
			if (!res.headersSent) send(res, 500, { error: 'internal error' });
			else res.destroy();
		});
	});
	// A client that trickles its request in is cut off long before Discord's own 3 s would matter.
	server.headersTimeout = 10_000;
	server.requestTimeout = 10_000;
	return server;
}

const PLACES: Partial<Record<number, Place>> = {
	[InteractionContextType.Guild]: 'guild',
	[InteractionContextType.BotDM]: 'bot-dm',
	[InteractionContextType.PrivateChannel]: 'private-channel',
};

/**
 * Who acts, where, and in which languages: in servers `member.user`, in DMs `user`. Optional fields are set one
 * by one, not spread in (`...(id ? { id } : {})`): Node 20's V8 puts part of an object built from such spreads
 * straight into the old generation, to be freed only by a full collection (the pauses of /ask's p99).
 */
function common(interaction: Json): Common {
	const member = isJson(interaction.member) ? interaction.member : undefined;
	const user = isJson(member?.user) ? member.user : isJson(interaction.user) ? interaction.user : {};
	const owners = isJson(interaction.authorizing_integration_owners) ? interaction.authorizing_integration_owners : {};
	// Discord always names the user; without one the answer still comes, with nothing only its asker may do.
	const caller: Common['user'] = { id: optionalString(user.id) ?? '' };
	if (typeof member?.permissions === 'string') caller.permissions = BigInt(member.permissions);
	const out: Common = {
		locale: optionalString(interaction.locale),
		user: caller,
		userInstalledOnly: !(String(ApplicationIntegrationType.GuildInstall) in owners),
	};
	const id = optionalString(interaction.id);
	if (id) out.id = id;
	const channelId = optionalString(interaction.channel_id);
	if (channelId) out.channelId = channelId;
	const guildLocale = optionalString(interaction.guild_locale);
	if (guildLocale) out.guildLocale = guildLocale;
	const place = typeof interaction.context === 'number' ? PLACES[interaction.context] : undefined;
	if (place) out.place = place;
	return out;
}

/** The same input the gateway builds from discord.js objects, read from Discord's raw interaction JSON. */
export function toInput(interaction: Json): InteractionInput {
	const data = interaction.data;
	if (!isJson(data)) throw new Error('interaction without data');
	switch (interaction.type) {
		case InteractionType.ApplicationCommand: {
			const name = requireString(data.name, 'data.name');
			if (data.type === ApplicationCommandType.Message) {
				const targetId = requireString(data.target_id, 'data.target_id');
				const resolved = isJson(data.resolved) && isJson(data.resolved.messages) ? data.resolved.messages : {};
				const target = isJson(resolved[targetId]) ? resolved[targetId] : {};
				const author = isJson(target.author) ? optionalString(target.author.id) : undefined;
				const content = typeof target.content === 'string' ? target.content : '';
				return {
					kind: 'message-command',
					name,
					message: { id: targetId, content, ...(author ? { authorId: author } : {}) },
					...common(interaction),
				};
			}
			const options: Record<string, string> = {};
			for (const option of commandOptions(data)) {
				// These are all we register: anything else means a stale registration, i.e. a bug.
				const value = option.value;
				const expected = TEXT_OPTIONS.get(option.type as ApplicationCommandOptionType);
				if (!expected || typeof value !== expected)
					throw new Error(`option ${option.name} has type ${String(option.type)}`);
				options[option.name] = String(value);
			}
			return Object.assign({ kind: 'command' as const, name, options }, common(interaction));
		}
		case InteractionType.ApplicationCommandAutocomplete: {
			const focused = commandOptions(data).find((o) => o.focused === true);
			return {
				kind: 'autocomplete',
				name: requireString(data.name, 'data.name'),
				focused: focused ? { name: focused.name, value: String(focused.value ?? '') } : undefined,
				...common(interaction),
			};
		}
		case InteractionType.MessageComponent: {
			const values = Array.isArray(data.values) ? data.values.filter((v): v is string => typeof v === 'string') : [];
			const message = isJson(interaction.message) ? interaction.message : {};
			const flags = typeof message.flags === 'number' ? message.flags : 0;
			return {
				kind: 'component',
				customId: requireString(data.custom_id, 'data.custom_id'),
				values,
				messageEphemeral: (flags & MessageFlags.Ephemeral) !== 0,
				...common(interaction),
			};
		}
		case InteractionType.ModalSubmit:
			return {
				kind: 'modal-submit',
				customId: requireString(data.custom_id, 'data.custom_id'),
				fields: modalFields(data.components),
				...common(interaction),
			};
		default:
			throw new Error(`interaction type ${String(interaction.type)} has no input`);
	}
}

/** A modal's text values by custom id, whether each input sits in a Label (current) or an action row (legacy). */
function modalFields(components: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	const visit = (c: unknown) => {
		if (!isJson(c)) return;
		if (typeof c.custom_id === 'string' && typeof c.value === 'string') out[c.custom_id] = c.value;
		if (isJson(c.component)) visit(c.component);
		if (Array.isArray(c.components)) c.components.forEach(visit);
	};
	if (Array.isArray(components)) components.forEach(visit);
	return out;
}

/** Metrics know commands, autocomplete and components; a modal submission is a component's follow-up. */
function metricKind(kind: InteractionInput['kind'] | undefined): 'command' | 'autocomplete' | 'component' {
	if (kind === 'modal-submit') return 'component';
	return kind === 'message-command' || kind === undefined ? 'command' : kind;
}

// The option types we register, with the JSON type of their value (read as text: users and channels are ids).
const TEXT_OPTIONS: ReadonlyMap<ApplicationCommandOptionType, string> = new Map([
	[ApplicationCommandOptionType.String, 'string'],
	[ApplicationCommandOptionType.User, 'string'],
	[ApplicationCommandOptionType.Channel, 'string'],
	[ApplicationCommandOptionType.Integer, 'number'],
	[ApplicationCommandOptionType.Boolean, 'boolean'],
]);

function commandOptions(data: Json): { name: string; type: unknown; value: unknown; focused: unknown }[] {
	if (data.options === undefined) return [];
	if (!Array.isArray(data.options)) throw new Error('data.options is not a list');
	return data.options.map((o: unknown) => {
		if (!isJson(o)) throw new Error('an option is not an object');
		return { name: requireString(o.name, 'option name'), type: o.type, value: o.value, focused: o.focused };
	});
}

interface Webhook {
	applicationId: string;
	token: string;
}

function webhookOf(interaction: Json): Webhook | undefined {
	const applicationId = optionalString(interaction.application_id);
	const token = optionalString(interaction.token);
	return applicationId && token ? { applicationId, token } : undefined;
}

function statusOf(outcome: Outcome): string {
	return outcome.kind === 'message' ? outcome.reply.status : outcome.kind;
}

/** The body, or undefined as soon as it is known to exceed `limit` bytes (the rest is left unread). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
	const declared = Number(req.headers['content-length']);
	if (declared > limit) return Promise.resolve(undefined);
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const cleanup = () => {
			req.off('data', onData);
			req.off('end', onEnd);
			req.off('error', onError);
		};
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				cleanup();
				req.pause();
				resolve(undefined);
				return;
			}
			chunks.push(chunk);
		};
		const onEnd = () => {
			cleanup();
			resolve(Buffer.concat(chunks, size));
		};
		const onError = (err: Error) => {
			cleanup();
			reject(err);
		};
		req.on('data', onData);
		req.on('end', onEnd);
		req.on('error', onError);
	});
}

function header(req: IncomingMessage, name: string): string | undefined {
	const value = req.headers[name];
	return typeof value === 'string' ? value : undefined;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	sendRaw(res, status, JSON.stringify(body), headers);
}

/**
 * A response that knows when its request arrived (Node makes it once the request's headers are read), so that
 * every reply says how long the server spent on it: `Server-Timing: app;dur=1.23`, in ms, from the headers read
 * to the reply written (body, signature, answer, JSON). A proxy's log or `npm run bench` tells from it the
 * server's share of a round trip from the network's and the machine's.
 */
class TimedResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
	readonly received = performance.now();
}

function sendRaw(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
	const all: Record<string, string | number> = Object.assign(
		{ 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
		headers,
	);
	if (res instanceof TimedResponse) all['server-timing'] = `app;dur=${(performance.now() - res.received).toFixed(2)}`;
	res.writeHead(status, all);
	res.end(text);
}

function sendAndFlush(res: ServerResponse, body: unknown): Promise<void> {
	return new Promise((resolve) => {
		res.once('close', resolve);
		res.once('finish', resolve);
		send(res, 200, body);
	});
}

function isJson(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function requireString(value: unknown, what: string): string {
	if (typeof value !== 'string') throw new Error(`${what} is not a string`);
	return value;
}
