import type { SectionKind } from '../content/section-kinds.ts';
import type { Article, Section } from '../content/types.ts';
import type { ContentLanguage } from '../locales.ts';

export type AnswerStatus = 'answer' | 'suggestions' | 'not-found';

export interface Suggestion {
	termId: string;
	sectionId?: string;
}

/** Why an answer won, for authors (the preview, `--explain`): each step of the pipeline's reading. */
export interface AnswerTrace {
	lang: ContentLanguage;
	subject: string | undefined;
	mentioned: string[];
	kinds: SectionKind[];
	definitional: boolean;
	top: { termId: string; sectionId: string; score: number; meaning: number }[];
}

export interface Answer {
	status: AnswerStatus;
	termId?: string;
	sectionId?: string;
	/** Language the question was understood in (may differ from the asker's: an English question from Sweden). */
	matchedLang?: ContentLanguage;
	/** "Did you mean": other terms or sections, best first, at most five. */
	suggestions: Suggestion[];
	/** Set when the input held nothing to search for. */
	empty?: boolean;
	trace?: AnswerTrace;
}

/** What is shown for an answer: the article in the asker's language, or English when it lacks one. */
export interface Shown {
	article: Article;
	section: Section;
	/** True when the asker's language has no article for this term, so English is shown. */
	untranslated: boolean;
}
