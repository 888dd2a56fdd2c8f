import { REST, Routes } from 'discord.js';
import type { Command } from '../../core/command.ts';
import { buildCommandJson } from '../../core/command-json.ts';
import type { Translator } from '../../core/i18n/translator.ts';
import type { Config } from '../config.ts';

export interface DeployResult {
	scope: 'guild' | 'global';
	names: string[];
}

/** Registers every command: to one server when DISCORD_GUILD_ID is set (instant), else globally. */
export async function deployCommands(
	config: Config,
	translator: Translator,
	commands: readonly Command[],
): Promise<DeployResult> {
	if (!config.token || !config.clientId) throw new Error('deploy needs DISCORD_TOKEN and DISCORD_CLIENT_ID');
	const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
	const body = commands.map((c) => buildCommandJson(c, translator));
	const route = config.guildId
		? Routes.applicationGuildCommands(config.clientId, config.guildId)
		: Routes.applicationCommands(config.clientId);
	const registered = (await rest.put(route, { body })) as { name: string }[];
	return { scope: config.guildId ? 'guild' : 'global', names: registered.map((c) => c.name) };
}
