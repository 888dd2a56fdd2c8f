import type { SectionKind } from '../content/section-kinds.ts';
import { answerSections, type Glossary, getArticleOr } from '../content/types.ts';
import { type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import type { SectionHit } from '../search/section-index.ts';
import type { RankingConfig } from './ranking-config.ts';
import type { Shape } from './shape.ts';
import type { NamedTerms } from './subject.ts';
import type { Readers, Understood, Word } from './understand.ts';

export interface Candidate {
	termId: string;
	sectionId: string;
	kinds: readonly SectionKind[];
	score: number;
	/** BM25+ in the question's language and in the best other language, each 0..1 of that search's best. */
	lexical: number;
	crossLexical: number;
	coverage: number;
	/** Share of the question's topical meaning (IDF-weighted words) this section holds. */
	meaning: number;
	/** How many of the question's topical words the section holds, in the language it holds most of. */
	held: number;
}

/** The question's words as one language analyses them, and which of them carry its topic. */
export interface Analysed {
	lang: ContentLanguage;
	all: string[];
	topical: string[];
	names: Set<string>;
	/** Words that said what kind of section is asked for ("how much", "salary"). */
	shaped: Set<string>;
}

export function analyseIn(lang: ContentLanguage, u: Understood, shape: Shape, named: NamedTerms, r: Readers): Analysed {
	const all: string[] = [];
	const topical: string[] = [];
	const names = new Set<string>();
	const shaped = new Set<string>();
	u.words.forEach((word, i) => {
		const analysed = r.lexicon.analyse(lang, word.raw);
		if (analysed === null) return;
		if (!all.includes(analysed)) all.push(analysed);
		if (shape.shapeWords.has(i)) shaped.add(analysed);
		if (named.nameWords.has(word.folded)) names.add(analysed);
		else if (!shape.shapeWords.has(i) && !topical.includes(analysed)) topical.push(analysed);
	});
	// A word that is also part of a name counts as a name ("roles" in "customer-facing roles").
	return { lang, all, topical: topical.filter((w) => !names.has(w)), names, shaped };
}

function search(a: Analysed, terms: ReadonlySet<string> | undefined, r: Readers, cfg: RankingConfig): SectionHit[] {
	if (a.all.length === 0) return [];
	// With no term named, the topic's words choose among every term's sections; shape words ("pay") would
	// pick whichever term has them in a heading. The kind feature weighs the shape instead.
	const topicWords = a.all.filter((w) => !a.names.has(w) && !a.shaped.has(w));
	const light = terms || topicWords.length === 0 ? a.names : new Set([...a.names, ...a.shaped]);
	return r.sections.search({ analysed: a.all }, a.lang, {
		...(terms ? { terms } : {}),
		downweight: light,
		limit: cfg.limits.candidates,
		looseEndings: cfg.limits.looseEndings,
	});
}

const MIN_FUZZY_CREDIT = 6;

const key = (termId: string, sectionId: string) => `${termId}#${sectionId}`;

function meaningOf(hit: SectionHit | undefined, a: Analysed, r: Readers): number {
	// A question of shape words alone ("Highlights?") means what those words say.
	const words = a.topical.length > 0 ? a.topical : a.all.filter((w) => !a.names.has(w));
	if (words.length === 0) return 0;
	const idf = (w: string) => r.lexicon.idf(a.lang, w);
	const total = words.reduce((sum, w) => sum + idf(w), 0);
	// A word found only through a typo or prefix is half as sure, and short words not at all: "mår" is
	// one letter from many words that have nothing to do with it.
	const credit = (w: string) =>
		hit?.matched.includes(w) ? 1 : hit?.fuzzyMatched.includes(w) && w.length >= MIN_FUZZY_CREDIT ? 0.5 : 0;
	const held = words.reduce((sum, w) => sum + credit(w) * idf(w), 0);
	return total > 0 ? held / total : 0;
}

function heldOf(hit: SectionHit | undefined, a: Analysed): number {
	return hit ? a.topical.filter((w) => hit.matched.includes(w)).length : 0;
}

/**
 * Scores of every hit by section, each search normalised to its best hit. Copied with Object.assign, not a
 * spread followed by a property (see the candidates in `rankSections`).
 */
function normalised(hits: SectionHit[]): Map<string, SectionHit & { norm: number }> {
	const best = hits[0]?.score ?? 0;
	return new Map(
		hits.map((h) => [key(h.termId, h.sectionId), Object.assign({}, h, { norm: best > 0 ? h.score / best : 0 })]),
	);
}

const knows = (lang: ContentLanguage, word: Word, r: Readers) =>
	r.lexicon.knowsWord(lang, word.folded) || r.lexicon.knowsStem(lang, word.raw);

/** Another language is searched too when the question borrows words from it that its own language lacks. */
function lendsWords(lang: ContentLanguage, u: Understood, r: Readers): boolean {
	return u.words.some((w) => knows(lang, w, r) && !knows(u.lang, w, r));
}

/** The kind's weight when the shape asks for it, less when another kind's cue was more specific. */
function shapeWeight(shape: Shape, kind: SectionKind, config: RankingConfig): number {
	const own = shape.kinds.get(kind);
	if (own === undefined) return 0;
	const strongest = Math.max(0, ...shape.kinds.values());
	const weaker = own >= strongest ? 1 : config.weights.weakerShape;
	return config.weights.kind[kind] * weaker * (shape.byDefault ? config.weights.defaultShape : 1);
}

export interface RankInput {
	u: Understood;
	shape: Shape;
	named: NamedTerms;
	/** The asker's language: its translation of each section is searched too. */
	askerLang: ContentLanguage;
	glossary: Glossary;
	readers: Readers;
	config: RankingConfig;
	definitional: boolean;
}

/**
 * Ranks sections by a weighted sum of features (ranking-config.ts): words in the question's language and
 * in the aligned translations, the kind the question's shape asks for, and whose section it is.
 */
export function rankSections(input: RankInput): Candidate[] {
	const { u, shape, named, glossary, readers, config } = input;
	const w = config.weights;
	const others = [...new Set([DEFAULT_LANGUAGE, input.askerLang])].filter((l) => l !== u.lang);
	const langs = [u.lang, ...others.filter((l) => lendsWords(l, u, readers))];
	const analysed = langs.map((lang) => analyseIn(lang, u, input.shape, named, readers));
	const termIds = named.subject ? [named.subject, ...named.mentioned].map((m) => m.termId) : undefined;
	const filter = termIds ? new Set(termIds) : undefined;
	const results = analysed.map((a) => ({ a, hits: normalised(search(a, filter, readers, config)) }));
	const own = results[0];
	const kindWords = own ? own.a.all.filter((word) => !own.a.names.has(word)) : [];

	const sections = new Map<string, { termId: string; sectionId: string; kinds: readonly SectionKind[] }>();
	const add = (termId: string, sectionId: string) => {
		const article = getArticleOr(glossary, u.lang, DEFAULT_LANGUAGE, termId);
		const section = article?.sections.find((s) => s.id === sectionId);
		if (section) sections.set(key(termId, sectionId), { termId, sectionId, kinds: section.kinds });
	};
	for (const termId of termIds ?? []) {
		const article = getArticleOr(glossary, u.lang, DEFAULT_LANGUAGE, termId);
		for (const s of article ? answerSections(article) : []) add(termId, s.id);
	}
	if (!termIds) for (const { hits } of results) for (const h of hits.values()) add(h.termId, h.sectionId);

	const candidates: Candidate[] = [];
	for (const [k, s] of sections) {
		const hit = own?.hits.get(k);
		const lexical = hit?.norm ?? 0;
		const crossLexical = Math.max(0, ...results.slice(1).map((r) => r.hits.get(k)?.norm ?? 0));
		const coverage = Math.max(0, ...results.map((r) => r.hits.get(k)?.coverage ?? 0));
		const meaning = Math.max(0, ...results.map((r) => meaningOf(r.hits.get(k), r.a, readers)));
		const held = Math.max(0, ...results.map((r) => heldOf(r.hits.get(k), r.a)));
		// Without a named term the shape cannot pick among every term's sections: it only re-orders the
		// sections that hold the question's words, in proportion to how many they hold.
		const shapeFit = Math.max(0, ...s.kinds.map((kind) => shapeWeight(shape, kind, config)));
		const worded = Math.max(0, ...s.kinds.map((kind) => readers.kinds.affinity(u.lang, kindWords, kind)));
		const kindScore = (named.subject ? shapeFit : shapeFit * coverage) + w.kindWords * worded;
		const definitional = input.definitional && s.kinds.includes('definition') ? w.definitional : 0;
		const subject = named.subject?.termId === s.termId ? w.subject : 0;
		const score =
			w.lexical * lexical + w.crossLexical * crossLexical + w.coverage * coverage + kindScore + definitional + subject;
		// Written out rather than `{ ...s, score, … }`: Node 20's V8 puts part of an object made by a spread
		// followed by more properties straight into the old generation (~90 of its bytes), where only a full
		// collection frees it. One per candidate section, that was ~22 of the ~57 KB per /ask that reached the
		// old generation at 5,000 terms, and the full collections it brought paused answers for 10–80 ms.
		candidates.push({
			termId: s.termId,
			sectionId: s.sectionId,
			kinds: s.kinds,
			score,
			lexical,
			crossLexical,
			coverage,
			meaning,
			held,
		});
	}
	// Only the question's own topic words lead to a topic: a name is in all its term's sections.
	if ((own?.a.topical.length ?? 0) > 0) liftTopic(candidates, w.topicLead, shape, named.subject !== undefined);
	// Equal scores keep article order, so that with nothing else to go on the opening section wins.
	return candidates.sort((a, b) => b.score - a.score);
}

/**
 * A `topic` section is found by its words alone (content-format.md): no question shape asks for it. Its words
 * are its cue: when it holds the question's topic words clearly more than any other section, it gains in
 * proportion to that lead, as a section of the kind a shape asks for gains by the kind. `subject`: the
 * candidates are sections of a term the question names.
 */
export function liftTopic(candidates: Candidate[], weight: number, shape: Shape, subject = false): void {
	const rivals = candidates.filter((c) => rivalsTopics(c, shape, subject));
	// When the question's own language holds none of its words, the translations that do show the lead.
	const own = rivals.some((c) => c.lexical > 0);
	const signal = (c: Candidate) => (own ? c.lexical : c.crossLexical);
	const [top = 0, second = 0] = rivals.map(signal).sort((a, b) => b - a);
	for (const c of candidates) {
		if (signal(c) === top && c.kinds.includes('topic')) c.score += weight * (top - second);
	}
}

/**
 * Whether a section's hold on the question's words is a rival lead to a topic's. A summary restates the other
 * sections, and so does the definition of the term asked about: unless asked for, holding the same words is no
 * rival lead. With no term named, every term's definition is a rival: it may be the term the question is about.
 */
function rivalsTopics(c: Candidate, shape: Shape, subject: boolean): boolean {
	if (c.kinds.includes('summary') && !shape.kinds.has('summary')) return false;
	return !(subject && c.kinds.includes('definition') && !shape.kinds.has('definition'));
}
