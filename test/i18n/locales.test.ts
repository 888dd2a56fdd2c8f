/**
 * UI strings: one folder per supported Discord locale, the same keys and placeholders everywhere, and command
 * names and descriptions that Discord will accept when the commands are registered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Locale, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.ts';
import type { SlashCommand } from '../../src/core/command.ts';
import { buildCommandJson } from '../../src/core/command-json.ts';
import { RESOURCES } from '../../src/core/i18n/resources.ts';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import { DEFAULT_LOCALE, SUPPORTED_LOCALE_LIST, type SupportedLocale } from '../../src/core/locales.ts';

const LOCALES_DIR = join('src', 'locales');
const NAMESPACES = ['commands', 'replies'] as const;
type Namespace = (typeof NAMESPACES)[number];

// Discord's rule for command and option names (docs: Application Commands, "Application Command Naming").
const DISCORD_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

const read = (locale: string, ns: Namespace): unknown =>
	JSON.parse(readFileSync(join(LOCALES_DIR, locale, `${ns}.json`), 'utf8'));

/** Nested resource → { 'a.b.c': 'text' }. */
function flatten(value: unknown, prefix = ''): Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return { [prefix]: value };
	return Object.fromEntries(
		Object.entries(value).flatMap(([k, v]) => Object.entries(flatten(v, prefix ? `${prefix}.${k}` : k))),
	);
}

const placeholders = (text: unknown): string[] =>
	typeof text === 'string'
		? [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort()
		: [];

const OTHER_LOCALES = SUPPORTED_LOCALE_LIST.filter((l) => l !== DEFAULT_LOCALE);
const translator = createTranslator();

describe('locale folders', () => {
	it('src/locales holds exactly one folder per supported locale, each with commands.json and replies.json', () => {
		const folders = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory());
		expect(folders.map((d) => d.name).sort()).toEqual([...SUPPORTED_LOCALE_LIST].sort());
		for (const locale of SUPPORTED_LOCALE_LIST) {
			expect(readdirSync(join(LOCALES_DIR, locale)).sort(), locale).toEqual(['commands.json', 'replies.json']);
		}
	});

	it('every supported locale is a locale Discord sends', () => {
		const discord = new Set<string>(Object.values(Locale));
		for (const locale of SUPPORTED_LOCALE_LIST) expect(discord.has(locale), locale).toBe(true);
	});

	it('the bundled resources are the folders, locale for locale', () => {
		expect(Object.keys(RESOURCES).sort()).toEqual([...SUPPORTED_LOCALE_LIST].sort());
		for (const locale of SUPPORTED_LOCALE_LIST) {
			for (const ns of NAMESPACES) expect(RESOURCES[locale][ns], `${locale}/${ns}`).toEqual(read(locale, ns));
		}
	});
});

describe('keys and placeholders', () => {
	for (const ns of NAMESPACES) {
		const source = flatten(read(DEFAULT_LOCALE, ns));
		for (const locale of OTHER_LOCALES) {
			it(`${locale}/${ns}.json has every en-US key, no other key, and the same {{placeholders}}`, () => {
				const own = flatten(read(locale, ns));
				expect(Object.keys(own).sort()).toEqual(Object.keys(source).sort());
				for (const [key, text] of Object.entries(source)) {
					expect(typeof own[key] === 'string' && own[key] !== '', `${locale} ${ns}:${key} is text`).toBe(true);
					expect(placeholders(own[key]), `${locale} ${ns}:${key}`).toEqual(placeholders(text));
				}
			});
		}
	}

	it('the translator serves each locale its own reply strings, fully interpolated', () => {
		const source = flatten(read(DEFAULT_LOCALE, 'replies'));
		for (const locale of SUPPORTED_LOCALE_LIST) {
			const t = translator.replies(locale);
			const own = flatten(read(locale, 'replies'));
			for (const [key, english] of Object.entries(source)) {
				const params = Object.fromEntries(placeholders(english).map((p) => [p, 'X']));
				const expected = String(own[key]).replace(/\{\{\s*[\w.]+\s*\}\}/g, 'X');
				expect(t(key, params), `${locale} ${key}`).toBe(expected);
			}
		}
	});

	it('a /command named in a reply is that command’s name in the same locale', () => {
		for (const locale of SUPPORTED_LOCALE_LIST) {
			const names = new Set(COMMANDS.map((c) => translator.command(locale, `${c.name}.name`)));
			for (const [key, text] of Object.entries(flatten(read(locale, 'replies')))) {
				for (const m of String(text).matchAll(/(?:^|\s)\/([\p{L}\p{N}_-]+)/gu)) {
					expect(names.has(m[1]), `${locale} replies:${key} mentions /${m[1]}`).toBe(true);
				}
			}
		}
	});
});

