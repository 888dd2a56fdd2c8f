import { defineCommand } from '../src/core/command.ts';
import { MANAGE_GUILD, runStats, STATS_DAYS } from '../src/core/feedback/admin.ts';

/** `/stats [days]`: what this server asked, missed and voted down; for members with Manage Server, only to them. */
export default defineCommand({
	name: 'stats',
	options: [{ name: 'days', type: 'choice', choices: STATS_DAYS }],
	memberPermissions: MANAGE_GUILD,
	guildOnly: true,
	run: runStats,
});
