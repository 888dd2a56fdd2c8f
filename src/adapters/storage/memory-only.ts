import { DEFAULT_GUILD_SETTINGS, type GuildSettings } from '../../core/storage.ts';
import { sanitizeSettings } from './settings-store.ts';
import type { ServingStorage } from './start.ts';

/**
 * DATA_DIR=none: no database at all. Settings live in this process only (lost at restart) and nothing is
 * recorded; for a throw-away or demo instance, and for tests of everything but storage.
 */
export function memoryOnlyStorage(): ServingStorage {
	const settings = new Map<string, GuildSettings>();
	return {
		recorder: { enabled: false, record: () => undefined },
		settings: {
			get: async (guildId) => settings.get(guildId) ?? { ...DEFAULT_GUILD_SETTINGS },
			update: async (guildId, change) => {
				const next = sanitizeSettings({ ...(settings.get(guildId) ?? DEFAULT_GUILD_SETTINGS), ...change });
				settings.set(guildId, next);
				return next;
			},
			anyAutoAnswer: async () => [...settings.values()].some((s) => s.autoChannels.length > 0),
		},
		reports: {
			report: async () => {
				throw new Error('DATA_DIR=none: nothing is recorded');
			},
		},
		queueStats: () => undefined,
		close: async () => undefined,
	};
}
