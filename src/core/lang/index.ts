import type { ContentLanguage } from '../locales.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { it } from './it.ts';
import { ro } from './ro.ts';
import { ru } from './ru.ts';
import { sv } from './sv.ts';
import type { LanguagePack } from './types.ts';

export type { LanguagePack } from './types.ts';

/** One file per language; the engine reads every word of every language from here. */
export const LANGUAGE_PACKS: Record<ContentLanguage, LanguagePack> = { en, sv, de, ro, ru, it };
