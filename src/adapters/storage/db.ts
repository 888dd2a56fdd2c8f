/**
 * The one query interface both engines implement: PostgreSQL's SQL with `$1` parameters, rows as objects.
 * PGlite and `pg` already speak exactly this, so plain parameterised SQL needs no query builder; counts are
 * cast to `int` in SQL because `pg` returns int8 as a string and PGlite as a number.
 */
export interface Queryable {
	query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface Db extends Queryable {
	readonly engine: 'pglite' | 'postgres';
	/** Runs `fn` in one transaction on one connection. */
	transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
	/** Runs `fn` on one connection holding a session advisory lock, so replicas starting together take turns. */
	withLock<T>(key: number, fn: (conn: Queryable) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

export class DatabaseConfigError extends Error {}

export interface OpenOptions {
	/** `postgres://…`: a PostgreSQL server through `pg`. Otherwise PGlite in `dataDir`. */
	databaseUrl?: string | undefined;
	/** PGlite's directory; `memory://` keeps it in memory (tests). */
	dataDir: string;
	/** How long one statement may take before it is abandoned (a slow database must not pile up work). */
	statementTimeoutMs?: number;
}

/** Opens the configured engine. Imports each driver only when it is used, so the CLI stays quick. */
export async function openDatabase(options: OpenOptions): Promise<Db> {
	if (options.databaseUrl) {
		const { openPostgres } = await import('./postgres.ts');
		return openPostgres(options.databaseUrl, options.statementTimeoutMs ?? 5000);
	}
	const { openPglite } = await import('./pglite.ts');
	return openPglite(options.dataDir);
}

/** `postgres://user:secret@host:5432/db` → `postgres://user@host:5432/db`: safe to print. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.password = '';
		return parsed.toString().replace(/:@/, '@');
	} catch {
		return '(unparsable URL)';
	}
}
