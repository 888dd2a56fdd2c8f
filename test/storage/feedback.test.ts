/**
 * The storage round through the real router (withStorage around createRouter): an answer carries 👍/👎, votes and
 * the 👎 modal are recorded, a did-you-mean click is recorded, /settings and /stats work, and every payload passes
 * Discord's published schema. The modal callback (type 9) is not in the trimmed schema: it is checked against
 * Discord's documentation (Interactions → Receiving and Responding → Modal; Components → Label, Text Input).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ComponentType, InteractionResponseType, TextInputStyle } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { loadContentDir } from '../../src/adapters/fs/read-content.ts';
import { parseStorageConfig } from '../../src/adapters/storage/config.ts';
import { openStorage, type Storage } from '../../src/adapters/storage/index.ts';
import { createEngine } from '../../src/core/answer/engine.ts';
import type { CommandContext, Outcome } from '../../src/core/command.ts';
import { decodeVote } from '../../src/core/feedback/feedback.ts';
import { guildFor, withStorage } from '../../src/core/feedback/with-storage.ts';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import { callbackBody } from '../../src/core/interaction-response.ts';
import { createRouter, type InteractionInput } from '../../src/core/route-interaction.ts';

const SPEC = JSON.parse(readFileSync('test/fixtures/discord-spec/schemas.json', 'utf8')) as { $id: string };
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(SPEC);
const validate = ajv.compile({ $ref: `${SPEC.$id}#/operations/create_interaction_response/schema` });
const schemaErrors = (payload: unknown) =>
	validate(payload) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

/** A MODAL (9) callback as Discord documents it: title ≤ 45, one to five Labels (≤ 45) each wrapping a text input. */
function modalErrors(body: unknown): string[] {
	const b = body as { type: number; data: Record<string, unknown> };
	const out: string[] = [];
	if (b.type !== InteractionResponseType.Modal) out.push(`type ${b.type}`);
	const { custom_id, title, components } = b.data as { custom_id: string; title: string; components: unknown[] };
	if (typeof custom_id !== 'string' || custom_id.length < 1 || custom_id.length > 100) out.push('custom_id');
	if (typeof title !== 'string' || title.length < 1 || title.length > 45) out.push('title');
	if (!Array.isArray(components) || components.length < 1 || components.length > 5) out.push('components');
	for (const c of components as { type: number; label: string; component: Record<string, unknown> }[]) {
		if (c.type !== ComponentType.Label || c.label.length < 1 || c.label.length > 45) out.push('label');
		const input = c.component;
		if (input.type !== ComponentType.TextInput) out.push('text input type');
		if ('label' in input) out.push('a text input inside a Label takes no label');
		if (input.style !== TextInputStyle.Short && input.style !== TextInputStyle.Paragraph) out.push('style');
		if (typeof input.max_length === 'number' && (input.max_length < 1 || input.max_length > 4000)) out.push('max');
		if (typeof input.placeholder === 'string' && input.placeholder.length > 100) out.push('placeholder');
	}
	return out;
}

type Bare = InteractionInput extends infer T ? (T extends unknown ? Omit<T, 'id' | 'guild' | 'user'> : never) : never;
const GUILD = '400000000000000001';
const ADMIN = { id: '400000000000000002', permissions: 1n << 5n };
const loaded = loadContentDir('content');
if (!loaded.glossary) throw new Error('content/ does not load');

