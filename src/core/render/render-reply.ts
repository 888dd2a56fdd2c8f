import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIComponentInMessageActionRow,
	type APIEmbed,
	type APISelectMenuOption,
	ButtonStyle,
	ComponentType,
	MessageFlags,
} from 'discord-api-types/v10';
import type { Answer, Engine, Shown, Suggestion } from '../answer/engine.ts';
import { answerSections } from '../content/types.ts';
import type { Translator } from '../i18n/translator.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, LOCALE_FOR_LANGUAGE, type ResolvedLocale } from '../locales.ts';
import { encodeCustomId } from './custom-id.ts';
import { escapeMarkdown, LIMITS, truncate } from './limits.ts';

/** A Discord message as plain data: the body of an interaction reply, a webhook edit or a channel message. */
export interface MessagePayload {
	content?: string;
	embeds: APIEmbed[];
	components: APIActionRowComponent<APIComponentInMessageActionRow>[];
	// Replies never ping: the text may quote users, roles or @everyone.
	allowed_mentions: { parse: [] };
	flags?: number;
}

export type ReplyStatus = Answer['status'];

/** What every front door (slash command, HTTP endpoint, CLI `--json`) gets for one question. */
export interface Reply {
	status: ReplyStatus;
	/** Content language the answer is shown in. */
	locale: ContentLanguage;
	term: { id: string; title: string } | null;
	section: { id: string; heading: string; text: string } | null;
	message: MessagePayload;
	/** True when the answer should be visible only to the asker. */
	ephemeral: boolean;
}

export interface RenderContext {
	engine: Engine;
	translator: Translator;
}

export type ReplyKind = 'define' | 'ask' | 'examples';

const BRAND_COLOR = 0x3b82f6;
const SUGGESTION_COLOR = 0xf59e0b;

export interface RenderOptions {
	ephemeral: boolean;
	/** Whether to offer "show to channel" (only on answers only the asker sees). */
	offerShow?: boolean;
}

export function renderReply(
	kind: ReplyKind,
	answer: Answer,
	query: string,
	locale: ResolvedLocale,
	ctx: RenderContext,
	options: RenderOptions,
): Reply {
	const t = ctx.translator.replies(locale.locale);
	const notices: string[] = [];
	if (locale.fallback) {
		// Said in English: the asker's language is the one we do not have.
		notices.push(
			ctx.translator.replies('en-US')('notice.localeFallback', {
				requested: ctx.translator.languageName('en-US', locale.requested),
			}),
		);
	}
	if (answer.status === 'answer' && answer.termId) {
		const shown = ctx.engine.show(answer.termId, answer.sectionId, locale.lang);
		if (shown) {
			if (shown.untranslated) {
				notices.push(t('notice.untranslated', { language: ctx.translator.languageName(locale.locale, locale.lang) }));
			}
			if (answer.matchedLang && answer.matchedLang !== locale.lang && kind === 'ask') {
				notices.push(
					t('notice.matchedIn', { language: ctx.translator.languageName(locale.locale, answer.matchedLang) }),
				);
			}
			return kind === 'examples'
				? renderExamples(shown, locale, ctx, options, notices)
				: renderSection(kind, shown, locale, ctx, options, notices, answer.suggestions);
		}
	}
	return renderMiss(answer, query, locale, ctx, options, notices);
}

function noticeContent(notices: string[]): string | undefined {
	// `-# ` is Discord's small grey subtext line.
	return notices.length > 0 ? truncate(notices.map((n) => `-# ℹ️ ${n}`).join('\n'), LIMITS.content) : undefined;
}

function flagsFor(options: RenderOptions): { flags?: number } {
	return options.ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}

