import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../src/core/locales.ts';
import { cleanInput, stripControls } from '../../src/core/text/normalize.ts';

describe('resolveLocale', () => {
	it.each([
		['en-US', 'en-US', 'en'],
		['en', 'en-US', 'en'],
		['EN-gb', 'en-GB', 'en'],
		['en_AU', 'en-US', 'en'],
		['sv', 'sv-SE', 'sv'],
		['sv-se', 'sv-SE', 'sv'],
		['SV-SE', 'sv-SE', 'sv'],
		['de-AT', 'de', 'de'],
		['RU', 'ru', 'ru'],
		['', 'en-US', 'en'],
		['  ', 'en-US', 'en'],
		[undefined, 'en-US', 'en'],
	])('%j is ours: %s, no fallback', (requested, locale, lang) => {
		expect(resolveLocale(requested)).toMatchObject({ locale, lang, fallback: false });
	});

	it.each(['pt-BR', 'uk', 'zh-CN', 'x', 'english'])('%s falls back to English, visibly', (requested) => {
		expect(resolveLocale(requested)).toEqual({ requested, locale: 'en-US', lang: 'en', fallback: true });
	});
});

describe('stripControls', () => {
	it.each([
		['what is a \u001b[31mback office\u001b[0m?\u0007', 'what is a back office?'],
		['title\u001b]0;pwned\u0007 here', 'title here'],
		['link \u001b]8;;https://x\u001b\\text\u001b]8;;\u001b\\', 'link text'],
		['ba\u0000ck\u0008 office', 'back office'],
		['\u202eevil\u202c and \u2066isolate\u2069 \u200fmark', 'evil and isolate mark'],
		['line\nbreak\ttab\r\n', 'line break tab  '],
		['\u009b31mC1 CSI', 'C1 CSI'],
		['ordinary: ä ß ё ș 🙏🏽 👨‍👩‍👧', 'ordinary: ä ß ё ș 🙏🏽 👨‍👩‍👧'],
	])('%j → %j', (input, output) => {
		expect(stripControls(input)).toBe(output);
	});

	it('lets a question with escapes read as the same words as without', () => {
		expect(cleanInput('what is a \u001b[31mback office\u001b[0m?\u0007')).toBe(cleanInput('what is a back office?'));
	});
});
