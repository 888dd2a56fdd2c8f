import type { Caller, CommandContext, Outcome } from './command.ts';
import { isContentLanguage, type ResolvedLocale, resolveLanguage } from './locales.ts';
import { browseReply } from './render/browse.ts';
import { decodeCustomId, type TermTarget } from './render/custom-id.ts';
import { type Reply, renderNotice, renderReply } from './render/render-reply.ts';
import type { Routed } from './route-interaction.ts';

// Discord's MANAGE_MESSAGES permission bit: moderators may remove anyone's answer.
const MANAGE_MESSAGES = 1n << 13n;

export interface ComponentInput {
	customId: string;
	values: readonly string[];
	/** The clicker's locale. */
	locale: ResolvedLocale;
	/** The server's locale, for posts everyone sees. */
	guildLocale: ResolvedLocale | undefined;
	/** Whether the message clicked on is visible only to the clicker. */
	messageEphemeral: boolean;
	user: Caller;
}

const message = (reply: Reply): Outcome => ({ kind: 'message', reply });

/**
 * How to answer a click. A click on the clicker's own (ephemeral) message updates it in place; a click on a public
 * post answers with a new message only the clicker sees (it must not change the post for everyone); "show" posts
 * publicly; "remove" deletes the post, for its asker or a moderator only.
 */
export function componentPlan(input: ComponentInput, ctx: CommandContext): Routed {
	const target = decodeCustomId(input.customId);
	const expired: Routed = { ack: 'ephemeral', run: () => message(renderNotice('errors.expired', input.locale, ctx)) };
	if (!target) return expired;
	const ownAck = input.messageEphemeral ? 'update' : 'ephemeral';
	switch (target.action) {
		case 'show':
		case 'ex':
			return target.termId ? { ack: 'public', run: () => message(showPublicly(target, input, ctx)) } : expired;
		case 'del':
			return dismissPlan(target.askerId, input, ctx);
		case 'page':
		case 'letter': {
			const letter = target.action === 'letter' ? input.values[0] : undefined;
			const offset = target.action === 'page' ? target.offset : 0;
			const filter = target.action === 'page' ? target.filter : undefined;
			const locale = target.lang === input.locale.lang ? input.locale : resolveLanguage(target.lang);
			return {
				ack: ownAck,
				run: () =>
					message(browseReply({ locale, offset, ...(filter ? { filter } : {}), ...(letter ? { letter } : {}) }, ctx)),
			};
		}
		default: {
			const reply = openTarget(target, input, ctx);
			return reply ? { ack: ownAck, run: () => message(reply) } : expired;
		}
	}
}

function dismissPlan(askerId: string, input: ComponentInput, ctx: CommandContext): Routed {
	const allowed = input.user.id === askerId || ((input.user.permissions ?? 0n) & MANAGE_MESSAGES) !== 0n;
	if (allowed) return { ack: 'update', run: () => ({ kind: 'delete' }) };
	return {
		ack: 'ephemeral',
		run: () => message(renderNotice('errors.notYours', input.locale, ctx, { user: `<@${askerId}>` })),
	};
}

function showPublicly(target: TermTarget, input: ComponentInput, ctx: CommandContext): Reply {
	// A public post reads best in the server's language; the clicker's own language otherwise (and in DMs).
	const locale = input.guildLocale && !input.guildLocale.fallback ? input.guildLocale : resolveLanguage(target.lang);
	const answer = {
		status: 'answer' as const,
		termId: target.termId,
		...(target.sectionId ? { sectionId: target.sectionId } : {}),
		suggestions: [],
	};
	return renderReply(
		{
			kind: target.action === 'ex' ? 'examples' : 'define',
			answer,
			query: target.termId ?? '',
			locale,
			visibility: 'public',
			askerId: input.user.id,
		},
		ctx,
	);
}

function openTarget(target: TermTarget, input: ComponentInput, ctx: CommandContext): Reply | undefined {
	const inPlace = input.messageEphemeral;
	const lang = target.action === 'lang' ? input.values[0] : inPlace ? target.lang : input.locale.lang;
	const [picked, pickedSection] = (target.action === 'open' ? input.values[0] : undefined)?.split('#') ?? [];
	const termId = picked ?? target.termId;
	const sectionId = picked ? pickedSection : target.sectionId;
	const shownLocale =
		lang && lang !== input.locale.lang ? (isContentLanguage(lang) ? resolveLanguage(lang) : undefined) : input.locale;
	if (!termId || !shownLocale || !ctx.engine.glossary.related.has(termId)) return undefined;
	const answer = { status: 'answer' as const, termId, ...(sectionId ? { sectionId } : {}), suggestions: [] };
	return renderReply(
		{ kind: 'define', answer, query: termId, locale: shownLocale, visibility: 'ephemeral', askerId: input.user.id },
		ctx,
	);
}

/**
 * A question asked by mentioning the bot in a channel. Answered publicly, in the language the question is
 * written in when that is clear, else in the server's language; the asker may remove it.
 */
export function answerMention(text: string, guildLocale: ResolvedLocale, askerId: string, ctx: CommandContext): Reply {
	const answer = ctx.engine.ask(text, guildLocale.lang);
	const lang = answer.matchedLang ?? guildLocale.lang;
	const locale = lang === guildLocale.lang ? guildLocale : resolveLanguage(lang);
	return renderReply(
		{ kind: 'ask', answer: { ...answer, matchedLang: lang }, query: text, locale, visibility: 'public', askerId },
		ctx,
	);
}
