/**
 * Glossary D (test/fixtures/glossary-d/): a fourth, independent glossary (home heating) and its blind question set, kept
 * for measuring whether answers generalise (issue 9). This test only checks the fixture itself: the content loads with
 * no problems through the loader the bot uses, and every row points at a term and section that exist. It runs no
 * question through the engine.
 *
 * Like a real author's glossary, it gives section kinds three ways: declared (`{#payback kind=cost}`), implied by a
 * conventional id (`{#drawbacks}`, `{#heat-pump-vs-boiler}`, `{#energy-regulation}`), and not at all
 * (`## Common myths {#myths}`), so the bot must read those kinds from the headings. `check` warns about each of the
 * last once, in its English file, by design, so the only problems allowed are exactly those warnings, for exactly the
 * sections listed in HEADING_READ.
 */
import { fileURLToPath } from 'node:url';
import { GLOSSARY_D_ROWS } from '../fixtures/glossary-d/questions.ts';
import { assignGlossaryDSplits } from '../fixtures/glossary-d/split.ts';
import { checkBlindGlossary, checkKindSources } from './blind-glossary.ts';

const CONTENT = fileURLToPath(new URL('../fixtures/glossary-d/content', import.meta.url));
/** The sections that declare no kind and whose id implies none: their kind is read from their headings. */
const HEADING_READ = [
	'heat-pump#cold-weather',
	'radiator-bleeding#signs',
	'thermostat#myths',
	'thermostat#placement',
	'underfloor-heating#floor-coverings',
];
/** The sections that declare their kind after the id. */
const DECLARED = [
	'heat-pump#sources',
	'insulation#heat-loss',
	'insulation#materials',
	'insulation#payback',
	'radiator-bleeding#boiler-pressure',
	'radiator-bleeding#tools',
	'thermostat#models',
	'thermostat#night-setback',
	'underfloor-heating#systems',
];

checkKindSources('glossary D', CONTENT, { answerable: 35, declared: DECLARED, headingRead: HEADING_READ });

checkBlindGlossary({
	name: 'glossary D',
	content: CONTENT,
	terms: ['heat-pump', 'insulation', 'radiator-bleeding', 'thermostat', 'underfloor-heating'],
	rows: GLOSSARY_D_ROWS,
	splits: assignGlossaryDSplits,
	minAsks: 4,
	headingRead: HEADING_READ,
});
