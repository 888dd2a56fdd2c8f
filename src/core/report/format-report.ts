import type { UsageReport } from '../storage.ts';
import type { AliasSuggestion } from './alias-patch.ts';

const section = (title: string, rows: string[]) => [`\n${title}`, ...(rows.length > 0 ? rows : ['  (none)'])];
const where = (lang: string, termId: string, sectionId: string | null) =>
	`${lang}/${termId}${sectionId ? `#${sectionId}` : ''}`;

/** `glossary-bot report` as text for authors (the CLI's own language is English, like its help). */
export function formatReport(report: UsageReport, aliases: AliasSuggestion[]): string {
	const t = report.totals;
	const lines = [
		`Usage since ${report.since}${report.lang ? `, language ${report.lang}` : ''}${report.guildId ? `, server ${report.guildId}` : ''}`,
		`  ${t.questions} questions: ${t.answered} answered, ${t.suggestions} "did you mean", ${t.notFound} nothing found; ${t.up} 👍, ${t.down} 👎`,
		...section(
			'Unanswered (nothing found), by language and normalised text:',
			report.unanswered.map((g) => `  ${String(g.count).padStart(4)}  [${g.lang}] ${g.example}`),
		),
		...section(
			'Low confidence ("did you mean" or a weak answer):',
			report.lowConfidence.map((g) => `  ${String(g.count).padStart(4)}  [${g.lang}] ${g.example}`),
		),
		...section(
			'Sections with the most 👎:',
			report.downvoted.flatMap((d) => [
				`  ${String(d.down).padStart(4)} 👎 ${String(d.up).padStart(3)} 👍  ${where(d.lang, d.termId, d.sectionId)}`,
				...d.comments.map((c) => `          “${c}”`),
			]),
		),
		...section(
			'Most asked terms:',
			report.topTerms.map((r) => `  ${String(r.count).padStart(4)}  ${r.termId}`),
		),
		...section(
			'Answered only after a "did you mean" click:',
			report.resolvedByClick.map(
				(r) =>
					`  ${String(r.count).padStart(4)}  [${r.lang}] ${r.question} → ${r.termId}${r.sectionId ? `#${r.sectionId}` : ''}`,
			),
		),
		...section(
			'Terms asked for in a language they have no article in:',
			report.missingTranslations.map((m) => `  ${String(m.count).padStart(4)}  ${m.lang}/${m.termId}.md`),
		),
		...section(
			'Settings changes:',
			report.settingsChanges.map((s) => `  ${s.at}  server ${s.guildId}: ${JSON.stringify(s.change)}`),
		),
		...section(
			'Suggested aliases (review, then apply the patch printed by --aliases-patch):',
			aliases.map((a) => `  ${a.file}: ${a.aliases.join(', ')}  (${a.clicks} clicks)`),
		),
	];
	return `${lines.join('\n')}\n`;
}
