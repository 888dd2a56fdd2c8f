/**
 * "What does … mean" around other words than the term's name asks what those words mean, which a section of
 * their own explains: "what does dual agency mean for a realtor" is not the realtor's definition. Around the
 * name, it asks for the definition.
 */
import { describe, expect, it } from 'vitest';
import { subjectOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import { contentReaders } from './probe-readers.ts';

const readers = contentReaders();
const kinds = (question: string) => {
	const { shape, named } = subjectOfQuestion(understand(question, 'en', readers, RANKING), readers, RANKING);
	return { subject: named.subject?.termId, kinds: [...shape.kinds.keys()] };
};

describe('a definition cue around other words than the name', () => {
	it('asks for no definition of the term', () => {
		expect(kinds('what does dual agency mean for a realtor')).toEqual({ subject: 'realtor', kinds: [] });
		expect(kinds('what does the commission split mean for a realtor').kinds).not.toContain('definition');
	});
	it('around the name, asks for its definition', () => {
		expect(kinds('what does realtor mean')).toEqual({ subject: 'realtor', kinds: ['definition'] });
		expect(kinds('what does a realtor mean')).toEqual({ subject: 'realtor', kinds: ['definition'] });
	});
});
