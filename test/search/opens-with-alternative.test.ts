/**
 * A question that opens with a term's name, "or" and something the glossary has no term for weighs the term
 * against it: it asks for the differences, as two named terms joined by "or" do. Probes written for this rule in
 * every language, none of them a row of the question sets; on the engine before the rule, 6 of these 7 read no
 * differences.
 */
import { describe, expect, it } from 'vitest';
import { subjectOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders } from './probe-readers.ts';

const readers = contentReaders();

const kindsOf = (question: string, lang: ContentLanguage) => {
	const { named, shape } = subjectOfQuestion(understand(question, lang, readers, RANKING), readers, RANKING);
	return { subject: named.subject?.termId, kinds: [...shape.kinds.keys()] };
};

const PROBES: readonly [question: string, lang: ContentLanguage, subject: string][] = [
	['realtor or lawyer, who do i need to sell my flat', 'en', 'realtor'],
	['fastighetsmäklare eller advokat, vem behöver jag när jag säljer', 'sv', 'realtor'],
	['Immobilienmakler oder Notar – wen brauche ich beim Verkauf', 'de', 'realtor'],
	['agent imobiliar sau avocat, de cine am nevoie la vânzare', 'ro', 'realtor'],
	['риелтор или юрист, кто нужен при продаже квартиры', 'ru', 'realtor'],
	['agente immobiliare o notaio, chi serve per vendere casa', 'it', 'realtor'],
	['financial advisor or robo advisor, which is better for me', 'en', 'financial-advisor'],
];

describe('a question opening with "X or …" asks how X differs', () => {
	it.each(PROBES)('%s (%s)', (question, lang, subject) => {
		const read = kindsOf(question, lang);
		expect(read.subject).toBe(subject);
		expect(read.kinds).toContain('differences');
	});

	it('reads no comparison where "or" joins other things later in the question', () => {
		expect(kindsOf('should i hire a realtor or sell my flat myself', 'en').kinds).not.toContain('differences');
		expect(kindsOf('what does a realtor charge, or is it free for buyers', 'en').kinds).not.toContain('differences');
	});
});
