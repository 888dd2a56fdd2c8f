/**
 * Every message the bot can post must be accepted by Discord: for every section of every article in every
 * language, and for define / ask / examples / suggestions / not-found replies in every supported locale plus
 * one we do not support, the rendered payload stays inside Discord's limits, never pings, and shows
 * cross-references as plain text.
 */
import { type APIEmbed, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { type Answer, createEngine, type Suggestion } from '../../src/core/answer/engine.ts';
import type { CommandContext, Outcome } from '../../src/core/command.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { answerSections, type ContentFile, type Glossary } from '../../src/core/content/types.ts';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import {
	CONTENT_LANGUAGES,
	type ResolvedLocale,
	resolveLocale,
	SUPPORTED_LOCALE_LIST,
} from '../../src/core/locales.ts';
import { LIMITS, truncate } from '../../src/core/render/limits.ts';
import { type MessagePayload, type ReplyKind, renderReply } from '../../src/core/render/render-reply.ts';
import { createRouter, type InteractionInput } from '../../src/core/route-interaction.ts';

// Discord's documented limits, written out here rather than read from LIMITS, so a wrong constant is caught too.
const DISCORD = {
	content: 2000,
	embeds: 10,
	title: 256,
	description: 4096,
	fields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footer: 2048,
	authorName: 256,
	embedTotal: 6000,
	actionRows: 5,
	buttonsPerRow: 5,
	customId: 100,
	buttonLabel: 80,
	selectOptions: 25,
	optionLabel: 100,
	optionValue: 100,
	optionDescription: 100,
	placeholder: 150,
} as const;

const files = readContentFiles('content');
const built = buildGlossary(files);
if (!built.glossary) throw new Error('content/ does not load: run `glossary-bot check`');
const glossary: Glossary = built.glossary;
const ctx: CommandContext = { engine: createEngine(glossary), translator: createTranslator() };
const router = createRouter(COMMANDS);
const ASKER = { id: '200000000000000001' };

/** The message an interaction is answered with (every command and click here answers synchronously). */
function answerOf(input: InteractionInput): MessagePayload {
	const outcome = router.route(input, ctx).run() as Outcome;
	if (outcome.kind !== 'message') throw new Error(`${input.kind} did not answer with a message`);
	return outcome.reply.message;
}

// Every locale Discord may send that we serve, and one we do not (Ukrainian: answered in English, with a notice).
const LOCALES: ResolvedLocale[] = [...SUPPORTED_LOCALE_LIST, 'uk'].map((l) => resolveLocale(l));

const embedText = (e: APIEmbed): number =>
	(e.title?.length ?? 0) +
	(e.description?.length ?? 0) +
	(e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) +
	(e.footer?.text.length ?? 0) +
	(e.author?.name.length ?? 0);

