/**
 * Which named term a question is about, by where it stands. The subject is the first name after the cue a question opens with ("what does a realtor do while …"), not a
 * longer name in a clause that follows ("… while the wealth management team invests the money"). Probes written
 * for this rule in every language, none of them a row of the question sets; on the engine before the rule, 5 of
 * these 13 read the later, longer name as the subject. And a term named in a subordinate clause ("when …",
 * "wenn …", "если …") is a circumstance: on the engine before that rule, 2 of the 12 clause probes (the English
 * ones) read the longer name in the clause as the subject.
 */
import { describe, expect, it } from 'vitest';
import { subjectOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders } from './probe-readers.ts';

const readers = contentReaders();

/** Both terms are found, nothing is compared, and the one asked about is `subject`. */
function expectSubject(question: string, lang: ContentLanguage, subject: string): void {
	const u = understand(question, lang, readers, RANKING);
	const { named, compare } = subjectOfQuestion(u, readers, RANKING);
	expect(named.inOrder.length).toBeGreaterThan(1);
	expect(compare).toBe(false);
	expect(named.subject?.termId).toBe(subject);
}

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
		expectSubject(question, lang, subject);
	});

	it('gives no name the bonus when the question does not open with a cue', () => {
		// "price" is a cue word, but the question opens with "can a realtor": "a house" is the cue verb's object.
		const u = understand('can a realtor price a house quickly', 'en', readers, RANKING);
		expect(subjectOfQuestion(u, readers, RANKING).named.subject?.termId).toBe('realtor');
	});
});

const CLAUSES: readonly [question: string, lang: ContentLanguage, subject: string][] = [
	['is a realtor worth it when the wealth management team already handles the money', 'en', 'realtor'],
	['should i call a stockbroker if the back office keeps losing my orders', 'en', 'stockbroker'],
	['behöver jag en fastighetsmäklare när en finansiell rådgivare redan har gjort en plan', 'sv', 'realtor'],
	['lönar sig en aktiemäklare eftersom förmögenhetsförvaltningen tar så mycket betalt', 'sv', 'stockbroker'],
	['brauche ich einen Börsenmakler, wenn das Back Office schon alles abwickelt', 'de', 'stockbroker'],
	['lohnt sich ein Immobilienmakler, obwohl ein Finanzberater schon einen Plan hat', 'de', 'realtor'],
	['merită un agent imobiliar dacă un consilier financiar are deja un plan', 'ro', 'realtor'],
	['e nevoie de un broker de bursă când back office-ul face deja decontarea', 'ro', 'stockbroker'],
	['нужен ли риелтор, если управление капиталом уже занимается деньгами', 'ru', 'realtor'],
	['стоит ли платить биржевому брокеру, когда бэк-офис всё равно всё проверяет', 'ru', 'stockbroker'],
	['serve un agente di borsa quando il back office gestisce già tutto', 'it', 'stockbroker'],
	['conviene un agente immobiliare anche se un consulente finanziario ha già un piano', 'it', 'realtor'],
];

describe('a term named in a subordinate clause is a circumstance', () => {
	it.each(CLAUSES)('%s (%s) → %s', (question, lang, subject) => {
		expectSubject(question, lang, subject);
	});
});

// Where possessors come first (English, Swedish), the name after the possessor is what is asked about; where they
// follow (Russian, Italian, Romanian, German genitives), the first. Before this rule the two English probes read
// the possessor as the subject once the opening cue's name was preferred, and the Swedish one always did.
const POSSESSORS: readonly [question: string, lang: ContentLanguage, subject: string][] = [
	["what does a stockbroker's back office do", 'en', 'backoffice'],
	["what does a realtor's front office look like", 'en', 'frontoffice'],
	['vad gör en aktiemäklares backoffice', 'sv', 'backoffice'],
	['was macht das Back Office eines Börsenmaklers', 'de', 'backoffice'],
	['что делает бэк-офис биржевого брокера', 'ru', 'backoffice'],
	['cosa fa il back office di un agente di borsa', 'it', 'backoffice'],
	['ce face back office-ul unui broker de bursă', 'ro', 'backoffice'],
];

describe('a possessor is not the subject', () => {
	it.each(POSSESSORS)('%s (%s) → %s', (question, lang, subject) => {
		expectSubject(question, lang, subject);
	});
});
