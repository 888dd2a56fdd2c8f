import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { REST } from 'discord.js';
import {
	type APIInteractionResponse,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	Routes,
} from 'discord-api-types/v10';
import type { CommandContext } from '../../core/command.ts';
import { resolveLocale } from '../../core/locales.ts';
import { decodeCustomId } from '../../core/render/custom-id.ts';
import { type MessagePayload, renderNotice } from '../../core/render/render-reply.ts';
import { type InteractionInput, type InteractionResult, routeInteraction } from '../../core/route-interaction.ts';
import type { Logger } from '../logger.ts';
import { createSignatureVerifier } from './verify-signature.ts';

/** Discord's interaction payloads are a few KiB; anything this large is not one. */
export const MAX_BODY_BYTES = 64 * 1024;
// Discord drops an interaction not answered within 3 s; tell it to wait well before that if work is slow.
export const DEFER_AFTER_MS = 2000;

export type Route = (input: InteractionInput, ctx: CommandContext) => InteractionResult | Promise<InteractionResult>;

export interface InteractionsServerOptions {
	/** The application's public key, 64 hex characters (developer portal → General Information). */
	publicKey: string;
	ctx: CommandContext;
	logger: Logger;
	/** Where deferred answers are sent: a webhook edit, which needs no bot token. Default: Discord's API. */
	rest?: Pick<REST, 'patch'>;
	/** The clock, in unix seconds, that signature timestamps are checked against. */
	now?: () => number;
	/** How long an answer may take before Discord is told to wait and the answer follows through REST. */
	deferAfterMs?: number;
	/** What turns an interaction into an answer: the shared router, unless a test or a slower source swaps it. */
	route?: Route;
	/** Extra GET routes on the same port (the operations listener mounts /metrics and /readyz here). */
	routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
	/** Told about every answered interaction (metrics); it must not throw. */
	onAnswered?: (event: AnsweredEvent) => void;
}

