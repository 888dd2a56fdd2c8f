/**
 * A question told as a concrete case, a person or firm the term serves ("for someone who just inherited a
 * house"), asks for the examples, which tell such cases. Probes written for this rule in every language, none of
 * them a row of the question sets; on the engine before it, none of these 6 read examples.
 */
import { describe, expect, it } from 'vitest';
import { subjectOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders } from './probe-readers.ts';

const readers = contentReaders();

const PROBES: readonly [question: string, lang: ContentLanguage][] = [
	['what does a financial planner do for someone who just inherited a house', 'en'],
	['vad gör en finansiell rådgivare för någon som precis har ärvt pengar', 'sv'],
	['was macht ein Finanzplaner für jemanden, der gerade geerbt hat', 'de'],
	['ce face un consilier financiar pentru cineva care tocmai a moștenit bani', 'ro'],
	['что делает финансовый консультант для человека, который только что получил наследство', 'ru'],
	['cosa fa un consulente finanziario per qualcuno che ha appena ereditato', 'it'],
];

describe('a concrete case asks for examples', () => {
	it.each(PROBES)('%s (%s)', (question, lang) => {
		const { shape } = subjectOfQuestion(understand(question, lang, readers, RANKING), readers, RANKING);
		expect([...shape.kinds.keys()]).toContain('examples');
	});
});
