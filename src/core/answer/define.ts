import type { ContentLanguage } from '../locales.ts';
import type { TermIndex, TermMatch } from '../search/term-index.ts';
import { cleanInput, foldName } from '../text/normalize.ts';
import type { RankingConfig } from './ranking-config.ts';
import type { Answer, Suggestion } from './types.ts';

export const termSuggestions = (matches: TermMatch[], limit: number, except?: string): Suggestion[] =>
	matches
		.filter((m) => m.termId !== except)
		.slice(0, limit)
		.map((m) => ({ termId: m.termId }));

/** `/define`: a term by one of its names, in any language, typos forgiven; a near tie is asked back. */
export function define(term: string, lang: ContentLanguage, terms: TermIndex, cfg: RankingConfig): Answer {
	const limit = cfg.limits.suggestions;
	const text = cleanInput(term).slice(0, cfg.limits.questionChars);
	if (foldName(text) === '') return { status: 'not-found', suggestions: [], empty: true };
	const matches = terms.lookup(text, lang, cfg.names, { limit: limit + 1 });
	const [top, second] = matches;
	if (!top) return { status: 'not-found', suggestions: [] };
	const t = cfg.thresholds;
	const clear = !second || top.score - second.score > t.defineLead || top.score >= 0.99;
	if (top.score >= t.defineConfident && clear) {
		return { status: 'answer', termId: top.termId, suggestions: termSuggestions(matches, limit, top.termId) };
	}
	return { status: 'suggestions', suggestions: termSuggestions(matches, limit) };
}
