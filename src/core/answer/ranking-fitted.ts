import type { Fitted } from './ranking-config.ts';

// Written by `npm run tune -- --write` from the training halves of scripts/eval/sets.ts; edit by re-fitting.
export const FITTED: Fitted = {
	weights: {
		lexical: 0.5,
		crossLexical: 0.4,
		coverage: 0.25,
		kind: {
			definition: 1,
			'how-it-works': 1,
			examples: 1,
			differences: 1,
			cost: 1,
			requirements: 1,
			history: 1,
			risks: 1,
			summary: 1,
			topic: 1,
		},
		kindWords: 0.4,
		weakerShape: 0.5,
		defaultShape: 0.75,
		topicLead: 2.4,
		definitional: 0.64,
		subject: 2,
		firstNamed: 0.2,
		specificName: 0.625,
		markedName: 0.5,
	},
	thresholds: {
		answer: 0.625,
		answerUnshaped: 0.5,
		answerHeld: 4,
		answerHeldAsked: 2.5,
		suggest: 2,
		margin: 0.064,
		subjectEvidence: 0.1,
		modifierEvidence: 0.156,
		partialNameEvidence: 0.1,
		absentKindEvidence: 0.3,
	},
};
