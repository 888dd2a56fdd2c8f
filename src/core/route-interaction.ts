import { COMMANDS } from '../../commands/index.ts';
import type { Choice, CommandContext } from './command.ts';
import { handleComponent } from './interactions.ts';
import { type ResolvedLocale, resolveLocale } from './locales.ts';
import type { Reply } from './render/render-reply.ts';
import { renderNotice } from './render/render-reply.ts';

/** An interaction reduced to what our handlers read; built from discord.js objects or raw HTTP JSON. */
export type InteractionInput =
	| { kind: 'command'; name: string; options: Record<string, string>; locale?: string; guildLocale?: string }
	| { kind: 'autocomplete'; name: string; focused: { name: string; value: string }; locale?: string }
	| {
			kind: 'component';
			customId: string;
			values: readonly string[];
			locale?: string;
			guildLocale?: string;
			messageEphemeral: boolean;
	  };

export type InteractionResult =
	| { kind: 'message'; mode: 'reply' | 'update' | 'public'; reply: Reply }
	| { kind: 'choices'; choices: Choice[] };

const guild = (value: string | undefined): ResolvedLocale | undefined => (value ? resolveLocale(value) : undefined);

/**
 * The one place an interaction becomes an answer, for every transport. What only the asker sees uses their
 * own locale; public posts use the server's.
 */
export function routeInteraction(input: InteractionInput, ctx: CommandContext): InteractionResult {
	const locale = resolveLocale(input.locale);
	switch (input.kind) {
		case 'command': {
			const command = COMMANDS.find((c) => c.name === input.name);
			if (!command) return { kind: 'message', mode: 'reply', reply: renderNotice('errors.expired', locale, ctx) };
			return { kind: 'message', mode: 'reply', reply: command.run({ options: input.options, locale }, ctx) };
		}
		case 'autocomplete': {
			const command = COMMANDS.find((c) => c.name === input.name);
			return { kind: 'choices', choices: command?.autocomplete?.({ focused: input.focused, locale }, ctx) ?? [] };
		}
		case 'component': {
			const outcome = handleComponent(
				{
					customId: input.customId,
					values: input.values,
					locale,
					guildLocale: guild(input.guildLocale),
					messageEphemeral: input.messageEphemeral,
				},
				ctx,
			);
			return { kind: 'message', mode: outcome.mode, reply: outcome.reply };
		}
	}
}
