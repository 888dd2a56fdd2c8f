import { isContentLanguage } from '../../core/locales.ts';
import { DEFAULT_GUILD_SETTINGS, type GuildSettings, type SettingsStore } from '../../core/storage.ts';
import type { Db } from './db.ts';
import { hashUser } from './recorder.ts';

interface Cached {
	value: GuildSettings;
	until: number;
}

/** Keeps only known keys with valid values, so a row written by an older or newer version still reads. */
export function sanitizeSettings(raw: unknown): GuildSettings {
	const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const d = DEFAULT_GUILD_SETTINGS;
	const threshold = typeof r.autoThreshold === 'number' ? r.autoThreshold : d.autoThreshold;
	return {
		visibility: r.visibility === 'public' || r.visibility === 'private' ? r.visibility : d.visibility,
		language: typeof r.language === 'string' && isContentLanguage(r.language) ? r.language : undefined,
		autoChannels: Array.isArray(r.autoChannels)
			? [...new Set(r.autoChannels.filter((c): c is string => typeof c === 'string' && /^\d{17,20}$/.test(c)))]
			: [],
		votes: typeof r.votes === 'boolean' ? r.votes : d.votes,
		autoThreshold: Math.min(1, Math.max(d.autoThreshold, threshold)),
	};
}

export interface SettingsStoreOptions {
	db: Db;
	/** How long a server's settings are used before being read again (replicas agree within it). */
	ttlMs: number;
	salt: string;
	now?: () => number;
	onError?: (error: unknown) => void;
}

export function createSettingsStore(options: SettingsStoreOptions): SettingsStore & { clear(): void } {
	const { db, ttlMs } = options;
	const now = options.now ?? Date.now;
	const cache = new Map<string, Cached>();

	const read = async (guildId: string): Promise<GuildSettings> => {
		const [row] = await db.query<{ settings: unknown }>('SELECT settings FROM guild_settings WHERE guild_id = $1', [
			guildId,
		]);
		return sanitizeSettings(row?.settings);
	};

	const refreshing = new Set<string>();
	// A server's settings in use are read again in the background during the second half of their lifetime, so
	// that an answer waits on the database only the first time (the database may be busy writing usage rows).
	const refreshAhead = (guildId: string, hit: Cached) => {
		if (hit.until - now() > ttlMs / 2 || refreshing.has(guildId)) return;
		refreshing.add(guildId);
		read(guildId)
			.then((value) => {
				// Unless /settings changed it meanwhile (that value is newer).
				if (cache.get(guildId) === hit) cache.set(guildId, { value, until: now() + ttlMs });
			})
			.catch((error: unknown) => options.onError?.(error))
			.finally(() => refreshing.delete(guildId));
	};

	return {
		async get(guildId) {
			const hit = cache.get(guildId);
			if (hit && hit.until > now()) {
				refreshAhead(guildId, hit);
				return hit.value;
			}
			try {
				const value = await read(guildId);
				cache.set(guildId, { value, until: now() + ttlMs });
				return value;
			} catch (error) {
				options.onError?.(error);
				// The database is away: the last known settings beat none, and answering beats waiting.
				const value = hit?.value ?? { ...DEFAULT_GUILD_SETTINGS };
				cache.set(guildId, { value, until: now() + Math.min(ttlMs, 2000) });
				return value;
			}
		},
		async update(guildId, change, userId) {
			const value = await db.transaction(async (tx) => {
				const [row] = await tx.query<{ settings: unknown }>(
					'SELECT settings FROM guild_settings WHERE guild_id = $1 FOR UPDATE',
					[guildId],
				);
				const next = sanitizeSettings({ ...sanitizeSettings(row?.settings), ...change });
				await tx.query(
					`INSERT INTO guild_settings (guild_id, settings, updated_at) VALUES ($1, $2, now())
					 ON CONFLICT (guild_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
					[guildId, JSON.stringify(next)],
				);
				await tx.query('INSERT INTO settings_changes (at, guild_id, user_hash, change) VALUES (now(), $1, $2, $3)', [
					guildId,
					hashUser(options.salt, userId),
					JSON.stringify(change, (_, v) => (v === undefined ? null : v)),
				]);
				return next;
			});
			cache.set(guildId, { value, until: now() + ttlMs });
			return value;
		},
		async anyAutoAnswer() {
			const [row] = await db.query<{ any: boolean }>(
				`SELECT EXISTS (SELECT 1 FROM guild_settings WHERE jsonb_array_length(settings -> 'autoChannels') > 0) AS any`,
			);
			return row?.any === true;
		},
		clear: () => cache.clear(),
	};
}
