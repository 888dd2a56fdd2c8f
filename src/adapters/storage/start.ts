import type { Glossary } from '../../core/content/types.ts';
import { getArticle } from '../../core/content/types.ts';
import { isContentLanguage } from '../../core/locales.ts';
import { parseStorageConfig } from './config.ts';
import { DatabaseConfigError } from './db.ts';
import { openStorage, type Storage, type StorageLogger } from './index.ts';

type Io = { err: (s: string) => void };

/**
 * Storage for a serving process (gateway or HTTP): the bot does not start on a wrong DATABASE_URL or storage
 * variable, and says which one is wrong (never its value).
 */
export async function startStorage(
	env: Record<string, string | undefined>,
	glossary: Glossary,
	logger: StorageLogger,
	io: Io,
	mode: string,
): Promise<Storage | undefined> {
	try {
		const config = parseStorageConfig(env);
		const storage = await openStorage({
			config,
			logger,
			hasArticle: (lang, termId) => isContentLanguage(lang) && getArticle(glossary, lang, termId) !== undefined,
		});
		logger.info(
			{ event: 'storage', engine: storage.db.engine, analytics: config.analytics, retentionDays: config.retentionDays },
			'storage ready',
		);
		return storage;
	} catch (error) {
		const known = error instanceof DatabaseConfigError || /configuration is not valid/.test((error as Error).message);
		if (!known) throw error;
		io.err(`glossary-bot ${mode}: ${(error as Error).message}\n`);
		return undefined;
	}
}
