import { SECTION_KINDS, type SectionKind } from '../content/section-kinds.ts';
import { answerSections, type Glossary } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import { analyze } from '../text/analyzer.ts';
import { type PackedStringsData, packCounts, SortedStrings } from './sorted-strings.ts';

/**
 * Sections of each kind, and in how many of them each analysed word occurs. Words are numbered as first met
 * and counted in arrays: one look-up per word of a section, not one per word and kind (the model took ~10 s
 * of a 5,000-term build).
 */
interface KindCounts {
	sections: Map<SectionKind, number>;
	/** Word → its number. */
	ids: Map<string, number>;
	/** Per word number: sections of any kind that hold it, and of each pooled kind. */
	all: number[];
	df: Map<SectionKind, number[]>;
	total: number;
}

// Kinds whose sections share a vocabulary across terms; a `topic` section's words are its own.
const POOLED: readonly SectionKind[] = SECTION_KINDS.filter((k) => k !== 'topic');

/** One language's counts as stored: the words sorted, with parallel counts (see sorted-strings.ts). */
interface LanguageData {
	lang: ContentLanguage;
	/** Sections of each pooled kind, and of any kind. */
	sections: [SectionKind, number][];
	total: number;
	words: PackedStringsData;
	/** Sections holding each word: of any kind, and of each pooled kind. */
	all: Uint16Array | Uint32Array;
	byKind: { kind: SectionKind; df: Uint16Array | Uint32Array }[];
}

/** What the compiled index file stores of the model (so that loading analyses no section text). */
export type KindModelDump = LanguageData[];

interface LanguageModel {
	sections: Map<SectionKind, number>;
	total: number;
	words: SortedStrings;
	all: Uint16Array | Uint32Array;
	byKind: Map<SectionKind, Uint16Array | Uint32Array>;
}

/**
 * What each kind of section tends to say, learnt from the glossary itself: every term's how-it-works
 * sections talk of processes and days, its cost sections of fees and percentages. A question worded like a
 * kind's sections leans towards that kind even when it uses none of the question shapes' words.
 */
export class KindModel {
	private readonly langs = new Map<ContentLanguage, LanguageModel>();
	private readonly stored: KindModelDump;

	constructor(glossary: Glossary | KindModelDump) {
		this.stored = Array.isArray(glossary)
			? glossary
			: CONTENT_LANGUAGES.map((lang) => pack(lang, count(glossary, lang)));
		for (const l of this.stored) {
			this.langs.set(l.lang, {
				sections: new Map(l.sections),
				total: l.total,
				words: new SortedStrings(l.words),
				all: l.all,
				byKind: new Map(l.byKind.map(({ kind, df }) => [kind, df])),
			});
		}
	}

	dump(): KindModelDump {
		return this.stored;
	}

	/**
	 * How much the words lean towards `kind`: the sum of each word's positive log-odds of occurring in a
	 * section of that kind rather than in any other, squashed to 0..1.
	 */
	affinity(lang: ContentLanguage, words: readonly string[], kind: SectionKind): number {
		const model = this.langs.get(lang);
		const n = model?.sections.get(kind) ?? 0;
		const df = model?.byKind.get(kind);
		if (!model || !df || n === 0) return 0;
		const others = model.total - n;
		let sum = 0;
		for (const w of words) {
			const at = model.words.indexOf(w);
			const inKind = at >= 0 ? (df[at] ?? 0) : 0;
			const elsewhere = (at >= 0 ? (model.all[at] ?? 0) : 0) - inKind;
			if (inKind === 0) continue;
			sum += Math.max(0, Math.log((inKind + 0.5) / (n + 1)) - Math.log((elsewhere + 0.5) / (others + 1)));
		}
		return sum / (1 + sum);
	}
}

function count(glossary: Glossary, lang: ContentLanguage): KindCounts {
	const counts: KindCounts = { sections: new Map(), ids: new Map(), all: [], df: new Map(), total: 0 };
	for (const article of glossary.articles.get(lang)?.values() ?? []) {
		for (const section of answerSections(article)) {
			const words = wordIds(counts, analyze(lang, `${section.heading} ${section.text}`));
			counts.total++;
			grow(counts.all, counts.ids.size);
			for (const id of words) counts.all[id] = (counts.all[id] ?? 0) + 1;
			for (const kind of section.kinds) {
				if (!POOLED.includes(kind)) continue;
				counts.sections.set(kind, (counts.sections.get(kind) ?? 0) + 1);
				const df = counts.df.get(kind) ?? [];
				grow(df, counts.ids.size);
				for (const id of words) df[id] = (df[id] ?? 0) + 1;
				counts.df.set(kind, df);
			}
		}
	}
	return counts;
}

/** Zeros up to `size`: an array written past its end with gaps would turn into a slow dictionary. */
function grow(values: number[], size: number): void {
	while (values.length < size) values.push(0);
}

/** The distinct words' numbers, numbering the words not met before. */
function wordIds(counts: KindCounts, words: readonly string[]): Set<number> {
	const out = new Set<number>();
	for (const w of words) {
		let id = counts.ids.get(w);
		if (id === undefined) {
			id = counts.ids.size;
			counts.ids.set(w, id);
		}
		out.add(id);
	}
	return out;
}

function pack(lang: ContentLanguage, counts: KindCounts): LanguageData {
	// Every word of a kind's sections is a word of some section: `all` holds them all.
	const { table, strings } = SortedStrings.build(counts.ids.keys());
	const order = strings.map((w) => counts.ids.get(w) ?? 0);
	const column = (values: readonly number[]) => packCounts(order.map((id) => values[id] ?? 0));
	return {
		lang,
		sections: [...counts.sections],
		total: counts.total,
		words: table.data,
		all: column(counts.all),
		byKind: [...counts.df].map(([kind, df]) => ({ kind, df: column(df) })),
	};
}
