import i18next, { type TFunction } from 'i18next';
import { type ContentLanguage, DEFAULT_LOCALE, SUPPORTED_LOCALE_LIST, type SupportedLocale } from '../locales.ts';
import { RESOURCES } from './resources.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface Translator {
	/** Reply strings (namespace `replies`) in one locale. */
	replies(locale: SupportedLocale): Translate;
	/** A command-schema string (namespace `commands`), or undefined when that locale lacks it. */
	command(locale: SupportedLocale, key: string): string | undefined;
	/** A language's name, as a speaker of `locale` says it ("Swedish", "svenska", "Schwedisch"). */
	languageName(locale: SupportedLocale, lang: ContentLanguage | string): string;
}

// Keys × locales without parameters (a few thousand at most); strings with parameters remembered at once.
const PLAIN_CACHED = 50_000;
const PARAMS_CACHED = 1_000;

/** The i18next instance a translator answers from (exported for tests comparing against i18next itself). */
export function createI18next(resources: Record<SupportedLocale, { commands: unknown; replies: unknown }> = RESOURCES) {
	const instance = i18next.createInstance();
	void instance.init({
		resources: resources as Record<string, Record<string, object>>,
		lng: DEFAULT_LOCALE,
		fallbackLng: { 'en-GB': ['en-US'], default: ['en-US'] },
		supportedLngs: SUPPORTED_LOCALE_LIST,
		load: 'currentOnly',
		ns: ['commands', 'replies'],
		defaultNS: 'replies',
		initAsync: false,
		returnEmptyString: false,
		returnNull: false,
		// Discord is not HTML: escaping would show &amp; to users.
		interpolation: { escapeValue: false },
	});
	return instance;
}

/** One i18next instance per process, created here and passed around; no i18next global. */
export function createTranslator(
	resources: Record<SupportedLocale, { commands: unknown; replies: unknown }> = RESOURCES,
	instance = createI18next(resources),
): Translator {
	// Replies repeat the same few strings: remembering them keeps i18next off the answer path. A string with
	// parameters is mostly one of its kind (a section's heading, the asker's words quoted back): a few of them are
	// remembered, not every one ever shown (that kept up to ~1 KB per /ask at 5,000 terms, 50,000 of them before
	// the map was cleared: tens of MB of old generation to mark on every full collection).
	const plain = new Map<string, string>();
	const withParams = new Map<string, string>();
	const fixed = new Map<SupportedLocale, Translate>();
	const replies = (locale: SupportedLocale): Translate => {
		const known = fixed.get(locale);
		if (known) return known;
		const t: TFunction = instance.getFixedT(locale, 'replies');
		const fill = templates(t);
		const translate: Translate = (key, params) => {
			const cache = params ? withParams : plain;
			const id = params ? `${locale}\u0000${key}\u0000${JSON.stringify(params)}` : `${locale}\u0000${key}`;
			let text = cache.get(id);
			if (text === undefined) {
				text = (params && fill(key, params)) ?? (t(key, params ?? {}) as string);
				if (cache.size >= (params ? PARAMS_CACHED : PLAIN_CACHED)) cache.clear();
				cache.set(id, text);
			}
			return text;
		};
		fixed.set(locale, translate);
		return translate;
	};
	const names = new Map<string, Intl.DisplayNames>();
	const nameCache = new Map<string, string>();
	return {
		replies,
		command(locale, key) {
			const value = instance.getResource(locale, 'commands', key) as unknown;
			return typeof value === 'string' && value !== '' ? value : undefined;
		},
		languageName(locale, lang) {
			const id = `${locale}\u0000${lang}`;
			const cached = nameCache.get(id);
			if (cached !== undefined) return cached;
			let display = names.get(locale);
			if (!display) {
				display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
				names.set(locale, display);
			}
			let name = lang;
			try {
				name = display.of(lang) ?? lang;
			} catch {
				// Not a language tag Intl knows: show it as given.
			}
			if (nameCache.size < 10_000) nameCache.set(id, name);
			return name;
		},
	};
}

// Parameters that i18next reads as options (a plural's count, a context, a language…), not as values only.
const OPTION_PARAMS =
	/^(count|context|ordinal|lngs?|ns|default.*|replace|interpolation|keyPrefix|returnObjects|returnDetails|joinArrays|postProcess|fallbackLng|nsSeparator|keySeparator|skipInterpolation|nest|lngScope)$/;
// Stand-ins for the parameters (private-use characters no reply string holds).
const marker = (i: number) => `\uE000${i}\uE001`;

/**
 * Strings with parameters made without i18next, once i18next has shown, for a key, that its string is its
 * text with each parameter put in place. Every call of i18next's `t` spreads its options into several new
 * objects, and Node 20's V8 puts part of each such object straight into the old generation: with the
 * parameters of a reply mostly one of a kind (a footer names the section's heading), that was ~6.6 KB of
 * old generation per answer at 5,000 terms. A key is checked on its first use: its string with markers for
 * parameters, filled in, must equal what i18next gives; a key whose string is not that (plural forms by
 * `count`, context, a value i18next would not show as is) is always left to i18next.
 */
function templates(t: TFunction): (key: string, params: Record<string, string | number>) => string | undefined {
	const known = new Map<string, { parts: string[]; order: string[] } | null>();
	return (key, params) => {
		const names = Object.keys(params);
		if (names.some((n) => OPTION_PARAMS.test(n))) return undefined;
		if (names.some((n) => typeof params[n] !== 'string' && typeof params[n] !== 'number')) return undefined;
		const id = `${key}\u0000${names.join('\u0000')}`;
		let template = known.get(id);
		if (template === undefined) {
			template = templateOf(t(key, Object.fromEntries(names.map((n, i) => [n, marker(i)]))) as string, names);
			const real = t(key, params) as string;
			if (template && fillIn(template, params) !== real) template = null;
			known.set(id, template);
			if (!template) return real;
		}
		return template ? fillIn(template, params) : undefined;
	};
}

/** The text around each marker, and which parameter each marker stands for; null if a marker is missing. */
function templateOf(text: string, names: string[]): { parts: string[]; order: string[] } | null {
	const parts: string[] = [];
	const order: string[] = [];
	let rest = text;
	for (;;) {
		const at = rest.indexOf('\uE000');
		if (at < 0) break;
		const end = rest.indexOf('\uE001', at);
		const name = names[Number(rest.slice(at + 1, end))];
		if (end < 0 || name === undefined) return null;
		parts.push(rest.slice(0, at));
		order.push(name);
		rest = rest.slice(end + 1);
	}
	parts.push(rest);
	return { parts, order };
}

function fillIn(template: { parts: string[]; order: string[] }, params: Record<string, string | number>): string {
	let out = template.parts[0] ?? '';
	for (let i = 0; i < template.order.length; i++)
		out += String(params[template.order[i] ?? ''] ?? '') + (template.parts[i + 1] ?? '');
	return out;
}
