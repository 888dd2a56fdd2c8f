/**
 * A question word may follow its preposition ("for which shots", "в каких случаях", "per quali foto"): a cue
 * anchored at the start whose words stand side by side (`^ which`, `^ каких`) may start after one. Probes written
 * for this rule in every language, none of them a row of the question sets; on the engine before it, 9 of these
 * 12 read no examples.
 */
import { describe, expect, it } from 'vitest';
import { readShape } from '../../src/core/answer/shape.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { tokenize } from '../../src/core/text/analyzer.ts';
import { foldName } from '../../src/core/text/normalize.ts';

const kindsOf = (question: string, lang: ContentLanguage) => [
	...readShape(tokenize(question.toLowerCase()).map(foldName), [lang, 'en']).kinds.keys(),
];

const PROBES: readonly [question: string, lang: ContentLanguage][] = [
	['for which shots do you need a shallow depth', 'en'],
	['in which situations do you call a realtor', 'en'],
	['för vilka bilder behöver man kort skärpedjup', 'sv'],
	['i vilka fall behöver man en mäklare', 'sv'],
	['für welche Fotos braucht man wenig Schärfentiefe', 'de'],
	['in welchen Fällen braucht man einen Makler', 'de'],
	['pentru care poze ai nevoie de profunzime mică', 'ro'],
	['în care situații ai nevoie de un agent', 'ro'],
	['для каких снимков нужна маленькая глубина', 'ru'],
	['при каких условиях нужен риелтор', 'ru'],
	['per quali foto serve poca profondità', 'it'],
	['in quali casi serve un agente', 'it'],
];

describe('a question word after its preposition', () => {
	it.each(PROBES)('%s (%s) asks which ones', (question, lang) => {
		expect(kindsOf(question, lang)).toContain('examples');
	});

	it('does not start a cue that skips words: the verb no longer asks for the question word', () => {
		// "^ which … do you need" asks for requirements ("which licence do you need"); after "for", "which shots" is
		// not what is needed, so only the plain "do you need" reads requirements, by its own three words.
		const shape = readShape(tokenize('for which shots do you need a shallow depth'), ['en']);
		expect(shape.kinds.get('requirements')).toBe(3);
	});
});
