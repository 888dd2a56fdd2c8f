import deCommands from '../../locales/de/commands.json' with { type: 'json' };
import deReplies from '../../locales/de/replies.json' with { type: 'json' };
import enGBCommands from '../../locales/en-GB/commands.json' with { type: 'json' };
import enGBReplies from '../../locales/en-GB/replies.json' with { type: 'json' };
import enUSCommands from '../../locales/en-US/commands.json' with { type: 'json' };
import enUSReplies from '../../locales/en-US/replies.json' with { type: 'json' };
import itCommands from '../../locales/it/commands.json' with { type: 'json' };
import itReplies from '../../locales/it/replies.json' with { type: 'json' };
import roCommands from '../../locales/ro/commands.json' with { type: 'json' };
import roReplies from '../../locales/ro/replies.json' with { type: 'json' };
import ruCommands from '../../locales/ru/commands.json' with { type: 'json' };
import ruReplies from '../../locales/ru/replies.json' with { type: 'json' };
import svCommands from '../../locales/sv-SE/commands.json' with { type: 'json' };
import svReplies from '../../locales/sv-SE/replies.json' with { type: 'json' };
import type { SupportedLocale } from '../locales.ts';

export type CommandsResource = typeof enUSCommands;
export type RepliesResource = typeof enUSReplies;
export interface LocaleResources {
	commands: CommandsResource;
	replies: RepliesResource;
}

/** Bundled UI strings, one folder per Discord locale (src/locales/<locale>/). en-US is the source. */
export const RESOURCES: Record<SupportedLocale, { commands: unknown; replies: unknown }> = {
	'en-US': { commands: enUSCommands, replies: enUSReplies },
	'en-GB': { commands: enGBCommands, replies: enGBReplies },
	'sv-SE': { commands: svCommands, replies: svReplies },
	de: { commands: deCommands, replies: deReplies },
	ro: { commands: roCommands, replies: roReplies },
	ru: { commands: ruCommands, replies: ruReplies },
	it: { commands: itCommands, replies: itReplies },
};