/** The message every reply sends: notices as subtext, one embed, its components, and never a ping. */
function message(
	notices: string[],
	embed: APIEmbed,
	components: APIActionRowComponent<APIComponentInMessageActionRow>[],
	options: RenderOptions,
): MessagePayload {
	const content = noticeContent(notices);
	return {
		...(content ? { content } : {}),
		embeds: [embed],
		components: components.slice(0, LIMITS.actionRows),
		allowed_mentions: { parse: [] },
		...flagsFor(options),
	};
}

function headingPath(shown: Shown): string {
	const { article, section } = shown;
	const parent = section.parentId ? article.sections.find((s) => s.id === section.parentId) : undefined;
	return [article.title, parent?.heading, section.id === 'definition' ? undefined : section.heading]
		.filter((p): p is string => !!p)
		.join(' › ');
}

function relatedTitles(termId: string, lang: ContentLanguage, ctx: RenderContext): { id: string; title: string }[] {
	return (ctx.engine.glossary.related.get(termId) ?? []).flatMap((id) => {
		const title = ctx.engine.show(id, undefined, lang)?.article.title;
		return title ? [{ id, title }] : [];
	});
}

function renderSection(
	kind: ReplyKind,
	shown: Shown,
	locale: ResolvedLocale,
	ctx: RenderContext,
	options: RenderOptions,
	notices: string[],
	suggestions: Suggestion[],
): Reply {
	const t = ctx.translator.replies(locale.locale);
	const { article, section } = shown;
	const lang = shown.article.lang;
	const sections = answerSections(article);
	const lead = kind === 'define' && section.id === 'definition' ? `*${article.description}*\n\n` : '';
	const related = relatedTitles(article.id, lang, ctx);
	const relatedLine = related.map((r) => r.title).join(' · ');
	const footer = t('footer', {
		language: ctx.translator.languageName(LOCALE_FOR_LANGUAGE[lang], lang),
		position: sections.indexOf(section) + 1,
		total: sections.length,
		sectionId: section.id,
	});
	const title = truncate(headingPath(shown), LIMITS.embedTitle);
	const field = relatedLine ? [{ name: t('related'), value: truncate(relatedLine, LIMITS.fieldValue) }] : [];
	const fixed = title.length + footer.length + field.reduce((n, f) => n + f.name.length + f.value.length, 0);
	const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - fixed);
	const embed: APIEmbed = {
		title,
		description: truncate(`${lead}${section.markdown}`, room),
		color: BRAND_COLOR,
		...(field.length > 0 ? { fields: field } : {}),
		footer: { text: footer },
	};
	const rows = [
		sectionSelect(article.id, sections, section.id, lang, t),
		relatedSelect(related, lang, t),
		languageSelect(article.id, section.id, lang, locale, ctx, t),
		buttonRow(
			[
				...(options.offerShow ? [showButton(article.id, section.id, lang, t)] : []),
				...suggestionButtons(suggestions.filter((s) => s.termId !== article.id).slice(0, 3), lang, ctx),
			].filter((b): b is APIButtonComponent => b !== undefined),
		),
	].filter((r): r is APIActionRowComponent<APIComponentInMessageActionRow> => r !== undefined);
	return {
		status: 'answer',
		locale: lang,
		term: { id: article.id, title: article.title },
		section: { id: section.id, heading: section.heading, text: section.markdown },
		message: message(notices, embed, rows, options),
		ephemeral: options.ephemeral,
	};
}

