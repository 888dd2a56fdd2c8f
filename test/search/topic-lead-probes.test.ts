/**
 * Questions about a `topic` section, which no shape asks for, answered by the section's words (the topic lead,
 * rank.ts). Invented probes on the blind glossaries B, C and D, written from the articles, none of them a row of
 * the question sets. The last was answered with the definition before the definition of the term named stopped
 * rivalling a topic whose words it restates.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { createEngine, type Engine } from '../../src/core/answer/engine.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';

const engines = new Map<string, Engine>();
function engineOf(name: string): Engine {
	const cached = engines.get(name);
	if (cached) return cached;
	const { glossary } = buildGlossary(readContentFiles(`test/fixtures/glossary-${name}/content`));
	if (!glossary) throw new Error(`glossary ${name} does not load`);
	const engine = createEngine(glossary);
	engines.set(name, engine);
	return engine;
}

const PROBES: ReadonlyArray<[glossary: string, lang: ContentLanguage, question: string, want: string]> = [
	['b', 'en', 'my server got raided last night by bot accounts, what should the mods have done', 'moderator#raids'],
	['b', 'ro', 'moderator: conturi noi dau join și flood pe toate channel-urile', 'moderator#raids'],
	['b', 'en', 'does slowmode also work inside threads and forum posts', 'slowmode#forum-posts'],
	['c', 'it', "conviene usare l'ISO automatico con un limite massimo", 'iso#auto-iso'],
	['d', 'sv', 'var försvinner mest värme i ett oisolerat hus, taket eller väggarna', 'insulation#heat-loss'],
	[
		'd',
		'en',
		'after bleeding the radiators the boiler pressure dropped below 1 bar',
		'radiator-bleeding#boiler-pressure',
	],
	['d', 'en', 'is it true that a thermostat measures the radiator temperature', 'thermostat#myths'],
];

describe('a topic section found by its words', () => {
	it.each(PROBES)('glossary %s, %s: %s → %s', (name, lang, question, want) => {
		const [termId, sectionId] = want.split('#');
		expect(engineOf(name).ask(question, lang)).toMatchObject({ status: 'answer', termId, sectionId });
	});
});