export interface AnsweredEvent {
	kind: InteractionInput['kind'];
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
	const route = options.route ?? routeInteraction;
	const health = JSON.stringify({ status: 'ok', terms: ctx.engine.glossary.termIds.length });

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
			return sendRaw(res, 200, health);
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
				kind: input?.kind ?? 'command',
				name: input?.kind === 'component' ? input.customId : input?.name,
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
				: { type: InteractionResponseType.ChannelMessageWithSource, data: apology(locale) };
		};

		try {
			input = toInput(interaction);
		} catch (err) {
			return send(res, 200, fail(err));
		}
		const routed = input;
		const work = Promise.resolve().then(() => route(routed, ctx));
		let outcome: Deadline<InteractionResult>;
		try {
			outcome = await withinDeadline(work, deferAfterMs);
		} catch (err) {
			return send(res, 200, fail(err));
		}
		const summary = { interactionId, command: input.kind === 'component' ? input.customId : input.name };

		if (outcome.done) {
			const result = outcome.value;
			send(res, 200, toResponse(result));
			observe(input, result.kind === 'message' ? result.reply.status : 'choices');
			logger.info(
				{
					...summary,
					status: result.kind === 'message' ? result.reply.status : 'choices',
					ms: Math.round(performance.now() - started),
				},
				'answered',
			);
			return;
		}

		// Too slow for the 3 s window: acknowledge now, and edit the acknowledgement once the answer is ready.
		if (input.kind === 'autocomplete') {
			// Suggestions cannot be deferred, and late ones are useless: offer none.
			send(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
			logger.warn({ ...summary, ms: Math.round(performance.now() - started) }, 'autocomplete too slow');
			observe(input, 'error');
			return;
		}
		const applicationId = optionalString(interaction.application_id);
		const token = optionalString(interaction.token);
		await sendAndFlush(res, deferral(input));
		let payload: MessagePayload;
		let status: string;
		try {
			const result = await work;
			if (result.kind !== 'message') throw new Error('a command produced choices');
			payload = result.reply.message;
			status = result.reply.status;
		} catch (err) {
			logger.error({ interactionId, err }, 'interaction failed');
			payload = apology(locale);
			status = 'error';
		}
		if (!applicationId || !token) {
			logger.error({ interactionId }, 'deferred interaction has no application id or token; answer dropped');
			return;
		}
		try {
			await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), {
				body: editBody(payload),
				auth: false,
			});
			observe(routed, status);
			logger.info({ ...summary, status, deferred: true, ms: Math.round(performance.now() - started) }, 'answered');
		} catch (err) {
			logger.error({ interactionId, err }, 'could not deliver the deferred answer');
			observe(routed, 'error');
		}
	}

	function apology(locale: string | undefined): MessagePayload {
		return renderNotice('errors.generic', resolveLocale(locale), ctx).message;
	}

	const server = createServer((req, res) => {
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

/** The same input the gateway builds from discord.js objects, read from Discord's raw interaction JSON. */
export function toInput(interaction: Json): InteractionInput {
	const data = interaction.data;
	if (!isJson(data)) throw new Error('interaction without data');
	const locale = optionalString(interaction.locale);
	const guildLocale = optionalString(interaction.guild_locale);
	switch (interaction.type) {
		case InteractionType.ApplicationCommand: {
			const options: Record<string, string> = {};
			for (const option of commandOptions(data)) {
				// Every option we register is a string: anything else means a stale registration, i.e. a bug.
				if (typeof option.value !== 'string') throw new Error(`option ${option.name} is not a string`);
				options[option.name] = option.value;
			}
			return {
				kind: 'command',
				name: requireString(data.name, 'data.name'),
				options,
				locale,
				...(guildLocale ? { guildLocale } : {}),
			};
		}
		case InteractionType.ApplicationCommandAutocomplete: {
			const focused = commandOptions(data).find((o) => o.focused === true);
			if (!focused) throw new Error('autocomplete without a focused option');
			return {
				kind: 'autocomplete',
				name: requireString(data.name, 'data.name'),
				focused: { name: focused.name, value: String(focused.value ?? '') },
				locale,
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
				locale,
				...(guildLocale ? { guildLocale } : {}),
				messageEphemeral: (flags & MessageFlags.Ephemeral) !== 0,
			};
		}
		default:
			throw new Error(`interaction type ${String(interaction.type)} has no input`);
	}
}

function commandOptions(data: Json): { name: string; value: unknown; focused: unknown }[] {
	if (data.options === undefined) return [];
	if (!Array.isArray(data.options)) throw new Error('data.options is not a list');
	return data.options.map((o: unknown) => {
		if (!isJson(o)) throw new Error('an option is not an object');
		return { name: requireString(o.name, 'option name'), value: o.value, focused: o.focused };
	});
}

function toResponse(result: InteractionResult): APIInteractionResponse {
	if (result.kind === 'choices') {
		return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: result.choices } };
	}
	if (result.mode === 'update')
		return { type: InteractionResponseType.UpdateMessage, data: editBody(result.reply.message) };
	// The payload carries the ephemeral flag itself when only the asker should see it.
	return { type: InteractionResponseType.ChannelMessageWithSource, data: result.reply.message };
}

/** An edit replaces the whole message: clear an earlier notice line, and never touch its visibility flags. */
function editBody(payload: MessagePayload) {
	return {
		content: payload.content ?? '',
		embeds: payload.embeds,
		components: payload.components,
		allowed_mentions: payload.allowed_mentions,
	};
}

/** What Discord is told while the answer is still coming: it must already know who may see it. */
function deferral(input: InteractionInput): APIInteractionResponse {
	const ephemeral = {
		type: InteractionResponseType.DeferredChannelMessageWithSource,
		data: { flags: MessageFlags.Ephemeral },
	} as const;
	if (input.kind !== 'component') return ephemeral;
	// A click on the asker's own ephemeral answer is answered in place.
	if (input.messageEphemeral) return { type: InteractionResponseType.DeferredMessageUpdate };
	const action = decodeCustomId(input.customId)?.action;
	return action === 'show' || action === 'ex'
		? { type: InteractionResponseType.DeferredChannelMessageWithSource, data: {} }
		: ephemeral;
}

type Deadline<T> = { done: true; value: T } | { done: false };

/** The work's value if it settles within `ms`, else `{ done: false }` (the work goes on). */
async function withinDeadline<T>(work: Promise<T>, ms: number): Promise<Deadline<T>> {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<{ done: false }>((resolve) => {
		timer = setTimeout(() => resolve({ done: false }), ms);
	});
	try {
		return await Promise.race([work.then((value) => ({ done: true as const, value })), deadline]);
	} finally {
		clearTimeout(timer);
	}
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

function sendRaw(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
	res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
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
