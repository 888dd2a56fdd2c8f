import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.ts';

/** Embedded PostgreSQL (WebAssembly) in a data directory: one process, nothing to install or start. */
export async function openPglite(dataDir: string): Promise<Db> {
	if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
	const pg = await PGlite.create(dataDir);
	const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
		query: async <R>(sql: string, params: unknown[] = []) => (await q.query<R>(sql, params)).rows,
	});
	// PGlite runs one statement at a time on its single connection, so a session lock is simply held.
	let chain: Promise<unknown> = Promise.resolve();
	const serial = <T>(fn: () => Promise<T>): Promise<T> => {
		const next = chain.then(fn, fn);
		chain = next.catch(() => undefined);
		return next;
	};
	return {
		engine: 'pglite',
		query: wrap(pg).query,
		transaction: (fn) => serial(() => pg.transaction((tx) => fn(wrap(tx)))),
		withLock: (key, fn) =>
			serial(async () => {
				await pg.query('SELECT pg_advisory_lock($1)', [key]);
				try {
					return await fn(wrap(pg));
				} finally {
					await pg.query('SELECT pg_advisory_unlock($1)', [key]);
				}
			}),
		close: () => pg.close(),
	};
}
