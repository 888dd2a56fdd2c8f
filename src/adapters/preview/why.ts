import { type Answer, questionIntent } from '../../core/answer/engine.ts';
import type { CommandContext } from '../../core/command.ts';
import { answerSections, type Glossary } from '../../core/content/types.ts';
import type { ContentLanguage, ResolvedLocale } from '../../core/locales.ts';
import { SectionIndex } from '../../core/search/section-index.ts';

/** What the preview's side panel shows about one answer. */
export interface Why {
	status: Answer['status'];
	/** The language the question was understood in. */
	detectedLanguage: ContentLanguage | undefined;
	/** The term the answer is about. */
	subject: { id: string; title: string } | undefined;
	section: { id: string; heading: string; kinds: string[] } | undefined;
	/** The question's shape: which sections it asks for, or "definition only". */
	shape: string;
	/** The five best sections of the detected language by the section index's own score, before the engine's rules. */
	top: { termId: string; sectionId: string; heading: string; score: number; coverage: number }[];
	suggestions: string[];
	/** What the engine says about itself, when it can explain (the `explain` hook); shown as is. */
	engine?: unknown;
}

/** The engine's own explanation, when it has one (issue 9 reworks the engine's debug output). */
type Explaining = { explain?: (question: string, lang: ContentLanguage) => unknown };

const indexes = new WeakMap<Glossary, SectionIndex>();
function sectionIndex(glossary: Glossary): SectionIndex {
	let index = indexes.get(glossary);
	if (!index) {
		index = new SectionIndex(glossary);
		indexes.set(glossary, index);
	}
	return index;
}

/**
 * Why this answer won, from what the engine exposes: its Answer (status, language, term, section, suggestions),
 * the question's shape, and the section index's raw top five. `explain`, when the engine grows one, is passed on.
 */
export function explainAnswer(command: string, text: string, locale: ResolvedLocale, ctx: CommandContext): Why {
	const { engine } = ctx;
	const answer = command === 'ask' ? engine.ask(text, locale.lang) : engine.define(text, locale.lang);
	const lang = answer.matchedLang ?? locale.lang;
	const shown = answer.termId ? engine.show(answer.termId, answer.sectionId, locale.lang) : undefined;
	const glossary = engine.glossary;
	const title = (termId: string, sectionId?: string) => {
		const s = engine.show(termId, sectionId, lang);
		return s ? (sectionId ? `${s.article.title} › ${s.section.heading}` : s.article.title) : termId;
	};
	const top = sectionIndex(glossary)
		.search(text, lang, { limit: 5 })
		.slice(0, 5)
		.map((hit) => ({ ...hit, heading: title(hit.termId, hit.sectionId) }));
	const explain = (engine as unknown as Explaining).explain;
	return {
		status: answer.status,
		detectedLanguage: answer.matchedLang,
		subject: shown ? { id: shown.article.id, title: shown.article.title } : undefined,
		section: shown
			? { id: shown.section.id, heading: shown.section.heading, kinds: [...(shown.section.kinds ?? [])] }
			: undefined,
		shape: command === 'ask' ? shapeOf(text, shown?.article.id, glossary, lang) : `${command}: a term, not a question`,
		top,
		suggestions: answer.suggestions.map((s) => title(s.termId, s.sectionId)),
		...(explain ? { engine: explain.call(engine, text, lang) } : {}),
	};
}

function shapeOf(text: string, termId: string | undefined, glossary: Glossary, lang: ContentLanguage): string {
	const intent = questionIntent(text);
	if (!intent) return 'no particular shape: the words decide';
	if (intent.definitionOnly) return 'definition ("what is …?")';
	const article = termId ? glossary.articles.get(lang)?.get(termId) : undefined;
	const ids = article ? answerSections(article).map((s) => s.id) : [];
	const wanted = ids.filter((id) => intent.wants(id));
	return wanted.length > 0 ? `asks for: ${wanted.join(', ')}` : 'a shape this term has no section for';
}
