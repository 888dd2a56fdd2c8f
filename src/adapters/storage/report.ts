import type {
	AskedTerm,
	DownvotedSection,
	MissingTranslation,
	QuestionGroup,
	ReportQuery,
	ReportSource,
	ResolvedByClick,
	SettingsChange,
	UsageReport,
} from '../../core/storage.ts';
import type { Queryable } from './db.ts';

// Below this the engine's own confidence counts as "low", alongside every "did you mean" answer.
const LOW_CONFIDENCE = 0.5;
// A click this soon after an unanswered question by the same person is that question's answer.
const CLICK_WINDOW = '10 minutes';

/** WHERE clause and parameters for the filters every list shares. */
function filters(q: ReportQuery, alias: string, langColumn = 'lang') {
	const params: unknown[] = [q.since];
	const where = [`${alias}.at >= $1`];
	if (q.lang) {
		params.push(q.lang);
		where.push(`${alias}.${langColumn} = $${params.length}`);
	}
	if (q.guildId) {
		params.push(q.guildId);
		where.push(`${alias}.guild_id = $${params.length}`);
	}
	params.push(q.limit ?? 20);
	return { where: where.join(' AND '), params, limit: `$${params.length}` };
}

async function groups(db: Queryable, q: ReportQuery, status: string): Promise<QuestionGroup[]> {
	const f = filters(q, 'a');
	return db.query<QuestionGroup>(
		`SELECT a.lang, a.normalized, (array_agg(a.question ORDER BY a.at DESC))[1] AS example, count(*)::int AS count
		 FROM asked a WHERE ${f.where} AND a.normalized <> '' AND ${status}
		 GROUP BY a.lang, a.normalized ORDER BY count DESC, a.normalized LIMIT ${f.limit}`,
		f.params,
	);
}

async function totals(db: Queryable, q: ReportQuery): Promise<UsageReport['totals']> {
	const a = filters(q, 'a');
	const [asked] = await db.query<Omit<UsageReport['totals'], 'up' | 'down'>>(
		`SELECT count(*)::int AS questions,
			(count(*) FILTER (WHERE status = 'answer'))::int AS answered,
			(count(*) FILTER (WHERE status = 'suggestions'))::int AS suggestions,
			(count(*) FILTER (WHERE status = 'not-found'))::int AS "notFound"
		 FROM asked a WHERE ${a.where}`,
		a.params.slice(0, -1),
	);
	const v = filters(q, 'v');
	const [votes] = await db.query<{ up: number; down: number }>(
		`SELECT (count(*) FILTER (WHERE value = 1))::int AS up, (count(*) FILTER (WHERE value = -1))::int AS down
		 FROM votes v WHERE ${v.where}`,
		v.params.slice(0, -1),
	);
	return {
		questions: asked?.questions ?? 0,
		answered: asked?.answered ?? 0,
		suggestions: asked?.suggestions ?? 0,
		notFound: asked?.notFound ?? 0,
		up: votes?.up ?? 0,
		down: votes?.down ?? 0,
	};
}

async function downvoted(db: Queryable, q: ReportQuery): Promise<DownvotedSection[]> {
	const f = filters(q, 'v');
	return db.query<DownvotedSection>(
		`SELECT v.lang, v.term_id AS "termId", v.section_id AS "sectionId",
			(count(*) FILTER (WHERE v.value = -1))::int AS down, (count(*) FILTER (WHERE v.value = 1))::int AS up,
			coalesce(array_agg(v.comment ORDER BY v.at DESC) FILTER (WHERE v.comment IS NOT NULL), '{}') AS comments
		 FROM votes v WHERE ${f.where} AND v.term_id IS NOT NULL
		 GROUP BY v.lang, v.term_id, v.section_id HAVING count(*) FILTER (WHERE v.value = -1) > 0
		 ORDER BY down DESC, up, v.term_id LIMIT ${f.limit}`,
		f.params,
	);
}

