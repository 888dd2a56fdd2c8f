/**
 * A generative test of subject choice: questions that name two terms (or one term beside another's name used
 * as a modifier), in every language, each read as `ask` reads it (understood in the asker's language, terms
 * found, shape read, then `subjectOfQuestion` decides the subject and whether the question compares). The
 * subject and the comparison flag must be the ones a reader would give (rules in subject-probes.ts). A known
 * miss asserts the reading it gives today.
 * `PROBE_REPORT=1` prints the share read right per language and set.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { subjectOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders, probeTally } from './probe-readers.ts';
import { KNOWN_MISSES, type ProbeSet, SUBJECT_PROBES, type SubjectProbe } from './subject-probes.ts';

const readers = contentReaders();

/** "subject" or "subject (compare)", as the pipeline decides it; the named terms for the failure message. */
function reading(question: string, lang: ContentLanguage): { read: string; named: string } {
	const u = understand(question, lang, readers, RANKING);
	const { named, compare } = subjectOfQuestion(u, readers, RANKING);
	const read = `${named.subject?.termId ?? 'none'}${compare ? ' (compare)' : ''}`;
	return { read, named: `${u.lang}: ${named.inOrder.map((m) => m.termId).join(', ')}` };
}

const expectedOf = ([, subject, compare]: SubjectProbe) => `${subject}${compare ? ' (compare)' : ''}`;

const tally = probeTally();

const SETS: readonly (keyof ProbeSet)[] = ['twoTerms', 'later', 'fresh', 'falseFriends'];

describe.each(CONTENT_LANGUAGES)('the subject of %s questions', (lang) => {
	it('has at least 25 two-term probes and 10 false friends', () => {
		expect(SUBJECT_PROBES[lang].twoTerms.length).toBeGreaterThanOrEqual(25);
		expect(SUBJECT_PROBES[lang].falseFriends.length).toBeGreaterThanOrEqual(10);
	});
	for (const set of SETS) {
		it.each(SUBJECT_PROBES[lang][set].map((p) => [p[0], p] as const))(`${set}: %s`, (question, probe) => {
			const { read, named } = reading(question, lang);
			const expected = expectedOf(probe);
			tally.count(`${lang} ${set}`, read === expected);
			const today = KNOWN_MISSES[lang]?.[question] ?? expected;
			expect(`${read} [${named}]`).toBe(`${today} [${named}]`);
		});
	}
	it('has known misses only among its probes', () => {
		const probes = new Set(SETS.flatMap((set) => SUBJECT_PROBES[lang][set].map((p) => p[0])));
		expect(Object.keys(KNOWN_MISSES[lang] ?? {}).filter((q) => !probes.has(q))).toEqual([]);
	});
});

afterAll(() => tally.report(16, process.env.PROBE_REPORT));
