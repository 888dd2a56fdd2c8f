import pg from 'pg';
import { DatabaseConfigError, type Db, type Queryable, redactUrl } from './db.ts';

/** A PostgreSQL server shared by every replica and shard. */
export async function openPostgres(url: string, statementTimeoutMs: number): Promise<Db> {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw new DatabaseConfigError('DATABASE_URL is not a URL: expected postgres://user:password@host:5432/database');
	}
	if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
		throw new DatabaseConfigError(
			`DATABASE_URL must start with postgres:// or postgresql:// (got ${parsed.protocol}//); leave it unset for the embedded database`,
		);
	}
	const pool = new pg.Pool({
		connectionString: url,
		max: 4,
		connectionTimeoutMillis: 3000,
		idleTimeoutMillis: 10_000,
		statement_timeout: statementTimeoutMs,
		query_timeout: statementTimeoutMs + 1000,
		application_name: 'glossary-bot',
	});
	// An idle connection dropped by a restarting server must not take the process down; the next query
	// reconnects (and the event queue retries what failed).
	pool.on('error', () => undefined);
	try {
		await pool.query('SELECT 1');
	} catch (error) {
		await pool.end().catch(() => undefined);
		const e = error as NodeJS.ErrnoException;
		throw new DatabaseConfigError(
			`cannot connect to DATABASE_URL ${redactUrl(url)}: ${e.code ? `${e.code} ` : ''}${e.message}`.trim(),
		);
	}
	const wrap = (client: Pick<pg.PoolClient, 'query'>): Queryable => ({
		query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
	});
	const onClient = async <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
		const client = await pool.connect();
		let broken: Error | undefined;
		try {
			return await fn(client);
		} catch (error) {
			broken = error as Error;
			throw error;
		} finally {
			client.release(broken);
		}
	};
	return {
		engine: 'postgres',
		query: wrap(pool).query,
		transaction: (fn) =>
			onClient(async (client) => {
				await client.query('BEGIN');
				try {
					const out = await fn(wrap(client));
					await client.query('COMMIT');
					return out;
				} catch (error) {
					await client.query('ROLLBACK').catch(() => undefined);
					throw error;
				}
			}),
		withLock: (key, fn) =>
			onClient(async (client) => {
				// A lock wait is not a slow statement: replicas may queue behind a long migration.
				await client.query('SET statement_timeout = 0');
				await client.query('SELECT pg_advisory_lock($1)', [key]);
				try {
					return await fn(wrap(client));
				} finally {
					await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
					await client.query(`SET statement_timeout = ${Math.floor(statementTimeoutMs)}`).catch(() => undefined);
				}
			}),
		close: () => pool.end(),
	};
}
