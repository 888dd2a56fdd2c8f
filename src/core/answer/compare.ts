import { LANGUAGE_PACKS } from '../lang/index.ts';
import { type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import type { TermMatch } from '../search/term-index.ts';
import { foldName } from '../text/normalize.ts';
import { packWords } from './pack-words.ts';
import { isShaped, type Shape } from './shape.ts';
import { isSmallWord, type NamedTerms } from './subject.ts';
import type { Understood } from './understand.ts';

/** Words that open the standard of a comparison in the question's language and English ("than", "mehr als"). */
function comparativesOf(lang: ContentLanguage): readonly string[] {
	return [...(LANGUAGE_PACKS[lang].comparatives ?? []), ...(LANGUAGE_PACKS[DEFAULT_LANGUAGE].comparatives ?? [])];
}

/** For each position of the question, the named terms whose names that word belongs to ("office": two). */
function namedAt(u: Understood, named: NamedTerms): Set<string>[] {
	const owners = new Map<string, Set<string>>();
	for (const match of named.inOrder) {
		for (const w of match.names.flatMap((n) => n.words)) owners.set(w, (owners.get(w) ?? new Set()).add(match.termId));
	}
	return u.words.map((w) => owners.get(w.folded) ?? new Set());
}

/**
 * The terms named by the first word that is not a small word, from `from` on in direction `step`. A word for doing
 * a thing oneself stops the reach: "sell the flat myself or through a realtor" weighs two ways of selling.
 */
function reachName(u: Understood, owners: Set<string>[], from: number, step: number): Set<string> {
	const self = packWords(u.lang, 'selfWords', { folded: true, andEnglish: true });
	for (let i = from; i >= 0 && i < u.words.length; i += step) {
		const terms = owners[i];
		if (terms && terms.size > 0) return terms;
		const word = u.words[i];
		if (!isSmallWord(word?.raw ?? '', u.lang) || self.has(word?.folded ?? '')) break;
	}
	return new Set();
}

/**
 * "or", "vs" join two names ("realtor or stockbroker", "a stockbroker or a financial advisor"): over small
 * words only, a name stands on each side, and they are two terms. "Sell my house myself or hire a realtor"
 * joins two courses of action, not the terms.
 */
function coordinatesNames(u: Understood, named: NamedTerms, alternatives: ReadonlySet<string>): boolean {
	const owners = namedAt(u, named);
	return u.words.some((w, i) => {
		if (!alternatives.has(w.folded) && !alternatives.has(w.raw)) return false;
		const after = reachName(u, owners, i + 1, 1);
		return [...reachName(u, owners, i - 1, -1)].some((a) => [...after].some((b) => a !== b));
	});
}

/** Where a language's phrase ends in the question, for each place it occurs (folded, word by word). */
function phraseEnds(u: Understood, phrases: readonly string[]): number[] {
	const folded = u.words.map((w) => w.folded);
	return phrases.flatMap((phrase) => {
		const words = foldName(phrase).split(' ');
		return folded.flatMap((_, end) => (words.every((w, k) => folded[end - words.length + 1 + k] === w) ? [end] : []));
	});
}

/**
 * "front office staff earn more than back office staff": over small words a name follows the standard of
 * comparison ("than", "mehr als", "чем"), and another term is named before it.
 */
function comparesByDegree(u: Understood, named: NamedTerms): boolean {
	const phrases = comparativesOf(u.lang);
	const owners = namedAt(u, named);
	return phraseEnds(u, phrases).some((end) => {
		const after = reachName(u, owners, end + 1, 1);
		const before = new Set(owners.slice(0, end).flatMap((terms) => [...terms]));
		return [...after].some((b) => [...before].some((a) => a !== b));
	});
}

/**
 * Whether the question holds nothing but its names (by the name that named each term best), small words and
 * shape words: "back office front office?". A verb that shares a stem with a weaker name ("insure" of
 * "insurance agent" in "can an independent agent insure my home") is still something asked.
 */
function onlyNames(u: Understood, named: NamedTerms, shape: Shape): boolean {
	// A term found without its best name's words (a compound, a partial name) counts by all its names' words.
	const wordsOf = (m: TermMatch) =>
		m.names.find((n) => n.name === m.name && n.words.length > 0)?.words ?? m.names.flatMap((n) => n.words);
	const best = new Set(named.inOrder.flatMap(wordsOf));
	return u.words.every((w, i) => best.has(w.folded) || shape.shapeWords.has(i) || isSmallWord(w.raw, u.lang));
}

/**
 * A question that opens with its subject's name, "or" and something the glossary names no term for ("Webhook oder
 * Bot – was brauche ich?", "slowmode or timeout?") weighs the term against that thing: it asks how they differ,
 * as two terms named so do. Only at the start: "or" later in a question joins other things ("a grey card, or
 * does paper work too?").
 */
export function opensWithAlternative(named: NamedTerms, u: Understood): boolean {
	if (!named.subject) return false;
	const alternatives = packWords(u.lang, 'alternatives', { folded: false, andEnglish: true });
	const nameWords = new Set(named.subject.names.flatMap((n) => n.words));
	let i = 0;
	while (i < u.words.length && isSmallWord(u.words[i]?.raw ?? '', u.lang)) i++;
	if (!nameWords.has(u.words[i]?.folded ?? '')) return false;
	while (i < u.words.length && nameWords.has(u.words[i]?.folded ?? '')) i++;
	const or = u.words[i];
	const other = u.words[i + 1];
	// Whatever follows is the other thing, even a word chat uses as filler ("bot"); another term named there is
	// compared by `asksToCompare`.
	return (
		or !== undefined &&
		other !== undefined &&
		(alternatives.has(or.folded) || alternatives.has(or.raw)) &&
		!named.nameWords.has(other.folded)
	);
}

/** Whether a form of "have" joins the question's words (each pack's `linkVerbs`). */
function linked(u: Understood): boolean {
	const links = packWords(u.lang, 'linkVerbs', { folded: false, andEnglish: true });
	return u.words.some((w) => links.has(w.raw));
}

/**
 * Two terms named with nothing else asked but "have" between them ("do realtors have a back office", "есть ли у
 * риелторов бэк-офис"): the first is said to have the other, so the question is about the first, and no comparison.
 */
export function relatesNames(named: NamedTerms, u: Understood, shape: Shape): boolean {
	if (!named.subject || named.mentioned.length === 0 || isShaped(shape) || named.marked.size > 0) return false;
	return linked(u) && onlyNames(u, named, shape);
}

/**
 * Two terms named with "or" between them ("realtor or stockbroker?"), in a question worded to ask how things
 * differ, or side by side with nothing else asked, are compared. Two terms named in any other question are a
 * subject and a mention.
 */
export function asksToCompare(named: NamedTerms, u: Understood, shape: Shape) {
	if (!named.subject || named.mentioned.length === 0) return false;
	const alternatives = packWords(u.lang, 'alternatives', { folded: false, andEnglish: true });
	if (shape.kinds.has('differences') || coordinatesNames(u, named, alternatives) || comparesByDegree(u, named)) {
		return true;
	}
	// A name after a marker ("for", "my") is not side by side with the other: it is what the question acts on;
	// after the standard of a comparison ("als", "di") it is still weighed against the other.
	const standards = new Set(comparativesOf(u.lang).map((phrase) => foldName(phrase).split(' ').at(-1)));
	const acted = [...named.marked.values()].some((marker) => !standards.has(marker));
	return !isShaped(shape) && !acted && !linked(u) && onlyNames(u, named, shape);
}
