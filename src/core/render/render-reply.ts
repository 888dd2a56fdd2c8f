import { type APIButtonComponent, type APIEmbed, ButtonStyle } from 'discord-api-types/v10';
import type { Answer, Suggestion } from '../answer/engine.ts';
import type { Translate } from '../i18n/translator.ts';
import type { ContentLanguage, ResolvedLocale } from '../locales.ts';
import { stripControls } from '../text/normalize.ts';
import { button, buttonRow, dismissButton, type Row, rows } from './components.ts';
import { openTarget } from './custom-id.ts';
import {
	examplesLayout,
	type Layout,
	type LayoutContext,
	missLayout,
	SUGGESTION_COLOR,
	sectionLayout,
	suggestionLabel,
} from './embed-layout.ts';
import { LIMITS, truncate } from './limits.ts';

/** Who may be pinged: nobody, or exactly the one user the asker aimed the answer at. */
export interface AllowedMentions {
	parse: [];
	users?: string[];
}

/** A Discord message as plain data: the body of an interaction reply, a webhook edit or a channel message. */
export interface MessagePayload {
	content?: string;
	embeds: APIEmbed[];
	components: Row[];
	allowed_mentions: AllowedMentions;
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
	/** True when the answer is meant for the asker only. */
	ephemeral: boolean;
}

export type RenderContext = LayoutContext;

export type ReplyKind = 'define' | 'ask' | 'examples';

export type Visibility = 'ephemeral' | 'public';

/** Everything one reply depends on. */
export interface ReplyRequest {
	kind: ReplyKind;
	answer: Answer;
	/** What the asker typed, quoted back on a miss. */
	query: string;
	locale: ResolvedLocale;
	/** Only the asker sees it (and may show it to the channel), or everyone does (and the asker may remove it). */
	visibility: Visibility;
	/** Whose answer it is: the one who may remove it when public. */
	askerId?: string;
	/** A user the asker aimed the answer at: mentioned, and the only one who can be pinged. */
	pointAt?: string;
	/** A note from the reply policy shown above the answer (already in the asker's language). */
	notice?: string;
}

/** Reply policy: notices, the asker's own buttons, mentions and visibility around a layout. */
export function renderReply(request: ReplyRequest, ctx: RenderContext): Reply {
	const { kind, answer, locale } = request;
	const t = ctx.translator.replies(locale.locale);
	const notices = [...fallbackNotice(locale, ctx), ...(request.notice ? [request.notice] : [])];
	const shown =
		answer.status === 'answer' && answer.termId
			? ctx.engine.show(answer.termId, answer.sectionId, locale.lang)
			: undefined;
	if (!shown) {
		const miss = missLayout(answer, request.query, locale.lang, ctx, t);
		const own = request.visibility === 'public' ? [dismissButton(locale.lang, request.askerId, t)] : [];
		return reply(request, miss.status, locale.lang, null, null, notices, miss.layout, [...miss.buttons, ...own]);
	}
	if (shown.untranslated) {
		notices.push(t('notice.untranslated', { language: ctx.translator.languageName(locale.locale, locale.lang) }));
	}
	if (answer.matchedLang && answer.matchedLang !== locale.lang && kind === 'ask') {
		notices.push(t('notice.matchedIn', { language: ctx.translator.languageName(locale.locale, answer.matchedLang) }));
	}
	const { article, section } = shown;
	const lang = article.lang;
	const layout = kind === 'examples' ? examplesLayout(shown, ctx, t) : sectionLayout(kind, shown, locale, ctx, t);
	const target: { termId: string; sectionId?: string } = { termId: article.id };
	if (kind !== 'examples') target.sectionId = section.id;
	const buttons =
		request.visibility === 'ephemeral'
			? [
					button(
						{ action: kind === 'examples' ? 'ex' : 'show', lang, ...target },
						t('components.showToChannel'),
						ButtonStyle.Primary,
					),
				]
			: [dismissButton(lang, request.askerId, t)];
	const extra =
		kind === 'examples'
			? [button({ action: 'open', lang, termId: article.id }, article.title)]
			: suggestionButtons(answer.suggestions.filter((s) => s.termId !== article.id).slice(0, 3), lang, ctx);
	const sectionInfo = kind === 'examples' ? null : { id: section.id, heading: section.heading, text: section.markdown };
	return reply(request, 'answer', lang, { id: article.id, title: article.title }, sectionInfo, notices, layout, [
		...buttons,
		...extra,
	]);
}

function reply(
	request: ReplyRequest,
	status: ReplyStatus,
	lang: ContentLanguage,
	term: Reply['term'],
	section: Reply['section'],
	notices: string[],
	layout: Layout,
	buttons: (APIButtonComponent | undefined)[],
): Reply {
	return {
		status,
		locale: lang,
		term,
		section,
		message: message(notices, layout.embed, rows([...layout.rows, buttonRow(buttons)]), request.pointAt),
		ephemeral: request.visibility === 'ephemeral',
	};
}

function suggestionButtons(suggestions: Suggestion[], lang: ContentLanguage, ctx: RenderContext) {
	return suggestions.map((s) => {
		const label = suggestionLabel(s.termId, s.sectionId, lang, ctx);
		return label ? button(openTarget(lang, s.termId, s.sectionId), label) : undefined;
	});
}

/** Said in English: the asker's language is the one we do not have. */
export function fallbackNotice(locale: ResolvedLocale, ctx: RenderContext): string[] {
	if (!locale.fallback) return [];
	return [
		ctx.translator.replies('en-US')('notice.localeFallback', {
			requested: ctx.translator.languageName('en-US', stripControls(locale.requested)),
		}),
	];
}

/** The message every reply sends: the mention it is aimed at, notices as subtext, one embed, its components. */
export function message(notices: string[], embed: APIEmbed, components: Row[], pointAt?: string): MessagePayload {
	// `-# ` is Discord's small grey subtext line.
	const lines = [...(pointAt ? [`<@${pointAt}>`] : []), ...notices.map((n) => `-# ℹ️ ${n}`)];
	const content = lines.length > 0 ? truncate(lines.join('\n'), LIMITS.content) : undefined;
	const rest: MessagePayload = {
		embeds: [embed],
		components: components.slice(0, LIMITS.actionRows),
		// Quoted text may hold user, role or @everyone mentions: none of them pings. Only a chosen user does.
		allowed_mentions: pointAt ? { parse: [], users: [pointAt] } : { parse: [] },
	};
	// Two literals rather than `...(content ? { content } : {})`: see openTarget (custom-id.ts).
	return content ? Object.assign({ content }, rest) : rest;
}

export type NoticeKey =
	| 'errors.generic'
	| 'errors.expired'
	| 'errors.empty'
	| 'errors.unknownCommand'
	| 'errors.cooldown'
	| 'errors.notYours'
	| 'errors.noTermsFound';

/** A short localized message (an apology, an expired button), visible only to the person concerned. */
export function renderNotice(
	key: NoticeKey,
	locale: ResolvedLocale,
	ctx: RenderContext,
	params?: Record<string, string | number>,
): Reply {
	const t: Translate = ctx.translator.replies(locale.locale);
	return {
		status: 'not-found',
		locale: locale.lang,
		term: null,
		section: null,
		message: message(
			[],
			{ description: truncate(t(key, params), LIMITS.embedDescription), color: SUGGESTION_COLOR },
			[],
		),
		ephemeral: true,
	};
}
