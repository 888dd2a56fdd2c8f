import { readShape } from '../answer/shape.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, DEFAULT_LANGUAGE, isContentLanguage } from '../locales.ts';
import { foldName } from '../text/normalize.ts';
import { parseArticle } from './parse-article.ts';
import type { SectionKind } from './section-kinds.ts';
import type { Article, ContentFile, Glossary, Problem, Section } from './types.ts';

export interface BuildResult {
	/** Undefined when any error was found: nothing half-loaded is ever served. */
	glossary: Glossary | undefined;
	problems: Problem[];
	fileCount: number;
}

/** Parses and cross-checks a whole content tree (`<lang>/<term-id>.md` files). */
export function buildGlossary(files: readonly ContentFile[]): BuildResult {
	const problems: Problem[] = [];
	const articles = new Map<ContentLanguage, Map<string, Article>>(CONTENT_LANGUAGES.map((l) => [l, new Map()]));
	// Files that exist but did not parse (`lang/term-id`): reported once, never again as missing or unknown.
	const failed = new Set<string>();
	const drafts: NonNullable<ReturnType<typeof parseArticle>['draft']>[] = [];
	let fileCount = 0;

	for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		if (!file.path.endsWith('.md')) continue;
		fileCount++;
		const parts = file.path.split('/');
		const folder = parts.length === 2 ? parts[0] : undefined;
		if (folder === undefined || !isContentLanguage(folder)) {
			problems.push({
				file: file.path,
				line: 1,
				severity: 'error',
				message: `not in a language folder: articles live in content/<lang>/<term-id>.md, lang one of ${CONTENT_LANGUAGES.join(', ')}`,
			});
			continue;
		}
		const result = parseArticle(file);
		problems.push(...result.problems);
		if (result.article) articles.get(result.article.lang)?.set(result.article.id, result.article);
		else {
			failed.add(file.path.replace(/\.md$/, ''));
			if (result.draft) drafts.push(result.draft);
		}
	}

	const termIds = [...new Set([...articles.values()].flatMap((m) => [...m.keys()]))].sort();
	const known = new Set([...termIds, ...[...failed].map((key) => key.split('/')[1] ?? '')]);
	const exists = (lang: string, termId: string) =>
		articles.get(lang as ContentLanguage)?.has(termId) || failed.has(`${lang}/${termId}`);
	const error = (file: string, line: number, message: string) =>
		problems.push({ file, line, severity: 'error', message });

	const shapes: HeadingShapes = new Map();
	for (const termId of termIds) {
		const versions = CONTENT_LANGUAGES.flatMap((lang) => {
			const article = articles.get(lang)?.get(termId);
			return article ? [article] : [];
		});
		const reference = articles.get(DEFAULT_LANGUAGE)?.get(termId);
		if (!reference && !failed.has(`${DEFAULT_LANGUAGE}/${termId}`)) {
			const first = versions[0];
			if (first)
				error(
					first.file,
					1,
					`term "${termId}" has no English article (${DEFAULT_LANGUAGE}/${termId}.md): English is every reader's fallback`,
				);
		}
		for (const lang of CONTENT_LANGUAGES) {
			if (!exists(lang, termId) && reference) {
				problems.push({
					file: reference.file,
					line: 1,
					severity: 'warning',
					message: `term "${termId}" has no ${lang} article yet: ${lang} readers get English`,
				});
			}
		}
		for (const { section, file, kind } of inferHeadingKinds(versions, shapes)) {
			problems.push({ file, line: section.line, severity: 'warning', message: undeclaredKind(section.id, kind) });
		}
		// Section ids must line up across languages, so "the same section" exists in every translation.
		const allIds = new Set(versions.flatMap((a) => a.sections.map((s) => s.id)));
		for (const article of versions) {
			const own = new Set(article.sections.map((s) => s.id));
			const missing = [...allIds].filter((id) => !own.has(id));
			if (missing.length > 0) {
				const others = versions.filter((a) => a !== article && missing.some((m) => a.sections.some((s) => s.id === m)));
				error(
					article.file,
					article.sections[0]?.line ?? 1,
					`section ids missing here but present in ${others.map((a) => a.file).join(', ')}: ${missing.join(', ')}`,
				);
			}
		}
	}

	// A file with other errors still gets its links checked: one mistake must not hide another.
	for (const draft of drafts) {
		for (const ref of draft.sections.flatMap((section) => section.refs)) {
			if (!known.has(ref.id)) error(draft.file, ref.line, `link to "/${ref.id}": no article has that id`);
		}
	}

	for (const lang of CONTENT_LANGUAGES) {
		const byName = new Map<string, Article>();
		for (const article of articles.get(lang)?.values() ?? []) {
			for (const section of article.sections) {
				for (const ref of section.refs) {
					if (!known.has(ref.id)) error(article.file, ref.line, `link to "/${ref.id}": no article has that id`);
				}
			}
			for (const rel of article.links) {
				if (!known.has(rel) && !article.sections.some((s) => s.links.includes(rel))) {
					error(article.file, 1, `related term "${rel}": no article has that id`);
				}
			}
			const names = new Set([article.title, ...article.aliases].map(foldName).filter((n) => n !== ''));
			for (const name of names) {
				const owner = byName.get(name);
				if (owner && owner.id !== article.id) {
					// Either file may be the one just edited: both are named, in both.
					for (const [here, there] of [
						[owner, article],
						[article, owner],
					] as const) {
						error(here.file, 1, `alias or title "${name}" is also used by ${there.file}: a name must lead to one term`);
					}
				} else byName.set(name, article);
			}
		}
	}

	const hasErrors = problems.some((p) => p.severity === 'error');
	if (hasErrors) return { glossary: undefined, problems, fileCount };

	const related = new Map<string, Set<string>>(termIds.map((id) => [id, new Set()]));
	for (const byTerm of articles.values()) {
		for (const article of byTerm.values()) {
			for (const target of article.links) {
				if (target === article.id) continue;
				related.get(article.id)?.add(target);
				related.get(target)?.add(article.id);
			}
		}
	}
	return {
		glossary: {
			termIds,
			articles,
			related: new Map([...related].map(([id, set]) => [id, [...set].sort()])),
		},
		problems,
		fileCount,
	};
}

