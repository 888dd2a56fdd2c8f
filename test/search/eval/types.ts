/** Tags describe how a question is hard, so figures can be reported per kind of difficulty. */
export type EvalTag =
	| 'paraphrase'
	| 'informal'
	| 'typo'
	| 'no-diacritics'
	| 'compound'
	| 'second-term'
	| 'cross-language'
	| 'mixed-language'
	| 'fallback'
	| 'off-topic'
	| 'definition'
	| 'name-only';

export type EvalSplit = 'train' | 'test';

export interface EvalRow {
	/** Stable id, `<language of the question>-<nnn>`; never reused. */
	id: string;
	/** The question exactly as a user types it. */
	q: string;
	/** The asker's Discord locale; one we do not serve means an English fallback row. */
	locale: string;
	/** Term id and section id (the `{#id}` of the heading) that best answer, or 'not-found' for off-topic. */
	expect: { term: string; section: string } | 'not-found';
	tags: EvalTag[];
	/** Assigned once by split.ts; never changed afterwards. */
	split: EvalSplit;
}
