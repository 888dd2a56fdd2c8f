import type { CommandContext, Outcome } from '../command.ts';
import { LOCALE_FOR_LANGUAGE, type ResolvedLocale, resolveLocale } from '../locales.ts';
import { decodeCustomId } from '../render/custom-id.ts';
import type { Reply } from '../render/render-reply.ts';
import type { InteractionInput, Routed, Router } from '../route-interaction.ts';
import { DEFAULT_GUILD_SETTINGS, type GuildSettings, type Surface } from '../storage.ts';
import { cleanComment, decodeModal, decodeVote, feedbackModal, LOOKING_FOR, withVoteButtons } from './feedback.ts';
import { feedbackNotice } from './notice.ts';

// Slash commands whose text is a question worth recording, and the option that carries it.
const RECORDED: Readonly<Record<string, { surface: Surface; option: string }>> = {
	ask: { surface: 'ask', option: 'question' },
	define: { surface: 'define', option: 'term' },
	examples: { surface: 'examples', option: 'term' },
};

// A settings read that takes longer than this is not waited for: the last known value (or the defaults) serve.
const SETTINGS_WAIT_MS = 400;

/**
 * The server's /settings for an interaction, read before routing (the acknowledgement is decided at once and
 * depends on them). Never waits long and never fails: a slow or absent database means the last known values.
 */
export async function guildFor(
	guildId: string | undefined,
	ctx: CommandContext,
): Promise<{ id: string; settings: GuildSettings } | undefined> {
	if (!guildId) return undefined;
	const fallback = () => ({ ...DEFAULT_GUILD_SETTINGS });
	if (!ctx.settings) return { id: guildId, settings: fallback() };
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<GuildSettings>((resolve) => {
		timer = setTimeout(() => resolve(fallback()), SETTINGS_WAIT_MS);
		timer.unref?.();
	});
	try {
		const settings = await Promise.race([ctx.settings.get(guildId).catch(fallback), timeout]);
		return { id: guildId, settings };
	} finally {
		// Settings come from the cache at once: a timer left to fire 400 ms later would outlive every scavenge
		// meanwhile (promoted to the old generation, one per interaction) and wake the loop for nothing.
		clearTimeout(timer);
	}
}

/** The server's glossary language (/settings) wins over its Discord locale for posts everyone sees. */
function withServerLanguage(input: InteractionInput): InteractionInput {
	const language = input.guild?.settings.language;
	return language ? { ...input, guildLocale: LOCALE_FOR_LANGUAGE[language] } : input;
}

/**
 * Wraps the router with what storage adds: 👍/👎 on answers and the 👎 modal, recording of every question
 * and did-you-mean click, and the server's settings. Without a recorder (the CLI) it only delegates.
 */
export function withStorage(router: Router): Router {
	function route(raw: InteractionInput, ctx: CommandContext): Routed {
		const input = withServerLanguage(raw);
		const locale = resolveLocale(input.locale);
		if (input.kind === 'component' && input.customId.startsWith('gbv|')) return votePlan(input, locale, ctx);
		if (input.kind === 'modal-submit' && input.customId.startsWith('gbm|')) return commentPlan(input, locale, ctx);
		const routed = router.route(input, ctx);
		if (!ctx.recorder?.enabled) return routed;
		return {
			ack: routed.ack,
			run: async () => {
				const started = performance.now();
				const outcome = await routed.run();
				return afterRun(input, outcome, performance.now() - started, ctx);
			},
		};
	}
	return { ...router, route };
}

function afterRun(input: InteractionInput, outcome: Outcome, ms: number, ctx: CommandContext): Outcome {
	if (outcome.kind !== 'message') return outcome;
	const guildId = input.guild?.id;
	if (input.kind === 'command' && RECORDED[input.name] && input.id) {
		const { surface, option } = RECORDED[input.name] as { surface: Surface; option: string };
		recordAsked(ctx, {
			id: input.id,
			surface,
			guildId,
			userId: input.user.id || undefined,
			locale: input.locale ?? 'en-US',
			question: input.options[option] ?? '',
			reply: outcome.reply,
			latencyMs: ms,
		});
	}
	if (input.kind === 'component') recordClick(input, ctx);
	return { kind: 'message', reply: withVotes(outcome.reply, input.id, input.guild?.settings, ctx) };
}

