/**
 * Glossary C (test/fixtures/glossary-c/): a third, independent glossary and its blind question set, kept for measuring
 * whether answers generalise (issue 9). This test only checks the fixture itself: the content loads with no problems
 * through the loader the bot uses, and every row points at a term and section that exist. It runs no question through
 * the engine.
 *
 * Like a real author's glossary, it gives section kinds three ways: declared (`{#fast-lenses kind=cost}`), implied by a
 * conventional id (`{#risks}`, `{#raw-vs-jpeg}`), and not at all (`## Common mistakes {#mistakes}`), so the bot must read
 * those kinds from the headings. `check` warns about each of the last once, in its English file, by design, so the
 * only problems allowed are exactly those warnings, for exactly the sections listed in HEADING_READ.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_C_ROWS } from '../fixtures/glossary-c/questions.ts';
import { assignGlossaryCSplits } from '../fixtures/glossary-c/split.ts';
import { checkBlindGlossary, loadBlindGlossary } from './blind-glossary.ts';

const CONTENT = fileURLToPath(new URL('../fixtures/glossary-c/content', import.meta.url));
/** The sections that declare no kind and whose id implies none: their kind is read from their headings. */
const HEADING_READ = [
	'aperture#mistakes',
	'depth-of-field#focus-stacking',
	'depth-of-field#mistakes',
	'iso#noise',
	'shutter-speed#long-exposure-gear',
	'white-balance#grey-card',
	'white-balance#mixed-light',
];

const { articles } = loadBlindGlossary(CONTENT);

describe('glossary C content', () => {
	it('gives kinds three ways: declared, implied by a conventional id, and read from headings', () => {
		const unkinded = articles
			.filter((a) => a.lang === 'en')
			.flatMap((a) => a.sections.filter((s) => !s.isGroup && s.kinds.length === 0).map((s) => `${a.id}#${s.id}`));
		expect(unkinded.sort()).toEqual([...HEADING_READ].sort());
		const en = articles.filter((a) => a.lang === 'en').flatMap((a) => a.sections);
		expect(en.filter((s) => s.kinds.length > 0).length).toBe(35 - HEADING_READ.length);
	});
});

checkBlindGlossary({
	name: 'glossary C',
	content: CONTENT,
	terms: ['aperture', 'depth-of-field', 'iso', 'shutter-speed', 'white-balance'],
	rows: GLOSSARY_C_ROWS,
	splits: assignGlossaryCSplits,
	minAsks: 3,
	headingRead: HEADING_READ,
});
