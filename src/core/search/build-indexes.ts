import type { Glossary } from '../content/types.ts';
import { KindModel, KindModelBuilder } from './kind-model.ts';
import { Lexicon, LexiconBuilder } from './lexicon.ts';
import { analyseSections } from './section-analysis.ts';
import { SectionIndex, SectionIndexBuilder } from './section-index.ts';

/** The indexes built from the sections' words, from one analysis of each section (see section-analysis.ts). */
export function buildSectionIndexes(glossary: Glossary): {
	sections: SectionIndex;
	lexicon: Lexicon;
	kinds: KindModel;
} {
	const sections = new SectionIndexBuilder(glossary.termIds);
	const lexicon = new LexiconBuilder();
	const kinds = new KindModelBuilder();
	analyseSections(glossary, [sections, lexicon, kinds]);
	return {
		sections: new SectionIndex(sections.finish()),
		lexicon: new Lexicon(lexicon.finish()),
		kinds: new KindModel(kinds.finish()),
	};
}
