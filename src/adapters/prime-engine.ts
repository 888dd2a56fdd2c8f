import type { Engine } from '../core/answer/engine.ts';
import { CONTENT_LANGUAGES } from '../core/locales.ts';

/**
 * A question, a name and a prefix in each language, answered and thrown away before a server says it is ready
 * (and before a reload's swap). A language's first use builds look-up tables and caches (stemmer, question
 * shapes, typo tables) and compiles the code that reads them: at 5,000 terms the first question in each language
 * took 20–40 ms instead of 1–2. Nothing is recorded: usage is recorded around the router, not the engine.
 */
export function primeEngine(engine: Engine): void {
	const termId = engine.glossary.termIds[0];
	if (termId === undefined) return;
	for (const lang of CONTENT_LANGUAGES) {
		const title = engine.show(termId, undefined, lang)?.article.title ?? termId;
		// A slip in a long unknown word, so that spelling correction runs too.
		engine.ask(`${title} ${title.slice(0, -1)}q kvarxelmuntor?`, lang);
		engine.define(title, lang);
		engine.complete(title.slice(0, 3), lang, 25);
		// "Nothing found" replies name the first terms in the language's alphabetical order: sorting every title
		// the first time took 70–100 ms per language at 5,000 terms (the bench's four slowest /ask replies).
		engine.sortedTerms(lang);
	}
}
