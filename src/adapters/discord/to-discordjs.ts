import type { InteractionReplyOptions, InteractionUpdateOptions, MessageReplyOptions } from 'discord.js';
import type { MessagePayload } from '../../core/render/render-reply.ts';

// discord.js takes camelCase options but passes embeds and components through as API JSON.
export function replyOptions(payload: MessagePayload): InteractionReplyOptions {
	return {
		...(payload.content ? { content: payload.content } : {}),
		embeds: payload.embeds,
		components: payload.components,
		allowedMentions: { parse: [] },
		...(payload.flags ? { flags: payload.flags as InteractionReplyOptions['flags'] } : {}),
	};
}

export function updateOptions(payload: MessagePayload): InteractionUpdateOptions {
	return {
		content: payload.content ?? '',
		embeds: payload.embeds,
		components: payload.components,
		allowedMentions: { parse: [] },
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
