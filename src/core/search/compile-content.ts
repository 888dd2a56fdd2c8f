import { buildGlossary } from '../content/build-glossary.ts';
import type { ContentFile, Problem } from '../content/types.ts';
import { buildSectionIndexes } from './build-indexes.ts';
import { type CompiledIndex, INDEX_FORMAT, type IndexMeta } from './compiled-index.ts';
import { TermIndex } from './term-index.ts';

// Apart from compiled-index.ts, which reads an index: loading one must not load the Markdown and YAML parsers
// that validating content needs.

/** Validates content files and builds everything the index file holds; no index when any error is found. */
export function compileContent(
	files: readonly ContentFile[],
	stamp: { contentHash: string; fingerprint: string; analysis: string },
	progress: (message: string) => void = () => {},
): { index: CompiledIndex | undefined; problems: Problem[]; fileCount: number } {
	progress(`validating ${files.length} files…`);
	const built = buildGlossary(files);
	if (!built.glossary) return { index: undefined, problems: built.problems, fileCount: built.fileCount };
	const glossary = built.glossary;
	progress(`indexing the names of ${glossary.termIds.length} terms…`);
	const terms = new TermIndex(glossary);
	progress('indexing the sections…');
	const { sections, lexicon, kinds } = buildSectionIndexes(glossary);
	const warnings = built.problems.filter((p) => p.severity === 'warning');
	const meta: IndexMeta = {
		format: INDEX_FORMAT,
		contentHash: stamp.contentHash,
		fingerprint: stamp.fingerprint,
		analysis: stamp.analysis,
		fileCount: built.fileCount,
		termCount: glossary.termIds.length,
		warnings: warnings.slice(0, 100),
		warningCount: warnings.length,
	};
	return {
		index: { meta, glossary, terms, sections, lexicon, kinds },
		problems: built.problems,
		fileCount: built.fileCount,
	};
}
