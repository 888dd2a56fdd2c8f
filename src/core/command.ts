import type { APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import type { Engine } from './answer/engine.ts';
import type { Cooldown } from './cooldown.ts';
import type { Translator } from './i18n/translator.ts';
import type { ResolvedLocale } from './locales.ts';
import type { Reply } from './render/render-reply.ts';
import type { GuildSettings, Recorder, ReportSource, SettingsStore } from './storage.ts';

export interface StringOptionSpec {
	/** Routing key; what users see comes from `commands:<command>.options.<name>.*`. */
	name: string;
	type: 'string';
	required?: boolean;
	autocomplete?: boolean;
	min_length?: number;
	max_length?: number;
}

/** A fixed list of values; what users see comes from `commands:<command>.options.<name>.choices.<value>`. */
export interface ChoiceOptionSpec {
	name: string;
	type: 'choice';
	choices: readonly string[];
	required?: boolean;
}

/** On/off; the handler receives `'true'` or `'false'`. */
export interface BooleanOptionSpec {
	name: string;
	type: 'boolean';
	required?: boolean;
}

/** A whole number within bounds; the handler receives it as text. */
export interface IntegerOptionSpec {
	name: string;
	type: 'integer';
	required?: boolean;
	min_value: number;
	max_value: number;
}

/** A text channel or thread of the server; its value is the channel's id. */
export interface ChannelOptionSpec {
	name: string;
	type: 'channel';
	required?: boolean;
}

/** A Discord user picked by the asker; its value is the user's id. */
export interface UserOptionSpec {
	name: string;
	type: 'user';
	required?: boolean;
}

export type OptionSpec =
	| StringOptionSpec
	| UserOptionSpec
	| ChoiceOptionSpec
	| BooleanOptionSpec
	| IntegerOptionSpec
	| ChannelOptionSpec;

/** The options a handler receives, typed from its schema: required ones are always there. */
export type OptionsOf<O extends readonly OptionSpec[]> = {
	readonly [K in O[number] as K['name']]: K extends { required: true } ? string : string | undefined;
};

/**
 * How Discord is told about an interaction before the answer is ready: a reply only the asker sees, a public reply,
 * an update of the message clicked on, a modal, or autocomplete choices. Decided once, before the work, so that a
 * slow answer is deferred the way it will be given.
 */
export type Ack = 'ephemeral' | 'public' | 'update' | 'modal' | 'choices';

/** What the work produced. `delete` removes the message a component sits on (acknowledged as `update`). */
export type Outcome =
	| { kind: 'message'; reply: Reply }
	| { kind: 'choices'; choices: Choice[] }
	| { kind: 'modal'; modal: APIModalInteractionResponseCallbackData }
	| { kind: 'delete' };

/** Who acts: their id, and their permissions in the channel when Discord sends them (servers only). */
export interface Caller {
	id: string;
	permissions?: bigint;
}

export interface CommandInput<O extends readonly OptionSpec[] = readonly OptionSpec[]> {
	options: OptionsOf<O>;
	locale: ResolvedLocale;
	user: Caller;
	/** The acknowledgement the router chose (from `ack`), which the reply must match. */
	ack: Ack;
	/** The server it happens in, with its /settings (absent in DMs and the CLI). */
	guild?: GuildInput | undefined;
}

export interface GuildInput {
	id: string;
	settings: GuildSettings;
}

export interface AckInput<O extends readonly OptionSpec[] = readonly OptionSpec[]> {
	options: OptionsOf<O>;
	user: Caller;
	guild?: GuildInput | undefined;
}

export interface AutocompleteInput {
	/** Undefined when Discord marked no option as focused. */
	focused: { name: string; value: string } | undefined;
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
	/** Per-user limits on public answers aimed at someone; adapter state, absent in the CLI. */
	cooldown?: Cooldown;
	/** Usage recording (queued, never awaited); absent in the CLI. */
	recorder?: Recorder;
	/** Per-server /settings; absent in the CLI. */
	settings?: SettingsStore;
	/** The figures /stats shows. */
	reports?: ReportSource;
}

/** Who may use a command and where: server-only commands for members with a permission (Discord enforces it). */
export interface CommandReach {
	/** Discord permission bits a member needs (`default_member_permissions`); servers only. */
	memberPermissions?: bigint;
	/** Registered for servers only (guild install, guild context). */
	guildOnly?: boolean;
}

export interface SlashCommand<O extends readonly OptionSpec[] = readonly OptionSpec[]> extends CommandReach {
	kind: 'slash';
	/** Routing key, and the key of its text in `commands.json`; its en-US name is what Discord sends back. */
	name: string;
	options: O;
	/** How to acknowledge; only the asker sees the answer unless this says otherwise. */
	ack?(input: AckInput<O>, ctx: CommandContext): Ack;
	run(input: CommandInput<O>, ctx: CommandContext): Outcome | Promise<Outcome>;
	autocomplete?(input: AutocompleteInput, ctx: CommandContext): Choice[];
}

/** The message a message command was used on, from the interaction's resolved data. */
export interface TargetMessage {
	id: string;
	content: string;
	authorId?: string;
}

export interface MessageCommand {
	kind: 'message';
	name: string;
	run(input: { message: TargetMessage; locale: ResolvedLocale; user: Caller }, ctx: CommandContext): Outcome;
}

export type Command = SlashCommand | MessageCommand;

/** A slash command as written in commands/: its handler's options are typed from `options`. */
export interface SlashCommandSpec<O extends readonly OptionSpec[]> extends CommandReach {
	name: string;
	options: O;
	// Options are inferred from `options` alone; shared handlers such as an `ack` typed for any options still fit.
	ack?(input: AckInput<NoInfer<O>>, ctx: CommandContext): Ack;
	run(input: CommandInput<NoInfer<O>>, ctx: CommandContext): Outcome | Promise<Outcome>;
	autocomplete?(input: AutocompleteInput, ctx: CommandContext): Choice[];
}

export function defineCommand<const O extends readonly OptionSpec[]>(command: SlashCommandSpec<O>): Command {
	return { kind: 'slash', ...command } as unknown as Command;
}

export function defineMessageCommand(command: Omit<MessageCommand, 'kind'>): Command {
	return { kind: 'message', ...command };
}

/** The option that carries free text, which the CLI fills from its argument. */
export function textOption(command: Command): string | undefined {
	if (command.kind !== 'slash') return undefined;
	return command.options.find((o) => o.type === 'string' && o.required)?.name;
}
