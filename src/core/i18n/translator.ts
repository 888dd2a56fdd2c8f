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
	const fixed = new Map<SupportedLocale, TFunction>();
	const replies = (locale: SupportedLocale): Translate => {
		let t = fixed.get(locale);
		if (!t) {
			t = instance.getFixedT(locale, 'replies');
			fixed.set(locale, t);
		}
		const bound = t;
		return (key, params) => bound(key, params ?? {}) as string;
	};
	const names = new Map<string, Intl.DisplayNames>();
	return {
		replies,
		command(locale, key) {
			const value = instance.getResource(locale, 'commands', key) as unknown;
			return typeof value === 'string' && value !== '' ? value : undefined;
		},
		languageName(locale, lang) {
			let display = names.get(locale);
			if (!display) {
				display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
				names.set(locale, display);
			}
			try {
				return display.of(lang) ?? lang;
			} catch {
				return lang;
			}
		},
	};
}