/** One asked question, for every surface (slash command, mention, auto-answer). */
export function recordAsked(
	ctx: CommandContext,
	e: {
		id: string;
		surface: Surface;
		guildId: string | undefined;
		userId: string | undefined;
		locale: string;
		question: string;
		reply: Reply;
		latencyMs: number;
	},
): void {
	ctx.recorder?.record({
		type: 'asked',
		id: e.id,
		at: new Date(),
		surface: e.surface,
		guildId: e.guildId,
		userId: e.userId,
		locale: e.locale,
		lang: e.reply.locale,
		question: e.question,
		status: e.reply.status,
		termId: e.reply.term?.id,
		sectionId: e.reply.section?.id,
		latencyMs: e.latencyMs,
	});
}

/** A term opened from a reply: for an unanswered question just before, it is the answer that was wanted. */
function recordClick(input: Extract<InteractionInput, { kind: 'component' }>, ctx: CommandContext): void {
	const target = decodeCustomId(input.customId);
	if (target?.action !== 'open' || !input.user.id) return;
	const [picked, pickedSection] = input.values[0]?.split('#') ?? [];
	const termId = picked ?? target.termId;
	if (!termId) return;
	ctx.recorder?.record({
		type: 'click',
		at: new Date(),
		guildId: input.guild?.id,
		userId: input.user.id,
		lang: target.lang,
		termId,
		sectionId: picked ? pickedSection : target.sectionId,
	});
}

/** 👍/👎 go on answers that show a section, when recording is on and the server has not turned them off. */
export function withVotes(
	reply: Reply,
	answerId: string | undefined,
	settings: GuildSettings | undefined,
	ctx: CommandContext,
): Reply {
	if (!ctx.recorder?.enabled || !answerId || reply.status !== 'answer' || !reply.term) return reply;
	if (settings?.votes === false) return reply;
	const t = ctx.translator.replies(LOCALE_FOR_LANGUAGE[reply.locale]);
	const target = { answerId, lang: reply.locale, termId: reply.term.id, sectionId: reply.section?.id };
	return { ...reply, message: withVoteButtons(reply.message, target, t) };
}

function votePlan(
	input: Extract<InteractionInput, { kind: 'component' }>,
	locale: ResolvedLocale,
	ctx: CommandContext,
): Routed {
	const vote = decodeVote(input.customId);
	if (!vote) return { ack: 'ephemeral', run: () => feedbackNotice('errors.expired', locale, ctx) };
	const record = () =>
		ctx.recorder?.record({
			type: 'vote',
			at: new Date(),
			guildId: input.guild?.id,
			userId: input.user.id,
			value: vote.value,
			answerId: vote.target.answerId,
			lang: vote.target.lang,
			termId: vote.target.termId,
			sectionId: vote.target.sectionId,
		});
	if (vote.value === 1) {
		return {
			ack: 'ephemeral',
			run: () => {
				record();
				return feedbackNotice('feedback.thanks', locale, ctx);
			},
		};
	}
	// The 👎 counts at once; the modal only adds what the person was looking for, if they write it.
	return {
		ack: 'modal',
		run: () => {
			record();
			return { kind: 'modal', modal: feedbackModal(vote.target, ctx.translator.replies(locale.locale)) };
		},
	};
}

function commentPlan(
	input: Extract<InteractionInput, { kind: 'modal-submit' }>,
	locale: ResolvedLocale,
	ctx: CommandContext,
): Routed {
	const target = decodeModal(input.customId);
	if (!target) return { ack: 'ephemeral', run: () => feedbackNotice('errors.expired', locale, ctx) };
	return {
		ack: 'ephemeral',
		run: () => {
			const comment = cleanComment(input.fields[LOOKING_FOR]);
			ctx.recorder?.record({
				type: 'vote',
				at: new Date(),
				guildId: input.guild?.id,
				userId: input.user.id,
				value: -1,
				answerId: target.answerId,
				lang: target.lang,
				termId: target.termId,
				sectionId: target.sectionId,
				...(comment ? { comment } : {}),
			});
			return feedbackNotice(comment ? 'feedback.thanksComment' : 'feedback.thanks', locale, ctx);
		},
	};
}
