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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inferKinds } from '../../src/core/content/section-kinds.ts';
import { GLOSSARY_E_ROWS } from '../fixtures/glossary-e/questions.ts';
import { assignGlossaryESplits } from '../fixtures/glossary-e/split.ts';
import { checkBlindGlossary, loadBlindGlossary } from './blind-glossary.ts';

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

const { articles } = loadBlindGlossary(CONTENT);

describe('glossary E content', () => {
	it('gives kinds three ways: declared, implied by a conventional id, and read from headings', () => {
		const en = articles.filter((a) => a.lang === 'en');
		const answerable = en.flatMap((a) => a.sections.filter((s) => !s.isGroup).map((s) => ({ term: a.id, s })));
		const key = ({ term, s }: (typeof answerable)[number]) => `${term}#${s.id}`;
		expect(answerable).toHaveLength(ANSWERABLE);
		const declared = en.flatMap((a) =>
			[...readFileSync(join(CONTENT, 'en', `${a.id}.md`), 'utf8').matchAll(/\{#([a-z0-9-]+) kind=/g)].map(
				(m) => `${a.id}#${m[1]}`,
			),
		);
		expect(declared.sort()).toEqual(DECLARED);
		const implied = answerable.filter((x) => !DECLARED.includes(key(x)) && inferKinds(x.s.id).length > 0);
		expect(implied).toHaveLength(ANSWERABLE - DECLARED.length - HEADING_READ.length);
		for (const x of implied) expect(x.s.kinds, key(x)).toEqual(inferKinds(x.s.id));
		expect(
			answerable
				.filter(({ s }) => s.kinds.length === 0)
				.map(key)
				.sort(),
		).toEqual(HEADING_READ);
	});
});

checkBlindGlossary({
	name: 'glossary E',
	content: CONTENT,
	terms: ['cadence', 'heart-rate-zones', 'interval-training', 'tapering', 'vo2-max'],
	rows: GLOSSARY_E_ROWS,
	splits: assignGlossaryESplits,
	minAsks: 4,
	headingRead: HEADING_READ,
});
