import type { Outcome } from '../command.ts';
import type { ResolvedLocale } from '../locales.ts';
import { LIMITS, truncate } from '../render/limits.ts';
import type { RenderContext, Reply } from '../render/render-reply.ts';

// Thanks and confirmations: green; refusals: amber.
const OK_COLOR = 0x22c55e;
const WARN_COLOR = 0xf59e0b;

export type FeedbackKey =
	| 'feedback.thanks'
	| 'feedback.thanksComment'
	| 'errors.expired'
	| 'settings.guildOnly'
	| 'settings.saveFailed'
	| 'stats.unavailable';

/** A short localized line only the person concerned sees. */
export function feedbackReply(
	key: string,
	locale: ResolvedLocale,
	ctx: RenderContext,
	params?: Record<string, string | number>,
	ok = true,
): Reply {
	const t = ctx.translator.replies(locale.locale);
	return {
		status: 'answer',
		locale: locale.lang,
		term: null,
		section: null,
		message: {
			embeds: [{ description: truncate(t(key, params), LIMITS.embedDescription), color: ok ? OK_COLOR : WARN_COLOR }],
			components: [],
			allowed_mentions: { parse: [] },
		},
		ephemeral: true,
	};
}

export function feedbackNotice(key: FeedbackKey, locale: ResolvedLocale, ctx: RenderContext): Outcome {
	return { kind: 'message', reply: feedbackReply(key, locale, ctx, undefined, key.startsWith('feedback.')) };
}
