/**
 * A question's word that the glossary uses in another form ("Voreinstellung", where the text says
 * "Voreinstellungen") is that word, found through its stem, and not a compound of two shorter words the text
 * also uses ("vor" + "Einstellung"). Before this, the word was split and the section that speaks of it lost to
 * every section that speaks of settings (the first test below failed).
 */
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { type Readers, understand } from '../../src/core/answer/understand.ts';
import { buildGlossary } from '../../src/core/content/build-glossary.ts';
import { KindModel } from '../../src/core/search/kind-model.ts';
import { Lexicon } from '../../src/core/search/lexicon.ts';
import { SectionIndex } from '../../src/core/search/section-index.ts';
import { TermIndex } from '../../src/core/search/term-index.ts';

const article = (lang: string, title: string, body: string) => ({
	path: `${lang}/gadget.md`,
	source: `---\nid: gadget\nlang: ${lang}\ntitle: ${title}\ndescription: ${title}.\n---\n\n## ${title} {#definition}\n\n${body}\n`,
});

function readersOf(files: { path: string; source: string }[]): Readers {
	const { glossary, problems } = buildGlossary(files);
	if (!glossary) throw new Error(problems.map((p) => p.message).join('; '));
	return {
		terms: new TermIndex(glossary),
		sections: new SectionIndex(glossary),
		lexicon: new Lexicon(glossary),
		kinds: new KindModel(glossary),
	};
}

const readers = readersOf([
	article('en', 'Gadget', 'A gadget has presets and settings.'),
	article('de', 'Gerät', 'Das Gerät hat Voreinstellungen. Vor dem Start prüft man jede Einstellung.'),
	article('sv', 'Pryl', 'Prylen har förinställningar. För varje start väljer man en inställning.'),
]);

const wordsOf = (question: string, lang: 'de' | 'sv') =>
	understand(question, lang, readers, RANKING).words.map((w) => w.folded);

describe('a word the glossary uses in another form', () => {
	it('stays whole, not split into shorter known words', () => {
		expect(wordsOf('welche Voreinstellung passt', 'de')).toContain('voreinstellung');
		expect(wordsOf('vilken förinställning passar', 'sv')).toContain('forinstallning');
	});

	it('is still split when the glossary knows no form of it', () => {
		expect(wordsOf('welche Starteinstellung passt', 'de')).toEqual(expect.arrayContaining(['start', 'einstellung']));
	});
});
