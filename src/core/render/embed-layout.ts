import type { APIEmbed, APISelectMenuOption } from 'discord-api-types/v10';
import type { Answer, Engine, Shown } from '../answer/engine.ts';
import { answerSections, type Section } from '../content/types.ts';
import type { Translate, Translator } from '../i18n/translator.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, LOCALE_FOR_LANGUAGE, type ResolvedLocale } from '../locales.ts';
import { button, type Row, select } from './components.ts';
import { openTarget } from './custom-id.ts';
import { escapeMarkdown, LIMITS, truncate } from './limits.ts';

export const BRAND_COLOR = 0x3b82f6;
export const SUGGESTION_COLOR = 0xf59e0b;

export interface LayoutContext {
	engine: Engine;
	translator: Translator;
}

/** An embed and the rows that belong to its content (not the asker's own buttons, which the policy adds). */
export interface Layout {
	embed: APIEmbed;
	rows: (Row | undefined)[];
}

/** The definition opens an article: it is shown under the title alone, with the description above it. */
const isOpening = (section: Section) => section.kinds.includes('definition');

function headingPath(shown: Shown): string {
	const { article, section } = shown;
	const parent = section.parentId ? article.sections.find((s) => s.id === section.parentId) : undefined;
	return [article.title, parent?.heading, isOpening(section) ? undefined : section.heading]
		.filter((p): p is string => !!p)
		.join(' › ');
}

export function relatedTitles(
	termId: string,
	lang: ContentLanguage,
	ctx: LayoutContext,
): { id: string; title: string }[] {
	return (ctx.engine.glossary.related.get(termId) ?? []).flatMap((id) => {
		const title = ctx.engine.titleOf(id, lang);
		return title ? [{ id, title }] : [];
	});
}

/** One section in the sections select; `default` set, not spread in (see openTarget in custom-id.ts). */
function sectionOption(label: string, value: string, current: boolean): APISelectMenuOption {
	const option: APISelectMenuOption = { label, value };
	if (current) option.default = true;
	return option;
}

/** A label for a term or one of its sections: "Kundvändande › Typer av roller". */
export function suggestionLabel(
	termId: string,
	sectionId: string | undefined,
	lang: ContentLanguage,
	ctx: LayoutContext,
) {
	const shown = ctx.engine.show(termId, sectionId, lang);
	if (!shown) return undefined;
	return sectionId && !isOpening(shown.section)
		? `${shown.article.title} › ${shown.section.heading}`
		: shown.article.title;
}

export function sectionLayout(
	kind: 'define' | 'ask',
	shown: Shown,
	locale: ResolvedLocale,
	ctx: LayoutContext,
	t: Translate,
): Layout {
	const { article, section } = shown;
	const lang = article.lang;
	const sections = answerSections(article);
	const lead = kind === 'define' && isOpening(section) ? `*${article.description}*\n\n` : '';
	const related = relatedTitles(article.id, lang, ctx);
	const relatedLine = related.map((r) => r.title).join(' · ');
	// The heading, never the section's id: ids are for authors, headings are what readers know.
	const footer = truncate(
		t('footer', {
			language: ctx.translator.languageName(LOCALE_FOR_LANGUAGE[lang], lang),
			position: sections.indexOf(section) + 1,
			total: sections.length,
			heading: section.heading,
		}),
		LIMITS.footer,
	);
	const title = truncate(headingPath(shown), LIMITS.embedTitle);
	const field = relatedLine ? [{ name: t('related'), value: truncate(relatedLine, LIMITS.fieldValue) }] : [];
	const fixed = title.length + footer.length + field.reduce((n, f) => n + f.name.length + f.value.length, 0);
	const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - fixed);
	return {
		embed: {
			title,
			description: truncate(`${lead}${section.markdown}`, room),
			color: BRAND_COLOR,
			...(field.length > 0 ? { fields: field } : {}),
			footer: { text: footer },
		},
		rows: [
			select(
				{ action: 'open', lang, termId: article.id },
				t('components.sectionsPlaceholder'),
				// The section shown stays in the list, marked as the current one.
				sections.map((s) => sectionOption(s.heading, `${article.id}#${s.id}`, s.id === section.id)),
			),
			select(
				{ action: 'open', lang },
				t('components.relatedPlaceholder'),
				related.map((r) => ({ label: r.title, value: r.id })),
			),
			languageSelect(article.id, section.id, lang, locale, ctx, t),
		],
	};
}

function languageSelect(
	termId: string,
	sectionId: string,
	lang: ContentLanguage,
	locale: ResolvedLocale,
	ctx: LayoutContext,
	t: Translate,
): Row | undefined {
	const available = CONTENT_LANGUAGES.filter((l) => l !== lang && ctx.engine.glossary.articles.get(l)?.has(termId));
	return select(
		{ action: 'lang', lang, termId, sectionId },
		t('components.languagePlaceholder'),
		available.map((l) => ({
			label: ctx.translator.languageName(LOCALE_FOR_LANGUAGE[l], l),
			description: ctx.translator.languageName(locale.locale, l),
			value: l,
		})),
	);
}

export function examplesLayout(shown: Shown, ctx: LayoutContext, t: Translate): Layout {
	const { article } = shown;
	const lang = article.lang;
	const list = article.examples.map((e) => `- ${e}`).join('\n');
	const footer = t('examplesFooter', {
		language: ctx.translator.languageName(LOCALE_FOR_LANGUAGE[lang], lang),
		count: article.examples.length,
	});
	return {
		embed: {
			title: truncate(t('examplesTitle', { term: article.title }), LIMITS.embedTitle),
			description: truncate(list || t('examplesEmpty', { term: article.title }), LIMITS.embedDescription),
			color: BRAND_COLOR,
			footer: { text: footer },
		},
		rows: [
			select(
				{ action: 'open', lang },
				t('components.relatedPlaceholder'),
				relatedTitles(article.id, lang, ctx).map((r) => ({ label: r.title, value: r.id })),
			),
		],
	};
}

/** "Did you mean…?" with a button per suggestion, or "nothing found" with a few terms to try. */
export function missLayout(answer: Answer, query: string, lang: ContentLanguage, ctx: LayoutContext, t: Translate) {
	const quoted = escapeMarkdown(truncate(query.replace(/\s+/g, ' ').trim(), 100));
	const suggestions = answer.suggestions.flatMap((s) => {
		const label = suggestionLabel(s.termId, s.sectionId, lang, ctx);
		return label ? [{ s, label }] : [];
	});
	if (answer.status === 'suggestions' && suggestions.length > 0) {
		const layout: Layout = {
			embed: {
				title: t('suggestions.title'),
				description: truncate(
					`${t('suggestions.description', { query: quoted })}\n${suggestions.map((x) => `- ${x.label}`).join('\n')}`,
					LIMITS.embedDescription,
				),
				color: SUGGESTION_COLOR,
			},
			rows: [],
		};
		const buttons = suggestions
			.slice(0, LIMITS.buttonsPerRow)
			.map((x) => button(openTarget(lang, x.s.termId, x.s.sectionId), x.label));
		return { layout, buttons, status: 'suggestions' as const };
	}
	const sample = ctx.engine
		.sortedTerms(lang)
		.slice(0, 3)
		.map((id) => ctx.engine.titleOf(id, lang))
		.filter((x): x is string => !!x)
		.join(', ');
	const embed: APIEmbed = {
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
	return { layout: { embed, rows: [] }, buttons: [], status: 'not-found' as const };
}