describe('feedback, settings and stats through the router', () => {
	let storage: Storage;
	let ctx: CommandContext;
	const router = withStorage(createRouter(COMMANDS));
	let next = 500000000000000000n;
	const run = async (input: Bare & { user?: typeof ADMIN }) => {
		const id = String(next++);
		const guild = await guildFor(GUILD, ctx);
		const full = { user: ADMIN, locale: 'en-US', ...input, id, ...(guild ? { guild } : {}) } as InteractionInput;
		const routed = router.route(full, ctx);
		const outcome: Outcome = await routed.run();
		return { id, ack: routed.ack, outcome, body: callbackBody(routed.ack, outcome) };
	};
	const message = (o: Outcome) => {
		if (o.kind !== 'message') throw new Error(`expected a message, got ${o.kind}`);
		return o.reply;
	};

	beforeAll(async () => {
		const config = { ...parseStorageConfig({}), dataDir: 'memory://', settingsCacheMs: 0 };
		storage = await openStorage({ config, logger: { warn: () => {}, info: () => {} }, hasArticle: () => true });
		ctx = {
			engine: createEngine(loaded.glossary as NonNullable<typeof loaded.glossary>),
			translator: createTranslator(),
			recorder: storage.recorder,
			settings: storage.settings,
			reports: storage.reports,
		};
	}, 60_000);
	afterAll(() => storage?.close());

	it('does the round and the report shows each step', async () => {
		// Ask: an answer with 👍/👎.
		const asked = await run({ kind: 'command', name: 'ask', options: { question: 'what roles are customer-facing?' } });
		const answer = message(asked.outcome);
		expect(answer.status).toBe('answer');
		expect(schemaErrors(asked.body)).toEqual([]);
		const voteIds = answer.message.components.flatMap((r) =>
			r.components.flatMap((c) => ('custom_id' in c && c.custom_id?.startsWith('gbv|') ? [c.custom_id] : [])),
		);
		expect(voteIds.map((v) => decodeVote(v)?.value)).toEqual([1, -1]);
		expect(decodeVote(voteIds[0] ?? '')?.target).toMatchObject({ answerId: asked.id, termId: answer.term?.id });

		// 👍, then a change of mind: 👎 opens the modal, whose text is kept.
		const up = await run({ kind: 'component', customId: voteIds[0] ?? '', values: [], messageEphemeral: true });
		expect(up.ack).toBe('ephemeral');
		expect(schemaErrors(up.body)).toEqual([]);
		const down = await run({ kind: 'component', customId: voteIds[1] ?? '', values: [], messageEphemeral: true });
		expect(down.ack).toBe('modal');
		expect(modalErrors(down.body)).toEqual([]);
		const modal = down.outcome.kind === 'modal' ? down.outcome.modal : undefined;
		const submitted = await run({
			kind: 'modal-submit',
			customId: modal?.custom_id ?? '',
			fields: { looking_for: 'which jobs count as client-facing\u0000' },
		});
		expect(message(submitted.outcome).message.embeds[0]?.description).toContain('Thanks');

		// A question with no answer, and one answered through "did you mean".
		await run({ kind: 'command', name: 'ask', options: { question: 'qwzx vbnmk' } });
		const unsure = await run({ kind: 'command', name: 'define', options: { term: 'brokr' } });
		const suggestion = message(unsure.outcome)
			.message.components.flatMap((r) => r.components)
			.find((c) => 'custom_id' in c && c.custom_id?.startsWith('gb|open|'));
		expect(suggestion, 'a did-you-mean component').toBeDefined();
		const picked = suggestion && 'options' in suggestion ? [suggestion.options[0]?.value ?? ''] : ([] as string[]);
		await run({
			kind: 'component',
			customId: suggestion && 'custom_id' in suggestion ? suggestion.custom_id : '',
			values: picked,
			messageEphemeral: true,
		});

		// /settings: public answers, no votes; the next /define is public and has no 👍/👎.
		const set = await run({ kind: 'command', name: 'settings', options: { answers: 'public', votes: 'false' } });
		expect(schemaErrors(set.body)).toEqual([]);
		expect(JSON.stringify(message(set.outcome).message.embeds)).toContain('visible to the channel');
		const after = await run({ kind: 'command', name: 'define', options: { term: 'back office' } });
		expect(after.ack).toBe('public');
		expect(JSON.stringify(message(after.outcome).message.components)).not.toContain('gbv|');

		// /stats for this server, only to the admin.
		await storage.recorder.queue?.flush();
		const stats = await run({ kind: 'command', name: 'stats', options: { days: '7' } });
		expect(stats.ack).toBe('ephemeral');
		expect(schemaErrors(stats.body)).toEqual([]);
		expect(message(stats.outcome).message.embeds[0]?.description).toMatch(
			/^4 questions: 2 answered, 1 “did you mean”, 1 not found/,
		);

		const report = await storage.reports.report({ since: new Date(Date.now() - 60_000), guildId: GUILD });
		expect(report.totals).toMatchObject({ questions: 4, up: 0, down: 1 });
		expect(report.downvoted[0]).toMatchObject({
			termId: answer.term?.id,
			comments: ['which jobs count as client-facing'],
		});
		expect(report.unanswered.map((g) => g.example)).toEqual(['qwzx vbnmk']);
		expect(report.resolvedByClick[0]).toMatchObject({ question: 'brokr' });
		expect(report.settingsChanges[0]?.change).toEqual({ visibility: 'public', votes: false });
	}, 60_000);
});