function renderExamples(
	shown: Shown,
	locale: ResolvedLocale,
	ctx: RenderContext,
	options: RenderOptions,
	notices: string[],
): Reply {
	const t = ctx.translator.replies(locale.locale);
	const { article } = shown;
	const lang = shown.article.lang;
	const list = article.examples.map((e) => `- ${e}`).join('\n');
	const footer = t('examplesFooter', {
		language: ctx.translator.languageName(LOCALE_FOR_LANGUAGE[lang], lang),
		count: article.examples.length,
	});
	const embed: APIEmbed = {
		title: truncate(t('examplesTitle', { term: article.title }), LIMITS.embedTitle),
		description: truncate(list || t('examplesEmpty', { term: article.title }), LIMITS.embedDescription),
		color: BRAND_COLOR,
		footer: { text: footer },
	};
	const rows = [
		relatedSelect(relatedTitles(article.id, lang, ctx), lang, t),
		buttonRow(
			[
				...(options.offerShow ? [showButton(article.id, undefined, lang, t, 'ex')] : []),
				openButton(article.id, undefined, article.title, lang),
			].filter((b): b is APIButtonComponent => b !== undefined),
		),
	].filter((r): r is APIActionRowComponent<APIComponentInMessageActionRow> => r !== undefined);
	return {
		status: 'answer',
		locale: lang,
		term: { id: article.id, title: article.title },
		section: null,
		message: message(notices, embed, rows, options),
		ephemeral: options.ephemeral,
	};
}

function renderMiss(
	answer: Answer,
	query: string,
	locale: ResolvedLocale,
	ctx: RenderContext,
	options: RenderOptions,
	notices: string[],
): Reply {
	const t = ctx.translator.replies(locale.locale);
	const lang = locale.lang;
	const quoted = escapeMarkdown(truncate(query.replace(/\s+/g, ' ').trim(), 100));
	const suggestions = answer.suggestions.flatMap((s) => {
		const shown = ctx.engine.show(s.termId, s.sectionId, lang);
		if (!shown) return [];
		const label =
			s.sectionId && s.sectionId !== 'definition'
				? `${shown.article.title} › ${shown.section.heading}`
				: shown.article.title;
		return [{ s, label }];
	});
	const hasSuggestions = answer.status === 'suggestions' && suggestions.length > 0;
	const sample = ctx.engine
		.sortedTerms(lang)
		.slice(0, 3)
		.map((id) => ctx.engine.show(id, undefined, lang)?.article.title)
		.filter((x): x is string => !!x)
		.join(', ');
	const embed: APIEmbed = hasSuggestions
		? {
				title: t('suggestions.title'),
				description: truncate(
					`${t('suggestions.description', { query: quoted })}\n${suggestions.map((x) => `- ${x.label}`).join('\n')}`,
					LIMITS.embedDescription,
				),
				color: SUGGESTION_COLOR,
			}
		: {
				title: t(answer.empty ? 'errors.empty' : 'notFound.title'),
				...(answer.empty
					? {}
					: {
							description: truncate(
								t('notFound.description', { query: quoted, examples: sample }),
								LIMITS.embedDescription,
							),
						}),
				color: SUGGESTION_COLOR,
			};
	const rows = hasSuggestions
		? [
				buttonRow(
					suggestions
						.slice(0, LIMITS.buttonsPerRow)
						.map((x) => openButton(x.s.termId, x.s.sectionId, x.label, lang))
						.filter((b): b is APIButtonComponent => b !== undefined),
				),
			].filter((r): r is APIActionRowComponent<APIComponentInMessageActionRow> => r !== undefined)
		: [];
	return {
		status: hasSuggestions ? 'suggestions' : 'not-found',
		locale: lang,
		term: null,
		section: null,
		message: message(notices, embed, rows, options),
		ephemeral: options.ephemeral,
	};
}

type T = ReturnType<Translator['replies']>;

function buttonRow(buttons: APIButtonComponent[]): APIActionRowComponent<APIComponentInMessageActionRow> | undefined {
	if (buttons.length === 0) return undefined;
	return { type: ComponentType.ActionRow, components: buttons.slice(0, LIMITS.buttonsPerRow) };
}

function openButton(
	termId: string,
	sectionId: string | undefined,
	label: string,
	lang: ContentLanguage,
): APIButtonComponent | undefined {
	const custom_id = encodeCustomId({ action: 'open', lang, termId, ...(sectionId ? { sectionId } : {}) });
	if (!custom_id) return undefined;
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Secondary,
		label: truncate(label, LIMITS.buttonLabel),
		custom_id,
	};
}

