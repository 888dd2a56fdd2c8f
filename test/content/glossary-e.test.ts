/**
 * Glossary E (test/fixtures/glossary-e/): a fifth, independent glossary (running and endurance training) and its blind
 * question set, kept for measuring whether answers generalise (issue 9). This test only checks the fixture itself: the
 * content loads with no problems through the loader the bot uses, and every row points at a term and section that
 * exist. It runs no question through the engine.
 *
 * Like a real author's glossary, it gives section kinds three ways: declared (`{#measuring kind=how-it-works}`),
 * implied by a conventional id (`{#risks}`, `{#wrist-vs-chest-strap}`, `{#lab-test-costs}`, `{#test-requirements}`),
 * and not at all (`## The 80/20 rule {#polarized-training}`), so the bot must read those kinds from the headings.
 * `check` warns about each of the last once, in its English file, by design, so the only problems allowed are exactly
 * those warnings, for exactly the sections listed in HEADING_READ.
 */
import { fileURLToPath } from 'node:url';
import { GLOSSARY_E_ROWS } from '../fixtures/glossary-e/questions.ts';
import { assignGlossaryESplits } from '../fixtures/glossary-e/split.ts';
import { checkBlindGlossary, checkKindSources } from './blind-glossary.ts';

const CONTENT = fileURLToPath(new URL('../fixtures/glossary-e/content', import.meta.url));
/** The sections that declare no kind and whose id implies none: their kind is read from their headings. */
const HEADING_READ = [
	'cadence#magic-number',
	'heart-rate-zones#polarized-training',
	'interval-training#frequency',
	'tapering#duration',
	'vo2-max#raising-it',
];
/** The sections that declare their kind after the id. */
const DECLARED = [
	'cadence#drills',
	'cadence#measuring',
	'cadence#overstriding',
	'heart-rate-zones#five-zones',
	'heart-rate-zones#pitfalls',
	'heart-rate-zones#setting-zones',
	'tapering#carb-loading',
	'tapering#taper-madness',
	'vo2-max#testing',
	'vo2-max#typical-values',
];
const ANSWERABLE = 37;

checkKindSources('glossary E', CONTENT, { answerable: ANSWERABLE, declared: DECLARED, headingRead: HEADING_READ });

checkBlindGlossary({
	name: 'glossary E',
	content: CONTENT,
	terms: ['cadence', 'heart-rate-zones', 'interval-training', 'tapering', 'vo2-max'],
	rows: GLOSSARY_E_ROWS,
	splits: assignGlossaryESplits,
	minAsks: 4,
	headingRead: HEADING_READ,
});
