/**
 * A `topic` section is found by its words alone: when it holds the question's words clearly more than any
 * other section, it gains in proportion to that lead. When the question's own language holds none of its
 * words (a German question in an English-speaking server's slang: "joinen", "spammen"), the lead is read in
 * the aligned translations that do hold them. Invented candidates, not rows of the question sets.
 */
import { describe, expect, it } from 'vitest';
import { type Candidate, liftTopic } from '../../src/core/answer/rank.ts';
import type { Shape } from '../../src/core/answer/shape.ts';
import type { SectionKind } from '../../src/core/content/section-kinds.ts';

const NO_SHAPE: Shape = { kinds: new Map(), shapeWords: new Set(), frames: [] };

const candidate = (sectionId: string, kind: SectionKind, lexical: number, crossLexical: number): Candidate => ({
	termId: 'term',
	sectionId,
	kinds: [kind],
	score: 2,
	lexical,
	crossLexical,
	coverage: 0,
	meaning: 0,
	held: 0,
});

type Row = [name: string, sections: [string, SectionKind, number, number][], lifted: Record<string, number>];

const ROWS: Row[] = [
	[
		'a topic section leading in its own language gains by its lead',
		[
			['raids', 'topic', 1, 0],
			['daily-work', 'how-it-works', 0.25, 0],
		],
		{ raids: 0.75 },
	],
	[
		'a lead in a translation does not count while the own language holds some words',
		[
			['raids', 'topic', 0.2, 1],
			['daily-work', 'how-it-works', 0.6, 0.1],
		],
		{},
	],
	[
		'with no word in the own language, the translations show the lead',
		[
			['raids', 'topic', 0, 1],
			['daily-work', 'how-it-works', 0, 0.1],
		],
		{ raids: 0.9 },
	],
	[
		'a section of another kind leading in translation lifts no topic',
		[
			['raids', 'topic', 0, 0.3],
			['daily-work', 'how-it-works', 0, 1],
		],
		{},
	],
	[
		'a summary restating the topic is no rival when no summary is asked for',
		[
			['raids', 'topic', 0, 1],
			['in-short', 'summary', 0, 1],
			['daily-work', 'how-it-works', 0, 0.5],
		],
		{ raids: 0.5 },
	],
];

describe('the topic lead', () => {
	it.each(ROWS)('%s', (_, sections, lifted) => {
		const candidates = sections.map(([id, kind, lex, cross]) => candidate(id, kind, lex, cross));
		liftTopic(candidates, 1, NO_SHAPE);
		const gains = Object.fromEntries(
			candidates.filter((c) => c.score !== 2).map((c) => [c.sectionId, Math.round((c.score - 2) * 1000) / 1000]),
		);
		expect(gains).toEqual(lifted);
	});
});
