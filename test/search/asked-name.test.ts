/**
 * The subject is the first name after the cue a question opens with ("what does a realtor do while …"), not a
 * longer name in a clause that follows ("… while the wealth management team invests the money"). Probes written
 * for this rule in every language, none of them a row of the question sets; on the engine before the rule, 5 of
 * these 13 read the later, longer name as the subject.
 */
import { describe, expect, it } from 'vitest';
import { subjectOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders } from './probe-readers.ts';

const readers = contentReaders();

const PROBES: readonly [question: string, lang: ContentLanguage, subject: string][] = [
	['what does a realtor do while the wealth management team invests the money', 'en', 'realtor'],
	['how does a stockbroker work when the back office settles the trade', 'en', 'stockbroker'],
	['what does the front office do after the back office has checked the payment', 'en', 'frontoffice'],
	['vad gör en aktiemäklare medan förmögenhetsförvaltningen placerar pengarna', 'sv', 'stockbroker'],
	['hur arbetar en fastighetsmäklare när en finansiell rådgivare redan har gjort en plan', 'sv', 'realtor'],
	['was macht ein Immobilienmakler, während die Vermögensverwaltung das Geld anlegt', 'de', 'realtor'],
	['wie arbeitet ein Börsenmakler, wenn das Back Office die Trades abwickelt', 'de', 'stockbroker'],
	['ce face un agent imobiliar în timp ce un consilier financiar face planul', 'ro', 'realtor'],
	['cum lucrează un broker de bursă când back office-ul decontează tranzacția', 'ro', 'stockbroker'],
	['что делает риелтор, пока управление капиталом вкладывает деньги', 'ru', 'realtor'],
	['как работает биржевой брокер, когда бэк-офис проводит расчёты', 'ru', 'stockbroker'],
	['cosa fa un agente immobiliare mentre la gestione patrimoniale investe i soldi', 'it', 'realtor'],
	['come lavora un broker di borsa quando il back office regola le operazioni', 'it', 'stockbroker'],
];

describe('the name right after the opening cue is the subject', () => {
	it.each(PROBES)('%s (%s) → %s', (question, lang, subject) => {
		const u = understand(question, lang, readers, RANKING);
		const { named, compare } = subjectOfQuestion(u, readers, RANKING);
		expect(named.inOrder.length).toBeGreaterThan(1);
		expect(compare).toBe(false);
		expect(named.subject?.termId).toBe(subject);
	});

	it('gives no name the bonus when the question does not open with a cue', () => {
		// "price" is a cue word, but the question opens with "can a realtor": "a house" is the cue verb's object.
		const u = understand('can a realtor price a house quickly', 'en', readers, RANKING);
		expect(subjectOfQuestion(u, readers, RANKING).named.subject?.termId).toBe('realtor');
	});
});
