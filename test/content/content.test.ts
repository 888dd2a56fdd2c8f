/** The real `content/` tree, through the validator the bot loads it with and through `glossary-bot check`. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { buildGlossary, formatProblem } from '../../src/core/content/build-glossary.ts';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../src/core/locales.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = join(ROOT, 'content');
const TERMS = [
	'backoffice',
	'customer-facing',
	'financial-advisor',
	'financialplanner',
	'frontoffice',
	'home',
	'independent-agent',
	'realtor',
	'retail-sales',
	'stockbroker',
	'wealthmanagement',
];

const files = readContentFiles(CONTENT);
const { glossary, problems, fileCount } = buildGlossary(files);
// Parsed one by one as well, so a broken file fails the test about it rather than every test at once.
const articles = files.flatMap((file) => parseArticle(file).article ?? []);
const article = (lang: ContentLanguage, term: string) => articles.find((a) => a.lang === lang && a.id === term);
const termsIn = (lang: ContentLanguage) => new Set(articles.filter((a) => a.lang === lang).map((a) => a.id));

describe('content/', () => {
	it('validates with zero errors and zero warnings', () => {
		expect(problems.map((p) => formatProblem(p))).toEqual([]);
		expect(glossary).toBeDefined();
	});

	it('has the 11 terms in all six languages', () => {
		expect([...CONTENT_LANGUAGES].sort()).toEqual(['de', 'en', 'it', 'ro', 'ru', 'sv']);
		expect(fileCount).toBe(TERMS.length * CONTENT_LANGUAGES.length);
		for (const lang of CONTENT_LANGUAGES) expect([...termsIn(lang)].sort(), lang).toEqual(TERMS);
	});

	it('aligns section ids across all six languages for every term', () => {
		const misaligned: string[] = [];
		for (const term of TERMS) {
			const idsIn = (lang: ContentLanguage) => (article(lang, term)?.sections ?? []).map((s) => s.id).sort();
			const english = idsIn('en');
			for (const lang of CONTENT_LANGUAGES) {
				const ids = idsIn(lang);
				if (ids.join() !== english.join()) misaligned.push(`${lang}/${term}.md: [${ids}] vs en [${english}]`);
			}
		}
		expect(misaligned).toEqual([]);
	});

	it('gives every article a definition section with text, and examples', () => {
		expect(articles).toHaveLength(TERMS.length * CONTENT_LANGUAGES.length);
		const lacking = articles.flatMap((a) => {
			const definition = a.sections.find((s) => s.id === 'definition');
			return [
				...(definition && !definition.isGroup && definition.text.trim() !== '' ? [] : [`${a.file}: definition`]),
				...(a.examples.length > 0 ? [] : [`${a.file}: examples`]),
			];
		});
		expect(lacking).toEqual([]);
	});

	it('resolves every link to an article in the same language', () => {
		const broken: string[] = [];
		let count = 0;
		for (const a of articles) {
			const sameLanguage = termsIn(a.lang);
			for (const ref of a.sections.flatMap((s) => s.refs)) {
				count++;
				if (!sameLanguage.has(ref.id)) broken.push(`${a.file}:${ref.line}: /${ref.id}`);
			}
			for (const id of a.links) if (!sameLanguage.has(id)) broken.push(`${a.file}: related ${id}`);
			// A cross-reference the parser did not recognise would reach Discord as a dead relative link.
			for (const s of a.sections) if (/\]\(\//.test(s.markdown)) broken.push(`${a.file}: ${s.id} has a raw link`);
		}
		expect(count).toBeGreaterThan(100);
		expect(broken).toEqual([]);
	});
});

describe('glossary-bot check, the built CLI as a process', () => {
	const bin = join(ROOT, 'bin', 'glossary-bot.js');
	const temporary: string[] = [];
	afterAll(() => {
		for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
	});
	const check = (...args: string[]) =>
		spawnSync(process.execPath, [bin, 'check', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });

	it('exits 0 on content/', () => {
		const run = check();
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(run.stdout).toContain(`${TERMS.length * 6} files, ${TERMS.length} terms: 0 errors, 0 warnings`);
	});

	it('exits 1 on a copy with one broken file, and names that file and line', () => {
		const copy = mkdtempSync(join(tmpdir(), 'glossary-content-'));
		temporary.push(copy);
		cpSync(CONTENT, copy, { recursive: true });
		const broken = join(copy, 'sv', 'customer-facing.md');
		const source = readFileSync(broken, 'utf8');
		expect(source).toContain('(/independent-agent)');
		writeFileSync(broken, source.replace('(/independent-agent)', '(/no-such-term)'));
		const line = source.split('\n').findIndex((l) => l.includes('(/independent-agent)')) + 1;

		const run = check('--content', copy);
		expect(run.status, run.stdout + run.stderr).toBe(1);
		const errors = run.stdout.split('\n').filter((l) => l.includes(': error: '));
		expect(errors).toEqual([
			`${copy}/sv/customer-facing.md:${line}: error: link to "/no-such-term": no article has that id`,
		]);
		expect(run.stdout).toContain('1 error');
	});
});
