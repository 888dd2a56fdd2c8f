/**
 * A question that is a term's name and a bare "how" ("how do I bleed my radiators") asks how it is done: with no
 * other words, the name is all the evidence there is. Only other words that none of the term's sections hold make
 * the name one used in another sense ("how do I bleed my brakes"). Words that only say how well it is to be done
 * ("richtig", "properly"), whose it is ("с моим") or what was said before ("dafür", "однако") carry no topic in any
 * language.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { createEngine } from '../../src/core/answer/engine.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { isStopword } from '../../src/core/text/analyzer.ts';

const { glossary } = buildGlossary(readContentFiles('test/fixtures/glossary-d/content'));
if (!glossary) throw new Error('glossary D does not load');
const engine = createEngine(glossary);

const HOW_TO: ReadonlyArray<[ContentLanguage, string]> = [
	['en', 'how do I bleed my radiators'],
	['en', 'how do I bleed radiators properly'],
	['de', 'wie entlüfte ich heizkörper'],
	['de', 'wie entlüfte ich meine heizkörper richtig'],
	['sv', 'hur luftar man element'],
	['it', 'come si sfiata un termosifone correttamente'],
	['ro', 'cum aerisesc caloriferul corect'],
];

const OTHER_SENSE: ReadonlyArray<[ContentLanguage, string]> = [
	['en', 'how do I bleed my brakes'],
	['de', 'wie entlüfte ich meine bremsen richtig'],
	['it', 'come si isola un cavo'],
];

describe('a name and a bare "how"', () => {
	it.each(HOW_TO)('%s: %s is answered with how it is done', (lang, q) => {
		expect(engine.ask(q, lang)).toMatchObject({ status: 'answer', termId: 'radiator-bleeding', sectionId: 'how-to' });
	});
	it.each(OTHER_SENSE)('%s: %s uses the name in another sense: nothing found', (lang, q) => {
		expect(engine.ask(q, lang).status).toBe('not-found');
	});
});

describe('words with no topic', () => {
	it.each([
		['ru', 'моим'],
		['ru', 'своих'],
		['ru', 'нашей'],
		['de', 'unserem'],
		['ro', 'noștri'],
		['de', 'richtig'],
		['en', 'properly'],
		['sv', 'ordentligt'],
		['it', 'correttamente'],
		['ro', 'corect'],
		['de', 'dafür'],
		['de', 'worüber'],
		['sv', 'därmed'],
		['en', 'therefore'],
		['it', 'infatti'],
		['ro', 'astfel'],
		['ru', 'однако'],
	] as const)('%s: %s is a stopword', (lang, word) => {
		expect(isStopword(lang, word)).toBe(true);
	});
});
