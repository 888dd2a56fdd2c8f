import {
	type Ack,
	type Caller,
	type Command,
	type CommandContext,
	type GuildInput,
	type Outcome,
	textOption,
} from './command.ts';
import { registeredName } from './command-json.ts';
import { componentPlan } from './interactions.ts';
import { type ResolvedLocale, resolveLocale } from './locales.ts';
import { renderNotice } from './render/render-reply.ts';

/** Where an interaction happens (Discord's `context`): a server, the bot's own DM, or another DM or group DM. */
export type Place = 'guild' | 'bot-dm' | 'private-channel';

export interface Common {
	/** Discord's id of the interaction: the answer's id for votes and recording. */
	id?: string;
	/** The server and its /settings, looked up by the adapter before routing (absent in DMs and the CLI). */
	guild?: GuildInput;
	channelId?: string;
	locale?: string;
	/** The server's locale; absent in DMs. */
	guildLocale?: string;
	user: Caller;
	place?: Place;
	/** Installed only to the user's account here: the bot cannot post on its own, only answer interactions. */
	userInstalledOnly?: boolean;
}

/** An interaction reduced to what our handlers read; built from discord.js objects, raw HTTP JSON or argv. */
export type InteractionInput = Common &
	(
		| { kind: 'command'; name: string; options: Record<string, string> }
		| { kind: 'message-command'; name: string; message: { id: string; content: string; authorId?: string } }
		| { kind: 'autocomplete'; name: string; focused: { name: string; value: string } | undefined }
		| { kind: 'component'; customId: string; values: readonly string[]; messageEphemeral: boolean }
		| { kind: 'modal-submit'; customId: string; fields: Readonly<Record<string, string>> }
	);

/** How to acknowledge, decided before any work, and the work itself. */
export interface Routed {
	ack: Ack;
	run(): Outcome | Promise<Outcome>;
}

export interface Router {
	route(input: InteractionInput, ctx: CommandContext): Routed;
	/** An interaction for a command typed as text (the CLI): its text fills the command's text option. */
	textInput(name: string, text: string, locale: string): InteractionInput | undefined;
	readonly commands: readonly Command[];
}

const notice = (
	key: 'errors.unknownCommand' | 'errors.expired',
	locale: ResolvedLocale,
	ctx: CommandContext,
): Routed => ({
	ack: 'ephemeral',
	run: () => ({ kind: 'message', reply: renderNotice(key, locale, ctx) }),
});

/**
 * The one place an interaction becomes an answer, for every door (gateway, HTTP endpoint, CLI, preview). It is
 * handed its commands, so the core never depends on the layer above it.
 */
export function createRouter(commands: readonly Command[]): Router {
	const byName = new Map<string, Command>();
	const find = (name: string, ctx: CommandContext): Command | undefined => {
		if (byName.size === 0) {
			for (const c of commands) {
				byName.set(c.name, c);
				byName.set(registeredName(c, ctx.translator), c);
			}
		}
		return byName.get(name);
	};

	function route(input: InteractionInput, ctx: CommandContext): Routed {
		const locale = resolveLocale(input.locale);
		switch (input.kind) {
			case 'command': {
				const command = find(input.name, ctx);
				if (command?.kind !== 'slash') return notice('errors.unknownCommand', locale, ctx);
				const options = input.options as never;
				const { user, guild } = input;
				const ack = command.ack?.({ options, user, guild }, ctx) ?? 'ephemeral';
				return { ack, run: () => command.run({ options, locale, user, ack, guild }, ctx) };
			}
			case 'message-command': {
				const command = find(input.name, ctx);
				if (command?.kind !== 'message') return notice('errors.unknownCommand', locale, ctx);
				return { ack: 'ephemeral', run: () => command.run({ message: input.message, locale, user: input.user }, ctx) };
			}
			case 'autocomplete': {
				const command = find(input.name, ctx);
				const { focused } = input;
				// Without a focused option there is nothing to complete, but Discord still gets an (empty) answer.
				const choices = () =>
					command?.kind === 'slash' && focused ? (command.autocomplete?.({ focused, locale }, ctx) ?? []) : [];
				return { ack: 'choices', run: () => ({ kind: 'choices', choices: choices() }) };
			}
			case 'modal-submit':
				// Modals are opened (and their submissions taken) by the layer that opened them; one left over is stale.
				return notice('errors.expired', locale, ctx);
			case 'component':
				return componentPlan(
					{
						customId: input.customId,
						values: input.values,
						locale,
						guildLocale: input.guildLocale ? resolveLocale(input.guildLocale) : undefined,
						messageEphemeral: input.messageEphemeral,
						user: input.user,
					},
					ctx,
				);
		}
	}

	return {
		commands,
		route,
		textInput(name, text, locale) {
			const command = commands.find((c) => c.name === name);
			const option = command ? textOption(command) : undefined;
			if (!option) return undefined;
			return { kind: 'command', name, options: { [option]: text }, locale, user: { id: '0' } };
		},
	};
}