/** Everything in a message that Discord would reject, or that would ping, as readable lines (empty = fine). */
function problems(message: MessagePayload): string[] {
	const out: string[] = [];
	const check = (ok: boolean, what: string) => {
		if (!ok) out.push(what);
	};
	check(
		JSON.stringify(message.allowed_mentions) === JSON.stringify({ parse: [] }),
		'allowed_mentions is not { parse: [] }',
	);
	for (const row of message.components)
		for (const c of row.components)
			if (c.type === ComponentType.StringSelect)
				for (const o of c.options) check(o.value.length <= DISCORD.optionValue, `option value ${o.value.length}`);
	if (message.content !== undefined) {
		check(message.content.length <= DISCORD.content, `content ${message.content.length} > ${DISCORD.content}`);
		check(message.content.trim() !== '', 'content is set but blank');
	}
	check(message.embeds.length <= DISCORD.embeds, `${message.embeds.length} embeds`);
	check(message.embeds.length > 0 || !!message.content, 'nothing to show: no content and no embed');
	let total = 0;
	for (const embed of message.embeds) {
		total += embedText(embed);
		check((embed.title?.length ?? 0) <= DISCORD.title, `title ${embed.title?.length}`);
		check((embed.description?.length ?? 0) <= DISCORD.description, `description ${embed.description?.length}`);
		check((embed.fields?.length ?? 0) <= DISCORD.fields, `${embed.fields?.length} fields`);
		check((embed.footer?.text.length ?? 0) <= DISCORD.footer, `footer ${embed.footer?.text.length}`);
		check((embed.author?.name.length ?? 0) <= DISCORD.authorName, 'author name too long');
		for (const field of embed.fields ?? []) {
			check(field.name.length > 0 && field.name.length <= DISCORD.fieldName, `field name ${field.name.length}`);
			check(field.value.length > 0 && field.value.length <= DISCORD.fieldValue, `field value ${field.value.length}`);
			check(!field.value.includes('](/'), `link markup in field: ${field.value.slice(0, 60)}`);
		}
		check(!embed.description?.includes('](/'), 'cross-reference link markup `](/` in description');
		check(!!(embed.title || embed.description), 'embed with neither title nor description');
	}
	check(total <= DISCORD.embedTotal, `embeds hold ${total} characters > ${DISCORD.embedTotal}`);
	check(!message.content?.includes('](/'), 'link markup in content');

	check(message.components.length <= DISCORD.actionRows, `${message.components.length} action rows`);
	// Discord rejects a message in which two components share a custom_id.
	const ids = message.components.flatMap((row) =>
		row.components.flatMap((c) => ('custom_id' in c && typeof c.custom_id === 'string' ? [c.custom_id] : [])),
	);
	check(new Set(ids).size === ids.length, `custom_ids repeat: ${ids.join(', ')}`);
	for (const row of message.components) {
		check(row.type === ComponentType.ActionRow, 'top-level component is not an action row');
		const selects = row.components.filter((c) => c.type === ComponentType.StringSelect);
		const buttons = row.components.filter((c) => c.type === ComponentType.Button);
		check(row.components.length > 0, 'empty action row');
		check(selects.length === 0 || row.components.length === 1, 'a select shares its row');
		check(buttons.length <= DISCORD.buttonsPerRow, `${buttons.length} buttons in a row`);
		for (const button of buttons) {
			if (button.type !== ComponentType.Button) continue;
			const label = 'label' in button ? (button.label ?? '') : '';
			check(label.length > 0 && label.length <= DISCORD.buttonLabel, `button label ${label.length}: ${label}`);
			if (button.style !== ButtonStyle.Link && button.style !== ButtonStyle.Premium) {
				const id = button.custom_id;
				check(id.length > 0 && id.length <= DISCORD.customId, `button custom_id ${id.length}`);
			}
		}
		for (const select of selects) {
			if (select.type !== ComponentType.StringSelect) continue;
			check(
				select.custom_id.length > 0 && select.custom_id.length <= DISCORD.customId,
				`select custom_id ${select.custom_id.length}`,
			);
			check((select.placeholder?.length ?? 0) <= DISCORD.placeholder, `placeholder ${select.placeholder?.length}`);
			const options = select.options;
			check(options.length >= 1 && options.length <= DISCORD.selectOptions, `${options.length} select options`);
			check(new Set(options.map((o) => o.value)).size === options.length, 'two options share a value');
			for (const o of options) {
				check(
					o.label.length > 0 && o.label.length <= DISCORD.optionLabel,
					`option label ${o.label.length}: ${o.label}`,
				);
				check(o.value.length > 0 && o.value.length <= DISCORD.optionValue, `option value ${o.value.length}`);
				check((o.description?.length ?? 0) <= DISCORD.optionDescription, `option description ${o.description?.length}`);
			}
		}
	}
	return out;
}

/** Five suggestions with the longest labels there are: the sections with the longest headings. */
function longestSuggestions(except: string): Suggestion[] {
	const all = glossary.termIds.flatMap((termId) =>
		CONTENT_LANGUAGES.flatMap((lang) => {
			const article = glossary.articles.get(lang)?.get(termId);
			return article ? answerSections(article).map((s) => ({ termId, sectionId: s.id, size: s.heading.length })) : [];
		}),
	);
	const seen = new Set<string>();
	return all
		.filter((s) => s.termId !== except)
		.sort((a, b) => b.size - a.size)
		.filter((s) => {
			const key = `${s.termId}#${s.sectionId}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.slice(0, 5)
		.map(({ termId, sectionId }) => ({ termId, sectionId }));
}

// What users paste: long, full of Markdown, mentions and links.
const HOSTILE_QUERY =
	`${'**bold** _it_ `code` ~~x~~ ||spoiler|| [link](/frontoffice) <@123> @everyone > quote # '.repeat(80)}`.slice(
		0,
		6000,
	);

describe('every section of every article, in every locale', () => {
	for (const locale of LOCALES) {
		it(`${locale.requested}: define and ask replies for every section stay within Discord's limits`, () => {
			let rendered = 0;
			for (const termId of glossary.termIds) {
				const article = ctx.engine.show(termId, undefined, locale.lang)?.article;
				expect(article, termId).toBeDefined();
				for (const section of article ? answerSections(article) : []) {
					for (const kind of ['define', 'ask'] satisfies ReplyKind[]) {
						// The busiest answer there can be: notices, five suggestions, a "show to channel" button.
						const answer: Answer = {
							status: 'answer',
							termId,
							sectionId: section.id,
							matchedLang: locale.lang === 'ru' ? 'en' : 'ru',
							suggestions: longestSuggestions(termId),
						};
						const reply = renderReply(
							{ kind: kind, answer: answer, query: HOSTILE_QUERY, locale: locale, visibility: 'ephemeral' },
							ctx,
						);
						const where = `${locale.requested} ${kind} ${termId}#${section.id}`;
						expect(problems(reply.message), where).toEqual([]);
						expect(reply.section?.id, where).toBe(section.id);
						// The section itself, in the asker's language (English where the locale is not ours).
						expect(reply.message.embeds[0]?.description, where).toContain(section.markdown.slice(0, 60));
						rendered++;
					}
				}
			}
			expect(rendered).toBeGreaterThan(glossary.termIds.length * 2 * 5);
		});
	}
});

