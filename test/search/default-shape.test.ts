/**
 * A bare "how …?" with no more specific cue asks how something works, in every language; it is read only
 * when no other cue matched, and it is no evidence of a topic (an off-topic "how do I …" is not answered for it).
 */
import { describe, expect, it } from 'vitest';
import { isShaped, readShape } from '../../src/core/answer/shape.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { foldName } from '../../src/core/text/normalize.ts';

const read = (q: string, lang: ContentLanguage) => readShape(foldName(q).split(' '), [lang, 'en']);

const BARE: ReadonlyArray<[ContentLanguage, string]> = [
	['en', 'how will the agent pick a policy for me'],
	['sv', 'hur väljer agenten en försäkring åt mig'],
	['de', 'wie sucht der Agent mir eine Police aus'],
	['ro', 'cum îmi alege agentul o poliță'],
	['ru', 'как агент подберет мне полис'],
	['it', "come mi sceglie l'agente una polizza"],
];

const SPECIFIC: ReadonlyArray<[ContentLanguage, string, string]> = [
	['en', 'how much does the agent charge', 'cost'],
	['sv', 'hur mycket kostar agenten', 'cost'],
	['de', 'wie viel kostet der Agent', 'cost'],
	['ro', 'cât costă agentul', 'cost'],
	['ru', 'сколько стоит агент', 'cost'],
	['it', 'quanto costa un agente', 'cost'],
];

describe('the default shape of a bare "how"', () => {
	it.each(BARE)('%s: %s asks how it works, by default', (lang, q) => {
		const shape = read(q, lang);
		expect([...shape.kinds.keys()]).toEqual(['how-it-works']);
		expect(shape.byDefault).toBe(true);
		expect(isShaped(shape)).toBe(false);
	});
	it.each(SPECIFIC)('%s: %s is read by its specific cue alone', (lang, q, kind) => {
		const shape = read(q, lang);
		expect([...shape.kinds.keys()]).toEqual([kind]);
		expect(isShaped(shape)).toBe(true);
	});
	it('a question with no question word has no shape at all', () => {
		expect(read('agent polis', 'ru').kinds.size).toBe(0);
	});
});
