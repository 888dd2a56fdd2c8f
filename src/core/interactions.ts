import type { CommandContext } from './command.ts';
import { isContentLanguage, type ResolvedLocale, resolveLanguage } from './locales.ts';
import { decodeCustomId } from './render/custom-id.ts';
import { type Reply, renderNotice, renderReply } from './render/render-reply.ts';

export interface ComponentInput {
	customId: string;
	values: readonly string[];
	/** The clicker's locale. */
	locale: ResolvedLocale;
	/** The server's locale, for posts everyone sees. */
	guildLocale: ResolvedLocale | undefined;
	/** Whether the message clicked on is visible only to the clicker. */
	messageEphemeral: boolean;
}

/**
 * How to answer a click: `update` the clicker's own (ephemeral) message in place, `reply` with a new message
 * only the clicker sees (a click on a public post must not change it for everyone), or post `public`ly.
 */
export interface ComponentOutcome {
	mode: 'update' | 'reply' | 'public';
	reply: Reply;
}

export function handleComponent(input: ComponentInput, ctx: CommandContext): ComponentOutcome {
	const target = decodeCustomId(input.customId);
	if (!target) return { mode: 'reply', reply: renderNotice('errors.expired', input.locale, ctx) };
	const inPlace = input.messageEphemeral;
	const mode = inPlace ? 'update' : 'reply';
	const options = { ephemeral: true, offerShow: true };

	if (target.action === 'show' || target.action === 'ex') {
		if (!target.termId) return { mode: 'reply', reply: renderNotice('errors.expired', input.locale, ctx) };
		// A public post reads best in the server's language; the clicker's own language otherwise.
		const locale = input.guildLocale && !input.guildLocale.fallback ? input.guildLocale : resolveLanguage(target.lang);
		const answer = {
			status: 'answer' as const,
			termId: target.termId,
			...(target.sectionId ? { sectionId: target.sectionId } : {}),
			suggestions: [],
		};
		const reply = renderReply(target.action === 'ex' ? 'examples' : 'define', answer, target.termId, locale, ctx, {
			ephemeral: false,
		});
		return { mode: 'public', reply };
	}

	const lang = target.action === 'lang' ? input.values[0] : inPlace ? target.lang : input.locale.lang;
	const [picked, pickedSection] = (target.action === 'open' ? input.values[0] : undefined)?.split('#') ?? [];
	const termId = picked ?? target.termId;
	const sectionId = picked ? pickedSection : target.sectionId;
	const shownLocale =
		lang && lang !== input.locale.lang ? (isContentLanguage(lang) ? resolveLanguage(lang) : undefined) : input.locale;
	if (!termId || !shownLocale || !ctx.engine.glossary.related.has(termId)) {
		return { mode: 'reply', reply: renderNotice('errors.expired', input.locale, ctx) };
	}
	const answer = { status: 'answer' as const, termId, ...(sectionId ? { sectionId } : {}), suggestions: [] };
	return { mode, reply: renderReply('define', answer, termId, shownLocale, ctx, options) };
}

/**
 * A question asked by mentioning the bot in a channel. Answered publicly, in the language the question is
 * written in when that is clear, else in the server's language.
 */
export function answerMention(text: string, guildLocale: ResolvedLocale, ctx: CommandContext): Reply {
	const answer = ctx.engine.ask(text, guildLocale.lang);
	const lang = answer.matchedLang ?? guildLocale.lang;
	const locale = lang === guildLocale.lang ? guildLocale : resolveLanguage(lang);
	return renderReply('ask', { ...answer, matchedLang: lang }, text, locale, ctx, { ephemeral: false });
}
