/**
 * The authors' preview in a real browser: the built `glossary-bot preview` process, driven through Debian's
 * Chromium by playwright-core. A Swedish question, a click to German, an edit that shows up, a break that shows
 * the check report. Screenshots go to test-results/preview/.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/content/parse-article.ts';
import { getSection } from '../../src/core/content/types.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = join('test-results', 'preview');
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

let preview: ChildProcessWithoutNullStreams;
let context: BrowserContext;
let page: Page;
let content: string;
let profile: string;
let url: string;

const sectionText = (lang: string, sectionId: string) => {
	const path = `${lang}/customer-facing.md`;
	const { article } = parseArticle({ path, source: readFileSync(join(content, path), 'utf8') });
	const section = article && getSection(article, sectionId);
	if (!article || !section) throw new Error(`no ${sectionId} in ${path}`);
	return { title: `${article.title} › ${section.heading}`, first: section.markdown.split(/(?<=\.)\s/)[0] ?? '' };
};

beforeAll(async () => {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH`,
		);
	}
	mkdirSync(OUTPUT, { recursive: true });
	content = mkdtempSync(join(tmpdir(), 'glossary-preview-content-'));
	profile = mkdtempSync(join(tmpdir(), 'glossary-preview-profile-'));
	cpSync('content', content, { recursive: true });
	preview = spawn(process.execPath, ['bin/glossary-bot.js', 'preview', '--content', content, '--port', '0']);
	preview.stderr.setEncoding('utf8').on('data', (d: string) => process.stderr.write(d));
	url = await new Promise<string>((resolve, reject) => {
		createInterface({ input: preview.stdout }).on('line', (line) => {
			const found = /(http:\/\/\S+)/.exec(line);
			if (found?.[1]) resolve(found[1]);
		});
		preview.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
	});
	context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: FLAGS,
		viewport: { width: 1280, height: 900 },
	});
	page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(20_000);
}, 90_000);

afterAll(async () => {
	await context?.close();
	preview?.kill('SIGTERM');
	for (const dir of [content, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('glossary-bot preview in Chromium', { timeout: 90_000 }, () => {
	it('answers a Swedish question as Discord would show it, with the why-panel', async () => {
		await page.goto(url);
		await page.getByLabel('Discord locale').selectOption('sv-SE');
		await page.getByLabel('Question or term').fill('vilka roller är kundnära?');
		await page.getByRole('button', { name: 'Ask' }).click();
		const want = sectionText('sv', 'types');
		await expect.poll(() => page.locator('.embed-title').textContent()).toBe(want.title);
		expect(await page.locator('.embed-description').textContent()).toContain(want.first);
		expect(await page.locator('.embed-footer').textContent()).not.toBe('');
		const why = await page.locator('#why').textContent();
		expect(why).toContain('Detected languagesv');
		expect(why).toContain('customer-facing');
		expect(await page.locator('#top li').count()).toBe(5);
		await page.screenshot({ path: join(OUTPUT, 'preview-sv.png'), fullPage: true });
	});

	it('follows "another language" to German through the router', async () => {
		await page.locator('select:has(option:text-is("Deutsch"))').selectOption({ label: 'Deutsch' });
		const want = sectionText('de', 'types');
		await expect.poll(() => page.locator('.embed-title').textContent()).toBe(want.title);
		expect(await page.locator('.embed-description').textContent()).toContain(want.first);
	});

	it('shows an edited content file without a restart', async () => {
		const file = join(content, 'de', 'customer-facing.md');
		const { first } = sectionText('de', 'types');
		const edited = 'Diese Zeile wurde eben in der Vorschau geändert.';
		writeFileSync(file, readFileSync(file, 'utf8').replace(first, edited));
		await expect.poll(() => page.locator('.embed-description').textContent(), { timeout: 20_000 }).toContain(edited);
		await page.screenshot({ path: join(OUTPUT, 'preview-de-edited.png'), fullPage: true });
	});

	it('shows the check report, with file and line, when the content breaks', async () => {
		const file = join(content, 'de', 'customer-facing.md');
		const source = readFileSync(file, 'utf8');
		const broken = source.replace(/^title: (.*)$/m, 'title: $1: kaputt');
		writeFileSync(file, broken);
		const line = broken.split('\n').findIndex((l) => l.endsWith(': kaputt')) + 1;
		const report = page.getByRole('alert');
		await expect
			.poll(() => report.textContent(), { timeout: 20_000 })
			.toContain(`/de/customer-facing.md:${line}: error: front matter`);
		expect(await page.locator('.embed').count()).toBe(0);
		await page.screenshot({ path: join(OUTPUT, 'preview-broken.png'), fullPage: true });

		writeFileSync(file, source);
		await expect.poll(() => report.isHidden(), { timeout: 20_000 }).toBe(true);
		await expect.poll(() => page.locator('.embed-title').count()).toBe(1);
	});

	it('can be used with the keyboard alone', async () => {
		await page.getByLabel('Question or term').fill('what is a back office?');
		await page.getByLabel('Question or term').press('Enter');
		await expect.poll(() => page.locator('.embed-title').textContent()).toContain('Back');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate('document.activeElement?.tagName');
		expect(['SELECT', 'BUTTON', 'A', 'INPUT']).toContain(focused);
	});
});
