/**
 * The engine asks for section kinds, never for ids: a copy of content/ whose every section id is renamed
 * (kinds declared instead of implied) answers the question set exactly as the original does.
 */
import { describe, expect, it } from 'vitest';
import { answerRow, evaluate } from '../../scripts/eval/evaluate.ts';
import { readContentFiles } from '../../src/adapters/fs/read-content.ts';
import { type Answer, createEngine } from '../../src/core/answer/engine.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import type { ContentFile } from '../../src/core/content/types.ts';
import { isContentLanguage } from '../../src/core/locales.ts';
import { TEST_ROWS, TRAIN_ROWS } from './eval/questions.ts';

const files = readContentFiles('content');
const original = buildGlossary(files).glossary;
if (!original) throw new Error('content/ does not load');

const renamed = new Map<string, string>();
const rename = (id: string) => {
	let to = renamed.get(id);
	if (!to) {
		to = `part-${renamed.size + 1}-${[...id].reverse().join('').replace(/-/g, 'x')}`;
		renamed.set(id, to);
	}
	return to;
};

/** Every `{#id …}` becomes `{#other-id kind=…}` with the kinds the original declared or implied. */
function renameFile(file: ContentFile): ContentFile {
	const [lang, name] = file.path.split('/');
	const article =
		lang && isContentLanguage(lang) ? original?.articles.get(lang)?.get(name?.replace(/\.md$/, '') ?? '') : undefined;
	const source = file.source.replace(/\{#([a-z0-9-]+)[^}]*\}/g, (_, id: string) => {
		const kinds = article?.sections.find((s) => s.id === id)?.kinds ?? [];
		return kinds.length > 0 ? `{#${rename(id)} kind=${kinds.join(',')}}` : `{#${rename(id)}}`;
	});
	return { path: file.path, source };
}

const copy = buildGlossary(files.map(renameFile));

describe('a glossary whose section ids are all different, with declared kinds', () => {
	it('loads without errors, and shares no section id with the original', () => {
		expect(copy.problems.filter((p) => p.severity === 'error')).toEqual([]);
		const ids = (g: typeof copy.glossary) =>
			new Set([...(g?.articles.get('en')?.values() ?? [])].flatMap((a) => a.sections.map((s) => s.id)));
		const before = ids(original);
		expect([...ids(copy.glossary)].filter((id) => before.has(id))).toEqual([]);
	});

	it('answers every question of the set as the original does, and scores the same on the test half', () => {
		if (!original || !copy.glossary) throw new Error('no glossary');
		const a = createEngine(original);
		const b = createEngine(copy.glossary);
		const mapped = (x: Answer) =>
			x.status === 'answer' ? `${x.termId}#${x.sectionId === undefined ? x.sectionId : rename(x.sectionId)}` : x.status;
		const plain = (x: Answer) => (x.status === 'answer' ? `${x.termId}#${x.sectionId}` : x.status);
		const rows = [...TRAIN_ROWS, ...TEST_ROWS];
		expect(rows.map((row) => plain(answerRow(b, row)))).toEqual(rows.map((row) => mapped(answerRow(a, row))));
		const score = (engine: typeof a, map: (id: string) => string) => evaluate(engine, TEST_ROWS, map).overall;
		expect(score(b, rename)).toEqual(score(a, (id) => id));
	});
});
