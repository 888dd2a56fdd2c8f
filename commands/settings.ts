import { defineCommand } from '../src/core/command.ts';
import { MANAGE_GUILD, runSettings, SETTINGS_OPTIONS } from '../src/core/feedback/admin.ts';

/**
 * `/settings [answers] [language] [votes] [auto_channel] [auto_answer] [auto_threshold]`: this server's choices,
 * for members with Manage Server; with no option it shows them.
 */
export default defineCommand({
	name: 'settings',
	options: SETTINGS_OPTIONS,
	memberPermissions: MANAGE_GUILD,
	guildOnly: true,
	run: runSettings,
});
