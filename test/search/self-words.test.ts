/**
 * Doing a thing oneself ("da soli", "on my own", "самостоятельно") carries no topic, and "or" after it joins two
 * ways of doing a thing ("sell the flat myself or through a realtor"), not two terms. Probes written for this
 * rule in every language, none of them a row of the question sets. Before the rule, "vendere casa da solo o con un
 * agente immobiliare" compared the home with the realtor, and the words were no stopwords in most packs.
 */
import { describe, expect, it } from 'vitest';
import { subjectOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import { LANGUAGE_PACKS } from '../../src/core/lang/index.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../src/core/locales.ts';
import { isStopword } from '../../src/core/text/analyzer.ts';
import { contentReaders } from './probe-readers.ts';

const readers = contentReaders();

const PROBES: readonly [question: string, lang: ContentLanguage][] = [
	['vendere casa da soli o con un agente immobiliare?', 'it'],
	['vendere casa da solo o con un agente immobiliare?', 'it'],
	['die Wohnung selber oder über einen Immobilienmakler verkaufen?', 'de'],
	['die Wohnung allein oder mit einem Immobilienmakler verkaufen?', 'de'],
	['să vând apartamentul singur sau prin agent imobiliar?', 'ro'],
	['sälja lägenheten själva eller via en fastighetsmäklare?', 'sv'],
	['sell the flat alone or through a realtor?', 'en'],
	['продавать квартиру самостоятельно или через риелтора?', 'ru'],
];

describe('doing it oneself', () => {
	it.each(PROBES)('%s (%s) compares no terms', (question, lang) => {
		const { named, compare } = subjectOfQuestion(understand(question, lang, readers, RANKING), readers, RANKING);
		expect(named.inOrder.length).toBe(2);
		expect(compare).toBe(false);
	});

	it.each(CONTENT_LANGUAGES)('%s: every word for it is a stopword', (lang) => {
		const words = LANGUAGE_PACKS[lang].selfWords ?? [];
		expect(words.length).toBeGreaterThan(2);
		expect(words.filter((w) => !isStopword(lang, w))).toEqual([]);
	});
});
