import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { type ComponentTarget, decodeCustomId, encodeCustomId } from '../../src/core/render/custom-id.ts';
import { MAX_TERM_AND_SECTION_ID } from '../../src/core/render/limits.ts';

describe('custom ids', () => {
	it('round-trip every action', () => {
		const targets: ComponentTarget[] = [
			{ action: 'open', lang: 'sv', termId: 'customer-facing', sectionId: 'types' },
			{ action: 'open', lang: 'de' },
			{ action: 'lang', lang: 'ru', termId: 'home', sectionId: 'definition' },
			{ action: 'show', lang: 'it', termId: 'realtor' },
			{ action: 'ex', lang: 'en', termId: 'realtor' },
			{ action: 'del', lang: 'ro', askerId: '200000000000000001' },
			{ action: 'page', lang: 'de', offset: 20 },
			{ action: 'page', lang: 'en', offset: 0, filter: 'office' },
			{ action: 'letter', lang: 'sv' },
		];
		for (const target of targets) expect(decodeCustomId(encodeCustomId(target) ?? '')).toEqual(target);
	});

	it('refuse what would break a button: over 100 characters, foreign prefixes, bad ids', () => {
		const termId = 'a'.repeat(MAX_TERM_AND_SECTION_ID - 4);
		expect(encodeCustomId({ action: 'open', lang: 'en', termId, sectionId: 'abcd' })?.length).toBe(100);
		expect(encodeCustomId({ action: 'open', lang: 'en', termId, sectionId: 'abcde' })).toBeUndefined();
		for (const bad of ['xx|open|en|a', 'gb|open|fr|a', 'gb|open|en|A B', 'gb|del|en|me', 'gb|page|en|-3', 'gb|nope|en'])
			expect(decodeCustomId(bad), bad).toBeUndefined();
	});

	it('`check` rejects a term id and section id too long together for a custom id, naming the heading’s line', () => {
		const id = 'x'.repeat(75);
		const source = `---\nid: ${id}\nlang: en\ntitle: X\ndescription: D.\n---\n\n## What {#definition}\n\nText.\n\n## Long {#a-long-section-id}\n\nText.\n`;
		const { problems } = parseArticle({ path: `en/${id}.md`, source });
		expect(problems.filter((p) => p.severity === 'error')).toEqual([
			expect.objectContaining({ line: 12, message: expect.stringContaining('"a-long-section-id"') }),
		]);
	});
});
