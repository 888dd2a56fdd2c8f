import { SECTION_KINDS, type SectionKind } from '../content/section-kinds.ts';
import { answerSections, type Glossary } from '../content/types.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../locales.ts';
import { analyze } from '../text/analyzer.ts';

interface KindCounts {
	/** Sections of each kind, and in how many of them each analysed word occurs. */
	sections: Map<SectionKind, number>;
	df: Map<SectionKind, Map<string, number>>;
	total: number;
	all: Map<string, number>;
}

// Kinds whose sections share a vocabulary across terms; a `topic` section's words are its own.
const POOLED: readonly SectionKind[] = SECTION_KINDS.filter((k) => k !== 'topic');

/**
 * What each kind of section tends to say, learnt from the glossary itself: every term's how-it-works
 * sections talk of processes and days, its cost sections of fees and percentages. A question worded like a
 * kind's sections leans towards that kind even when it uses none of the question shapes' words.
 */
/** What the compiled index file stores of the model (so that loading analyses no section text). */
export type KindModelDump = [
	lang: ContentLanguage,
	sections: [SectionKind, number][],
	df: [SectionKind, [string, number][]][],
	total: number,
	all: [string, number][],
][];

export class KindModel {
	private readonly langs = new Map<ContentLanguage, KindCounts>();

	constructor(glossary: Glossary | KindModelDump) {
		if (Array.isArray(glossary)) {
			for (const [lang, sections, df, total, all] of glossary) {
				const byKind = new Map(df.map(([kind, words]) => [kind, new Map(words)] as const));
				this.langs.set(lang, { sections: new Map(sections), df: byKind, total, all: new Map(all) });
			}
			return;
		}
		for (const lang of CONTENT_LANGUAGES) {
			const counts: KindCounts = { sections: new Map(), df: new Map(), total: 0, all: new Map() };
			for (const article of glossary.articles.get(lang)?.values() ?? []) {
				for (const section of answerSections(article)) {
					const words = new Set(analyze(lang, `${section.heading} ${section.text}`));
					counts.total++;
					for (const w of words) counts.all.set(w, (counts.all.get(w) ?? 0) + 1);
					for (const kind of section.kinds) {
						if (!POOLED.includes(kind)) continue;
						counts.sections.set(kind, (counts.sections.get(kind) ?? 0) + 1);
						const df = counts.df.get(kind) ?? new Map<string, number>();
						for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
						counts.df.set(kind, df);
					}
				}
			}
			this.langs.set(lang, counts);
		}
	}

	dump(): KindModelDump {
		return [...this.langs].map(([lang, c]) => [
			lang,
			[...c.sections],
			[...c.df].map(([kind, words]) => [kind, [...words]]),
			c.total,
			[...c.all],
		]);
	}

	/**
	 * How much the words lean towards `kind`: the sum of each word's positive log-odds of occurring in a
	 * section of that kind rather than in any other, squashed to 0..1.
	 */
	affinity(lang: ContentLanguage, words: readonly string[], kind: SectionKind): number {
		const counts = this.langs.get(lang);
		const n = counts?.sections.get(kind) ?? 0;
		const df = counts?.df.get(kind);
		if (!counts || !df || n === 0) return 0;
		const others = counts.total - n;
		let sum = 0;
		for (const w of words) {
			const inKind = df.get(w) ?? 0;
			const elsewhere = (counts.all.get(w) ?? 0) - inKind;
			if (inKind === 0) continue;
			sum += Math.max(0, Math.log((inKind + 0.5) / (n + 1)) - Math.log((elsewhere + 0.5) / (others + 1)));
		}
		return sum / (1 + sum);
	}
}
