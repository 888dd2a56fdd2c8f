/**
 * The glossary's customer-facing article was carried over by hand from five seed articles (copied byte for byte
 * into test/fixtures/seeds/). These tests import each seed and check that the content kept every sentence, in the
 * section it came from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { createEngine } from '../../src/core/answer/engine.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { type ImportedSeed, importSeed, type SeedHeading } from '../../src/core/content/import-seed.ts';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { type Article, getSection } from '../../src/core/content/types.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { foldName } from '../../src/core/text/normalize.ts';

const TERM = 'customer-facing';
const ROOT = new URL('../../', import.meta.url);

/** Section ids in each seed's own order. German and Romanian put the key takeaways second. */
const SEED_ORDER = {
	sv: 'definition understanding types special-considerations social-media financial-services key-takeaways',
	de: 'definition key-takeaways understanding types social-media financial-services',
	ro: 'definition key-takeaways understanding types special-considerations social-media financial-services',
	ru: 'definition understanding types special-considerations social-media financial-services key-takeaways',
	it: 'definition understanding types special-considerations social-media financial-services key-takeaways',
} satisfies Partial<Record<ContentLanguage, string>>;
const SEEDS = Object.keys(SEED_ORDER) as (keyof typeof SEED_ORDER)[];

/**
 * Group headings the content adds so sections line up across languages: the German seed has no "special
 * considerations" heading over its social-media and financial-services sections.
 */
const ADDED_IN_CONTENT: Partial<Record<ContentLanguage, string[]>> = { de: ['special-considerations'] };

function contentArticle(lang: ContentLanguage): Article {
	const path = `${lang}/${TERM}.md`;
	const { article, problems } = parseArticle({ path, source: readFileSync(new URL(`content/${path}`, ROOT), 'utf8') });
	if (!article) throw new Error(`content/${path} does not parse: ${problems.map((p) => p.message).join('; ')}`);
	return article;
}

/**
 * The content file's own headings and its `seed-heading` notes (the seed's wording, kept when the visible heading
 * was rewritten), as the map the importer recognises seed headings by.
 */
function headingsOf(article: Article): Record<string, SeedHeading> {
	return Object.fromEntries(
		article.sections.flatMap((s) => [s.heading, ...s.seedHeadings].map((h) => [h, { id: s.id, level: s.level }])),
	);
}

function importFixture(lang: ContentLanguage, article = contentArticle(lang)): ImportedSeed {
	const text = readFileSync(new URL(`test/fixtures/seeds/${lang}.txt`, ROOT), 'utf8');
	return importSeed(text, { lang, termId: TERM, headings: headingsOf(article) });
}

/** The words of Markdown or plain text: links reduced to their text, markup and punctuation dropped. */
function words(text: string): string[] {
	return (
		text
			.normalize('NFC')
			.replace(/\]\([^)]*\)/g, '')
			.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
	);
}

/** Sentences of a paragraph: split after `.`, `!` and `?`, and at each list item. */
function sentences(paragraph: string): string[] {
	return paragraph
		.split('\n')
		.flatMap((line) => line.replace(/^- /, '').split(/(?<=[.!?])\s+/))
		.filter((s) => words(s).length > 0);
}

const contains = (haystack: string[], needle: string[]) => ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);