async function topTerms(db: Queryable, q: ReportQuery): Promise<AskedTerm[]> {
	const f = filters(q, 'a');
	return db.query<AskedTerm>(
		`SELECT a.term_id AS "termId", count(*)::int AS count FROM asked a
		 WHERE ${f.where} AND a.status = 'answer' AND a.term_id IS NOT NULL
		 GROUP BY a.term_id ORDER BY count DESC, a.term_id LIMIT ${f.limit}`,
		f.params,
	);
}

async function resolvedByClick(db: Queryable, q: ReportQuery): Promise<ResolvedByClick[]> {
	const f = filters(q, 'a');
	return db.query<ResolvedByClick>(
		`SELECT a.lang, a.normalized, (array_agg(a.question ORDER BY c.at DESC))[1] AS question,
			c.term_id AS "termId", c.section_id AS "sectionId", count(*)::int AS count
		 FROM clicks c
		 CROSS JOIN LATERAL (
			SELECT * FROM asked x
			WHERE x.user_hash = c.user_hash AND x.at <= c.at AND x.at > c.at - interval '${CLICK_WINDOW}'
			ORDER BY x.at DESC LIMIT 1
		 ) a
		 -- Only when the person's latest question had no answer: a click after an answer is browsing.
		 WHERE ${f.where} AND a.status <> 'answer' AND a.normalized <> ''
		 GROUP BY a.lang, a.normalized, c.term_id, c.section_id
		 ORDER BY count DESC, a.normalized LIMIT ${f.limit}`,
		f.params,
	);
}

async function askedTermsByLang(db: Queryable, q: ReportQuery): Promise<MissingTranslation[]> {
	const f = filters(q, 'a');
	return db.query<MissingTranslation>(
		`SELECT a.lang, a.term_id AS "termId", count(*)::int AS count FROM asked a
		 WHERE ${f.where} AND a.status = 'answer' AND a.term_id IS NOT NULL
		 GROUP BY a.lang, a.term_id ORDER BY count DESC, a.term_id`,
		f.params.slice(0, -1),
	);
}

async function settingsChanges(db: Queryable, q: ReportQuery): Promise<SettingsChange[]> {
	const f = filters({ ...q, lang: undefined }, 's');
	const rows = await db.query<{ at: Date; guildId: string; change: SettingsChange['change'] }>(
		`SELECT s.at, s.guild_id AS "guildId", s.change FROM settings_changes s
		 WHERE ${f.where} ORDER BY s.at DESC LIMIT ${f.limit}`,
		f.params,
	);
	return rows.map((r) => ({ at: new Date(r.at).toISOString(), guildId: r.guildId, change: r.change }));
}

/** The figures `glossary-bot report` and /stats show. `hasArticle` tells which translations exist. */
export function createReportSource(db: Queryable, hasArticle: (lang: string, termId: string) => boolean): ReportSource {
	return {
		async report(q) {
			const lowStatus = `(a.status = 'suggestions' OR (a.status = 'answer' AND a.confidence < ${LOW_CONFIDENCE}))`;
			const [t, unanswered, lowConfidence, down, top, clicks, asked, changes] = await Promise.all([
				totals(db, q),
				groups(db, q, `a.status = 'not-found'`),
				groups(db, q, lowStatus),
				downvoted(db, q),
				topTerms(db, q),
				resolvedByClick(db, q),
				askedTermsByLang(db, q),
				settingsChanges(db, q),
			]);
			return {
				since: q.since.toISOString(),
				lang: q.lang ?? null,
				guildId: q.guildId ?? null,
				totals: t,
				unanswered,
				lowConfidence,
				downvoted: down,
				topTerms: top,
				resolvedByClick: clicks,
				missingTranslations: asked.filter((r) => !hasArticle(r.lang, r.termId)).slice(0, q.limit ?? 20),
				settingsChanges: changes,
			};
		},
	};
}
