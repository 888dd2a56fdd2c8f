import { z } from 'zod';

export interface StorageConfig {
	databaseUrl: string | undefined;
	dataDir: string;
	analytics: boolean;
	salt: string | undefined;
	retentionDays: number;
	settingsCacheMs: number;
	/** Most usage events held in memory while the database is slow or away. */
	queueCapacity: number;
}

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const schema = z.object({
	DATABASE_URL: z.preprocess(
		blank,
		z
			.string()
			.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it empty for the embedded database)')
			.optional(),
	),
	DATA_DIR: z.preprocess(blank, z.string().optional()),
	ANALYTICS: z.preprocess(blank, z.enum(['on', 'off']).optional()),
	ANALYTICS_SALT: z.preprocess(blank, z.string().min(16, 'must be at least 16 characters').optional()),
	RETENTION_DAYS: z.preprocess(blank, z.coerce.number().int().min(1).max(3650).optional()),
	SETTINGS_CACHE_SECONDS: z.preprocess(blank, z.coerce.number().min(0).max(3600).optional()),
	ANALYTICS_QUEUE_SIZE: z.preprocess(blank, z.coerce.number().int().min(1).max(1_000_000).optional()),
});

/** Storage variables, checked together; problems name the variable, never its value. */
export function parseStorageConfig(env: Record<string, string | undefined>): StorageConfig {
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
		throw new Error(`configuration is not valid:\n${problems.join('\n')}\nsee .env.example`);
	}
	const d = parsed.data;
	return {
		databaseUrl: d.DATABASE_URL,
		dataDir: d.DATA_DIR ?? './data',
		analytics: d.ANALYTICS !== 'off',
		salt: d.ANALYTICS_SALT,
		retentionDays: d.RETENTION_DAYS ?? 90,
		settingsCacheMs: (d.SETTINGS_CACHE_SECONDS ?? 5) * 1000,
		queueCapacity: d.ANALYTICS_QUEUE_SIZE ?? 10_000,
	};
}

/**
 * Under SHARDS every shard is its own process, and the embedded database belongs to one process: shards need a
 * PostgreSQL server (or no database at all). The problem as a sentence, or undefined when there is none.
 */
export function shardingStorageProblem(env: Record<string, string | undefined>): string | undefined {
	const config = parseStorageConfig(env);
	if (config.databaseUrl || config.dataDir === 'none' || config.dataDir.startsWith('memory://')) return undefined;
	return 'SHARDS runs one process per shard, and the embedded database (DATA_DIR) belongs to one process: set DATABASE_URL to a PostgreSQL server, or DATA_DIR=none';
}
