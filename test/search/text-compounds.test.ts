/**
 * German and Swedish sections often say in one compound what a question says in one of its words ("Anlagendruck",
 * "Druck"): a compound of the glossary's text is indexed with its parts, when each part is a word the same text
 * uses on its own.
 */
import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { SectionIndex } from '../../src/core/search/section-index.ts';
import { compoundTokenizer, splitCompound } from '../../src/core/text/compounds.ts';

const article = (lang: string, body: string, other: string) => ({
	path: `${lang}/gadget.md`,
	source: `---\nid: gadget\nlang: ${lang}\ntitle: Gadget\ndescription: A gadget.\n---\n\n## Intro {#definition}\n\n${other}\n\n## Mehr {#more kind=topic}\n\n${body}\n`,
});

describe('compounds of the glossary text', () => {
	it('yields a compound and its parts when each part stands alone in the text', () => {
		const tokenize = compoundTokenizer('de', ['Der Druck der Anlage', 'Anlagendruck und Wasser']);
		expect(tokenize('Der Anlagendruck sinkt')).toEqual(['Der', 'Anlagendruck', 'anlage', 'druck', 'sinkt']);
		expect(compoundTokenizer('sv', ['en vägg', 'inner och innervägg'])('innervägg')).toEqual([
			'innervägg',
			'inner',
			'vägg',
		]);
	});

	it('takes the linking letter that leaves the fewest known parts', () => {
		// Questions are split folded: "sag" and "are", "svar" and "den" are words too, so "bostad|sag|are" and
		// "syreupptagning|svar|den" split as well as "bostad|s|agare" and "syreupptagning|s|varden" do.
		const words = ['bostad', 'agare', 'sag', 'are', 'syreupptagning', 'svar', 'den', 'varden'];
		const known = (part: string) => words.includes(part);
		expect(splitCompound('bostadsagare', 'sv', known)).toEqual(['bostad', 'agare']);
		expect(splitCompound('syreupptagningsvarden', 'sv', known)).toEqual(['syreupptagning', 'varden']);
	});

	it('keeps a word whole when a part is unknown, short or a stopword, and in languages that do not compound', () => {
		expect(compoundTokenizer('de', ['Druck', 'Anlagendruck'])('Anlagendruck')).toEqual(['Anlagendruck']);
		expect(compoundTokenizer('de', ['Spiel und Beispiel bei'])('Beispiel')).toEqual(['Beispiel']);
		expect(compoundTokenizer('en', ['the wall', 'inner', 'innerwall'])('innerwall')).toEqual(['innerwall']);
	});

	it('lets a question word find the section that only uses it inside a compound', () => {
		const files = [
			article('en', 'Check the system pressure.', 'The system is in the cellar. The pressure in the pipe.'),
			article('de', 'Den Anlagendruck prüfen.', 'Die Anlage steht im Keller. Der Druck im Rohr.'),
		];
		const { glossary, problems } = buildGlossary(files);
		if (!glossary) throw new Error(problems.map((p) => p.message).join('; '));
		const hits = new SectionIndex(glossary).search({ analysed: ['druck'] }, 'de', { limit: 5 });
		expect(hits.map((h) => h.sectionId).sort()).toEqual(['definition', 'more']);
	});
});
