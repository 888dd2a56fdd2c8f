/**
 * Every language pack reads the probe phrasings of scripts/lang-parity (concept families of each kind, written in
 * all six languages, colloquial and without diacritics) as their kind alone, with its own cues and with English
 * mixed in as `ask` reads them. A gap no pack closes yet is listed in KNOWN_GAPS with the reading it gives, so a
 * cue that breaks a probe, and one that closes a gap, are both noticed.
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_GAPS, misread, readProbes } from '../../scripts/lang-parity/read.ts';
import { CONTENT_LANGUAGES } from '../../src/core/locales.ts';

describe('the language packs read the parity probes', () => {
	it.each([
		['its own cues', false],
		['its own cues and English', true],
	])('with %s, every probe as its kind but the known gaps', (_, withEnglish) => {
		expect(misread(withEnglish)).toEqual(KNOWN_GAPS);
	});

	it('probes every kind in every language', () => {
		const probes = readProbes(false);
		// Families asked as two kinds at once ("definition|how-it-works") are few; each single kind is probed fully.
		const kinds = new Set(probes.map((p) => p.kind).filter((kind) => !kind.includes('|')));
		for (const kind of kinds) {
			for (const lang of CONTENT_LANGUAGES) {
				expect(
					probes.filter((p) => p.kind === kind && p.lang === lang).length,
					`${kind} ${lang}`,
				).toBeGreaterThanOrEqual(15);
			}
		}
		expect(kinds.size).toBe(9);
	});
});
