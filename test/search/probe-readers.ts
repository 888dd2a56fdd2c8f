/** What the probe tests share: the readers of the real content, and a tally of probes read right. */
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import type { Readers } from '../../src/core/answer/understand.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
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
