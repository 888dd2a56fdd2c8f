import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { type Article, answerSections, getSection } from '../../src/core/content/types.ts';

const FRONT_MATTER =
	'---\nid: customer-facing\nlang: en\ntitle: Customer-facing\ndescription: Deals with customers.\n---\n';

/** Parses a body under a valid front matter; fails the test with the problems if it does not parse. */
function parse(body: string): Article {
	const { article, problems } = parseArticle({ path: 'en/customer-facing.md', source: FRONT_MATTER + body });
	expect(problems).toEqual([]);
	if (!article) throw new Error('no article');
	return article;
}

const BODY = `
## What is it? {#definition}

Called the [front office](/frontoffice), unlike [back office](/backoffice) roles;
see the [front office](/frontoffice/) again, [**stock** brokers](/stockbroker) and [Discord](https://discord.com).

## Special considerations {#special-considerations}

### Social media {#social-media kind=topic}

Posts and **replies**.

### Financial services {#financial-services kind=topic}

Banks and brokers.

## Key takeaways {#key-takeaways}

- Roles range from door greeters to planners.
- People in these roles advise customers.
`;

/** 1-based line of `text` in the file BODY is parsed from. */
const lineOf = (text: string) => `${FRONT_MATTER}${BODY}`.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('parseArticle', () => {
	const article = parse(BODY);
	const definition = getSection(article, 'definition');

	it('turns cross-reference links into plain text in the Markdown, and keeps other links', () => {
		expect(definition?.markdown).toBe(
			'Called the front office, unlike back office roles;\nsee the front office again, **stock** brokers and [Discord](https://discord.com).',
		);
	});

	it('lists the linked term ids in order without repeats, and every reference with its line', () => {
		expect(definition?.links).toEqual(['frontoffice', 'backoffice', 'stockbroker']);
		expect(definition?.refs).toEqual([
			{ id: 'frontoffice', line: lineOf('Called the') },
			{ id: 'backoffice', line: lineOf('Called the') },
			{ id: 'frontoffice', line: lineOf('see the') },
			{ id: 'stockbroker', line: lineOf('see the') },
		]);
		expect(article.links).toEqual(['frontoffice', 'backoffice', 'stockbroker']);
	});

	it('makes a `##` heading with no text, followed by `###` sections, a group of them', () => {
		expect(article.sections.map((s) => [s.id, s.level, s.parentId, s.isGroup])).toEqual([
			['definition', 2, undefined, false],
			['special-considerations', 2, undefined, true],
			['social-media', 3, 'special-considerations', false],
			['financial-services', 3, 'special-considerations', false],
			['key-takeaways', 2, undefined, false],
		]);
		expect(answerSections(article).map((s) => s.id)).not.toContain('special-considerations');
		expect(getSection(article, 'social-media')?.line).toBe(lineOf('### Social media'));
	});

	it('does not take an empty `##` section that no `###` follows for a group', () => {
		const { article: none, problems } = parseArticle({
			path: 'en/customer-facing.md',
			source: `${FRONT_MATTER}\n## What is it? {#definition}\n\nText.\n\n## Empty {#empty}\n\n## Next {#next kind=topic}\n\nMore.\n`,
		});
		expect(none).toBeUndefined();
		expect(problems).toEqual([expect.objectContaining({ line: 12, message: 'section "empty" has no text' })]);
	});

	it('gives plain text: no link targets, no Markdown markup', () => {
		expect(definition?.text).toBe(
			'Called the front office, unlike back office roles;\nsee the front office again, stock brokers and Discord.',
		);
		expect(getSection(article, 'social-media')?.text).toBe('Posts and replies.');
		for (const section of article.sections) expect(section.text).not.toMatch(/[*_[\]()>#`]|^- /m);
	});

	it('keeps the items of a list apart in the plain text', () => {
		const list = parse('\n## What is it? {#definition}\n\n- Divizia de private banking\n- Family office\n').sections[0];
		expect(list?.text.match(/\p{L}+/gu)).toEqual(['Divizia', 'de', 'private', 'banking', 'Family', 'office']);
	});
});

describe('section kinds', () => {
	const kindsOf = (body: string) => parseArticle({ path: 'en/customer-facing.md', source: FRONT_MATTER + body });

	it('are implied by conventional ids, every id word that names a kind adding it', () => {
		const { article } = kindsOf(
			'## A {#definition}\n\nx\n\n## B {#licensing-and-pay}\n\ny\n\n## C {#key-takeaways}\n\nz\n',
		);
		expect(article?.sections.map((s) => s.kinds)).toEqual([['definition'], ['requirements', 'cost'], ['summary']]);
	});

	it('can be declared, and a declaration replaces what the id implies', () => {
		const { article, problems } = kindsOf('## A {#definition}\n\nx\n\n## Fees {#s2 kind=cost,risks}\n\ny\n');
		expect(problems).toEqual([]);
		expect(article?.sections[1]?.kinds).toEqual(['cost', 'risks']);
	});

	it('warns, with the line, about an unknown kind; a section with none is left to the glossary to read', () => {
		const { article, problems } = kindsOf(
			'## A {#definition}\n\nx\n\n## B {#s2 kind=gossip}\n\ny\n\n## C {#misc}\n\nz\n',
		);
		expect(article).toBeDefined();
		expect(problems.map((p) => [p.line, p.severity, p.message.split(':')[0]])).toEqual([
			[11, 'warning', 'section "s2"'],
		]);
		expect(article?.sections.find((s) => s.id === 'misc')?.kinds).toEqual([]);
	});
});

describe('seed-heading notes', () => {
	it('keep the wording a heading was rewritten from, out of what the bot shows', () => {
		const article = parse(
			'## What is it? {#definition}\n<!-- seed-heading: What faces the customer? -->\n\nText.\n\n## Highlights {#key-takeaways}\n\n<!--\n  seed-heading: Key points\n-->\n<!-- seed-heading: Main ideas -->\n- One.\n',
		);
		expect(getSection(article, 'definition')).toMatchObject({
			heading: 'What is it?',
			seedHeadings: ['What faces the customer?'],
			markdown: 'Text.',
			text: 'Text.',
		});
		expect(getSection(article, 'key-takeaways')).toMatchObject({
			seedHeadings: ['Key points', 'Main ideas'],
			markdown: '- One.',
		});
	});

	it('are errors after text or when empty, with their line', () => {
		const source = `${FRONT_MATTER}## What is it? {#definition}\n\nText.\n\n<!-- seed-heading: Late -->\n\n## Key takeaways {#key-takeaways}\n<!-- seed-heading: -->\n- One.\n`;
		const { problems } = parseArticle({ path: 'en/customer-facing.md', source });
		const at = (text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
		expect(problems).toEqual([
			expect.objectContaining({ line: at('Late'), message: expect.stringContaining('right after its heading') }),
			expect.objectContaining({ line: at('seed-heading: -->'), message: expect.stringContaining('empty') }),
		]);
	});
});