function suggestionButtons(suggestions: Suggestion[], lang: ContentLanguage, ctx: RenderContext): APIButtonComponent[] {
	return suggestions.flatMap((s) => {
		const shown = ctx.engine.show(s.termId, s.sectionId, lang);
		if (!shown) return [];
		const label =
			s.sectionId && s.sectionId !== 'definition'
				? `${shown.article.title} › ${shown.section.heading}`
				: shown.article.title;
		const button = openButton(s.termId, s.sectionId, label, lang);
		return button ? [button] : [];
	});
}

function showButton(
	termId: string,
	sectionId: string | undefined,
	lang: ContentLanguage,
	t: T,
	action: 'show' | 'ex' = 'show',
): APIButtonComponent | undefined {
	const custom_id = encodeCustomId({ action, lang, termId, ...(sectionId ? { sectionId } : {}) });
	if (!custom_id) return undefined;
	return {
		type: ComponentType.Button,
		style: ButtonStyle.Primary,
		label: truncate(t('components.showToChannel'), LIMITS.buttonLabel),
		custom_id,
	};
}

function select(
	custom_id: string | undefined,
	placeholder: string,
	options: APISelectMenuOption[],
): APIActionRowComponent<APIComponentInMessageActionRow> | undefined {
	if (!custom_id || options.length === 0) return undefined;
	return {
		type: ComponentType.ActionRow,
		components: [
			{
				type: ComponentType.StringSelect,
				custom_id,
				placeholder: truncate(placeholder, 150),
				options: options.slice(0, LIMITS.selectOptions),
			},
		],
	};
}

function sectionSelect(
	termId: string,
	sections: { id: string; heading: string }[],
	current: string,
	lang: ContentLanguage,
	t: T,
) {
	const others = sections.filter((s) => s.id !== current);
	// Its own custom id: Discord rejects a message whose components share one.
	return select(
		encodeCustomId({ action: 'open', lang, termId }),
		t('components.sectionsPlaceholder'),
		others.map((s) => ({ label: truncate(s.heading, LIMITS.selectOptionLabel), value: `${termId}#${s.id}` })),
	);
}

function relatedSelect(related: { id: string; title: string }[], lang: ContentLanguage, t: T) {
	return select(
		encodeCustomId({ action: 'open', lang }),
		t('components.relatedPlaceholder'),
		related.map((r) => ({ label: truncate(r.title, LIMITS.selectOptionLabel), value: r.id })),
	);
}

function languageSelect(
	termId: string,
	sectionId: string,
	lang: ContentLanguage,
	locale: ResolvedLocale,
	ctx: RenderContext,
	t: T,
) {
	const available = CONTENT_LANGUAGES.filter((l) => l !== lang && ctx.engine.glossary.articles.get(l)?.has(termId));
	return select(
		encodeCustomId({ action: 'lang', lang, termId, sectionId }),
		t('components.languagePlaceholder'),
		available.map((l) => ({
			label: ctx.translator.languageName(LOCALE_FOR_LANGUAGE[l], l),
			description: truncate(ctx.translator.languageName(locale.locale, l), LIMITS.selectOptionDescription),
			value: l,
		})),
	);
}

/** A short localized message (an apology, an expired button), visible only to the person concerned. */
export function renderNotice(
	key: 'errors.generic' | 'errors.expired' | 'errors.empty',
	locale: ResolvedLocale,
	ctx: RenderContext,
): Reply {
	const t = ctx.translator.replies(locale.locale);
	return {
		status: 'not-found',
		locale: locale.lang,
		term: null,
		section: null,
		message: {
			embeds: [{ description: t(key), color: SUGGESTION_COLOR }],
			components: [],
			allowed_mentions: { parse: [] },
			flags: MessageFlags.Ephemeral,
		},
		ephemeral: true,
	};
}
