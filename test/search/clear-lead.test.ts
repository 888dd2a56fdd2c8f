/**
 * Confidence with no term named: a section that holds several of the question's topic words and leads the next
 * by far is an answer, even when the question's other words are ones the glossary never uses; a smaller lead
 * suffices where a specific cue asks for the section's kind. One held word, or a one-word cue, is no such evidence.
 */
import { describe, expect, it } from 'vitest';
import { type Asked, decide } from '../../src/core/answer/confidence.ts';
import type { Candidate } from '../../src/core/answer/rank.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import type { NamedTerms } from '../../src/core/answer/subject.ts';
import type { SectionKind } from '../../src/core/content/section-kinds.ts';

const t = RANKING.thresholds;
const none: NamedTerms = { subject: undefined, mentioned: [], nameWords: new Set(), inOrder: [], marked: new Map() };

/** A section that holds `held` topic words but little of the question's meaning (a plain, wordy question). */
function section(sectionId: string, kind: SectionKind, score: number, held: number): Candidate {
	return {
		termId: 'term',
		sectionId,
		kinds: [kind],
		score,
		lexical: 1,
		crossLexical: 0,
		coverage: 0.3,
		meaning: 0.3,
		held,
	};
}

const asking = (kind: SectionKind, strength: number): Asked => ({ kinds: new Set([kind]), strength });
const status = (best: Candidate, second: Candidate, asked?: Asked) =>
	decide([best, second], none, RANKING, false, asked).status;

describe('a clear lead with no term named', () => {
	it('is answered when the best section holds enough topic words and leads by answerLead', () => {
		const best = section('a', 'topic', t.answerLead, t.leadHeld);
		expect(status(best, section('b', 'examples', 0, 1))).toBe('answer');
	});
	it('is not answered with one topic word fewer, however large the lead', () => {
		const best = section('a', 'topic', 2 * t.answerLead, t.leadHeld - 1);
		expect(status(best, section('b', 'examples', 0, 1))).toBe('not-found');
	});
	it('needs only answerLeadAsked when a specific cue asks for the section kind', () => {
		const best = section('a', 'cost', t.answerLeadAsked, t.leadHeld);
		const second = section('b', 'examples', 0, 1);
		expect(status(best, second, asking('cost', t.askedCueStrength))).toBe('answer');
		expect(status(best, second)).toBe('not-found');
	});
	it('needs the full lead when the cue is a single word or asks for another kind', () => {
		const best = section('a', 'cost', t.answerLeadAsked, t.leadHeld);
		const second = section('b', 'examples', 0, 1);
		expect(status(best, second, asking('cost', t.askedCueStrength - 1))).toBe('not-found');
		expect(status(best, second, asking('risks', t.askedCueStrength))).toBe('not-found');
	});
});
