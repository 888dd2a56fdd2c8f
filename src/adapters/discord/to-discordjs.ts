import type { InteractionReplyOptions, InteractionUpdateOptions, MessageReplyOptions } from 'discord.js';
import type { AllowedMentions, MessagePayload } from '../../core/render/render-reply.ts';

// discord.js takes camelCase options but passes embeds and components through as API JSON.
const mentions = (allowed: AllowedMentions) => ({ parse: [], ...(allowed.users ? { users: allowed.users } : {}) });

export function replyOptions(payload: MessagePayload, ephemeral: boolean): InteractionReplyOptions {
	return {
		...(payload.content ? { content: payload.content } : {}),
		embeds: payload.embeds,
		components: payload.components,
		allowedMentions: mentions(payload.allowed_mentions),
		...(ephemeral ? { flags: 'Ephemeral' as const } : {}),
	};
}

export function updateOptions(payload: MessagePayload): InteractionUpdateOptions {
	return {
		content: payload.content ?? '',
		embeds: payload.embeds,
		components: payload.components,
		allowedMentions: mentions(payload.allowed_mentions),
	};
}

export function messageReplyOptions(payload: MessagePayload): MessageReplyOptions {
	return {
		...(payload.content ? { content: payload.content } : {}),
		embeds: payload.embeds,
		components: payload.components,
		// Never ping: not the people quoted, not the asker being replied to.
		allowedMentions: { parse: [], repliedUser: false },
	};
}
