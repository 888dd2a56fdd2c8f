import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { createEngine, type Engine } from '../../src/core/answer/engine.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';

export function loadEngine(dir = 'content'): Engine {
	const { glossary, problems } = buildGlossary(readContentFiles(dir));
	if (!glossary) throw new Error(`${dir} does not load: ${problems.map((p) => p.message).join('; ')}`);
	return createEngine(glossary);
}