describe('importSeed on the five seeds', () => {
	it.each(SEEDS)('%s: parses into the same section ids as the content, in the seed’s own order', (lang) => {
		const article = contentArticle(lang);
		const seed = importFixture(lang, article);
		const added = ADDED_IN_CONTENT[lang] ?? [];

		expect([article.title, ...article.aliases], 'the seed title is the title or an alias').toContain(seed.title);
		expect(seed.sections.map((s) => s.id).join(' ')).toBe(SEED_ORDER[lang]);
		expect(seed.sections.map((s) => `${s.id} h${s.level}`)).toEqual(
			article.sections.filter((s) => !added.includes(s.id)).map((s) => `${s.id} h${s.level}`),
		);
	});

	it.each(SEEDS)('%s: keeps every seed heading as the heading or a seed-heading note of its section', (lang) => {
		const article = contentArticle(lang);
		for (const section of importFixture(lang, article).sections) {
			const content = getSection(article, section.id);
			expect([content?.heading ?? '', ...(content?.seedHeadings ?? [])].map(foldName)).toContain(
				foldName(section.heading),
			);
		}
	});

	it('finds each answerable section when its seed heading is asked word for word', () => {
		const { glossary } = buildGlossary(readContentFiles(new URL('content', ROOT).pathname));
		if (!glossary) throw new Error('content/ does not load');
		const engine = createEngine(glossary);
		const found = SEEDS.flatMap((lang) =>
			contentArticle(lang)
				.sections.filter((s) => !s.isGroup)
				.flatMap((s) => s.seedHeadings.map((heading) => ({ lang, heading, want: s.id })))
				.map(({ lang, heading, want }) => {
					const answer = engine.ask(heading, lang);
					const got = answer.status === 'answer' ? `${answer.termId}#${answer.sectionId}` : answer.status;
					return `${lang} "${heading}" → ${got === `${TERM}#${want}` ? 'ok' : `${got}, not ${want}`}`;
				}),
		);
		expect(found.length).toBeGreaterThan(20);
		expect(found.filter((line) => !line.endsWith('ok'))).toEqual([]);
	});

	it('puts the key takeaways second for German and Romanian, last for the others', () => {
		expect(importFixture('de').sections[1]?.id).toBe('key-takeaways');
		expect(importFixture('ro').sections[1]?.id).toBe('key-takeaways');
		for (const lang of ['sv', 'ru', 'it'] as const)
			expect(importFixture(lang).sections.at(-1)?.id).toBe('key-takeaways');
	});

	it.each(SEEDS)(
		'%s: every seed sentence is in the content, word for word, in the section with the same id',
		(lang) => {
			const article = contentArticle(lang);
			const missing: { section: string; sentence: string }[] = [];
			for (const section of importFixture(lang, article).sections) {
				const content = words(getSection(article, section.id)?.markdown ?? '');
				for (const sentence of section.paragraphs.flatMap(sentences)) {
					if (!contains(content, words(sentence))) missing.push({ section: section.id, sentence });
				}
			}
			expect(missing, `seed sentences missing from content/${lang}/${TERM}.md`).toEqual([]);
		},
	);

	it.each(SEEDS)('%s: leaves no scraping artefact in the imported paragraphs', (lang) => {
		const paragraphs = importFixture(lang).sections.flatMap((s) => s.paragraphs);
		expect(paragraphs.length).toBeGreaterThan(10);
		for (const p of paragraphs) {
			expect(p).not.toMatch(/\),\.|\[\s*[.,]?\s*\]\(|&#?\w+;|^>\s*$|^\s*[•–]|\s[.,;:-]?\]\(/m);
		}
	});

	it('drops the Romanian capture date and matches its lower-case, diacritic-less group heading', () => {
		const seed = importFixture('ro');
		expect(seed.title).toBe('Cu care se confruntă clientul');
		expect(seed.sections.find((s) => s.id === 'special-considerations')).toEqual({
			id: 'special-considerations',
			heading: 'consideratii speciale',
			level: 2,
			paragraphs: [],
		});
		expect(JSON.stringify(seed)).not.toContain('2021');
	});
});

describe('German content', () => {
	const article = contentArticle('de');

	it('keeps the extra example sentence only the German seed has', () => {
		const sentence =
			'Ein Verwaltungsassistent, der Besucher eines Büros im Namen des Unternehmens begrüßt, hat eine kundenorientierte Rolle.';
		const types = getSection(article, 'types')?.markdown ?? '';
		expect(contains(words(types), words(sentence)), `not in the types section of de/${TERM}.md`).toBe(true);
	});

	it('keeps the key points near the top, right after the definition', () => {
		expect(article.sections.slice(0, 2).map((s) => s.id)).toEqual(['definition', 'key-takeaways']);
	});
});

describe('importSeed shapes and artefacts', () => {
	const headings: Record<string, SeedHeading> = {
		'What is it?': { id: 'definition', level: 2 },
		'Special considerations': { id: 'special-considerations', level: 2 },
		'Social media': { id: 'social-media', level: 3 },
		Highlights: { id: 'key-takeaways', level: 2 },
	};
	const run = (text: string) => importSeed(text, { lang: 'en', termId: 'example', headings });

	it('reads Markdown with front matter: strips it, takes the `#` title, `##`/`###` start sections', () => {
		const seed = run(
			[
				'---',
				'title: Front matter title',
				'description: Not part of the article.',
				'---',
				'',
				'# Example',
				'## What is it?',
				'',
				'First line of a paragraph',
				'that goes on.',
				'',
				'Second paragraph.',
				'## Special considerations',
				'### Social media',
				'Posts.',
			].join('\n'),
		);
		expect(seed).toEqual({
			title: 'Example',
			sections: [
				{
					id: 'definition',
					heading: 'What is it?',
					level: 2,
					paragraphs: ['First line of a paragraph that goes on.', 'Second paragraph.'],
				},
				{ id: 'special-considerations', heading: 'Special considerations', level: 2, paragraphs: [] },
				{ id: 'social-media', heading: 'Social media', level: 3, paragraphs: ['Posts.'] },
			],
		});
	});

	it('reads bare text: drops a leading date, the first line is the title, a heading line starts a section', () => {
		const seed = run(
			[
				'1 mai 2021 10:52',
				'',
				'Example',
				'What is it?',
				'One line is one paragraph.',
				'Another one.',
				'',
				'Highlights',
				'  • First point.',
				'',
				'– Second point.',
				'- Third point.',
			].join('\n'),
		);
		expect(seed.title).toBe('Example');
		expect(seed.sections).toEqual([
			{
				id: 'definition',
				heading: 'What is it?',
				level: 2,
				paragraphs: ['One line is one paragraph.', 'Another one.'],
			},
			{
				id: 'key-takeaways',
				heading: 'Highlights',
				level: 2,
				paragraphs: ['- First point.\n- Second point.\n- Third point.'],
			},
		]);
	});

	it('does not take a line that merely contains a heading, or a date after the start, for anything special', () => {
		const seed = run('Example\nWhat is it?\nWhat is it? Nobody knows.\n1 mai 2021 10:52');
		expect(seed.sections).toHaveLength(1);
		expect(seed.sections[0]?.paragraphs).toEqual(['What is it? Nobody knows.', '1 mai 2021 10:52']);
	});

	it('fixes the scraping artefacts', () => {
		const seed = run(
			[
				'# Example',
				'## What is it?',
				'Called [front office](/frontoffice),. as opposed to [back office -](/backoffice) roles.',
				'Brokers [.](/stockbroker) Jobs vary.',
				'Include [stockbrokers](/stockbroker) [or](/stockbroker) bankers.',
				'Unlike [back office .](/backoffice)',
				'',
				'> A quote.',
				'',
				'>',
				'',
				'An&#39;entity &amp; another&#x21;',
			].join('\n'),
		);
		expect(seed.sections[0]?.paragraphs).toEqual([
			'Called [front office](/frontoffice), as opposed to [back office](/backoffice)-roles. Brokers. Jobs vary. Include [stockbrokers](/stockbroker) or bankers. Unlike [back office](/backoffice).',
			'> A quote.',
			"An'entity & another!",
		]);
	});

	it('refuses what it cannot place: an unknown `##` heading, text before the first heading', () => {
		expect(() => run('# Example\n## What is it?\nText.\n## Unknown heading\nMore.')).toThrow(
			'en/example seed, line 4: heading "Unknown heading" is not in the headings map',
		);
		expect(() => run('---\ntitle: x\n---\n# Example\nStray text.\n## What is it?')).toThrow(
			'en/example seed, line 5: text before the first heading',
		);
		expect(() => run('Example\nStray text.\nWhat is it?')).toThrow('line 2: text before the first heading');
	});
});
