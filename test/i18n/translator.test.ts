/**
 * Strings with parameters are filled in by the translator itself once i18next has shown how (translator.ts):
 * every reply string of every locale must come out exactly as i18next gives it, whatever the values.
 */
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/core/i18n/resources.ts';
import { createI18next, createTranslator } from '../../src/core/i18n/translator.ts';
import { SUPPORTED_LOCALE_LIST } from '../../src/core/locales.ts';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return { [prefix]: value };
	return Object.fromEntries(
		Object.entries(value).flatMap(([k, v]) => Object.entries(flatten(v, prefix ? `${prefix}.${k}` : k))),
	);
}

const placeholders = (text: unknown): string[] =>
	typeof text === 'string' ? [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? ''))] : [];

// Values as users and content give them: plain, empty, numbers, markup, i18next's own syntax, the markers' range.
const VALUES: (string | number)[] = [
	'Customer-facing',
	'',
	0,
	7,
	'$& $1 $$ {{heading}} $t(footer) {{',
	'\uE000 0 \uE001',
	'a|b\\c',
];

const keys = Object.entries(flatten(RESOURCES['en-US'].replies)).filter(([, text]) => placeholders(text).length > 0);
const i18n = createI18next();

describe('translator: strings with parameters', () => {
	it('has strings with parameters to check', () => {
		expect(keys.length).toBeGreaterThan(10);
	});

	for (const locale of SUPPORTED_LOCALE_LIST) {
		it(`${locale}: every value in every such string comes out as i18next gives it`, () => {
			const translate = createTranslator().replies(locale);
			const reference = i18n.getFixedT(locale, 'replies');
			for (const [key, text] of keys) {
				const names = [...placeholders(text), 'unused'];
				VALUES.forEach((value, v) => {
					const params = Object.fromEntries(names.map((n, i) => [n, VALUES[(v + i) % VALUES.length] ?? value]));
					expect(translate(key, params), `${locale} ${key} ${JSON.stringify(params)}`).toBe(reference(key, params));
				});
			}
		});
	}

	it('changes something: i18next is called for a key’s first use only, not for each new value', () => {
		const counted = createI18next();
		let calls = 0;
		const fixed = counted.getFixedT.bind(counted);
		counted.getFixedT = ((...args: Parameters<typeof fixed>) => {
			const t = fixed(...args);
			return ((...a: Parameters<typeof t>) => {
				calls++;
				return t(...a);
			}) as typeof t;
		}) as typeof counted.getFixedT;
		const translate = createTranslator(RESOURCES, counted).replies('en-US');
		const footer = (heading: string) => translate('footer', { language: 'English', position: 1, total: 3, heading });
		footer('first');
		const first = calls;
		expect(first).toBeGreaterThan(0);
		for (const heading of ['second', 'third', 'fourth']) footer(heading);
		expect(calls).toBe(first);
		// A plural's count is read by i18next: such strings stay with it.
		translate('terms.title', { count: 1 });
		translate('terms.title', { count: 2 });
		expect(calls).toBe(first + 2);
	});
});
