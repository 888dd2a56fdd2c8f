import { LANGUAGE_PACKS } from '../lang/index.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import type { KindModel } from '../search/kind-model.ts';
import type { Lexicon } from '../search/lexicon.ts';
import type { SectionIndex } from '../search/section-index.ts';
import type { TermIndex } from '../search/term-index.ts';
import { isStopword, tokenize, tokenSpans } from '../text/analyzer.ts';
import { splitCompound } from '../text/compounds.ts';
import { cleanInput, foldName } from '../text/normalize.ts';
import { plainVariants } from '../text/plain-letters.ts';
import { detectLanguage } from './detect-language.ts';
import type { RankingConfig } from './ranking-config.ts';
import {
	commonSlipsAway,
	correctSpelling,
	keepsFirstLetter,
	oneEditAway,
	shapeWords,
	shapeWordsAsked,
	shapeWordsOf,
	type Vocabulary,
} from './spelling.ts';

export interface Word {
	/** As typed, lowercased (diacritics kept: stemmers need them). */
	raw: string;
	/** Without case or diacritics: for shapes and names. */
	folded: string;
	/** A compound's part before its head ("hem" of "hemsidan"): what kind of the head is meant. */
	modifier?: boolean;
	/**
	 * No language of the glossary knows the word in any form, and it is no slip of a word it knows: a word of
	 * another topic ("regatta" asked of a glossary of finance).
	 */
	unknown?: boolean;
}

/** A question, read: its language, and its words after chat shorthand and compounds are taken apart. */
export interface Understood {
	text: string;
	lang: ContentLanguage;
	words: Word[];
}

export interface Readers {
	sections: SectionIndex;
	terms: TermIndex;
	lexicon: Lexicon;
	kinds: KindModel;
}

// A word this many letters longer than a cue's stem ("nachteil*": "Nachteile", "Nachteilen") is an
// inflection of it, not a compound.
const INFLECTION = 3;
const MIN_STEM = 4;
// Words shorter than two compound parts are never split (compounds.ts), so their stems need no look-up.
const MIN_SPLIT = 6;
const PREFIXES = new Map<ContentLanguage, string[]>();

/** The stems of a language's prefix cues ("nachteil" of "nachteil*"), folded. */
function cuePrefixes(lang: ContentLanguage): string[] {
	let stems = PREFIXES.get(lang);
	if (!stems) {
		const words = Object.values(LANGUAGE_PACKS[lang].shapes).flatMap((phrases) =>
			(phrases ?? []).flatMap((phrase) => phrase.split(/[\s|]+/)),
		);
		const prefixes = words
			.filter((w) => w.endsWith('*') && !w.startsWith('*'))
			.map((w) => foldName(w.slice(0, -1)))
			.filter((w) => w.length >= MIN_STEM && !w.includes(' '));
		stems = [...new Set(prefixes)];
		PREFIXES.set(lang, stems);
	}
	return stems;
}

/**
 * Chat shorthand of the question's language ("whats" → "what is"). Only its own: the same letters are a
 * word in another language (English "im" is the German "im").
 */
function expandVariants(text: string, lang: ContentLanguage): string[] {
	const table = LANGUAGE_PACKS[lang].variants;
	return tokenSpans(text).flatMap(({ word, start }) => {
		// A part of a hyphenated word is no shorthand: Romanian "s-a" is "se a", not "sunt a".
		const hyphenated = text[start - 1] === '-' || text[start + word.length] === '-';
		const replacement = !hyphenated && Object.hasOwn(table, word) ? table[word] : undefined;
		return replacement === undefined ? [word] : tokenize(replacement.toLowerCase());
	});
}

/**
 * A word typed without its diacritics that the glossary does not know as typed, read as the word it is with
 * them restored, when the glossary knows that one: stemmers need the diacritics ("выдержкои" stems apart from
 * "выдержкой"), so without this a question typed plain loses the word.
 */
