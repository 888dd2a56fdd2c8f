import type { Fitted } from './ranking-config.ts';

// Written by `npm run tune -- --write` from the training half of test/search/eval; edit by re-fitting.
export const FITTED: Fitted = {
	weights: {
		lexical: 0.5,
		crossLexical: 1,
		coverage: 0.5,
		kind: {
			definition: 0.5,
			'how-it-works': 0.8,
			examples: 1.2,
			differences: 2,
			cost: 1.2,
			requirements: 1.2,
			history: 0.768,
			risks: 0.768,
			summary: 1.875,
			topic: 0.5,
		},
		definitional: 0.8,
		subject: 2,
		firstNamed: 0.5,
		markedName: 0.5,
	},
	thresholds: {
		answer: 0.5,
		suggest: 1,
		margin: 0,
		subjectEvidence: 0.1,
	},
};
