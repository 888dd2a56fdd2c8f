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

/** One i18next instance per process, created here and passed around; no i18next global. */
export function createTranslator(
	resources: Record<SupportedLocale, { commands: unknown; replies: unknown }> = RESOURCES,
): Translator {
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
		const translate: Translate = (key, params) => {
			const cache = params ? withParams : plain;
			const id = params ? `${locale}\u0000${key}\u0000${JSON.stringify(params)}` : `${locale}\u0000${key}`;
			let text = cache.get(id);
			if (text === undefined) {
				text = t(key, params ?? {}) as string;
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
