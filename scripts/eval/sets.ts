/**
 * The question sets the engine is measured on, each with the glossary it asks about: the bundled glossary's
 * (test/search/eval) and glossary B's, a second glossary in another domain written by another author with
 * section ids of its own (test/fixtures/glossary-b), which shows whether answers generalise beyond the glossary
 * the rules were written with; and glossary C's, a third, photography, written blind the same way
 * (test/fixtures/glossary-c); and glossary D's, a fourth, home heating, also written blind
 * (test/fixtures/glossary-d); and glossary E's, a fifth, running and endurance training, also written blind
 * (test/fixtures/glossary-e). Each set has its own training and test halves.
 */
import { GLOSSARY_B_ROWS } from '../../test/fixtures/glossary-b/questions.ts';
import { GLOSSARY_C_ROWS } from '../../test/fixtures/glossary-c/questions.ts';
import { GLOSSARY_D_ROWS } from '../../test/fixtures/glossary-d/questions.ts';
import { GLOSSARY_E_ROWS } from '../../test/fixtures/glossary-e/questions.ts';
import { EVAL_ROWS, type EvalRow } from '../../test/search/eval/questions.ts';

export interface QuestionSet {
	name: string;
	content: string;
	rows: readonly EvalRow[];
}

export const QUESTION_SETS: readonly QuestionSet[] = [
	{ name: 'bundled glossary', content: 'content', rows: EVAL_ROWS },
	{ name: 'glossary B', content: 'test/fixtures/glossary-b/content', rows: GLOSSARY_B_ROWS },
	{ name: 'glossary C', content: 'test/fixtures/glossary-c/content', rows: GLOSSARY_C_ROWS },
	{ name: 'glossary D', content: 'test/fixtures/glossary-d/content', rows: GLOSSARY_D_ROWS },
	{ name: 'glossary E', content: 'test/fixtures/glossary-e/content', rows: GLOSSARY_E_ROWS },
];

export const half = (set: QuestionSet, split: 'train' | 'test') => set.rows.filter((r) => r.split === split);
