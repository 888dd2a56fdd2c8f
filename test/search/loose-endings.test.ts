/**
 * A long word the glossary does not know also matches the known words that begin with all but its last
 * letters: stemmers leave some derivations whole, so "automatisering" finds the section on "automatiseras".
 */
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { contentReaders } from './probe-readers.ts';

const { sections } = contentReaders();
const loose = RANKING.limits.looseEndings;
const top = (words: string[], looseEndings = loose) =>
	sections.search({ analysed: words }, 'sv', { looseEndings, limit: 3 }).map((h) => `${h.termId}#${h.sectionId}`);

describe('loose endings of unknown words', () => {
	it('an unknown long word finds the sections of its known derivations, and counts as itself', () => {
		expect(top(['automatisering'], { minLength: 99, letters: 3 })).toEqual([]);
		expect(top(['automatisering'])).toContain('backoffice#technology-and-outsourcing');
		const [hit] = sections.search({ analysed: ['automatisering'] }, 'sv', { looseEndings: loose, limit: 1 });
		expect(hit?.coverage).toBe(1);
		expect(hit?.matched).toEqual([]);
		expect(hit?.fuzzyMatched).toEqual(['automatisering']);
	});
	it('a known word, or a short one, is taken as written', () => {
		expect(top(['automatiser'])).toEqual(top(['automatiser'], { minLength: 99, letters: 3 }));
		expect(top(['automat'])).toEqual(top(['automat'], { minLength: 99, letters: 3 }));
	});
});
