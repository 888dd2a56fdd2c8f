import { LANGUAGE_PACKS } from '../lang/index.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import { foldName } from '../text/normalize.ts';

// Folded letters (no diacritics: й and ё fold to и and е) of the scripts the content languages use.
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщъыьэюя';

/** Words one typing slip away: a letter dropped, doubled, swapped with the next, replaced or added. */
export function oneEditAway(word: string): Set<string> {
	const letters = /[а-я]/.test(word) ? CYRILLIC : LATIN;
	const out = new Set<string>();
	for (let i = 0; i <= word.length; i++) {
		const head = word.slice(0, i);
		const tail = word.slice(i);
		if (tail.length > 0) out.add(head + tail.slice(1));
		if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
		for (const letter of letters) {
			out.add(head + letter + tail);
			if (tail.length > 0) out.add(head + letter + tail.slice(1));
		}
	}
	out.delete(word);
	return out;
}

/**
 * Words the commonest typing slips away, by their letters as typed (diacritics kept): two neighbouring letters
 * swapped, one dropped, one doubled. Far fewer than `oneEditAway` gives, so each can be stemmed.
 */
export function commonSlipsAway(word: string): string[] {
	const letters = [...word];
	const out = new Set<string>();
	for (let i = 0; i < letters.length; i++) {
		const head = letters.slice(0, i).join('');
		const tail = letters.slice(i + 1).join('');
		out.add(head + tail);
		if (letters[i] === letters[i + 1]) continue;
		if (i + 1 < letters.length)
			out.add(head + (letters[i + 1] ?? '') + (letters[i] ?? '') + letters.slice(i + 2).join(''));
		out.add(head + (letters[i] ?? '') + (letters[i] ?? '') + tail);
	}
	out.delete(word);
	return [...out].sort();
}

const cueWords = new Map<ContentLanguage, Set<string>>();

/** Every whole word of a language pack's question shapes: "salary" in "salary", not "earn" of "earn*". */
export function shapeWordsOf(lang: ContentLanguage): Set<string> {
	let words = cueWords.get(lang);
	if (!words) {
		const whole = Object.values(LANGUAGE_PACKS[lang].shapes)
			.flat()
			.flatMap((phrase) => phrase?.split(/[\s|]+/) ?? [])
			.filter((raw) => !raw.includes('*'));
		// Folded in one call: folding is the costly part, and a one-shot CLI answer pays it.
		words = new Set(foldName(whole.join(' ')).split(' ').filter(Boolean));
		cueWords.set(lang, words);
	}
	return words;
}

const askedCueWords = new Map<ContentLanguage, Set<string>>();

/** The shape words of a question's language and of English: the cue words its typos may be slips of. */
export function shapeWordsAsked(lang: ContentLanguage): Set<string> {
	let words = askedCueWords.get(lang);
	if (!words) {
		words = new Set([...shapeWordsOf(lang), ...shapeWordsOf(DEFAULT_LANGUAGE)]);
		askedCueWords.set(lang, words);
	}
	return words;
}

let allCueWords: Set<string> | undefined;

/** The shape words of every language. */
export function shapeWords(): Set<string> {
	allCueWords ??= new Set(CONTENT_LANGUAGES.flatMap((lang) => [...shapeWordsOf(lang)]));
	return allCueWords;
}

/**
 * Whether a correction of `word` keeps its first letter, or only swaps it with the second. Typists rarely miss
 * a word's first letter otherwise: a first letter changed, added or dropped is another word ("klagar", to
 * complain, is not "lagar", laws).
 */
export function keepsFirstLetter(word: string): (candidate: string) => boolean {
	const swapped = (word[1] ?? '') + (word[0] ?? '') + word.slice(2);
	return (candidate) => candidate[0] === word[0] || candidate === swapped;
}

export interface Vocabulary {
	/** Whether any language of the glossary, its names, shapes or stopwords has this word, in any form. */
	knows(folded: string, raw: string): boolean;
	/**
	 * How strongly a word spelled exactly so is preferred as a correction (names over shape words over other
	 * words), 0 for none. Look-ups only: it is asked of hundreds of candidates per word.
	 */
	preference(folded: string): number;
}

/**
 * The word a typing slip most likely came from, for a word unknown everywhere that is one slip away from a
 * known one: "offcie" → "office", "esepmi" → "esempi". The caller leaves short words alone: one slip from a
 * short word is usually another real word ("rules" and "roles").
 */
export function correctSpelling(folded: string, vocabulary: Vocabulary): string | undefined {
	if (/\d/.test(folded)) return undefined;
	const candidates = [...oneEditAway(folded)].sort().filter(keepsFirstLetter(folded));
	let best: string | undefined;
	let bestScore = 0;
	for (const candidate of candidates) {
		const score = vocabulary.preference(candidate);
		if (score > bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	// Only words spelled exactly as the glossary, its names or shapes spell them: a stemmer call for each of
	// hundreds of candidates would cost more than the rest of the answer.
	return best;
}
