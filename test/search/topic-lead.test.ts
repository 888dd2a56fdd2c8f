/**
 * A `topic` section is found by its words alone: when it holds the question's topic words clearly more than
 * any other section, it gains in proportion to that lead. When the question's own language holds none of its
 * words (a German question in a server's English slang: "joinen", "flooden"), the lead is read in the aligned
 * translations that do hold them. Sections that restate the article (a summary; the definition of the term
 * named) are no rivals unless asked for. Invented candidates, not rows of the question sets.
 */
import { describe, expect, it } from 'vitest';
import { type Candidate, liftTopic } from '../../src/core/answer/rank.ts';
import type { Shape } from '../../src/core/answer/shape.ts';
import type { SectionKind } from '../../src/core/content/section-kinds.ts';

const shapeOf = (...kinds: SectionKind[]): Shape => ({
	kinds: new Map(kinds.map((k) => [k, 2])),
	shapeWords: new Set(),
	frames: [],
});

const candidate = (sectionId: string, kind: SectionKind, lexical: number, crossLexical: number): Candidate => ({
	termId: 'term',
	sectionId,
	kinds: [kind],
	score: 2,
	lexical,
	crossLexical,
	coverage: 0,
	meaning: 0,
	held: 1,
});

type Section = [id: string, kind: SectionKind, lexical: number, crossLexical: number];
type Row = [
	name: string,
	sections: Section[],
	lifted: Record<string, number>,
	subject?: boolean,
	asked?: SectionKind[],
];

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
	[
		'a summary asked for is a rival',
		[
			['raids', 'topic', 1, 0],
			['in-short', 'summary', 1, 0],
		],
		{ raids: 0 },
		false,
		['summary'],
	],
	[
		"the subject's definition restating the topic is no rival when no definition is asked for",
		[
			['payload', 'topic', 0.8, 0],
			['definition', 'definition', 1, 0],
			['use-cases', 'examples', 0.3, 0],
		],
		{ payload: 0.5 },
		true,
	],
	[
		'a definition asked for is a rival',
		[
			['payload', 'topic', 0.8, 0],
			['definition', 'definition', 1, 0],
		],
		{},
		true,
		['definition'],
	],
	[
		'with no term named, the definitions of every term are rivals',
		[
			['payload', 'topic', 0.8, 0],
			['definition', 'definition', 1, 0],
		],
		{},
		false,
	],
];

describe('the topic lead', () => {
	it.each(ROWS)('%s', (_, sections, lifted, subject = false, asked = []) => {
		const candidates = sections.map(([id, kind, lex, cross]) => candidate(id, kind, lex, cross));
		liftTopic(candidates, 1, shapeOf(...asked), subject);
		const gains = Object.fromEntries(
			candidates
				.filter((c) => c.score !== 2 || (c.kinds.includes('topic') && lifted[c.sectionId] === 0))
				.map((c) => [c.sectionId, Math.round((c.score - 2) * 1000) / 1000]),
		);
		expect(gains).toEqual(lifted);
	});
});
