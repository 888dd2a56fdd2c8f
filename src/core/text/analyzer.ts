import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as ro } from '@orama/stemmers/romanian';
import { stemmer as ru } from '@orama/stemmers/russian';
import { stemmer as sv } from '@orama/stemmers/swedish';
import { stopwords as enStop } from '@orama/stopwords/english';
import { stopwords as deStop } from '@orama/stopwords/german';
import { stopwords as itStop } from '@orama/stopwords/italian';
import { stopwords as roStop } from '@orama/stopwords/romanian';
import { stopwords as ruStop } from '@orama/stopwords/russian';
import { stopwords as svStop } from '@orama/stopwords/swedish';
import { LANGUAGE_PACKS } from '../lang/index.ts';
import type { ContentLanguage } from '../locales.ts';

/** Words between letters and digits; keeps hyphenated compounds apart ("client-facing" → client, facing). */
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

const STEMMERS: Record<ContentLanguage, (word: string) => string> = { en, sv, de, ro, ru, it };

/**
 * The Snowball Romanian stemmer and stopword list only know the legacy cedilla letters ş/ţ, while modern
 * Romanian (and our content) uses the comma-below letters ș/ț: map them before stemming.
 */
function romanianCedilla(word: string): string {
	return word.replace(/ș/g, 'ş').replace(/ț/g, 'ţ').replace(/Ș/g, 'ş').replace(/Ț/g, 'ţ');
}

function fold(word: string): string {
	return word.normalize('NFKD').replace(MARKS, '').replace(/ß/g, 'ss');
}

const STOPWORDS: Record<ContentLanguage, Set<string>> = Object.fromEntries(
	(
		[
			['en', enStop],
			['sv', svStop],
			['de', deStop],
			['ro', roStop],
			['ru', ruStop],
			['it', itStop],
		] as const
	).map(([lang, list]) => {
		// Question words that carry intent but no topic live in each language's pack.
		const kept = new Set(LANGUAGE_PACKS[lang].contentWords ?? []);
		const words = [...list.filter((w) => !kept.has(w)), ...LANGUAGE_PACKS[lang].stopwords].map((w) => w.toLowerCase());
		// Folded forms too, so "inseamna" typed without diacritics is as much a stopword as "înseamnă".
		const all = words.flatMap((w) => [w, fold(w), lang === 'ro' ? romanianCedilla(w) : w]);
		return [lang, new Set(all)];
	}),
) as Record<ContentLanguage, Set<string>>;

export function isStopword(lang: ContentLanguage, word: string): boolean {
	return STOPWORDS[lang].has(word.toLowerCase());
}

/**
 * One term through the pipeline shared by indexing and querying:
 * lowercase → (ro) ș→ş, ț→ţ → stopword? → Snowball stem → fold diacritics.
 * Stemming runs before folding: folding first breaks Russian (-ый → -ыи) and Swedish/German suffixes.
 */
export function analyzeTerm(lang: ContentLanguage, term: string): string | null {
	const cache = CACHE[lang];
	const hit = cache.get(term);
	if (hit !== undefined) return hit;
	const result = analyzeOnce(lang, term);
	if (cache.size >= CACHE_LIMIT) cache.clear();
	cache.set(term, result);
	return result;
}

/**
 * `analyzeTerm` without its cache: for spellings tried once and mostly thrown away (a slip's candidates), which
 * would push the words that recur out of it.
 */
export function analyzeOnce(lang: ContentLanguage, term: string): string | null {
	let word = term.toLowerCase();
	if (lang === 'ro') word = romanianCedilla(word);
	// Folding "ё" is safe before the stemmer; Snowball Russian treats ё as е.
	if (lang === 'ru') word = word.replace(/ё/g, 'е');
	let result: string | null = null;
	if (!STOPWORDS[lang].has(word)) {
		const folded = fold(word.length > 2 ? STEMMERS[lang](word) : word);
		result = folded === '' ? null : folded;
	}
	return result;
}

// Word frequencies are Zipfian: a small cache answers most look-ups, at indexing and at query time alike.
// It holds only derived data, so sharing it between engines in one process is safe. Per language, and
// emptied when full: a long-running server asked many distinct words holds at most six times this many
// (200,000 per language could reach ~150 MB; building 500 terms took the same time with 50,000).
const CACHE_LIMIT = 50_000;
const CACHE = Object.fromEntries(
	Object.keys(STEMMERS).map((lang) => [lang, new Map<string, string | null>()]),
) as Record<ContentLanguage, Map<string, string | null>>;

/** Splits text into words (letters and digits, any script). */
export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** The words of `tokenize`, each with where it starts in the text. */
export function tokenSpans(text: string): { word: string; start: number }[] {
	return [...text.matchAll(WORD)].map((match) => ({ word: match[0], start: match.index ?? 0 }));
}

/** All analysed terms of a text, stopwords removed. */
export function analyze(lang: ContentLanguage, text: string): string[] {
	const out: string[] = [];
	for (const word of tokenize(text)) {
		const term = analyzeTerm(lang, word);
		if (term !== null) out.push(term);
	}
	return out;
}
