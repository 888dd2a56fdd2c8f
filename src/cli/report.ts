import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { loadContentDir } from '../adapters/fs/read-content.ts';
import { parseStorageConfig } from '../adapters/storage/config.ts';
import { DatabaseConfigError } from '../adapters/storage/db.ts';
import { openStorage } from '../adapters/storage/index.ts';
import { getArticle } from '../core/content/types.ts';
import { isContentLanguage } from '../core/locales.ts';
import { aliasPatch, suggestAliases } from '../core/report/alias-patch.ts';
import { formatReport } from '../core/report/format-report.ts';

type Io = { out: (s: string) => void; err: (s: string) => void };

export interface ReportOptions {
	since: string | undefined;
	lang: string | undefined;
	json: boolean;
	aliasesPatch: boolean;
	contentDir: string;
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `7d`, `12h`, `30m`, `2w`, or a date such as `2026-11-01`. */
export function parseSince(value: string, now = Date.now()): Date | undefined {
	const relative = /^(\d+)\s*([mhdw])$/.exec(value.trim());
	if (relative) return new Date(now - Number(relative[1]) * (UNITS[relative[2] ?? 'd'] ?? 0));
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * `glossary-bot report`: what people asked and did not get, what they voted down, which aliases the glossary
 * lacks. Reads the same database as the bot (DATABASE_URL, else DATA_DIR). Never edits content: aliases come
 * out as a patch for an author to review and `git apply`.
 */
export async function runReport(
	options: ReportOptions,
	io: Io,
	env: Record<string, string | undefined> = process.env,
): Promise<number> {
	const since = parseSince(options.since ?? '7d');
	if (!since) {
		io.err(`glossary-bot report: --since takes 7d, 24h, 30m, 2w or a date (got "${options.since}")\n`);
		return 2;
	}
	if (options.lang !== undefined && !isContentLanguage(options.lang)) {
		io.err(`glossary-bot report: --lang takes a content language: en, sv, de, ro, ru, it\n`);
		return 2;
	}
	dotenv.config({ quiet: true });
	let config: ReturnType<typeof parseStorageConfig>;
	try {
		config = parseStorageConfig(env);
	} catch (error) {
		io.err(`glossary-bot report: ${(error as Error).message}\n`);
		return 1;
	}
	const { glossary } = loadContentDir(options.contentDir);
	const articleOf = (lang: string, termId: string) =>
		glossary && isContentLanguage(lang) ? getArticle(glossary, lang, termId) : undefined;
	let storage: Awaited<ReturnType<typeof openStorage>>;
	try {
		storage = await openStorage({
			config: { ...config, analytics: false },
			logger: { warn: () => undefined, info: () => undefined },
			hasArticle: (lang, termId) => articleOf(lang, termId) !== undefined,
		});
	} catch (error) {
		if (!(error instanceof DatabaseConfigError)) throw error;
		io.err(`glossary-bot report: ${error.message}\n`);
		return 1;
	}
	try {
		const report = await storage.reports.report({ since, lang: options.lang, limit: 50 });
		const aliases = suggestAliases(report.resolvedByClick, articleOf);
		const patches = aliases
			.map((a) => aliasPatch(`content/${a.file}`, readFileSync(join(options.contentDir, a.file), 'utf8'), a.aliases))
			.filter((p): p is string => p !== undefined);
		if (options.aliasesPatch) io.out(patches.join(''));
		else if (options.json)
			io.out(`${JSON.stringify({ ...report, aliasSuggestions: aliases, aliasPatch: patches.join('') })}\n`);
		else io.out(formatReport(report, aliases));
		return 0;
	} finally {
		await storage.close();
	}
}
