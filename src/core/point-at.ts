import type { Ack, AckInput, CommandContext, CommandInput, Outcome } from './command.ts';
import { type ReplyRequest, renderReply } from './render/render-reply.ts';

type Pointable = { to?: string | undefined };

// Discord sends a user option as the user's id; anything else is not someone who can be mentioned.
const SNOWFLAKE = /^\d{1,20}$/;
const target = (options: unknown): string | undefined => {
	const to = (options as Pointable).to;
	return to && SNOWFLAKE.test(to) ? to : undefined;
};

/**
 * `/define` and `/ask` with `to:` answer publicly, mentioning that user. The per-user cooldown is claimed here, once,
 * when the acknowledgement is decided; a user still cooling down gets a private notice instead.
 */
export function pointingAck(input: AckInput, ctx: CommandContext): Ack {
	const to = target(input.options);
	// Without a user to aim at, the server's choice (/settings) decides; only the asker sees it by default.
	if (!to) return input.guild?.settings.visibility === 'public' ? 'public' : 'ephemeral';
	return (ctx.cooldown?.take(input.user.id) ?? true) ? 'public' : 'ephemeral';
}

/** The reply, aimed at the chosen user when the router chose a public acknowledgement. */
export function pointedReply(
	input: CommandInput,
	request: Omit<ReplyRequest, 'visibility' | 'locale' | 'askerId'>,
	ctx: CommandContext,
): Outcome {
	const to = target(input.options);
	// Still cooling down: the answer comes anyway, to the asker only, saying why.
	const cooling = to !== undefined && input.ack !== 'public';
	const full: ReplyRequest = Object.assign({}, request, {
		locale: input.locale,
		visibility: input.ack === 'public' ? ('public' as const) : ('ephemeral' as const),
		askerId: input.user.id,
	});
	// Set one by one, not spread in conditionally: V8 puts part of such objects in the old generation.
	if (to && !cooling) full.pointAt = to;
	if (cooling) full.notice = ctx.translator.replies(input.locale.locale)('errors.cooldown');
	const reply = renderReply(full, ctx);
	return { kind: 'message', reply };
}
