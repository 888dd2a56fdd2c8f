/**
 * A generative test of the shape reader: natural questions in every language, for every kind of section,
 * each read as `ask` reads it (cleaned, chat shorthand expanded, compounds split, slips corrected, the words
 * of the term it names blanked) and in the language it is written in. The kind read most strongly must be
 * the one asked for, alone: a tie with another kind is a miss. Topic questions must read as no kind. A known
 * miss asserts the reading it gives today.
 * `PROBE_REPORT=1` prints the share read right per language and kind.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders, probeTally, strongestKind } from './probe-readers.ts';
import { type Expected, KNOWN_MISSES, PROBE_KINDS, PROBES } from './shape-probes.ts';

const readers = contentReaders();

const strongest = (question: string, lang: ContentLanguage) => strongestKind(readers, question, lang);

const tally = probeTally();

const EXPECTED: readonly Expected[] = [...PROBE_KINDS, 'none', 'risks'];

describe.each(CONTENT_LANGUAGES)('the shape of %s questions', (lang) => {
	it('has at least 15 probes for each kind probed, and for none', () => {
		const counts = [...PROBE_KINDS, 'none' as const].map((kind) => PROBES[lang][kind].length);
		expect(Math.min(...counts)).toBeGreaterThanOrEqual(15);
	});
	for (const expected of EXPECTED) {
		const questions = PROBES[lang][expected];
		it.each(questions)(`reads as ${expected}: %s`, (question) => {
			const { read, kinds } = strongest(question, lang);
			tally.count(`${lang} ${expected}`, read === expected);
			const today = KNOWN_MISSES[lang]?.[question] ?? expected;
			expect(`${read} (${kinds})`).toBe(`${today} (${kinds})`);
		});
	}
	it('has known misses only among its probes', () => {
		const probes = new Set(Object.values(PROBES[lang]).flat());
		expect(Object.keys(KNOWN_MISSES[lang] ?? {}).filter((q) => !probes.has(q))).toEqual([]);
	});
});

afterAll(() => tally.report(18, process.env.PROBE_REPORT));
