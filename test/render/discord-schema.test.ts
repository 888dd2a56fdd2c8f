/**
 * Every payload the bot can send, validated against Discord's own published schemas (a trimmed copy of
 * discord/discord-api-spec, vendored in test/fixtures/discord-spec with its source), plus the limits Discord
 * documents but the spec does not encode. Payloads are produced by the real router and the real response builders:
 * every command in every locale, every click those answers offer (followed two levels deep), the message command,
 * autocomplete, deferrals and edits, mention replies, and the bulk command registration body.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { type APIInteractionResponse, ApplicationCommandType, ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { loadContentDir } from '../../src/adapters/fs/read-content.ts';
import { createEngine } from '../../src/core/answer/engine.ts';
import type { Ack, CommandContext, Outcome } from '../../src/core/command.ts';
import { buildCommandJson } from '../../src/core/command-json.ts';
import { createCooldown } from '../../src/core/cooldown.ts';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import { callbackBody, deferralBody, editBody } from '../../src/core/interaction-response.ts';
import { answerMention } from '../../src/core/interactions.ts';
import { resolveLocale, SUPPORTED_LOCALE_LIST } from '../../src/core/locales.ts';
import type { MessagePayload } from '../../src/core/render/render-reply.ts';
import { createRouter, type InteractionInput } from '../../src/core/route-interaction.ts';

const SPEC = JSON.parse(readFileSync('test/fixtures/discord-spec/schemas.json', 'utf8')) as {
	$id: string;
	components: { schemas: Record<string, { oneOf?: { const: string }[] }> };
};
// The spec carries vendor keywords (x-discord-union) and formats (int32, snowflake) that are documentation.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(SPEC);
const validator = (operation: string) => {
	const validate = ajv.compile({ $ref: `${SPEC.$id}#/operations/${operation}/schema` });
	return (payload: unknown): string[] =>
		validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).slice(0, 5);
};
const callbackErrors = validator('create_interaction_response');
const editErrors = validator('update_original_webhook_message');
const createErrors = validator('create_message');
const registrationErrors = validator('bulk_set_application_commands');
const DISCORD_LOCALES = new Set((SPEC.components.schemas.AvailableLocalesEnum?.oneOf ?? []).map((o) => o.const));

const loaded = loadContentDir('content');
if (!loaded.glossary) throw new Error('content/ does not load');
const translator = createTranslator();
const ctx: CommandContext = { engine: createEngine(loaded.glossary), translator, cooldown: createCooldown(0) };
const router = createRouter(COMMANDS);
const ASKER = { id: '200000000000000001', permissions: 0n };
const LOCALES = [...SUPPORTED_LOCALE_LIST, 'uk'];
const HOSTILE = `**bold** @everyone <@123> ${'x'.repeat(5000)}`;

/** Limits Discord documents but the spec does not encode (discord-spec README). */
function documentedLimits(message: Partial<MessagePayload>): string[] {
	const out: string[] = [];
	if ((message.content?.length ?? 0) > 2000) out.push('content over 2000');
	const embedChars = (message.embeds ?? []).reduce(
		(n, e) =>
			n +
			(e.title?.length ?? 0) +
			(e.description?.length ?? 0) +
			(e.footer?.text.length ?? 0) +
			(e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
		0,
	);
	if (embedChars > 6000) out.push(`embeds hold ${embedChars} characters`);
	const ids: string[] = [];
	for (const row of message.components ?? []) {
		const selects = row.components.filter((c) => c.type === ComponentType.StringSelect);
		if (selects.length > 0 && row.components.length > 1) out.push('a select shares its row');
		for (const c of row.components) if ('custom_id' in c && c.custom_id) ids.push(c.custom_id);
		for (const s of selects)
			for (const o of s.options) if (o.value.length > 100) out.push(`option value ${o.value.length}`);
	}
	if (new Set(ids).size !== ids.length) out.push(`custom ids repeat: ${ids.join(' ')}`);
	return out;
}

/** The callback, the deferral and (for messages) the later edit of one interaction, each checked. */
function checkAnswer(ack: Ack, outcome: Outcome, where: string): void {
	const callback: APIInteractionResponse = callbackBody(ack, outcome);
	expect(callbackErrors(callback), `${where}: callback`).toEqual([]);
	const deferral = deferralBody(ack);
	if (deferral) expect(callbackErrors(deferral), `${where}: deferral`).toEqual([]);
	if (outcome.kind === 'message') {
		expect(editErrors(editBody(outcome.reply.message)), `${where}: edit`).toEqual([]);
		expect(documentedLimits(outcome.reply.message), where).toEqual([]);
	}
}

/** Routes an interaction, checks its payloads, then follows every button and select option it offers. */
async function explore(input: InteractionInput, where: string, depth: number, seen: Set<string>): Promise<number> {
	const routed = router.route(input, ctx);
	const outcome = await routed.run();
	checkAnswer(routed.ack, outcome, where);
	if (outcome.kind !== 'message' || depth === 0) return 1;
	let count = 1;
	for (const row of outcome.reply.message.components) {
		for (const component of row.components) {
			if (!('custom_id' in component) || !component.custom_id) continue;
			const values = component.type === ComponentType.StringSelect ? component.options.map((o) => o.value) : [''];
			for (const value of values) {
				const key = `${input.locale}|${component.custom_id}|${value}|${depth}`;
				if (seen.has(key)) continue;
				seen.add(key);
				count += await explore(
					{
						kind: 'component',
						customId: component.custom_id,
						values: value ? [value] : [],
						messageEphemeral: routed.ack !== 'public',
						locale: input.locale,
						guildLocale: 'sv-SE',
						user: ASKER,
					},
					`${where} → ${component.custom_id} ${value}`,
					depth - 1,
					seen,
				);
			}
		}
	}
	return count;
}

describe('Discord schema: interaction callbacks, deferrals and edits', () => {
	const commands: [string, Record<string, string>][] = [
		['define', { term: 'customer-facing' }],
		['define', { term: 'customer-facing', to: '300000000000000001' }],
		['define', { term: 'zzzz' }],
		['ask', { question: 'what roles are client-facing?' }],
		['ask', { question: HOSTILE, to: '300000000000000001' }],
		['examples', { term: 'realtor' }],
		['terms', {}],
		['terms', { filter: 'k' }],
		['terms', { filter: HOSTILE.slice(0, 50) }],
		['help', {}],
		['no-such-command', {}],
	];
	for (const locale of LOCALES) {
		it(`${locale}: every command, and every click two levels deep`, async () => {
			let count = 0;
			const seen = new Set<string>();
			for (const [name, options] of commands) {
				const input: InteractionInput = { kind: 'command', name, options, locale, user: ASKER };
				count += await explore(input, `${locale} /${name}`, 2, seen);
			}
			const message = { id: '1', content: 'Vad är skillnaden mellan backoffice och frontoffice?' };
			count += await explore(
				{ kind: 'message-command', name: 'Explain terms', message, locale, user: ASKER },
				'explain',
				1,
				seen,
			);
			count += await explore(
				{
					kind: 'message-command',
					name: 'Explain terms',
					message: { id: '2', content: 'lunch?' },
					locale,
					user: ASKER,
				},
				'explain none',
				0,
				seen,
			);
			expect(count).toBeGreaterThan(100);
		});
	}

	it('autocomplete, with and without a focused option', async () => {
		for (const focused of [{ name: 'term', value: 'kund' }, { name: 'term', value: '' }, undefined]) {
			const routed = router.route({ kind: 'autocomplete', name: 'define', focused, locale: 'sv-SE', user: ASKER }, ctx);
			checkAnswer(routed.ack, await routed.run(), `autocomplete ${JSON.stringify(focused)}`);
		}
	});

	it('removing an answer: a deferred update for the asker, an ephemeral notice for anyone else', async () => {
		const own = router.route(
			{ kind: 'component', customId: `gb|del|en|${ASKER.id}`, values: [], messageEphemeral: false, user: ASKER },
			ctx,
		);
		expect(own.ack).toBe('update');
		checkAnswer(own.ack, await own.run(), 'dismiss by asker');
		const other = router.route(
			{ kind: 'component', customId: `gb|del|en|${ASKER.id}`, values: [], messageEphemeral: false, user: { id: '9' } },
			ctx,
		);
		expect(other.ack).toBe('ephemeral');
		checkAnswer(other.ack, await other.run(), 'dismiss by someone else');
	});
});

describe('Discord schema: messages posted to a channel', () => {
	it('mention answers, with a reply reference that pings nobody', () => {
		for (const question of ['what roles are client-facing?', HOSTILE, 'zzzz']) {
			const reply = answerMention(question, resolveLocale('de'), ASKER.id, ctx);
			const body = {
				...reply.message,
				allowed_mentions: { ...reply.message.allowed_mentions, replied_user: false },
				message_reference: { message_id: '1300000000000000001', fail_if_not_exists: false },
			};
			expect(createErrors(body), question.slice(0, 30)).toEqual([]);
			expect(documentedLimits(reply.message)).toEqual([]);
		}
	});
});

describe('Discord schema: the bulk command registration body', () => {
	const body = COMMANDS.map((c) => buildCommandJson(c, translator));

	it('passes the schema, with integration types and contexts instead of dm_permission', () => {
		expect(registrationErrors(body)).toEqual([]);
		const adminOnly = ['settings', 'stats'];
		for (const command of body) {
			// /settings and /stats belong to a server and its admins (Manage Server); the rest go anywhere.
			const admin = adminOnly.includes(command.name);
			expect(command.integration_types, command.name).toEqual(admin ? [0] : [0, 1]);
			expect(command.contexts, command.name).toEqual(admin ? [0] : [0, 1, 2]);
			expect(command.default_member_permissions, command.name).toBe(admin ? 32 : undefined);
			expect('dm_permission' in command, command.name).toBe(false);
		}
		expect(body.map((c) => [c.type, translator.command('en-US', `${COMMANDS[body.indexOf(c)]?.name}.name`)])).toEqual([
			[ApplicationCommandType.ChatInput, 'define'],
			[ApplicationCommandType.ChatInput, 'ask'],
			[ApplicationCommandType.ChatInput, 'examples'],
			[ApplicationCommandType.ChatInput, 'terms'],
			[ApplicationCommandType.ChatInput, 'help'],
			[ApplicationCommandType.Message, 'Explain terms'],
			[ApplicationCommandType.ChatInput, 'settings'],
			[ApplicationCommandType.ChatInput, 'stats'],
		]);
	});

	it('localizes every command in the six languages, with locale keys Discord knows', () => {
		for (const command of body) {
			const keys = Object.keys(command.name_localizations ?? {});
			expect(keys.sort(), command.name).toEqual(SUPPORTED_LOCALE_LIST.filter((l) => l !== 'en-US').sort());
			for (const key of keys) expect(DISCORD_LOCALES.has(key), key).toBe(true);
		}
	});

	it('keeps each command within 4,000 characters, counting every localization', () => {
		for (const command of body) {
			const texts: string[] = [];
			const collect = (node: unknown): void => {
				if (Array.isArray(node)) node.forEach(collect);
				else if (node && typeof node === 'object') {
					for (const [key, value] of Object.entries(node)) {
						if ((key === 'name' || key === 'description') && typeof value === 'string') texts.push(value);
						else if (key.endsWith('_localizations') && value) texts.push(...(Object.values(value) as string[]));
						else collect(value);
					}
				}
			};
			collect(command);
			const size = texts.reduce((n, t) => n + t.length, 0);
			expect(size, command.name).toBeLessThanOrEqual(4000);
		}
	});

	it('chat command and option names are lowercase and match Discord’s rule in every locale', () => {
		const rule = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
		for (const command of body) {
			if (command.type !== ApplicationCommandType.ChatInput) continue;
			const names = [command.name, ...Object.values(command.name_localizations ?? {})];
			for (const option of command.options ?? [])
				names.push(option.name, ...Object.values(option.name_localizations ?? {}));
			for (const name of names) {
				expect(name, name ?? '').toMatch(rule);
				expect(name, name ?? '').toBe(name?.toLowerCase());
			}
			// Required options come before optional ones.
			const required = (command.options ?? []).map((o) => 'required' in o && o.required === true);
			expect(required, command.name).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
		}
	});
});

describe('the schema check itself', () => {
	it('rejects what Discord would reject', () => {
		const button = { type: 2, style: 1, label: 'x', custom_id: 'x'.repeat(101) };
		expect(callbackErrors({ type: 4, data: { components: [{ type: 1, components: [button] }] } })).not.toEqual([]);
		expect(callbackErrors({ type: 4, data: { allowed_mentions: { parse: ['everybody'] } } })).not.toEqual([]);
		expect(callbackErrors({ type: 8, data: { choices: [{ name: '', value: 'x' }] } })).not.toEqual([]);
		expect(registrationErrors([{ name: 'x'.repeat(33), description: 'd' }])).not.toEqual([]);
		expect(editErrors({ embeds: [{ title: 'x'.repeat(257) }] })).not.toEqual([]);
	});
});
