import { SECTION_KINDS, type SectionKind } from '../content/section-kinds.ts';
import type { Glossary } from '../content/types.ts';
import type { ContentLanguage } from '../locales.ts';
import {
	type AnalysedSection,
	analyseSections,
	BODY,
	END,
	HEADING,
	IntList,
	type LanguageWords,
	Marks,
	SEED_HEADINGS,
	type SectionConsumer,
	Tally,
} from './section-analysis.ts';
import { type PackedStringsData, packCounts, SortedStrings } from './sorted-strings.ts';

/**
 * Sections of each kind, and in how many of them each analysed word occurs. Words are numbered as first met
 * and counted in arrays: one look-up per word of a section, not one per word and kind (the model took ~10 s
 * of a 5,000-term build).
 */
interface KindCounts {
	words: LanguageWords;
	sections: Map<SectionKind, number>;
	/** Per analysed word's number in `words`: sections of any kind that hold it, and of each pooled kind. */
	all: Tally;
	df: Map<SectionKind, Tally>;
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
		this.stored = Array.isArray(glossary) ? glossary : KindModelBuilder.build(glossary);
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

/** Counts each language's sections by kind from the shared analysis (see section-analysis.ts), then packs them. */
export class KindModelBuilder implements SectionConsumer {
	readonly #stored: LanguageData[] = [];
	#current: KindCounts | undefined;
	/** Analysed words already counted in the current section. */
	readonly #seen = new Marks();
	readonly #distinct = new IntList();

	static build(glossary: Glossary): KindModelDump {
		const builder = new KindModelBuilder();
		analyseSections(glossary, [builder]);
		return builder.finish();
	}

	language(words: LanguageWords): void {
		this.#finishLanguage();
		this.#current = { words, sections: new Map(), all: new Tally(), df: new Map(), total: 0 };
	}

	section(analysed: AnalysedSection): void {
		const counts = this.#current;
		if (!counts) return;
		// The heading and the text: what a section of a kind says, not the term's names.
		this.#seen.clear();
		this.#distinct.length = 0;
		this.#addDistinct(counts.words, analysed, HEADING, SEED_HEADINGS);
		this.#addDistinct(counts.words, analysed, BODY, END);
		const { values, length } = this.#distinct;
		counts.total++;
		for (let k = 0; k < length; k++) counts.all.add(values[k] ?? 0);
		for (const kind of analysed.section.kinds) {
			if (!POOLED.includes(kind)) continue;
			counts.sections.set(kind, (counts.sections.get(kind) ?? 0) + 1);
			const df = counts.df.get(kind) ?? new Tally();
			for (let k = 0; k < length; k++) df.add(values[k] ?? 0);
			counts.df.set(kind, df);
		}
	}

	/** Adds the analysed words of texts `from` to `to` not counted yet in this section to `#distinct`. */
	#addDistinct(words: LanguageWords, { words: ids, bounds }: AnalysedSection, from: number, to: number): void {
		for (let k = bounds[from] ?? 0; k < (bounds[to] ?? 0); k++) {
			const a = words.analysed(ids[k] ?? 0);
			if (a >= 0 && this.#seen.mark(a)) this.#distinct.push(a);
		}
	}

	#finishLanguage(): void {
		if (this.#current) this.#stored.push(pack(this.#current));
		this.#current = undefined;
	}

	finish(): KindModelDump {
		this.#finishLanguage();
		return this.#stored;
	}
}

function pack(counts: KindCounts): LanguageData {
	const { words: table } = counts;
	// Every word of a kind's sections is a word of some section: `all` holds them all.
	const present: string[] = [];
	for (let a = 0; a < table.analysedSize; a++) if (counts.all.get(a) > 0) present.push(table.analysedWord(a));
	const { table: sorted, strings } = SortedStrings.build(present);
	const order = strings.map((w) => table.analysedNumber(w));
	const column = (values: Tally) => packCounts(order.map((a) => values.get(a)));
	return {
		lang: table.lang,
		sections: [...counts.sections],
		total: counts.total,
		words: sorted.data,
		all: column(counts.all),
		byKind: [...counts.df].map(([kind, df]) => ({ kind, df: column(df) })),
	};
}
