/**
 * A long word the glossary does not know also matches the known words that begin with all but its last
 * letters: stemmers leave some derivations whole, so "automatisering" finds the section on "automatiseras". A
 * shorter one matches the known word it becomes without a letter or two ("graini" of "grainy" → "grain").
 */
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { contentReaders } from './probe-readers.ts';

const { sections } = contentReaders();
const loose = RANKING.limits.looseEndings;
const off = { ...loose, minLength: 99, trim: 0 };
const top = (words: string[], looseEndings = loose) =>
	sections.search({ analysed: words }, 'sv', { looseEndings, limit: 3 }).map((h) => `${h.termId}#${h.sectionId}`);

describe('loose endings of unknown words', () => {
	it('an unknown long word finds the sections of its known derivations, and counts as itself', () => {
		expect(top(['automatisering'], off)).toEqual([]);
		expect(top(['automatisering'])).toContain('backoffice#technology-and-outsourcing');
		const [hit] = sections.search({ analysed: ['automatisering'] }, 'sv', { looseEndings: loose, limit: 1 });
		expect(hit?.coverage).toBe(1);
		expect(hit?.matched).toEqual([]);
		expect(hit?.fuzzyMatched).toEqual(['automatisering']);
	});
	it('a shorter unknown word finds the known word it ends two letters after at most, and counts as itself', () => {
		expect(top(['kundxy'], off)).toEqual([]);
		expect(top(['kundxy'])).toEqual(top(['kund']));
		const [hit] = sections.search({ analysed: ['kundxy'] }, 'sv', { looseEndings: loose, limit: 1 });
		expect(hit?.matched).toEqual([]);
		expect(hit?.fuzzyMatched).toEqual(['kundxy']);
		expect(top(['kundxyz'])).toEqual([]);
		expect(top(['kunxy'])).toEqual([]);
	});
	it('a known word, or a short one, is taken as written', () => {
		expect(top(['automatiser'])).toEqual(top(['automatiser'], off));
		expect(top(['automat'])).toEqual(top(['automat'], off));
	});
});
