/**
 * `node --import tsx scripts/lang-parity.ts [--all] [--with-en]`: what each language pack can recognise, kind by
 * kind. Reads the probe phrasings of scripts/lang-parity/probes.ts (concept families of each kind, written in
 * all six languages) with the cues of the probe's own language only (`--with-en`: plus English, as `ask` reads
 * them), and prints per kind and language the cues and the probes read as that kind alone, then each concept
 * family some language misses, and the cue phrases no question can match: its language's chat shorthand replaces
 * one of their words before cues are read ("casi d'uso": "d" is read as "di"). Those words still help detect the
 * language of the raw question, so a phrase listed whose expansion has a cue of its own is harmless. `--all`
 * lists every misread probe with the kinds it was read as.
 */
import { readShape } from '../src/core/answer/shape.ts';
import { LANGUAGE_PACKS } from '../src/core/lang/index.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../src/core/locales.ts';
import { tokenize } from '../src/core/text/analyzer.ts';
import { foldName } from '../src/core/text/normalize.ts';
import { PROBES } from './lang-parity/probes.ts';

const withEnglish = process.argv.includes('--with-en');
const listAll = process.argv.includes('--all');

/** The question's words as the shape reader sees them: chat shorthand expanded, folded, the terms blanked. */
function words(text: string, lang: ContentLanguage): string[] {
	const table = LANGUAGE_PACKS[lang].variants;
	return tokenize(text.toLowerCase())
		.flatMap((w) => (Object.hasOwn(table, w) ? tokenize((table[w] ?? w).toLowerCase()) : [w]))
		.map((w) => (w === 'x' || w === 'y' ? '' : foldName(w)));
}

function reading(text: string, lang: ContentLanguage) {
	const langs: ContentLanguage[] = withEnglish && lang !== 'en' ? [lang, 'en'] : [lang];
	const shape = readShape(words(text, lang), langs);
	const top = Math.max(0, ...shape.kinds.values());
	const strongest = [...shape.kinds].filter(([, n]) => n === top).map(([kind]) => kind as string);
	const read = [...shape.kinds].map(([kind, n]) => `${kind}:${n}`).join(' ') || 'none';
	return { read: shape.byDefault ? `${read} (default)` : read, strongest, byDefault: shape.byDefault === true };
}

const tally = new Map<string, [right: number, total: number]>();
const gaps = new Map<string, ContentLanguage[]>();
for (const [kind, families] of Object.entries(PROBES)) {
	for (const [family, byLanguage] of Object.entries(families)) {
		for (const lang of CONTENT_LANGUAGES) {
			for (const probe of byLanguage[lang] ?? []) {
				const r = reading(probe, lang);
				const right = !r.byDefault && r.strongest.length === 1 && r.strongest[0] === kind;
				const key = `${kind} ${lang}`;
				const [n, total] = tally.get(key) ?? [0, 0];
				tally.set(key, [n + (right ? 1 : 0), total + 1]);
				if (right) continue;
				const missed = gaps.get(`${kind}: ${family}`) ?? [];
				if (!missed.includes(lang)) gaps.set(`${kind}: ${family}`, [...missed, lang]);
				if (listAll) console.log(`${kind.padEnd(13)} ${lang} ${JSON.stringify(probe)} → ${r.read}`);
			}
		}
	}
}

const cues = (kind: string, lang: ContentLanguage) =>
	(LANGUAGE_PACKS[lang].shapes as Record<string, readonly string[] | undefined>)[kind]?.length ?? 0;
console.log(
	`\n${'kind'.padEnd(14)}${CONTENT_LANGUAGES.map((l) => l.padStart(12)).join('')}   (cues, probes read right)`,
);
for (const kind of Object.keys(PROBES)) {
	const cells = CONTENT_LANGUAGES.map((lang) => {
		const [n, total] = tally.get(`${kind} ${lang}`) ?? [0, 0];
		return `${cues(kind, lang)} ${n}/${total}`.padStart(12);
	});
	console.log(kind.padEnd(14) + cells.join(''));
}
console.log('\nconcept families some language does not recognise:');
for (const [family, langs] of gaps) console.log(`  ${family.padEnd(48)} ${langs.join(' ')}`);

console.log('\ncue phrases no question matches (a variant replaces the word in brackets):');
for (const lang of CONTENT_LANGUAGES) {
	const { shapes, variants } = LANGUAGE_PACKS[lang];
	for (const [kind, phrases] of Object.entries(shapes)) {
		for (const phrase of phrases ?? []) {
			const alone = phrase.split(/[\s|]+/).filter((w) => Object.hasOwn(variants, w) && foldName(w) === w);
			if (alone.length > 0) console.log(`  ${lang} ${kind}: ${JSON.stringify(phrase)} (${alone.join(', ')})`);
		}
	}
}
