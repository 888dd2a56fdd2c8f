/**
 * A question that several terms' sections answer equally well, each holding all of it, is ambiguous, not
 * off-topic: "vad är en mäklare" (a broker: a realtor or a stockbroker?) is asked back with both, and an
 * off-topic question still gets nothing found.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { createEngine } from '../../src/core/answer/engine.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';

const { glossary } = buildGlossary(readContentFiles('content'));
if (!glossary) throw new Error('content does not load');
const engine = createEngine(glossary);

describe('an ambiguous question', () => {
	it('is asked back with the tied sections of each term', () => {
		const answer = engine.ask('vad är en mäklare', 'sv');
		expect(answer.status).toBe('suggestions');
		expect(answer.suggestions.map((s) => s.termId).sort()).toEqual(['realtor', 'stockbroker']);
	});
	it('named in full, is answered', () => {
		expect(engine.ask('vad är en fastighetsmäklare', 'sv')).toMatchObject({ status: 'answer', termId: 'realtor' });
	});
	it('off-topic, still finds nothing', () => {
		expect(engine.ask('recept på kanelbullar', 'sv')).toMatchObject({ status: 'not-found', suggestions: [] });
	});
});
