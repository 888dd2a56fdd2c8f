import { type APIInteractionResponse, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { Ack, Outcome } from './command.ts';
import type { MessagePayload } from './render/render-reply.ts';

/** A message body with the visibility the acknowledgement chose. */
export function messageBody(payload: MessagePayload, ack: Ack): MessagePayload & { flags?: number } {
	return ack === 'ephemeral' ? { ...payload, flags: MessageFlags.Ephemeral } : { ...payload };
}

/** An edit replaces the whole message: clear an earlier notice line, and never touch its visibility flags. */
export function editBody(payload: MessagePayload) {
	return {
		content: payload.content ?? '',
		embeds: payload.embeds,
		components: payload.components,
		allowed_mentions: payload.allowed_mentions,
	};
}

/** The interaction callback that answers at once, as the acknowledgement decided. */
export function callbackBody(ack: Ack, outcome: Outcome): APIInteractionResponse {
	switch (outcome.kind) {
		case 'choices':
			return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: outcome.choices } };
		case 'modal':
			return { type: InteractionResponseType.Modal, data: outcome.modal };
		case 'delete':
			// The message goes once acknowledged: DELETE @original, the message the component sits on.
			return { type: InteractionResponseType.DeferredMessageUpdate };
		case 'message':
			if (ack === 'update')
				return { type: InteractionResponseType.UpdateMessage, data: editBody(outcome.reply.message) };
			return { type: InteractionResponseType.ChannelMessageWithSource, data: messageBody(outcome.reply.message, ack) };
	}
}

/** What Discord is told while a slow answer is still coming: it must already know who may see it. */
export function deferralBody(ack: Ack): APIInteractionResponse | undefined {
	switch (ack) {
		case 'ephemeral':
			return {
				type: InteractionResponseType.DeferredChannelMessageWithSource,
				data: { flags: MessageFlags.Ephemeral },
			};
		case 'public':
			return { type: InteractionResponseType.DeferredChannelMessageWithSource, data: {} };
		case 'update':
			return { type: InteractionResponseType.DeferredMessageUpdate };
		default:
			// Choices and modals cannot be deferred.
			return undefined;
	}
}
