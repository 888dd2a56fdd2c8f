import { LANGUAGE_PACKS, type LanguagePack } from '../lang/index.ts';
import { type ContentLanguage, DEFAULT_LANGUAGE } from '../locales.ts';
import { foldName } from '../text/normalize.ts';

/** The language packs' plain word lists that a question's words are looked up in. */
type WordList = 'alternatives' | 'prepositions' | 'selfWords' | 'serviceMarkers' | 'linkVerbs' | 'mentionMarkers';

const SETS = new Map<string, ReadonlySet<string>>();

/**
 * One of a language pack's word lists as a set, made once per language: folded as a question's words are when
 * `folded`, else as written; with English's list too when `andEnglish` (questions mix in English words).
 */
export function packWords(
	lang: ContentLanguage,
	list: WordList,
	options: { folded: boolean; andEnglish: boolean },
): ReadonlySet<string> {
	const key = `${lang} ${list} ${options.folded} ${options.andEnglish}`;
	let words = SETS.get(key);
	if (!words) {
		const of = (pack: LanguagePack) => pack[list] ?? [];
		const all = [...of(LANGUAGE_PACKS[lang]), ...(options.andEnglish ? of(LANGUAGE_PACKS[DEFAULT_LANGUAGE]) : [])];
		words = new Set(options.folded ? all.map(foldName) : all);
		SETS.set(key, words);
	}
	return words;
}
