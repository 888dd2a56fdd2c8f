import type { Fitted } from './ranking-config.ts';

// Written by `npm run tune -- --write` from the training half of test/search/eval; edit by re-fitting.
export const FITTED: Fitted = {
	weights: {
		lexical: 0.5,
		crossLexical: 0.64,
		coverage: 0.2,
		kind: {
			definition: 1,
			'how-it-works': 0.64,
			examples: 1,
			differences: 2,
			cost: 0.8,
			requirements: 1,
			history: 0.5,
			risks: 0.5,
			summary: 1.875,
			topic: 0.5,
		},
		kindWords: 0.4,
		weakerShape: 1,
		definitional: 0.64,
		subject: 2,
		firstNamed: 0.5,
		specificName: 0.5,
		markedName: 0.5,
	},
	thresholds: {
		answer: 0.5,
		answerUnshaped: 0.5,
		suggest: 2,
		margin: 0.125,
		subjectEvidence: 0.1,
	},
};