describe('command schema', () => {
	// Slash commands here; the message command's name is checked in test/render/discord-schema.test.ts.
	const SLASH = COMMANDS.filter((c): c is SlashCommand => c.kind === 'slash');
	const bodies = SLASH.map((c) => buildCommandJson(c, translator) as RESTPostAPIChatInputApplicationCommandsJSONBody);

	/** Every (locale, value) pair of a field: the default (en-US) and each localization. */
	const perLocale = (base: string, localized: Partial<Record<string, string | null>> | null | undefined) => [
		[DEFAULT_LOCALE, base] as const,
		...Object.entries(localized ?? {}).map(([l, v]) => [l, v ?? ''] as const),
	];

	it('en-US names are the routing names in commands/*.ts', () => {
		for (const command of SLASH) {
			expect(translator.command('en-US', `${command.name}.name`)).toBe(command.name);
			for (const option of command.options) {
				expect(translator.command('en-US', `${command.name}.options.${option.name}.name`)).toBe(option.name);
			}
		}
		expect(bodies.map((b) => b.name)).toEqual(SLASH.map((c) => c.name));
		expect(bodies.map((b) => b.options?.map((o) => o.name))).toEqual(SLASH.map((c) => c.options.map((o) => o.name)));
	});

	it('carries a name and description localization for every locale except en-US', () => {
		const expected = [...OTHER_LOCALES].sort();
		for (const body of bodies) {
			expect(Object.keys(body.name_localizations ?? {}).sort(), `${body.name} name`).toEqual(expected);
			expect(Object.keys(body.description_localizations ?? {}).sort(), `${body.name} description`).toEqual(expected);
			for (const option of body.options ?? []) {
				expect(Object.keys(option.name_localizations ?? {}).sort(), `${body.name} ${option.name}`).toEqual(expected);
				expect(Object.keys(option.description_localizations ?? {}).sort(), `${body.name} ${option.name}`).toEqual(
					expected,
				);
			}
		}
	});

	it('localizations are the locale’s own strings', () => {
		for (const body of bodies) {
			for (const locale of OTHER_LOCALES) {
				expect(body.name_localizations?.[locale]).toBe(
					translator.command(locale as SupportedLocale, `${body.name}.name`),
				);
			}
		}
	});

	it('command and option names follow Discord’s naming rule and are lowercase, in every locale', () => {
		for (const body of bodies) {
			const names = [
				...perLocale(body.name, body.name_localizations),
				...(body.options ?? []).flatMap((o) => perLocale(o.name, o.name_localizations)),
			];
			for (const [locale, name] of names) {
				expect(name, `${locale} "${name}"`).toMatch(DISCORD_NAME);
				expect(name, `${locale} "${name}" must be lowercase`).toBe(name.toLocaleLowerCase(locale));
			}
		}
	});

	it('descriptions are 1 to 100 characters, in every locale', () => {
		for (const body of bodies) {
			const descriptions = [
				...perLocale(body.description, body.description_localizations),
				...(body.options ?? []).flatMap((o) => perLocale(o.description, o.description_localizations)),
			];
			for (const [locale, text] of descriptions) {
				expect(text.length, `${body.name} ${locale} "${text}"`).toBeGreaterThanOrEqual(1);
				expect(text.length, `${body.name} ${locale} "${text}"`).toBeLessThanOrEqual(100);
			}
		}
	});

	it('option names are distinct within a command, and command names distinct, in every locale', () => {
		for (const locale of SUPPORTED_LOCALE_LIST) {
			const localized = (base: string, map: Partial<Record<string, string | null>> | null | undefined) =>
				locale === DEFAULT_LOCALE ? base : (map?.[locale] ?? base);
			const commandNames = bodies.map((b) => localized(b.name, b.name_localizations));
			expect(new Set(commandNames).size, `${locale}: ${commandNames.join(', ')}`).toBe(commandNames.length);
			for (const body of bodies) {
				const options = (body.options ?? []).map((o) => localized(o.name, o.name_localizations));
				expect(new Set(options).size, `${locale} ${body.name}: ${options.join(', ')}`).toBe(options.length);
			}
		}
	});

	it('each command, with all its localizations, stays under 8000 characters of names and descriptions', () => {
		const size = (body: RESTPostAPIChatInputApplicationCommandsJSONBody) => {
			const texts = [
				...perLocale(body.name, body.name_localizations),
				...perLocale(body.description, body.description_localizations),
				...(body.options ?? []).flatMap((o) => [
					...perLocale(o.name, o.name_localizations),
					...perLocale(o.description, o.description_localizations),
				]),
			];
			return texts.reduce((n, [, text]) => n + text.length, 0);
		};
		for (const body of bodies) {
			expect(size(body), body.name).toBeGreaterThan(0);
			expect(size(body), body.name).toBeLessThan(8000);
		}
	});
});
