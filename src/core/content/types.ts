import type { ContentLanguage } from '../locales.ts';
import type { SectionKind } from './section-kinds.ts';

export interface Section {
	/** Stable across languages: "the types section" is `types` in every translation. */
	id: string;
	heading: string;
	/** Earlier wordings of the heading (`<!-- seed-heading: … -->` notes): searched like the heading, never shown. */
	seedHeadings: string[];
	/** What the section is for: declared (`{#id kind=cost}`) or implied by a conventional id. */
	kinds: SectionKind[];
	level: 2 | 3;
	/** The `##` group heading this `###` section sits under, if any. */
	parentId: string | undefined;
	/** Discord-ready Markdown: cross-reference links replaced by their text. */
	markdown: string;
	/** Plain text for indexing. */
	text: string;
	/** Term ids this section links to, in order of appearance, without repeats. */
	links: string[];
	/** Every cross-reference with its source line, for error reports. */
	refs: { id: string; line: number }[];
	/** 1-based line of the heading in the source file. */
	line: number;
	/** A group heading with no text of its own; never an answer. */
	isGroup: boolean;
}

export interface Article {
	id: string;
	lang: ContentLanguage;
	title: string;
	description: string;
	aliases: string[];
	examples: string[];
	/** Term ids this article points at: its links plus front-matter `related`. */
	links: string[];
	keywords: string[];
	sections: Section[];
	/** Path relative to the content directory, e.g. `sv/customer-facing.md`. */
	file: string;
}

export interface ContentFile {
	/** Path relative to the content directory, with `/` separators. */
	path: string;
	source: string;
}

export type Severity = 'error' | 'warning';

export interface Problem {
	file: string;
	line: number;
	severity: Severity;
	message: string;
}

export interface Glossary {
	/** Sorted term ids. */
	termIds: string[];
	articles: ReadonlyMap<ContentLanguage, ReadonlyMap<string, Article>>;
	/** Related terms of each term, links out and in, sorted. */
	related: ReadonlyMap<string, string[]>;
	/** SHA-256 of the content files, when loaded from a compiled index. */
	hash?: string;
}

export function getArticle(glossary: Glossary, lang: ContentLanguage, termId: string): Article | undefined {
	return glossary.articles.get(lang)?.get(termId);
}

/** A term's article in `lang`, or in `fallback` where `lang` has no translation of it. */
export function getArticleOr(
	glossary: Glossary,
	lang: ContentLanguage,
	fallback: ContentLanguage,
	termId: string,
): Article | undefined {
	return getArticle(glossary, lang, termId) ?? getArticle(glossary, fallback, termId);
}

export function getSection(article: Article, sectionId: string): Section | undefined {
	return article.sections.find((s) => s.id === sectionId);
}

/** Sections that can be an answer (not group headings), in article order. */
export function answerSections(article: Article): Section[] {
	return article.sections.filter((s) => !s.isGroup);
}
