import { LANGUAGE_PACKS } from '../lang/index.ts';
import { type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import type { TermMatch } from '../search/term-index.ts';
import { isStopword } from '../text/analyzer.ts';
import { foldName } from '../text/normalize.ts';
import { packWords } from './pack-words.ts';
import type { RankingConfig } from './ranking-config.ts';
import type { Shape } from './shape.ts';
import { shapeWordsOf } from './spelling.ts';
import type { Readers, Understood, Word } from './understand.ts';

export interface NamedTerms {
	/** The term the question is about. */
	subject: TermMatch | undefined;
	/** Other terms named in passing ("what does the back office do for the front office"). */
	mentioned: TermMatch[];
	/** Folded words of the question that are names of these terms. */
	nameWords: Set<string>;
	/** Every named term in the order the question names them. */
	inOrder: TermMatch[];
	/** Terms named after a mention marker ("for the front office", "my house"), with the marker (folded). */
	marked: Map<string, string>;
}

/** Words that carry no topic in the question's language or English. */
export function isSmallWord(word: string, lang: ContentLanguage): boolean {
	return isStopword(lang, word) || isStopword(DEFAULT_LANGUAGE, word);
}

// How far back over small words ("for the", "für das") a marker may stand before a name.
const MARKER_REACH = 3;

/** Where a term is named: its first word that no other named term shares ("planner", not "financial"). */
function firstPosition(match: TermMatch, others: readonly TermMatch[], u: Understood): number {
	const own = new Set(match.names.flatMap((n) => n.words));
	const shared = new Set(others.filter((o) => o !== match).flatMap((o) => o.names.flatMap((n) => n.words)));
	const distinct = [...own].filter((w) => !shared.has(w));
	const words = new Set(distinct.length > 0 ? distinct : own);
	const at = u.words.findIndex((w) => words.has(w.folded));
	return at < 0 ? u.words.length : at;
}

/** The marker ("for", "to", "åt", "für"…) after which a name is what the subject acts on, if one stands there. */
function markerBefore(position: number, u: Understood): string | undefined {
	const markers = new Set([
		...LANGUAGE_PACKS[u.lang].mentionMarkers,
		...LANGUAGE_PACKS[DEFAULT_LANGUAGE].mentionMarkers,
	]);
	for (let i = position - 1; i >= Math.max(0, position - MARKER_REACH); i--) {
		const word = u.words[i];
		if (!word) break;
		if (markers.has(word.raw) || markers.has(word.folded)) return word.folded;
		if (!isSmallWord(word.raw, u.lang)) break;
	}
	return undefined;
}

/**
 * A name marked as a mere mention: after a marker ("for the front office"), or only beginning a compound whose head
 * is what the question speaks of ("hus" of "husägare", home owners; "Haus" of "Hausbesitzer").
 */
const isMarked = (position: number, u: Understood) =>
	markerBefore(position, u) !== undefined || u.words[position]?.modifier === true;

/**
 * Whether a means or the hiring of a service stands before the name ("sell the flat through a realtor", "anlita en
 * mäklare"), over small words and no mention marker: the term named is the service the question is about, and the
 * other named thing what it is used on.
 */
function servedAt(position: number, u: Understood): boolean {
	const service = packWords(u.lang, 'serviceMarkers', { folded: true, andEnglish: true });
	const mention = packWords(u.lang, 'mentionMarkers', { folded: true, andEnglish: true });
	for (let i = position - 1; i >= Math.max(0, position - MARKER_REACH); i--) {
		const word = u.words[i];
		if (!word) break;
		if (service.has(word.folded)) return true;
		if (mention.has(word.folded) || !isSmallWord(word.raw, u.lang)) break;
	}
	return false;
}

/** The question's words that named a term, by any of its names. */
export const nameWordsOf = (m: TermMatch): Set<string> => new Set(m.names.flatMap((n) => n.words));

/**
 * Whether the first name is the subject of a clause whose object is the next: a word that carries meaning stands
 * between them ("does a high ISO need a faster shutter speed", "what aperture gives the most depth of field"), not
 * only small words and markers ("through a realtor", "for the front office"), and the first is neither marked nor
 * in a subordinate clause. Not when the two are joined as courses of action ("sell the house myself or hire a
 * realtor": the house is the object of the first).
 */
function subjectOfClause(named: readonly { match: TermMatch; at: number }[], u: Understood, clause: number): boolean {
	const [first, next] = named;
	if (!first || !next || first.at >= clause || isMarked(first.at, u)) return false;
	const words = (list: 'serviceMarkers' | 'mentionMarkers' | 'selfWords' | 'alternatives') =>
		packWords(u.lang, list, { folded: true, andEnglish: true });
	const [self, or, service, mention] = [
		words('selfWords'),
		words('alternatives'),
		words('serviceMarkers'),
		words('mentionMarkers'),
	];
	const between = u.words.slice(first.at + 1, next.at);
	if (between.some((w) => self.has(w.folded) || or.has(w.folded))) return false;
	const names = new Set(named.flatMap((n) => [...nameWordsOf(n.match)]));
	const plain = (w: Word) =>
		names.has(w.folded) || service.has(w.folded) || mention.has(w.folded) || isSmallWord(w.raw, u.lang);
	return between.some((w) => !plain(w));
}

/** Names not inside another's: "mod" (moderator) is no name of its own in "mod lent" (slow mode). */
function outermost(matches: TermMatch[]): TermMatch[] {
	const words = matches.map(nameWordsOf);
	const inside = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every((w) => b.has(w));
	return matches.filter((_, i) => !words.some((other, j) => j !== i && inside(words[i] ?? new Set(), other)));
}

/**
 * The terms a question names, and which one it is about: by how well it is named, whether it comes first,
 * and whether a marker makes it a mere mention. Names clearly weaker than the best do not count.
 */
export function findTerms(
	u: Understood,
	readers: Pick<Readers, 'terms' | 'lexicon'>,
	cfg: RankingConfig,
	partial = false,
): NamedTerms {
	const { terms, lexicon } = readers;
	const shapes = shapeWordsOf(u.lang);
	const found = terms.mentionedIn(
		u.words.map((w) => w.raw).join(' '),
		{ typo: (w) => lexicon.knowsWord(u.lang, w) || shapes.has(w), inflection: (w) => shapes.has(w) },
		partial,
	);
	const top = found[0];
	if (!top) return { subject: undefined, mentioned: [], nameWords: new Set(), inOrder: [], marked: new Map() };
	const close = outermost(found.filter((m) => m.score >= top.score - cfg.thresholds.termMargin));
	return chooseSubject(close, u, cfg, () => false);
}

/**
 * Which of the terms named the question is about: by how well each is named, whether it comes first, whether a
 * marker makes it a mere mention, how specific its name is, and whether the question's shape asks about it
 * (`asked`: its position stands where the shape's cue asks about something).
 */
function chooseSubject(
	terms: readonly TermMatch[],
	u: Understood,
	cfg: RankingConfig,
	asked: (position: number) => boolean,
): NamedTerms {
	const named = terms.map((match) => ({ match, at: firstPosition(match, terms, u) })).sort((a, b) => a.at - b.at);
	const w = cfg.weights;
	const clause = subordinateClause(u);
	// A name of several words is the more specific one ("estate agent" over "house" in "selling my house through an
	// estate agent"): the question is more likely about it. One lead for any several: "depth of field" is no more
	// specific than "white balance", and three words would outweigh being a clause's subject.
	const length = (m: TermMatch) => Math.max(1, ...m.names.map((n) => n.words.length));
	const ofClause = subjectOfClause(named, u, clause);
	const appeal = (n: { match: TermMatch; at: number }, i: number) =>
		n.match.score +
		(i === 0 ? w.firstNamed + (ofClause ? w.clauseSubject : 0) : 0) -
		(isMarked(n.at, u) ? w.markedName : 0) -
		(u.words[n.at]?.modifier === true ? w.modifierName : 0) +
		(n.at < clause && servedAt(n.at, u) ? w.servedName : 0) +
		w.specificName * Math.min(1, length(n.match) - 1) +
		(asked(n.at) ? w.askedName : 0) -
		(n.at > clause ? w.subordinateName : 0);
	const subject = named.map((n, i) => ({ n, s: appeal(n, i) })).sort((a, b) => b.s - a.s)[0]?.n.match;
	const nameWords = new Set(named.flatMap((n) => n.match.names.flatMap((name) => name.words)));
	const inOrder = named.map((n) => n.match);
	const marked = new Map(
		named.flatMap((n) => {
			const marker = markerBefore(n.at, u);
			return marker === undefined ? [] : [[n.match.termId, marker] as const];
		}),
	);
	return { subject, mentioned: inOrder.filter((m) => m !== subject), nameWords, inOrder, marked };
}

/**
 * Where the question's shape asks about a name: the first name of the question, when only the words of the cue
 * it opens with and small words stand before it, a cue's word last ("che fa un mod", "как термостат понимает",
 * "walk me through what happens in the back office"). The term named there is the subject of the main clause;
 * one named later, in a clause of its own ("once the front office closes a trade", "ställer de in långsamt
 * läge") or after the cue's closing word ("what does a stockbroker do at a wealth management firm"), is only
 * mentioned. A name that only begins a compound ("boende" of "boendekostnader") says what kind of its head is
 * meant, and is not asked about. Returns, for each position of the question, whether a name there is asked about.
 */
function askedPositions(shape: Shape, u: Understood, terms: readonly TermMatch[]): boolean[] {
	const nameWords = terms.map(nameWordsOf);
	const owners = (i: number) => terms.filter((_, t) => nameWords[t]?.has(u.words[i]?.folded ?? ''));
	const first = u.words.findIndex((_, i) => owners(i).length > 0 && !shape.shapeWords.has(i));
	const asked = u.words.map(() => false);
	if (first < 0) return asked;
	let cue = first - 1;
	while (cue >= 0 && !shape.shapeWords.has(cue) && isSmallWord(u.words[cue]?.raw ?? '', u.lang)) cue--;
	const opens =
		cue >= 0 &&
		shape.shapeWords.has(cue) &&
		u.words.slice(0, cue).every((w, i) => shape.shapeWords.has(i) || isSmallWord(w.raw, u.lang));
	if (!opens) return asked;
	const run = (from: number, of: readonly TermMatch[]) => {
		let end = from;
		while (end < u.words.length && owners(end).some((t) => of.includes(t))) end++;
		return end;
	};
	const firstOwners = owners(first);
	const end = run(first, firstOwners);
	// A name followed straight by another (over a possessive "s") is its possessor or modifier where those come
	// first: "a stockbroker's back office", "en aktiemäklares backoffice" ask about the back office.
	if (LANGUAGE_PACKS[u.lang].modifiersFirst !== true) {
		for (let i = first; i < end; i++) asked[i] = u.words[i]?.modifier !== true;
		return asked;
	}
	let next = end;
	while (next < u.words.length && (u.words[next]?.folded.length ?? 0) === 1) next++;
	const heads = next < u.words.length ? owners(next).filter((t) => !firstOwners.includes(t)) : [];
	const [from, to] = heads.length > 0 ? [next, run(next, heads)] : [first, end];
	for (let i = from; i < to; i++) asked[i] = u.words[i]?.modifier !== true;
	return asked;
}

const SUBORDINATORS = new Map<ContentLanguage, string[][]>();
/** A language's words that open a subordinate clause, folded, each as its words. */
function subordinatorsOf(lang: ContentLanguage): string[][] {
	let phrases = SUBORDINATORS.get(lang);
	if (!phrases) {
		phrases = (LANGUAGE_PACKS[lang].subordinators ?? []).map((p) => foldName(p).split(' ').filter(Boolean));
		SUBORDINATORS.set(lang, phrases);
	}
	return phrases;
}

/**
 * Where the question's first subordinate clause begins ("once", "когда", "chiar dacă"), in its language or
 * English; past the end when it has none. A term named after it is a circumstance, not what is asked about.
 */
function subordinateClause(u: Understood): number {
	const folded = u.words.map((w) => w.folded);
	const phrases = [...subordinatorsOf(u.lang), ...subordinatorsOf(DEFAULT_LANGUAGE)];
	const at = folded.findIndex((_, i) => phrases.some((p) => p.length > 0 && p.every((w, k) => folded[i + k] === w)));
	return at < 0 ? u.words.length : at;
}

/** The subject chosen again once the shape is read: a term named where the shape asks about it gains `askedName`. */
export function askedAbout(found: NamedTerms, u: Understood, shape: Shape, cfg: RankingConfig): NamedTerms {
	if (found.inOrder.length < 2 || shape.shapeWords.size === 0) return found;
	const asked = askedPositions(shape, u, found.inOrder);
	return chooseSubject(found.inOrder, u, cfg, (position) => asked[position] === true);
}
