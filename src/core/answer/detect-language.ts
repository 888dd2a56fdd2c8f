import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import type { Lexicon } from '../search/lexicon.ts';
import { isStopword, tokenize } from '../text/analyzer.ts';
import { foldName } from '../text/normalize.ts';
import type { RankingConfig } from './ranking-config.ts';

/**
 * Which of our languages a question is written in: the one whose small words (stopwords) and glossary
 * words it uses most, with a head start for the asker's own language. Ties go to the asker's language.
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
			if (isStopword(lang, word)) score += cfg.stopword;
			else if (lexicon.knowsWord(lang, foldName(word))) score += cfg.known;
			else if (lexicon.knowsStem(lang, word)) score += cfg.stem;
		}
		if (score > bestScore + 1e-9) {
			best = lang;
			bestScore = score;
		}
	}
	return best;
}
