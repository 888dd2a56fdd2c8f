import { type Glossary, getArticleOr } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import type { TermMatch } from '../search/term-index.ts';
import { foldName } from '../text/normalize.ts';
import { asksToCompare, opensWithAlternative, relatesNames } from './compare.ts';
import { type Asked, decide, evidenceNeeded } from './confidence.ts';
import { analyseIn, rankSections } from './rank.ts';
import type { RankingConfig } from './ranking-config.ts';
import { isShaped, readShape, type Shape } from './shape.ts';
import { askedAbout, findTerms, isSmallWord, type NamedTerms, nameWordsOf } from './subject.ts';
import type { Answer } from './types.ts';
import { type Readers, type Understood, understand } from './understand.ts';

const TRACE_TOP = 5;

/** The kinds a shaped question asks for most (its strongest cues), or undefined when it has no shape. */
function askedKinds(shape: Shape): Asked | undefined {
	if (!isShaped(shape)) return undefined;
	const strength = Math.max(...shape.kinds.values());
	return { kinds: new Set([...shape.kinds].filter(([, s]) => s === strength).map(([kind]) => kind)), strength };
}

/** Whether the kinds the question asks for most are none the subject's article has a section of. */
function asksAbsentKind(shape: Shape, termId: string, lang: ContentLanguage, glossary: Glossary): boolean {
	const article = getArticleOr(glossary, lang, DEFAULT_LANGUAGE, termId);
	const asked = askedKinds(shape);
	if (!article || !asked) return false;
	const has = new Set(article.sections.flatMap((s) => s.kinds));
	return [...asked.kinds].every((kind) => !has.has(kind));
}

/**
 * The share of the question's topic words (not names, shape words or small words) that no language of the
 * glossary knows in any form, nor as a slip of a word it knows: words of some other topic.
 */
export function unknownShare(u: Understood, shape: Shape, named: NamedTerms): number {
	const topic = u.words.filter(
		(w, i) => !shape.shapeWords.has(i) && !named.nameWords.has(w.folded) && !isSmallWord(w.raw, u.lang),
	);
	return topic.length === 0 ? 0 : topic.filter((w) => w.unknown === true).length / topic.length;
}

/** Whether every word of the question that names the term begins a compound. */
function onlyModifiers(match: TermMatch, u: Understood): boolean {
	const words = nameWordsOf(match);
	const naming = u.words.filter((w) => words.has(w.folded));
	return naming.length > 0 && naming.every((w) => w.modifier === true);
}

/** The question's words that name a term by the shortest of its names found in the question. */
function shortestName(match: TermMatch): string[] {
	const names = match.names.filter((n) => n.words.length > 0);
	return (
		names.reduce<string[] | undefined>(
			(best, n) => (best === undefined || n.words.length < best.length ? n.words : best),
			undefined,
		) ?? []
	);
}

/**
 * The kinds of section a question asks for, read from its words in its language and English. A word of a
 * name says nothing of the kind asked for ("работа" in "работа с клиентами", a term's name). Only the
 * shortest name found counts: "roles" of an alias "customer-facing roles" still asks for a list.
 */
export function shapeOfQuestion(u: Understood, found: NamedTerms, config: RankingConfig): Shape {
	const nameWords = new Set(found.inOrder.flatMap(shortestName));
	const tokens = u.words.map((w) => (nameWords.has(w.folded) ? '' : w.folded));
	const shape = readShape(tokens, [u.lang, DEFAULT_LANGUAGE]);
	if (isShaped(shape)) return shape;
	// A short question's language is often misread ("slowmode cos'è" from a German client): its shape may
	// be in any language the glossary has, when a cue long enough says so.
	const wide = readShape(tokens, CONTENT_LANGUAGES);
	return isShaped(wide) && Math.max(...wide.kinds.values()) >= config.limits.wideCueWords ? wide : shape;
}

/**
 * The step after understanding: the terms named and the one asked about, the shape, and whether the question
 * compares two terms (then the first named is the subject and the differences are asked for).
 */
export function subjectOfQuestion(u: Understood, readers: Readers, config: RankingConfig) {
	return readSubject(u, readers, findTerms(u, readers, config), config);
}

/**
 * Whether every definition cue that skipped words ("what does … mean") skipped other words than the subject's
 * names: "what does the K number mean for white balance" asks what the K number means, a matter of another
 * section, not the term's definition.
 */
function definesSomethingElse(shape: Shape, found: NamedTerms, u: Understood): boolean {
	const frames = shape.frames.filter((frame) => frame.kind === 'definition');
	const framed = (first: number, last: number) =>
		u.words.slice(first + 1, last).filter((_, i) => !shape.shapeWords.has(first + 1 + i));
	return (
		found.subject !== undefined &&
		frames.length > 0 &&
		frames.every(({ first, last }) => {
			const words = framed(first, last);
			return words.length > 0 && words.every((w) => !found.nameWords.has(w.folded));
		})
	);
}