describe('define, ask, examples, suggestions and not-found replies, in every locale', () => {
	for (const locale of LOCALES) {
		it(`${locale.requested}: examples of every term`, () => {
			for (const termId of glossary.termIds) {
				const answer: Answer = { status: 'answer', termId, suggestions: [] };
				const reply = renderReply(
					{ kind: 'examples', answer: answer, query: termId, locale: locale, visibility: 'ephemeral' },
					ctx,
				);
				expect(problems(reply.message), `${locale.requested} examples ${termId}`).toEqual([]);
			}
		});

		it(`${locale.requested}: "did you mean" with the five longest suggestions, and "nothing found" for a 6000-character paste`, () => {
			for (const kind of ['define', 'ask', 'examples'] satisfies ReplyKind[]) {
				const suggestions = longestSuggestions('');
				const asked = renderReply(
					{
						kind: kind,
						answer: { status: 'suggestions', suggestions },
						query: HOSTILE_QUERY,
						locale: locale,
						visibility: 'ephemeral',
					},
					ctx,
				);
				expect(asked.status).toBe('suggestions');
				expect(problems(asked.message), `${locale.requested} ${kind} suggestions`).toEqual([]);
				// One button per suggestion, so each can be opened.
				expect(asked.message.components.flatMap((r) => r.components)).toHaveLength(5);

				const missed = renderReply(
					{
						kind: kind,
						answer: { status: 'not-found', suggestions: [] },
						query: HOSTILE_QUERY,
						locale: locale,
						visibility: 'ephemeral',
					},
					ctx,
				);
				expect(missed.status).toBe('not-found');
				expect(problems(missed.message), `${locale.requested} ${kind} not-found`).toEqual([]);

				const empty = renderReply(
					{
						kind: kind,
						answer: { status: 'not-found', suggestions: [], empty: true },
						query: '',
						locale: locale,
						visibility: 'ephemeral',
					},
					ctx,
				);
				expect(problems(empty.message), `${locale.requested} ${kind} empty`).toEqual([]);
			}
		});

		it(`${locale.requested}: replies to the slash commands themselves, and to every click on them`, () => {
			const inputs: [string, Record<string, string>][] = [
				['define', { term: 'customer-facing' }],
				['define', { term: 'Kundenkontackt' }],
				['define', { term: 'agent' }],
				['define', { term: HOSTILE_QUERY.slice(0, 200) }],
				['ask', { question: 'what roles are client-facing?' }],
				['ask', { question: 'vilka roller är kundinriktade?' }],
				['ask', { question: HOSTILE_QUERY }],
				['ask', { question: '   ' }],
				['examples', { term: 'realtor' }],
				['examples', { term: 'customer-facing#types' }],
				['examples', { term: 'zzzz' }],
				['terms', {}],
				['terms', { filter: 'k' }],
				['terms', { filter: 'office' }],
				['terms', { filter: HOSTILE_QUERY.slice(0, 50) }],
				['help', {}],
			];
			for (const [name, options] of inputs) {
				const message = answerOf({ kind: 'command', name, options, locale: locale.requested, user: ASKER });
				const where = `${locale.requested} /${name} ${JSON.stringify(options).slice(0, 60)}`;
				expect(problems(message), where).toEqual([]);
				// Whatever the message offers must itself lead to a valid message.
				for (const row of message.components) {
					for (const component of row.components) {
						if (!('custom_id' in component) || typeof component.custom_id !== 'string') continue;
						const values = 'options' in component && component.options ? component.options.map((o) => o.value) : [''];
						for (const value of values) {
							const click = answerOf({
								kind: 'component',
								customId: component.custom_id,
								values: value === '' ? [] : [value],
								locale: locale.requested,
								guildLocale: 'de',
								messageEphemeral: true,
								user: ASKER,
							});
							expect(problems(click), `${where} → ${component.custom_id} ${value}`).toEqual([]);
						}
					}
				}
			}
		});
	}
});

