import type { Answer, AnswerTrace } from '../../core/answer/engine.ts';
import type { CommandContext } from '../../core/command.ts';
import type { ContentLanguage, ResolvedLocale } from '../../core/locales.ts';

/** What the preview's side panel shows about one answer. */
export interface Why {
	status: Answer['status'];
	/** The language the question was understood in. */
	detectedLanguage: ContentLanguage | undefined;
	/** The term the question is about, as the engine read it. */
	subject: { id: string; title: string } | undefined;
	/** Other terms the question names in passing. */
	mentioned: string[];
	section: { id: string; heading: string; kinds: string[] } | undefined;
	/** The question's shape: the kinds of section it asks for, or "definition only". */
	shape: string;
	/** The five best sections by the engine's own score, with the share of the question's meaning each holds. */
	top: { termId: string; sectionId: string; heading: string; score: number; meaning: number }[];
	suggestions: string[];
}

function shapeOf(trace: AnswerTrace | undefined, command: string): string {
	if (command !== 'ask') return `${command}: a term, not a question`;
	if (!trace) return 'picked by id or heading';
	if (trace.definitional) return 'definition ("what is …?", nothing else asked)';
	return trace.kinds.length > 0 ? `asks for: ${trace.kinds.join(', ')}` : 'no particular shape: the words decide';
}

/** Why this answer won, from the engine's own trace of each pipeline step. */
export function explainAnswer(command: string, text: string, locale: ResolvedLocale, ctx: CommandContext): Why {
	const { engine } = ctx;
	const answer = command === 'ask' ? engine.ask(text, locale.lang) : engine.define(text, locale.lang);
	const lang = answer.matchedLang ?? locale.lang;
	const shown = answer.termId ? engine.show(answer.termId, answer.sectionId, locale.lang) : undefined;
	const title = (termId: string, sectionId?: string) => {
		const s = engine.show(termId, sectionId, lang);
		return s ? (sectionId ? `${s.article.title} › ${s.section.heading}` : s.article.title) : termId;
	};
	const trace = answer.trace;
	const subjectId = trace?.subject ?? shown?.article.id;
	return {
		status: answer.status,
		detectedLanguage: answer.matchedLang,
		// Questions picked without a trace (a term name alone) are about the term they answer with.
		subject: subjectId ? { id: subjectId, title: title(subjectId) } : undefined,
		mentioned: (trace?.mentioned ?? []).map((id) => title(id)),
		section: shown
			? { id: shown.section.id, heading: shown.section.heading, kinds: [...shown.section.kinds] }
			: undefined,
		shape: shapeOf(trace, command),
		top: (trace?.top ?? []).map((hit) => ({ ...hit, heading: title(hit.termId, hit.sectionId) })),
		suggestions: answer.suggestions.map((s) => title(s.termId, s.sectionId)),
	};
}
