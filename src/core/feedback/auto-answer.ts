import type { Answer } from '../answer/engine.ts';
import type { CommandContext } from '../command.ts';
import { answerMention } from '../interactions.ts';
import { type ResolvedLocale, resolveLanguage } from '../locales.ts';
import type { Reply } from '../render/render-reply.ts';
import type { GuildSettings } from '../storage.ts';
import { cleanInput, foldName } from '../text/normalize.ts';

/** A message in a server channel, as the gateway adapter sees it. */
export interface ChannelMessage {
	id: string;
	channelId: string;
	authorId: string;
	content: string;
	/** The server's Discord locale. */
	guildLocale: ResolvedLocale;
}

// Seconds between two auto-answers in one channel: a busy help channel must not become the bot's.
export const AUTO_COOLDOWN_MS = 60_000;
// Chat lines this long are discussions, not glossary questions.
const MAX_AUTO_CHARS = 300;
const MIN_WORDS = 2;

/**
 * How sure the engine is, from its own trace: a question that names a glossary term is the retrieval rule's surest
 * case (1); otherwise the share of the question's meaning the best section holds (0..1), which is the figure the
 * engine's own "answer or did you mean" rule compares with its threshold. Anything but an answer is 0.
 */
export function answerConfidence(answer: Answer): number {
	if (answer.status !== 'answer' || !answer.termId) return 0;
	const trace = answer.trace;
	if (!trace || trace.subject) return 1;
	return trace.top[0]?.meaning ?? 0;
}

export interface AutoAnswerer {
	/** The public reply for a message in an auto-answer channel, or undefined to stay silent. */
	consider(message: ChannelMessage, settings: GuildSettings, ctx: CommandContext): Reply | undefined;
}

/** One per process: the channel cool-downs live here. */
export function createAutoAnswerer(now: () => number = Date.now, cooldownMs = AUTO_COOLDOWN_MS): AutoAnswerer {
	const lastAnswer = new Map<string, number>();
	return {
		consider(message, settings, ctx) {
			// Only channels the admin chose: a thread below such a channel was not chosen, so it stays quiet.
			if (!settings.autoChannels.includes(message.channelId)) return undefined;
			const text = cleanInput(message.content);
			if (text.length > MAX_AUTO_CHARS || foldName(text).split(' ').filter(Boolean).length < MIN_WORDS)
				return undefined;
			const at = now();
			const last = lastAnswer.get(message.channelId);
			if (last !== undefined && at - last < cooldownMs) return undefined;
			const answer = ctx.engine.ask(text, message.guildLocale.lang);
			if (answer.status !== 'answer' || answerConfidence(answer) < settings.autoThreshold) return undefined;
			lastAnswer.set(message.channelId, at);
			const locale = settings.language ? resolveLanguage(settings.language) : message.guildLocale;
			const reply = answerMention(text, locale, message.authorId, ctx);
			if (reply.status !== 'answer') return undefined;
			const t = ctx.translator.replies(locale.locale);
			// Says how to stop it, in the reply itself (Discord's small "-#" subtext line).
			const stop = `-# ${t('auto.howToStop', { channel: `<#${message.channelId}>` })}`;
			const content = reply.message.content ? `${reply.message.content}\n${stop}` : stop;
			return { ...reply, message: { ...reply.message, content } };
		},
	};
}
