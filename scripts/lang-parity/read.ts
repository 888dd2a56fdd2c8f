/**
 * How `scripts/lang-parity.ts` and its test read a probe: with the cues of the probe's own language (and English
 * with `withEnglish`, as `ask` reads them), after the language's chat shorthand is expanded and the terms ("X",
 * "Y") are blanked as `ask` blanks a name.
 */
import { readShape } from '../../src/core/answer/shape.ts';
import { LANGUAGE_PACKS } from '../../src/core/lang/index.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../src/core/locales.ts';
import { tokenize } from '../../src/core/text/analyzer.ts';
import { foldName } from '../../src/core/text/normalize.ts';
import { PROBES } from './probes.ts';

/** The question's words as the shape reader sees them: chat shorthand expanded, folded, the terms blanked. */
function words(text: string, lang: ContentLanguage): string[] {
	const table = LANGUAGE_PACKS[lang].variants;
	return tokenize(text.toLowerCase())
		.flatMap((w) => (Object.hasOwn(table, w) ? tokenize((table[w] ?? w).toLowerCase()) : [w]))
		.map((w) => (w === 'x' || w === 'y' ? '' : foldName(w)));
}

export interface Reading {
	/** Every kind read, with its strength ("risks:3 definition:2"), or "none"; "(default)" for a bare "how". */
	read: string;
	/** The kinds read most strongly: a probe is read right when this is its kind alone. */
	strongest: string[];
	byDefault: boolean;
}

export function reading(text: string, lang: ContentLanguage, withEnglish: boolean): Reading {
	const langs: ContentLanguage[] = withEnglish && lang !== 'en' ? [lang, 'en'] : [lang];
	const shape = readShape(words(text, lang), langs);
	const top = Math.max(0, ...shape.kinds.values());
	const strongest = [...shape.kinds].filter(([, n]) => n === top).map(([kind]) => kind as string);
	const read = [...shape.kinds].map(([kind, n]) => `${kind}:${n}`).join(' ') || 'none';
	return { read: shape.byDefault ? `${read} (default)` : read, strongest, byDefault: shape.byDefault === true };
}

export interface ProbeResult {
	kind: string;
	family: string;
	lang: ContentLanguage;
	probe: string;
	right: boolean;
	read: string;
}

/** Every probe of every kind, family and language, read as `reading` reads it. */
export function readProbes(withEnglish: boolean): ProbeResult[] {
	return Object.entries(PROBES).flatMap(([kind, families]) =>
		Object.entries(families).flatMap(([family, byLanguage]) =>
			CONTENT_LANGUAGES.flatMap((lang) =>
				(byLanguage[lang] ?? []).map((probe) => {
					const r = reading(probe, lang, withEnglish);
					// A family under "definition|how-it-works" is asked as both kinds equally: both must be read, alone.
					const kinds = kind.split('|');
					const right =
						!r.byDefault && r.strongest.length === kinds.length && kinds.every((k) => r.strongest.includes(k));
					return { kind, family, lang, probe, right, read: r.read };
				}),
			),
		),
	);
}

/**
 * Probes no pack reads today, each with the reading it gives ("lang probe → reading"), so that `--check` and the
 * test notice both a new miss and a gap that closes. "too much X": "too much" is as often a price ("costs too
 * much") as a harm, so no cue reads it.
 */
export const KNOWN_GAPS: readonly string[] = ['en too much X → none'];

/** The probes read wrong, as KNOWN_GAPS lists them. */
export const misread = (withEnglish: boolean): string[] =>
	readProbes(withEnglish)
		.filter((r) => !r.right)
		.map((r) => `${r.lang} ${r.probe} → ${r.read}`);
