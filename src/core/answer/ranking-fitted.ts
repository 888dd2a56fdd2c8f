import type { Fitted } from './ranking-config.ts';

// Written by `npm run tune -- --write` from the training half of test/search/eval; edit by re-fitting.
export const FITTED: Fitted = {
	weights: {
		lexical: 0.5,
		crossLexical: 0.64,
		coverage: 0.25,
		kind: {
			definition: 1,
			'how-it-works': 0.5,
			examples: 1,
			differences: 1,
			cost: 1,
			requirements: 0.64,
			history: 0.5,
			risks: 0.5,
			summary: 1.875,
			topic: 0.5,
		},
		kindWords: 0.4,
		weakerShape: 0.5,
		definitional: 0.64,
		subject: 2,
		firstNamed: 0.2,
		specificName: 0.625,
		markedName: 0.5,
	},
	thresholds: {
		answer: 0.5,
		answerUnshaped: 0.625,
		suggest: 2,
		margin: 0.125,
		subjectEvidence: 0.1,
	},
};
