import { ButtonStyle } from 'discord-api-types/v10';
import type { Engine } from '../answer/engine.ts';
import type { Translate } from '../i18n/translator.ts';
import type { ContentLanguage, ResolvedLocale } from '../locales.ts';
import { foldName } from '../text/normalize.ts';
import { button, buttonRow, rows, select } from './components.ts';
import { MAX_FILTER } from './custom-id.ts';
import { BRAND_COLOR, type LayoutContext } from './embed-layout.ts';
import { escapeMarkdown, LIMITS, truncate } from './limits.ts';
import { fallbackNotice, message, type Reply } from './render-reply.ts';

/** Terms per page: one select holds them all, and the list stays readable on a phone. */
export const PAGE_SIZE = 10;
const DESCRIPTION_CHARS = 90;

interface Entry {
	id: string;
	title: string;
	description: string;
	folded: string;
	letter: string;
}

// The glossary's titles in each language's order, built once per engine and language (a reload brings a new engine).
const listed = new WeakMap<Engine, Map<ContentLanguage, Entry[]>>();

function entries(engine: Engine, lang: ContentLanguage): Entry[] {
	let perLang = listed.get(engine);
	if (!perLang) {
		perLang = new Map();
		listed.set(engine, perLang);
	}
	const known = perLang.get(lang);
	if (known) return known;
	const list = engine.sortedTerms(lang).flatMap((id) => {
		const article = engine.show(id, undefined, lang)?.article;
		if (!article) return [];
		const letter = article.title.charAt(0).toLocaleUpperCase(lang);
		return [{ id, title: article.title, description: article.description, folded: foldName(article.title), letter }];
	});
	perLang.set(lang, list);
	return list;
}

export interface BrowseRequest {
	locale: ResolvedLocale;
	offset: number;
	/** Text the titles must contain; one character jumps to that letter instead. */
	filter?: string;
	/** Jump to the first term at or after this letter. */
	letter?: string;
}

interface Page {
	filtered: Entry[];
	offset: number;
	entries: Entry[];
	/** The filter paging buttons carry along (text filters only; a letter jump is done once). */
	keep: { filter?: string };
}

/** Which slice of the (filtered) list to show: from the offset, or from the first term at a letter. */
function pageOf(all: Entry[], request: BrowseRequest, lang: ContentLanguage): Page {
	const text = request.filter ? foldName(request.filter) : '';
	const typed = request.filter?.trim() ?? '';
	// One character is a letter to jump to, compared in the language's own order (Swedish Ö is not O).
	const jump = request.letter ?? ([...typed].length === 1 ? typed : undefined);
	const filtered = text.length > 1 ? all.filter((e) => e.folded.includes(text)) : all;
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	const jumped = jump ? filtered.findIndex((e) => collator.compare(e.letter, jump) >= 0) : -1;
	const start = jump ? Math.max(0, jumped === -1 ? filtered.length - 1 : jumped) : request.offset;
	const offset = Math.min(Math.max(0, start - (start % PAGE_SIZE)), Math.max(0, filtered.length - 1));
	const keep = text.length > 1 ? { filter: (request.filter ?? '').replace(/\|/g, '').slice(0, MAX_FILTER) } : {};
	return { filtered, offset, entries: filtered.slice(offset, offset + PAGE_SIZE), keep };
}

/** At most 25 letters fit a select: past that, evenly spread ones (paging reaches those between). */
function letterChoices(filtered: Entry[]): string[] {
	const letters = [...new Set(filtered.map((e) => e.letter))];
	const max = LIMITS.selectOptions;
	if (letters.length <= max) return letters;
	return Array.from({ length: max }, (_, i) => letters[Math.round((i * (letters.length - 1)) / (max - 1))] ?? '');
}

function browseRows(page: Page, lang: ContentLanguage, t: Translate) {
	const { offset, keep, filtered } = page;
	const letters = letterChoices(filtered);
	const paging =
		filtered.length > PAGE_SIZE
			? buttonRow([
					button(
						{ action: 'page', lang, offset: Math.max(0, offset - PAGE_SIZE), ...keep },
						t('components.previous'),
						ButtonStyle.Secondary,
						offset === 0,
					),
					button(
						{ action: 'page', lang, offset: offset + PAGE_SIZE, ...keep },
						t('components.next'),
						ButtonStyle.Secondary,
						offset + PAGE_SIZE >= filtered.length,
					),
				])
			: undefined;
	return rows([
		select(
			{ action: 'open', lang },
			t('components.openTerm'),
			page.entries.map((e) => ({
				label: e.title,
				value: e.id,
				description: truncate(e.description, DESCRIPTION_CHARS),
			})),
		),
		letters.length > 1
			? select(
					{ action: 'letter', lang },
					t('components.letter'),
					letters.map((l) => ({ label: l, value: l })),
				)
			: undefined,
		paging,
	]);
}

/** `/terms`: the glossary in the asker's language and alphabetical order, a page at a time. */
export function browseReply(request: BrowseRequest, ctx: LayoutContext): Reply {
	const { locale } = request;
	const lang = locale.lang;
	const t = ctx.translator.replies(locale.locale);
	const page = pageOf(entries(ctx.engine, lang), request, lang);
	const { offset, entries: shown, filtered } = page;
	const description =
		shown.length > 0
			? shown.map((e) => `**${e.title}** — ${truncate(e.description, DESCRIPTION_CHARS)}`).join('\n')
			: t('terms.none', { filter: escapeMarkdown(truncate(request.filter ?? '', 100)) });
	const footer =
		shown.length > 0
			? t('terms.page', { from: offset + 1, to: offset + shown.length, total: filtered.length })
			: undefined;
	return {
		status: shown.length > 0 ? 'answer' : 'not-found',
		locale: lang,
		term: null,
		section: null,
		message: message(
			fallbackNotice(locale, ctx),
			{
				title: truncate(t('terms.title', { count: filtered.length }), LIMITS.embedTitle),
				description: truncate(description, LIMITS.embedDescription),
				color: BRAND_COLOR,
				...(footer ? { footer: { text: footer } } : {}),
			},
			browseRows(page, lang, t),
		),
		ephemeral: true,
	};
}