function restoredSpelling(word: string, lang: ContentLanguage, readers: Readers, limit: number): string | undefined {
	return plainVariants(lang, word, limit).find((variant) => readers.lexicon.knowsStem(lang, variant, true));
}

/**
 * A slip in a word the glossary uses only in other forms ("sekudners" of "sekunders", where the glossary says
 * "sekunder"; "выдежркой" of "выдержкой", where it says "выдержка"): the word one common slip away whose stem
 * the glossary knows. Only when no word spelled exactly as the glossary spells it was one slip away; the first
 * letter is kept, as in `correctSpelling`.
 */
function inflectedSlip(word: string, lang: ContentLanguage, readers: Readers): string | undefined {
	return commonSlipsAway(word)
		.filter(keepsFirstLetter(word))
		.find((c) => !isStopword(lang, c) && readers.lexicon.knowsStem(lang, c, true));
}

/** Everything a question's word may be spelled as: the glossary's words and names, shapes and stopwords. */
function vocabularyOf(lang: ContentLanguage, readers: Readers, stems: readonly string[]): Vocabulary {
	const cues = shapeWords();
	const askedCues = shapeWordsAsked(lang);
	const inAnyLanguage = (folded: string) => CONTENT_LANGUAGES.some((l) => readers.lexicon.knowsWord(l, folded));
	return {
		knows: (folded, raw) =>
			inAnyLanguage(folded) ||
			readers.terms.knowsNameWord(folded) ||
			cues.has(folded) ||
			// A word a prefix cue reads within an inflection ("istoria" of "istori*") is no slip for another
			// language's word; a longer one may be ("skillnaen" is a slip of "skillnaden", not a form of "skill*").
			stems.some((stem) => folded.startsWith(stem) && folded.length - stem.length <= INFLECTION) ||
			CONTENT_LANGUAGES.some((l) => isStopword(l, raw)) ||
			readers.lexicon.knowsStem(lang, raw) ||
			readers.lexicon.knowsStem(DEFAULT_LANGUAGE, raw),
		// The question's language and English only: every other language's look-up costs as much again, for
		// hundreds of candidates per word.
		preference: (folded) => {
			// Another language's cue word is no slip of this question's ("diferent" is not Romanian "diferenta").
			if (askedCues.has(folded)) return readers.terms.knowsNameWord(folded) ? 4 : 3;
			if (readers.terms.knowsNameWord(folded)) return 4;
			if (readers.lexicon.knowsWord(lang, folded)) return 2;
			return lang !== DEFAULT_LANGUAGE && readers.lexicon.knowsWord(DEFAULT_LANGUAGE, folded) ? 1 : 0;
		},
	};
}

/**
 * The question word or small word a short unknown word is with two neighbouring letters swapped ("waht" → "what",
 * "hwo" → "how", "teh" → "the"), when only one such word exists: the commonest slip in fast typing, and in words
 * this short the only one safe to mend (any other edit of three letters is too often another word).
 */
function swappedSmallWord(folded: string, lang: ContentLanguage): string | undefined {
	const small = (w: string) => isStopword(lang, w) || shapeWordsOf(lang).has(w);
	const swaps = Array.from({ length: folded.length - 1 }, (_, i) => {
		const letters = [...folded];
		[letters[i], letters[i + 1]] = [letters[i + 1] ?? '', letters[i] ?? ''];
		return letters.join('');
	});
	const found = [...new Set(swaps.filter((w) => w !== folded && small(w)))];
	return found.length === 1 ? found[0] : undefined;
}

/** The word of a several-word name one slip from a short unknown word, when its neighbour completes that name. */
function nameSlip(folded: string, before: string | undefined, after: string | undefined, readers: Readers) {
	for (const candidate of [...oneEditAway(folded)].sort()) {
		if (!readers.terms.knowsNameWord(candidate)) continue;
		const names = [before ? `${before} ${candidate}` : '', after ? `${candidate} ${after}` : ''];
		if (names.some((name) => name !== '' && readers.terms.exactMatches(name).length > 0)) return candidate;
	}
	return undefined;
}

