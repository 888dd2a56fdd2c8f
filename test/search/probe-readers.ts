/** What the probe tests share: the readers of the real content, and a tally of probes read right. */
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { shapeOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { findTerms } from '../../src/core/answer/subject.ts';
import { type Readers, understand } from '../../src/core/answer/understand.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { KindModel } from '../../src/core/search/kind-model.ts';
import { Lexicon } from '../../src/core/search/lexicon.ts';
import { SectionIndex } from '../../src/core/search/section-index.ts';
import { TermIndex } from '../../src/core/search/term-index.ts';

export function contentReaders(dir = 'content'): Readers {
	const { glossary } = buildGlossary(readContentFiles(dir));
	if (!glossary) throw new Error('content does not load');
	return {
		terms: new TermIndex(glossary),
		sections: new SectionIndex(glossary),
		lexicon: new Lexicon(glossary),
		kinds: new KindModel(glossary),
	};
}

/** Counts probes read right per key; `report` prints them when `PROBE_REPORT` is set. */
export function probeTally() {
	const tally = new Map<string, { right: number; total: number }>();
	return {
		count(key: string, right: boolean) {
			const t = tally.get(key) ?? { right: 0, total: 0 };
			tally.set(key, { right: t.right + (right ? 1 : 0), total: t.total + 1 });
		},
		report(width: number, env: string | undefined) {
			if (!env) return;
			console.log([...tally].map(([key, t]) => `${key.padEnd(width)} ${t.right}/${t.total}`).join('\n'));
		},
	};
}

/** The kind a question's shape reads most strongly, or 'none'; 'tie' when two kinds share the strongest reading. */
export function strongestKind(
	readers: Readers,
	question: string,
	lang: ContentLanguage,
): { read: string; kinds: string } {
	const u = { ...understand(question, lang, readers, RANKING), lang };
	const shape = shapeOfQuestion(u, findTerms(u, readers, RANKING), RANKING);
	const ranked = [...shape.kinds].sort((a, b) => b[1] - a[1]);
	const kinds = ranked.map(([k, n]) => `${k}:${n}`).join(' ');
	const [first, second] = ranked;
	if (!first) return { read: 'none', kinds };
	return { read: second && second[1] === first[1] ? 'tie' : first[0], kinds };
}