function readSubject(u: Understood, readers: Readers, terms: NamedTerms, config: RankingConfig) {
	const shape = shapeOfQuestion(u, terms, config);
	// The shape, once read, says which named term it asks about ("what happens in the back office once the front office…").
	const found = askedAbout(terms, u, shape, config);
	const own = analyseIn(u.lang, u, shape, found, readers);
	if (definesSomethingElse(shape, found, u)) shape.kinds.delete('definition');
	const compare = asksToCompare(found, u, shape);
	// Of two terms compared, or joined by "have", the first named is the one asked about ("realtor vs stock broker",
	// "do realtors have a back office").
	const first = found.inOrder[0];
	const firstAsked = compare || relatesNames(found, u, shape);
	const named = firstAsked && first ? { ...found, subject: first, mentioned: found.inOrder.slice(1) } : found;
	if (compare || opensWithAlternative(found, u)) {
		shape.kinds.set('differences', Math.max(0, ...shape.kinds.values()));
	}
	return { named, shape, own, compare };
}

/**
 * A free question, in named steps: clean and detect the language → find the subject term and the merely
 * mentioned ones → read the shape (the kind of section asked for) → rank sections → calibrate confidence.
 */
export function ask(
	question: string,
	askerLang: ContentLanguage,
	glossary: Glossary,
	readers: Readers,
	config: RankingConfig,
): Answer {
	const u = understand(question, askerLang, readers, config);
	if (foldName(u.text) === '') return { status: 'not-found', suggestions: [], empty: true };
	// A question that is a section's heading word for word asks for that section, as a name asks for a term.
	const headed = readers.lexicon.sectionHeaded(u.text);
	if (headed) return { status: 'answer', ...headed, matchedLang: u.lang, suggestions: [] };
	const read: Reading = { u, askerLang, glossary, readers, config };
	const answer = answerRead(read, findTerms(u, readers, config), false);
	if (answer.status === 'answer' || answer.trace?.subject) return answer;
	// Only a question nothing else answers is read by a word of a longer name ("planner"): in a glossary of
	// thousands of terms most words belong to some name, and the sections holding the question's words know better.
	const byPartialName = findTerms(u, readers, config, true);
	return byPartialName.subject ? answerRead(read, byPartialName, true) : answer;
}

interface Reading {
	u: Understood;
	askerLang: ContentLanguage;
	glossary: Glossary;
	readers: Readers;
	config: RankingConfig;
}

/**
 * Reads the subject and the shape, ranks the sections and decides, for a question understood. `partial`: the
 * subject is named by one word of a longer name only ("balance" of "white balance").
 */
function answerRead(read: Reading, found: NamedTerms, partial: boolean): Answer {
	const { u, askerLang, glossary, readers, config } = read;
	const { named, shape, own, compare } = readSubject(u, readers, found, config);
	const otherKinds = [...shape.kinds.keys()].some((k) => k !== 'definition');
	// "What is X?": nothing asked beyond the name and the shape of a definition.
	const definitional = own.topical.length === 0 && !otherKinds;
	const candidates = rankSections({ u, shape, named, askerLang, glossary, readers, config, definitional });
	// A name in another sense: with other words that none of its sections hold and no shape (with no other
	// words, "how do I bleed my radiators", the name is all the evidence there is); only beginning a compound
	// ("hem" in "hemsidan", a web page); or asked for what its article has no section of.
	const modifierOnly = named.subject ? onlyModifiers(named.subject, u) : false;
	const evidence = evidenceNeeded(
		modifierOnly ? config.thresholds.modifierEvidence : config.thresholds.subjectEvidence,
		unknownShare(u, shape, named),
		config.thresholds,
	);
	const meaning = candidates[0]?.meaning ?? 0;
	const absent = named.subject ? asksAbsentKind(shape, named.subject.termId, u.lang, glossary) : false;
	// One word of a longer name is a common word as often as a name ("balance my work and life", "the depth of
	// the Black Sea"): the subject's sections must hold some of the question's other words too.
	const partialUnsupported = partial && !compare && meaning < config.thresholds.partialNameEvidence;
	const unsupported =
		!definitional &&
		((!isShaped(shape) && own.topical.length > 0 && meaning < evidence) ||
			(absent && own.topical.length > 0 && meaning < config.thresholds.absentKindEvidence) ||
			partialUnsupported);
	const decided = decide(candidates, named, config, unsupported, askedKinds(shape));
	return {
		...decided,
		matchedLang: u.lang,
		trace: {
			lang: u.lang,
			subject: named.subject?.termId,
			mentioned: named.mentioned.map((m) => m.termId),
			kinds: [...shape.kinds.keys()],
			definitional,
			top: candidates.slice(0, TRACE_TOP).map((c) => ({
				termId: c.termId,
				sectionId: c.sectionId,
				score: Math.round(c.score * 1000) / 1000,
				meaning: Math.round(c.meaning * 1000) / 1000,
			})),
		},
	};
}
