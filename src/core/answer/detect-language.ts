import { LANGUAGE_PACKS } from '../lang/index.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import type { Lexicon } from '../search/lexicon.ts';
import { isStopword, tokenize } from '../text/analyzer.ts';
import { foldName } from '../text/normalize.ts';
import type { RankingConfig } from './ranking-config.ts';
import { shapeWordsOf } from './spelling.ts';

let packWordsByLanguage: Map<ContentLanguage, Set<string>> | undefined;

/**
 * The words of a language pack (its shapes and filler words) that tell the language: those that at most half
 * of the languages use ("bedeutung", "vuol"), not chat words that all of them share ("vs", "info"). Worked out
 * once for all languages.
 */
function packWords(lang: ContentLanguage): Set<string> {
	if (!packWordsByLanguage) {
		const own = new Map(
			CONTENT_LANGUAGES.map((l) => [l, new Set([...shapeWordsOf(l), ...LANGUAGE_PACKS[l].stopwords.map(foldName)])]),
		);
		const users = new Map<string, number>();
		for (const words of own.values()) for (const w of words) users.set(w, (users.get(w) ?? 0) + 1);
		const telling = (w: string) => (users.get(w) ?? 0) <= CONTENT_LANGUAGES.length / 2;
		packWordsByLanguage = new Map([...own].map(([l, words]) => [l, new Set([...words].filter(telling))]));
	}
	return packWordsByLanguage.get(lang) ?? new Set();
}

/**
 * Which of our languages a question is written in: the one whose small words (stopwords), glossary words
 * and question words (its language pack's shapes) it uses most, with a head start for the asker's own language. Ties go to the asker's language.
 */
export function detectLanguage(
	text: string,
	preferred: ContentLanguage,
	lexicon: Lexicon,
	cfg: RankingConfig['detect'],
): ContentLanguage {
	const words = tokenize(text.toLowerCase());
	let best = preferred;
	let bestScore = Number.NEGATIVE_INFINITY;
	for (const lang of [preferred, ...CONTENT_LANGUAGES.filter((l) => l !== preferred)]) {
		let score = lang === preferred ? cfg.preferred : 0;
		for (const word of words) {
			const folded = foldName(word);
			// The pack's own words ("bedeutung", "vuol") are longer and more telling than Snowball's small words.
			if (packWords(lang).has(folded)) score += cfg.known;
			else if (isStopword(lang, word)) score += cfg.stopword;
			else if (lexicon.knowsWord(lang, folded)) score += cfg.known;
			else if (lexicon.knowsStem(lang, word)) score += cfg.stem;
		}
		if (score > bestScore + 1e-9) {
			best = lang;
			bestScore = score;
		}
	}
	return best;
}
