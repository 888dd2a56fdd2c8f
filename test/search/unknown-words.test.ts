/**
 * Words of another topic: a word no language of the glossary knows in any form, and no slip of a word it knows,
 * is marked unknown when the question is read. When they are much of a question's topic words, the more of them,
 * the more of the rest a named term's sections must hold before the term is taken as the one asked about: "home
 * mortgage for a yacht berth at the regatta marina" names a term and one of its words, but is about boats. One
 * unknown word among several is everyday wording the articles never use, and asks for no more.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { unknownShare } from '../../src/core/answer/ask.ts';
import { evidenceNeeded } from '../../src/core/answer/confidence.ts';
import { createEngine } from '../../src/core/answer/engine.ts';
import { RANKING, type RankingConfig } from '../../src/core/answer/ranking-config.ts';
import { readShape } from '../../src/core/answer/shape.ts';
import type { NamedTerms } from '../../src/core/answer/subject.ts';
import { understand } from '../../src/core/answer/understand.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders } from './probe-readers.ts';

const readers = contentReaders();
const read = (q: string, lang: ContentLanguage) => understand(q, lang, readers, RANKING);
const unknownWords = (q: string, lang: ContentLanguage) =>
	read(q, lang)
		.words.filter((w) => w.unknown)
		.map((w) => w.folded);

describe('words no language of the glossary knows', () => {
	it.each([
		['en', 'mortgage for a yacht at the regatta', ['yacht', 'regatta']],
		['sv', 'bolån för segelbåten på regattan', ['segelbaten', 'regattan']],
		['de', 'Provision für die Segelyacht zur Regatta', ['segelyacht', 'regatta']],
		// Known words, small words, short words and numbers are none of them.
		['en', 'what does a realtor charge for a home', []],
		['en', 'is 9001 ok for a home', []],
		// A slip of a word the glossary knows is that word, not another topic's.
		['en', 'what does a realtor do with the mortgagge', []],
	] as const)('%s: %s', (lang, q, expected) => {
		expect(unknownWords(q, lang)).toEqual(expected);
	});
});

const none: NamedTerms = { subject: undefined, mentioned: [], nameWords: new Set(), inOrder: [], marked: new Map() };

describe('the share of topic words unknown', () => {
	it.each([
		['en', 'mortgage yacht regatta marina', 0.75],
		['en', 'mortgage and property tax', 0],
		// Small words are no topic words: two of "yacht", "mortgage" only.
		['en', 'the yacht and the mortgage', 0.5],
		['en', 'the and of', 0],
	] as const)('%s: %s → %d', (lang, q, share) => {
		const u = read(q, lang);
		expect(unknownShare(u, readShape([], [lang]), none)).toBeCloseTo(share, 5);
	});
	it('leaves out the words that name a term', () => {
		const u = read('realtor regatta', 'en');
		const named = { ...none, nameWords: new Set(['realtor']) };
		expect(unknownShare(u, readShape([], ['en']), named)).toBe(1);
	});
});

describe('the evidence a named term needs among unknown words', () => {
	const t = RANKING.thresholds;
	const base = t.subjectEvidence;
	it.each([
		['none unknown', 0, base],
		['a few, below unknownShare', t.unknownShare / 2, base],
		['unknownShare of them', t.unknownShare, base + t.unknownEvidence * t.unknownShare],
		['all of them', 1, base + t.unknownEvidence],
	] as const)('%s', (_, share, needed) => {
		expect(evidenceNeeded(base, share, t)).toBeCloseTo(needed, 10);
	});
	it('grows with the share once it counts', () => {
		expect(t.unknownEvidence).toBeGreaterThan(0);
		expect(evidenceNeeded(base, 1, t)).toBeGreaterThan(evidenceNeeded(base, t.unknownShare, t));
	});
});

describe('a named term among words of another topic', () => {
	const { glossary } = buildGlossary(readContentFiles('content'));
	if (!glossary) throw new Error('content does not load');
	const engine = createEngine(glossary);
	const without: RankingConfig = structuredClone(RANKING);
	without.thresholds.unknownEvidence = 0;
	const status = (q: string, lang: ContentLanguage, config = RANKING) => engine.withConfig(config).ask(q, lang).status;

	it.each([
		['en', 'home mortgage for a yacht berth at the regatta marina'],
		['en', 'home mortgage and a sailboat mooring for the regatta'],
		['sv', 'bostad bolån segelbåt regatta gästhamn'],
		['it', 'mutuo casa per lo yacht della regata al porto turistico'],
	] as const)('is no answer when much of the rest is unknown and little of it held: %s: %s', (lang, q) => {
		expect(status(q, lang)).toBe('not-found');
		// The term's sections hold "mortgage": without the unknown words' weight, that was an answer.
		expect(status(q, lang, without)).toBe('answer');
	});
	it.each([
		['en', 'home mortgage and the yearly property tax'],
		// One unknown word among several is no other topic.
		['en', 'home mortgage, property tax and a sailboat'],
		['en', 'what does a realtor charge for selling a home'],
	] as const)('is an answer when the other words are the glossary’s: %s: %s', (lang, q) => {
		expect(status(q, lang)).toBe('answer');
	});
});