export function formatProblem(p: Problem, root = 'content'): string {
	return `${root}/${p.file}:${p.line}: ${p.severity}: ${p.message}`;
}

/**
 * A section that declares no kind and whose id implies none is read by its headings, in every language it is
 * written in, with the question shapes of that language ("Burnout and other pitfalls" asks about risks): the
 * kind most of them read, else `topic`, answered by its words alone. The same id gets the same kinds everywhere.
 */
function undeclaredKind(id: string, kind: SectionKind): string {
	const read =
		kind === 'topic'
			? 'its headings ask for no kind, so it is answered by its words alone (topic)'
			: `its headings read as ${kind}`;
	return `section "${id}" has no kind; ${read}: declare {#${id} kind=${kind}}, or the right kind, in any one language`;
}

/** A section whose kind was read from its headings, once per section id, in the English file where there is one. */
interface ReadKind {
	section: Section;
	file: string;
	kind: SectionKind;
}

/**
 * The kinds each heading reads as, by language and heading: a glossary's terms share their headings ("How it
 * works" in every article), and reading each again took ~2 s of a 5,000-term build.
 */
type HeadingShapes = Map<string, ReadonlyMap<SectionKind, number>>;

function inferHeadingKinds(versions: readonly Article[], shapes: HeadingShapes): ReadKind[] {
	const read: ReadKind[] = [];
	const unkinded = new Map<string, Section[]>();
	for (const article of versions) {
		for (const section of article.sections) {
			if (section.kinds.length > 0 || section.text === '') continue;
			unkinded.set(section.id, [...(unkinded.get(section.id) ?? []), section]);
		}
	}
	for (const [id, sections] of unkinded) {
		// A declaration in one language speaks for all.
		const declared = versions.flatMap((a) => a.sections.filter((s) => s.id === id && s.kinds.length > 0))[0];
		const kind = declared ? undefined : kindOfHeadings(id, versions, shapes);
		for (const section of sections) section.kinds = declared ? [...declared.kinds] : [kind ?? 'topic'];
		if (!kind) continue;
		const holds = (a: Article) => a.sections.some((s) => sections.includes(s));
		const home = versions.find((a) => a.lang === DEFAULT_LANGUAGE && holds(a)) ?? versions.find(holds);
		const section = home?.sections.find((s) => s.id === id);
		if (home && section) read.push({ section, file: home.file, kind });
	}
	return read;
}

/**
 * The kind most of a section's headings read as, in their languages' question shapes, else `topic`. A kind must be
 * read in at least half of the section's languages: one heading's chance word ("steps" in "Is 180 steps a minute
 * magic?") is a cue in one language only, where a heading that names its kind ("Risks", "Kosten") does in most.
 */
function kindOfHeadings(id: string, versions: readonly Article[], shapes: HeadingShapes): SectionKind {
	const votes = new Map<SectionKind, number>();
	const languages = new Map<SectionKind, number>();
	let headings = 0;
	for (const article of versions) {
		const section = article.sections.find((s) => s.id === id);
		if (!section) continue;
		headings++;
		const key = `${article.lang}\n${section.heading}`;
		let kinds = shapes.get(key);
		if (!kinds) {
			kinds = readShape(foldName(section.heading).split(' '), [article.lang, DEFAULT_LANGUAGE]).kinds;
			shapes.set(key, kinds);
		}
		for (const [kind, strength] of kinds) {
			votes.set(kind, (votes.get(kind) ?? 0) + strength);
			languages.set(kind, (languages.get(kind) ?? 0) + 1);
		}
	}
	const agreed = [...votes].filter(([kind]) => 2 * (languages.get(kind) ?? 0) >= headings);
	return agreed.sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'topic';
}
