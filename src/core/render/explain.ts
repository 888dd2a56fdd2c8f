import type { ResolvedLocale } from '../locales.ts';
import { rows, select } from './components.ts';
import { BRAND_COLOR, type LayoutContext } from './embed-layout.ts';
import { LIMITS, truncate } from './limits.ts';
import { fallbackNotice, message, type Reply, renderNotice } from './render-reply.ts';

const DESCRIPTION_CHARS = 150;

/**
 * "Explain terms" on a message: every glossary term it names, each with its one-line description, and a select
 * to open any one of them. Only the asker sees it.
 */
export function explainReply(text: string, locale: ResolvedLocale, ctx: LayoutContext): Reply {
	const t = ctx.translator.replies(locale.locale);
	const lang = locale.lang;
	const found = ctx.engine.termsIn(text, LIMITS.selectOptions).flatMap((s) => {
		const article = ctx.engine.show(s.termId, undefined, lang)?.article;
		return article ? [{ id: s.termId, title: article.title, description: article.description }] : [];
	});
	if (found.length === 0) return renderNotice('errors.noTermsFound', locale, ctx);
	const lines = found.map((e) => `**${e.title}** — ${truncate(e.description, DESCRIPTION_CHARS)}`);
	return {
		status: 'answer',
		locale: lang,
		term: null,
		section: null,
		message: message(
			fallbackNotice(locale, ctx),
			{
				title: truncate(t('explain.title', { count: found.length }), LIMITS.embedTitle),
				description: truncate(lines.join('\n'), LIMITS.embedDescription),
				color: BRAND_COLOR,
			},
			rows([
				select(
					{ action: 'open', lang },
					t('components.openTerm'),
					found.map((e) => ({ label: e.title, value: e.id, description: e.description })),
				),
			]),
		),
		ephemeral: true,
	};
}
