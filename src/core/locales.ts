/**
 * The one list of Discord locales the bot speaks, and the content language each maps to.
 * Everything else (content languages, i18next resources, command localizations, tests) derives from it.
 */
export const SUPPORTED_LOCALES = {
	'en-US': 'en',
	'en-GB': 'en',
	'sv-SE': 'sv',
	de: 'de',
	ro: 'ro',
	ru: 'ru',
	it: 'it',
} as const;

export type SupportedLocale = keyof typeof SUPPORTED_LOCALES;
export type ContentLanguage = (typeof SUPPORTED_LOCALES)[SupportedLocale];

export const DEFAULT_LOCALE: SupportedLocale = 'en-US';
export const DEFAULT_LANGUAGE: ContentLanguage = 'en';

export const SUPPORTED_LOCALE_LIST = Object.keys(SUPPORTED_LOCALES) as SupportedLocale[];
export const CONTENT_LANGUAGES = [...new Set(Object.values(SUPPORTED_LOCALES))] as ContentLanguage[];

/** The Discord locale used for a content language's UI strings (en → en-US). */
export const LOCALE_FOR_LANGUAGE = Object.fromEntries(
	CONTENT_LANGUAGES.map((lang) => [lang, SUPPORTED_LOCALE_LIST.find((l) => SUPPORTED_LOCALES[l] === lang)]),
) as Record<ContentLanguage, SupportedLocale>;

export interface ResolvedLocale {
	/** What Discord (or the CLI) asked for, as given. */
	requested: string;
	/** The locale whose UI strings are used. */
	locale: SupportedLocale;
	/** The content language answers come in. */
	lang: ContentLanguage;
	/** True when the requested locale is not one we have, so English is shown instead. */
	fallback: boolean;
}

export function isSupportedLocale(value: string): value is SupportedLocale {
	return Object.hasOwn(SUPPORTED_LOCALES, value);
}

export function isContentLanguage(value: string): value is ContentLanguage {
	return (CONTENT_LANGUAGES as string[]).includes(value);
}

/**
 * Maps any Discord locale to one we serve; unknown ones fall back to English, visibly (`fallback: true`).
 * People type locales by hand in the CLI and preview, so any case, `_` for `-`, a bare language code (`sv`) and
 * a region we do not list (`de-AT`, `en-AU`) all count as that language: only another language is a fallback.
 */
export function resolveLocale(requested: string | undefined | null): ResolvedLocale {
	const given = requested?.trim() ?? '';
	if (given === '') return resolveLanguage(DEFAULT_LANGUAGE);
	const locale = matchLocale(given);
	if (locale) return { requested: given, locale, lang: SUPPORTED_LOCALES[locale], fallback: false };
	return { requested: given, locale: DEFAULT_LOCALE, lang: DEFAULT_LANGUAGE, fallback: true };
}

function matchLocale(given: string): SupportedLocale | undefined {
	const tag = given.toLowerCase().replace(/_/g, '-');
	const exact = SUPPORTED_LOCALE_LIST.find((l) => l.toLowerCase() === tag);
	if (exact) return exact;
	const language = tag.split('-')[0] ?? '';
	return isContentLanguage(language) ? LOCALE_FOR_LANGUAGE[language] : undefined;
}

export function resolveLanguage(lang: ContentLanguage): ResolvedLocale {
	const locale = LOCALE_FOR_LANGUAGE[lang];
	return { requested: locale, locale, lang, fallback: false };
}
