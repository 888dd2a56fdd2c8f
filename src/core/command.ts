import {
	ApplicationCommandOptionType,
	ApplicationCommandType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Engine } from './answer/engine.ts';
import type { Translator } from './i18n/translator.ts';
import { DEFAULT_LOCALE, type ResolvedLocale, SUPPORTED_LOCALE_LIST } from './locales.ts';
import type { Reply } from './render/render-reply.ts';

export interface CommandOption {
	/** Routing key; what users see comes from `commands:<command>.options.<name>.*`. */
	name: string;
	type: ApplicationCommandOptionType.String;
	required: boolean;
	autocomplete?: boolean;
	max_length?: number;
}

export interface CommandInput {
	options: Readonly<Record<string, string | undefined>>;
	locale: ResolvedLocale;
}

export interface AutocompleteInput {
	focused: { name: string; value: string };
	locale: ResolvedLocale;
}

export interface Choice {
	name: string;
	value: string;
}

/** What every handler may use, passed in by the adapter (gateway, HTTP endpoint, CLI). */
export interface CommandContext {
	engine: Engine;
	translator: Translator;
}

export interface Command {
	/** Routing key and the default (en-US) name. */
	name: string;
	options: readonly CommandOption[];
	run(input: CommandInput, ctx: CommandContext): Reply;
	autocomplete?(input: AutocompleteInput, ctx: CommandContext): Choice[];
}

export function defineCommand<const C extends Command>(command: C): C {
	return command;
}

/**
 * The registration body for one command: en-US text as the default, every other supported locale as a
 * localization (Discord shows each user the one for their client language).
 */
export function buildCommandJson(
	command: Command,
	translator: Translator,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
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
	return {
		type: ApplicationCommandType.ChatInput,
		name: text('name'),
		description: text('description'),
		name_localizations: localized('name'),
		description_localizations: localized('description'),
		options: command.options.map((o) => ({
			type: ApplicationCommandOptionType.String,
			name: text(`options.${o.name}.name`),
			description: text(`options.${o.name}.description`),
			name_localizations: localized(`options.${o.name}.name`),
			description_localizations: localized(`options.${o.name}.description`),
			required: o.required,
			...(o.autocomplete ? { autocomplete: true } : {}),
			...(o.max_length ? { max_length: o.max_length } : {}),
		})),
		dm_permission: true,
	};
}
