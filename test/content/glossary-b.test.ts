/**
 * Glossary B (test/fixtures/glossary-b/): a second, independent glossary and its blind question set, kept for measuring
 * whether answers generalise (issue 9). This test only checks the fixture itself (blind-glossary.ts): the content loads
 * with no problems (no errors, no warnings) through the loader the bot uses, and every row points at a term and section that exist. It runs no
 * question through the engine.
 */
import { fileURLToPath } from 'node:url';
import { GLOSSARY_B_ROWS } from '../fixtures/glossary-b/questions.ts';
import { assignGlossaryBSplits } from '../fixtures/glossary-b/split.ts';
import { checkBlindGlossary } from './blind-glossary.ts';

const CONTENT = fileURLToPath(new URL('../fixtures/glossary-b/content', import.meta.url));

checkBlindGlossary({
	name: 'glossary B',
	content: CONTENT,
	terms: ['moderator', 'pull-request', 'rate-limit', 'slowmode', 'webhook'],
	rows: GLOSSARY_B_ROWS,
	splits: assignGlossaryBSplits,
	minAsks: 1,
});
