import type { Db, Queryable } from './db.ts';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

/**
 * The schema, as numbered steps. Never edit a step that has shipped: add the next one. Every step runs in
 * its own transaction, once, in order.
 */
export const MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'usage, votes, clicks, settings',
		sql: `
CREATE TABLE meta (
	key text PRIMARY KEY,
	value text NOT NULL
);
-- One row per question answered (or not). The user is only a salted hash, for counting votes once.
CREATE TABLE asked (
	id text PRIMARY KEY,
	at timestamptz NOT NULL,
	surface text NOT NULL,
	guild_id text,
	user_hash text,
	locale text NOT NULL,
	lang text NOT NULL,
	question text NOT NULL,
	normalized text NOT NULL,
	status text NOT NULL,
	term_id text,
	section_id text,
	latency_ms integer NOT NULL,
	confidence real
);
CREATE INDEX asked_at ON asked (at);
CREATE INDEX asked_guild_at ON asked (guild_id, at);
CREATE INDEX asked_user_at ON asked (user_hash, at);
CREATE TABLE votes (
	answer_id text NOT NULL,
	user_hash text NOT NULL,
	at timestamptz NOT NULL,
	guild_id text,
	value smallint NOT NULL CHECK (value IN (-1, 1)),
	lang text NOT NULL,
	term_id text,
	section_id text,
	comment text,
	PRIMARY KEY (answer_id, user_hash)
);
CREATE INDEX votes_at ON votes (at);
CREATE TABLE clicks (
	id bigserial PRIMARY KEY,
	at timestamptz NOT NULL,
	guild_id text,
	user_hash text NOT NULL,
	lang text NOT NULL,
	term_id text NOT NULL,
	section_id text
);
CREATE INDEX clicks_at ON clicks (at);
CREATE TABLE guild_settings (
	guild_id text PRIMARY KEY,
	settings jsonb NOT NULL,
	updated_at timestamptz NOT NULL
);
CREATE TABLE settings_changes (
	id bigserial PRIMARY KEY,
	at timestamptz NOT NULL,
	guild_id text NOT NULL,
	user_hash text,
	change jsonb NOT NULL
);
CREATE INDEX settings_changes_at ON settings_changes (at);
`,
	},
];

// Any fixed number shared by every replica; "gb" "mi" in ASCII.
export const MIGRATION_LOCK = 0x67626d69;

/** Applies the steps not yet applied, under an advisory lock so replicas starting at once take turns. */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
	return db.withLock(MIGRATION_LOCK, async (conn) => {
		await conn.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version integer PRIMARY KEY,
			name text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`);
		const done = new Set(
			(await conn.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
		);
		const applied: number[] = [];
		for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
			if (done.has(step.version)) continue;
			await inTransaction(conn, async () => {
				for (const statement of splitStatements(step.sql)) await conn.query(statement);
				await conn.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
			});
			applied.push(step.version);
		}
		return applied;
	});
}

async function inTransaction(conn: Queryable, fn: () => Promise<void>): Promise<void> {
	await conn.query('BEGIN');
	try {
		await fn();
		await conn.query('COMMIT');
	} catch (error) {
		await conn.query('ROLLBACK').catch(() => undefined);
		throw error;
	}
}

/** The extended protocol takes one statement at a time; our migrations hold no `;` inside literals. */
function splitStatements(sql: string): string[] {
	return sql
		.replace(/--[^\n]*/g, '')
		.split(';')
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}