describe('an over-long section', () => {
	const words = ['settlement', 'clearing', 'reconciliation', 'компания', 'Kundenkontakt', 'är', 'a', 'of', 'the'];
	const sentence = (i: number) =>
		`${Array.from({ length: 6 + (i % 17) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ')}.`;
	let text = '';
	for (let i = 0; text.length < 10_000; i++)
		text += i % 9 === 8 ? `\n\n- item ${i} ${sentence(i)}\n- ${sentence(i + 1)}\n\n` : `${sentence(i)} `;
	const long = text.slice(0, 10_000);

	it('is cut to fit the embed when rendered, with an ellipsis, in English and where English stands in', () => {
		const source = [
			'---',
			'id: long-read',
			'lang: en',
			'title: Long Read',
			'description: A term whose definition is far longer than Discord allows.',
			'related: [frontoffice]',
			'---',
			'',
			'## What is a long read? {#definition}',
			'',
			long,
			'',
		].join('\n');
		const withLong: ContentFile[] = [...files, { path: 'en/long-read.md', source }];
		const result = buildGlossary(withLong);
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		if (!result.glossary) return;
		const longCtx: CommandContext = { engine: createEngine(result.glossary), translator: createTranslator() };
		for (const locale of LOCALES) {
			const answer: Answer = { status: 'answer', termId: 'long-read', sectionId: 'definition', suggestions: [] };
			const reply = renderReply(
				{ kind: 'define', answer: answer, query: 'long read', locale: locale, visibility: 'ephemeral' },
				longCtx,
			);
			expect(problems(reply.message), locale.requested).toEqual([]);
			const description = reply.message.embeds[0]?.description ?? '';
			expect(description.endsWith('…'), locale.requested).toBe(true);
			expect(description.length).toBeGreaterThan(DISCORD.description / 2);
		}
	});
});

describe('truncate', () => {
	// A 10,000-character section made of real content: every English section, one after another.
	const real = [...(glossary.articles.get('en')?.values() ?? [])]
		.flatMap((a) => answerSections(a).map((s) => s.markdown))
		.join('\n\n')
		.slice(0, 10_000);

	const WORD_CHAR = /[\p{L}\p{N}]/u;
	const SENTENCE_END = /[.!?…]$/u;
	const boundaryAfter = (rest: string) => /^\s*\n\s*[-*]\s/.test(rest) || /^\s*\n\s*\n/.test(rest) || rest === '';

	function checkCut(text: string, max: number) {
		const out = truncate(text, max);
		const where = `max ${max}`;
		expect(out.length, where).toBeLessThanOrEqual(max);
		if (text.length <= max) {
			expect(out).toBe(text);
			return;
		}
		expect(out.endsWith('…'), where).toBe(true);
		const kept = out.slice(0, -1).trimEnd();
		expect(text.startsWith(kept), `${where}: kept text is the start of the section`).toBe(true);
		// Never inside a word: a word character on both sides of the cut would mean a split word.
		const split = WORD_CHAR.test(kept.slice(-1)) && WORD_CHAR.test(text.charAt(kept.length));
		expect(
			split,
			`${where}: cut inside a word at …${kept.slice(-20)}|${text.slice(kept.length, kept.length + 20)}`,
		).toBe(false);
		return { kept, rest: text.slice(kept.length) };
	}

	it('cuts a 10,000-character section at a sentence or list-item boundary, never mid-word, within the limit', () => {
		expect(real.length).toBe(10_000);
		const limits = new Set<number>([LIMITS.embedDescription, LIMITS.content, LIMITS.fieldValue, LIMITS.embedTitle]);
		for (let max = 300; max < 10_000; max += 37) limits.add(max);
		for (const max of limits) {
			const cut = checkCut(real, max);
			if (!cut) continue;
			const { kept, rest } = cut;
			expect(
				SENTENCE_END.test(kept) || boundaryAfter(rest),
				`max ${max}: not a sentence or list boundary: …${kept.slice(-40)}|${rest.slice(0, 20)}`,
			).toBe(true);
			// The room is used: at least half of it holds text.
			expect(kept.length, `max ${max}`).toBeGreaterThanOrEqual(max / 2);
		}
	});

	it('never cuts mid-word and always fits, for every length from 40 to 600, in several scripts', () => {
		for (const text of [
			real,
			wordy(),
			'Бэк-офис — это часть компании. '.repeat(400),
			'kundinriktad roll, '.repeat(600),
		]) {
			for (let max = 40; max <= 600; max++) checkCut(text, max);
		}
	});

	it('leaves text that fits untouched', () => {
		expect(truncate('Short.', 100)).toBe('Short.');
		expect(truncate(real.slice(0, 4096), 4096)).toBe(real.slice(0, 4096));
	});

	function wordy(): string {
		let s = '';
		for (let i = 0; s.length < 10_000; i++) s += `${'word'.repeat(1 + (i % 5))} ${i % 11 === 0 ? '\n- ' : ''}`;
		return s;
	}
});