export function understand(question: string, preferred: ContentLanguage, readers: Readers, config: RankingConfig) {
	const text = cleanInput(question).slice(0, config.limits.questionChars);
	const lang = detectLanguage(text, preferred, readers.lexicon, config.detect);
	const cues = shapeWords();
	const stems = [...cuePrefixes(lang), ...cuePrefixes(DEFAULT_LANGUAGE)];
	// A shape's own word stays whole ("sammanfatta" is not "samman" + "fatta", nor "Nachteile" "nach" +
	// "teile" of "nachteil*"), or its cue cannot match.
	const known = (part: string) =>
		cues.has(part) ||
		stems.some((stem) => part.startsWith(stem) && part.length - stem.length <= INFLECTION) ||
		readers.lexicon.knowsWord(lang, part) ||
		readers.lexicon.knowsWord(DEFAULT_LANGUAGE, part) ||
		readers.terms.knowsNameWord(part) ||
		isStopword(lang, part);
	const raw = expandVariants(text.toLowerCase(), lang);
	const vocabulary = vocabularyOf(lang, readers, stems);
	let attempts = config.limits.typoWords;
	let restorations = config.limits.plainWords;
	const foldedAll = raw.map(foldName);
	const words: Word[] = raw.flatMap((word, i) => {
		const folded = foldedAll[i] ?? '';
		const { typoMinLength, typoMaxLength, shortSlipMinLength } = config.limits;
		const long = folded.length >= typoMinLength && folded.length <= typoMaxLength;
		const short = folded.length >= shortSlipMinLength && folded.length < typoMinLength;
		// Long or short, each word tried costs hundreds of look-ups: a question gets `typoWords` tries in all.
		// Shorter words and numbers say nothing of a topic the glossary lacks: "t" of "isn't", "9001".
		const foreign = folded.length >= shortSlipMinLength && !/\d/.test(folded) && !vocabulary.knows(folded, word);
		const unknown = (long || short) && attempts > 0 && foreign;
		if (unknown) attempts--;
		const plain =
			// Typed without diacritics: a word typed with them is spelled as meant.
			folded === word &&
			folded.length >= config.limits.plainMinLength &&
			restorations > 0 &&
			!isStopword(lang, word) &&
			!readers.lexicon.knowsStem(lang, word);
		if (plain) restorations--;
		const restored = plain ? restoredSpelling(word, lang, readers, config.limits.plainVariants) : undefined;
		if (restored) return [{ raw: restored, folded }];
		const corrected = !unknown
			? undefined
			: long
				? correctSpelling(folded, vocabulary)
				: (nameSlip(folded, foldedAll[i - 1], foldedAll[i + 1], readers) ?? swappedSmallWord(folded, lang));
		if (corrected) return [{ raw: corrected, folded: corrected }];
		const inflected = unknown && long ? inflectedSlip(word, lang, readers) : undefined;
		if (inflected) return [{ raw: inflected, folded: foldName(inflected) }];
		// A word the glossary uses in another form ("Voreinstellung", where it says "Voreinstellungen") is that
		// word, not a compound of shorter ones ("vor" + "Einstellung"): only the stem tells, and it is looked up
		// once per word, not per split point.
		if (folded.length >= MIN_SPLIT && readers.lexicon.knowsStem(lang, word)) return [{ raw: word, folded }];
		const parts = splitCompound(folded, lang, known);
		if (parts.length === 1) return [foreign ? { raw: word, folded, unknown: true } : { raw: word, folded }];
		return parts.map((part, i) =>
			i < parts.length - 1 ? { raw: part, folded: part, modifier: true } : { raw: part, folded: part },
		);
	});
	return { text, lang, words } satisfies Understood;
}
