import { isIP } from 'node:net';
import { z } from 'zod';

/** The command the configuration is for, named as the user typed it (messages say `deploy-commands`). */
export type Mode = 'serve' | 'serve-http' | 'deploy-commands';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
// RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens.
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const schema = z.object({
	DISCORD_TOKEN: optional(z.string().min(20, 'looks too short to be a bot token')),
	DISCORD_CLIENT_ID: optional(snowflake),
	DISCORD_GUILD_ID: optional(snowflake),
	DISCORD_API_URL: optional(
		z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' }),
	),
	DISCORD_PUBLIC_KEY: optional(
		z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the 64-character hex "Public Key" from the developer portal'),
	),
	PORT: optional(z.coerce.number().int().min(1).max(65535)),
	HOST: optional(
		z
			.string()
			.trim()
			.refine(
				(v) => isIP(v) !== 0 || HOSTNAME.test(v),
				'must be an IP address (0.0.0.0, ::, 127.0.0.1) or a host name',
			),
	),
	HEALTH_PORT: optional(z.coerce.number().int().min(0).max(65535)),
	SHARDS: optional(z.union([z.literal('auto'), z.coerce.number().int().min(1).max(10000)])),
	LOG_LEVEL: optional(z.enum(LOG_LEVELS)),
	CONTENT_DIR: optional(z.string()),
	INDEX_FILE: optional(z.string()),
	CONTENT_WATCH: optional(z.enum(['on', 'off'])),
	RELOAD_MEMORY_MB: optional(z.coerce.number().int().min(32).max(1_000_000)),
});

export interface Config {
	token: string | undefined;
	clientId: string | undefined;
	guildId: string | undefined;
	/** REST base without the version, e.g. `https://discord.com/api` (discord.js appends `/v10`). */
	apiUrl: string | undefined;
	publicKey: string | undefined;
	port: number;
	/** serve-http: the address to listen on (default 0.0.0.0, every IPv4 interface). */
	host: string;
	/** Gateway mode: the port of the /healthz, /readyz and /metrics listener (0: any free port); off when unset. */
	healthPort: number | undefined;
	shards: 'auto' | number | undefined;
	logLevel: (typeof LOG_LEVELS)[number];
	contentDir: string | undefined;
	/** The compiled index; by default `<content>/.index/glossary.idx`. */
	indexFile: string | undefined;
	/** Reload when content files change (SIGHUP reloads either way). */
	watchContent: boolean;
	/** The heap a reload's build may use (MB); past it the reload fails and the old content keeps serving. */
	reloadMemoryMb: number | undefined;
}

const REQUIRED: Record<Mode, (keyof z.infer<typeof schema>)[]> = {
	serve: ['DISCORD_TOKEN'],
	'deploy-commands': ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'],
	'serve-http': ['DISCORD_PUBLIC_KEY', 'DISCORD_CLIENT_ID'],
};

const WHY: Record<string, string> = {
	DISCORD_TOKEN: 'the bot token from the developer portal (Bot → Reset Token)',
	DISCORD_CLIENT_ID: 'the application id (General Information → Application ID)',
	DISCORD_PUBLIC_KEY: 'the application public key (General Information → Public Key)',
};

export class ConfigError extends Error {
	readonly problems: string[];
	constructor(problems: string[]) {
		super(`configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nsee .env.example`);
		this.problems = problems;
	}
}

/** Reads and checks every variable at once, and reports every problem in one message. Never echoes values. */
export function parseConfig(env: Record<string, string | undefined>, mode: Mode): Config {
	const problems: string[] = [];
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
	}
	for (const key of REQUIRED[mode]) {
		const value = env[key];
		if (value === undefined || value.trim() === '')
			problems.push(`${key} is required for ${mode}: ${WHY[key] ?? ''}`.trim());
	}
	if (problems.length > 0 || !parsed.success) throw new ConfigError([...new Set(problems)]);
	const d = parsed.data;
	return Object.freeze({
		token: d.DISCORD_TOKEN,
		clientId: d.DISCORD_CLIENT_ID,
		guildId: d.DISCORD_GUILD_ID,
		apiUrl: d.DISCORD_API_URL?.replace(/\/+$/, ''),
		publicKey: d.DISCORD_PUBLIC_KEY?.toLowerCase(),
		port: d.PORT ?? 8080,
		host: d.HOST ?? '0.0.0.0',
		healthPort: d.HEALTH_PORT,
		shards: d.SHARDS,
		logLevel: d.LOG_LEVEL ?? 'info',
		contentDir: d.CONTENT_DIR,
		indexFile: d.INDEX_FILE,
		watchContent: d.CONTENT_WATCH !== 'off',
		reloadMemoryMb: d.RELOAD_MEMORY_MB,
	});
}
