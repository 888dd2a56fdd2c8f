/**
 * `node --import tsx scripts/lang-parity.ts [--all] [--with-en] [--check]`: what each language pack can recognise, kind by
 * kind. Reads the probe phrasings of scripts/lang-parity/probes.ts (concept families of each kind, written in
 * all six languages) with the cues of the probe's own language only (`--with-en`: plus English, as `ask` reads
 * them), and prints per kind and language the cues and the probes read as that kind alone, then each concept
 * family some language misses, and the cue phrases no question can match: its language's chat shorthand replaces
 * one of their words before cues are read ("casi d'uso": "d" is read as "di"). Those words still help detect the
 * language of the raw question, so a phrase listed whose expansion has a cue of its own is harmless. `--all`
 * lists every misread probe with the kinds it was read as. `--check` prints only the probes read wrong that
 * `KNOWN_GAPS` (lang-parity/read.ts) does not list, and known gaps now read right, and exits 1 if there are any.
 */
import { LANGUAGE_PACKS } from '../src/core/lang/index.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../src/core/locales.ts';
import { foldName } from '../src/core/text/normalize.ts';
import { PROBES } from './lang-parity/probes.ts';
import { KNOWN_GAPS, misread, readProbes } from './lang-parity/read.ts';

const withEnglish = process.argv.includes('--with-en');
const listAll = process.argv.includes('--all');

if (process.argv.includes('--check')) {
	const news = misread(withEnglish).filter((m) => !KNOWN_GAPS.includes(m));
	const closed = KNOWN_GAPS.filter((m) => !misread(withEnglish).includes(m));
	for (const m of news) console.log(`misread: ${m}`);
	for (const m of closed) console.log(`known gap now read right (remove it from KNOWN_GAPS): ${m}`);
	process.exit(news.length + closed.length > 0 ? 1 : 0);
}

const tally = new Map<string, [right: number, total: number]>();
const gaps = new Map<string, ContentLanguage[]>();
for (const { kind, family, lang, probe, right, read } of readProbes(withEnglish)) {
	const key = `${kind} ${lang}`;
	const [n, total] = tally.get(key) ?? [0, 0];
	tally.set(key, [n + (right ? 1 : 0), total + 1]);
	if (right) continue;
	const missed = gaps.get(`${kind}: ${family}`) ?? [];
	if (!missed.includes(lang)) gaps.set(`${kind}: ${family}`, [...missed, lang]);
	if (listAll) console.log(`${kind.padEnd(13)} ${lang} ${JSON.stringify(probe)} → ${read}`);
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
