import { ButtonStyle } from 'discord-api-types/v10';
import type { Engine } from '../answer/engine.ts';
import type { ContentLanguage, ResolvedLocale } from '../locales.ts';
import { foldName } from '../text/normalize.ts';
import { button, buttonRow, rows, select } from './components.ts';
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

/** `/terms`: the glossary in the asker's language and alphabetical order, a page at a time. */
export function browseReply(request: BrowseRequest, ctx: LayoutContext): Reply {
	const { locale } = request;
	const lang = locale.lang;
	const t = ctx.translator.replies(locale.locale);
	const all = entries(ctx.engine, lang);
	const text = request.filter ? foldName(request.filter) : '';
	const typed = request.filter?.trim() ?? '';
	// One character is a letter to jump to, compared in the language's own order (Swedish Ö is not O).
	const jump = request.letter ?? ([...typed].length === 1 ? typed : undefined);
	const filtered = text.length > 1 ? all.filter((e) => e.folded.includes(text)) : all;
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	const jumped = jump ? filtered.findIndex((e) => collator.compare(e.letter, jump) >= 0) : -1;
	const start = jump ? Math.max(0, jumped === -1 ? filtered.length - 1 : jumped) : request.offset;
	const offset = Math.min(Math.max(0, start - (start % PAGE_SIZE)), Math.max(0, filtered.length - 1));
	const page = filtered.slice(offset, offset + PAGE_SIZE);
	const keep = text.length > 1 ? { filter: request.filter?.replace(/\|/g, '').slice(0, 50) } : {};
	const lines = page.map((e) => `**${e.title}** — ${truncate(e.description, DESCRIPTION_CHARS)}`);
	const description =
		page.length > 0
			? lines.join('\n')
			: t('terms.none', { filter: escapeMarkdown(truncate(request.filter ?? '', 100)) });
	const footer =
		page.length > 0
			? t('terms.page', { from: offset + 1, to: offset + page.length, total: filtered.length })
			: undefined;
	const letters = [...new Set(filtered.map((e) => e.letter))];
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
	const components = rows([
		select(
			{ action: 'open', lang },
			t('components.openTerm'),
			page.map((e) => ({ label: e.title, value: e.id, description: truncate(e.description, DESCRIPTION_CHARS) })),
		),
		// A select holds 25 options: past that many letters, the list is still reachable by paging.
		letters.length > 1
			? select(
					{ action: 'letter', lang },
					t('components.letter'),
					letters.slice(0, LIMITS.selectOptions).map((l) => ({ label: l, value: l })),
				)
			: undefined,
		paging,
	]);
	return {
		status: page.length > 0 ? 'answer' : 'not-found',
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
			components,
		),
		ephemeral: true,
	};
}
