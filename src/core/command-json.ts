import {
	type APIApplicationCommandOption,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Command, OptionSpec } from './command.ts';
import type { Translator } from './i18n/translator.ts';
import { DEFAULT_LOCALE, SUPPORTED_LOCALE_LIST } from './locales.ts';

/** Installable to a server and to a user's own account; usable in servers, the bot's DM and other DMs. */
export const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
export const CONTEXTS = [
	InteractionContextType.Guild,
	InteractionContextType.BotDM,
	InteractionContextType.PrivateChannel,
];

type Body = RESTPutAPIApplicationCommandsJSONBody[number];

/** The en-US name Discord sends back in interactions, which routes them. */
export function registeredName(command: Command, translator: Translator): string {
	return translator.command(DEFAULT_LOCALE, `${command.name}.name`) ?? command.name;
}

/**
 * The registration body for one command: en-US text as the default, every other supported locale as a
 * localization (Discord shows each user the one for their client language).
 */
export function buildCommandJson(command: Command, translator: Translator): Body {
	const text = (key: string) => translator.command(DEFAULT_LOCALE, `${command.name}.${key}`) ?? command.name;
	const localized = (key: string) => {
		const out: Partial<Record<string, string>> = {};
		for (const locale of SUPPORTED_LOCALE_LIST) {
			if (locale === DEFAULT_LOCALE) continue;
			const value = translator.command(locale, `${command.name}.${key}`);
			if (value !== undefined) out[locale] = value;
		}
		return out;
	};
	const reach =
		command.kind === 'slash' && command.guildOnly
			? {
					integration_types: [ApplicationIntegrationType.GuildInstall],
					contexts: [InteractionContextType.Guild],
				}
			: { integration_types: INTEGRATION_TYPES, contexts: CONTEXTS };
	const permissions =
		command.kind === 'slash' && command.memberPermissions !== undefined
			? // Discord's published schema types it as an integer (discord-api-types says string; the API takes both).
				{ default_member_permissions: Number(command.memberPermissions) as unknown as string }
			: {};
	if (command.kind === 'message') {
		return {
			type: ApplicationCommandType.Message,
			name: text('name'),
			name_localizations: localized('name'),
			...reach,
		};
	}
	const option = (o: OptionSpec): APIApplicationCommandOption => {
		const common = {
			name: text(`options.${o.name}.name`),
			description: text(`options.${o.name}.description`),
			name_localizations: localized(`options.${o.name}.name`),
			description_localizations: localized(`options.${o.name}.description`),
			required: o.required ?? false,
		};
		switch (o.type) {
			case 'user':
				return { type: ApplicationCommandOptionType.User, ...common };
			case 'boolean':
				return { type: ApplicationCommandOptionType.Boolean, ...common };
			case 'channel':
				// Where people talk: text channels, announcement channels and threads.
				return { type: ApplicationCommandOptionType.Channel, ...common, channel_types: [0, 5, 10, 11, 12] };
			case 'integer':
				return {
					type: ApplicationCommandOptionType.Integer,
					...common,
					min_value: o.min_value,
					max_value: o.max_value,
				};
			case 'choice':
				return {
					type: ApplicationCommandOptionType.String,
					...common,
					choices: o.choices.map((value) => ({
						name: text(`options.${o.name}.choices.${value}`),
						name_localizations: localized(`options.${o.name}.choices.${value}`),
						value,
					})),
				};
		}
		return {
			type: ApplicationCommandOptionType.String,
			...common,
			...(o.autocomplete ? { autocomplete: true } : {}),
			...(o.min_length ? { min_length: o.min_length } : {}),
			...(o.max_length ? { max_length: o.max_length } : {}),
		};
	};
	return {
		type: ApplicationCommandType.ChatInput,
		name: text('name'),
		description: text('description'),
		name_localizations: localized('name'),
		description_localizations: localized('description'),
		options: command.options.map(option),
		...reach,
		...permissions,
	};
}
