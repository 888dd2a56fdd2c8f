/**
 * The subject of a question that names two terms as the subject and the object of one clause ("does a high ISO need
 * a faster shutter speed", "can a thermostat save money on a heat pump"), in three blind glossaries whose names
 * are often several words long (online communities, photography, home heating): the first named is the subject,
 * though the object's name is longer (`clauseSubject` in subject.ts). Written from knowledge of each language; before `clauseSubject` and the
 * longer name's lead capped at one word, 20 of the 34 on photography and heating were read right, 31 after; the 14 on
 * communities were written after, 12 read right. Known misses assert today's reading.
 */
import { describe, expect, it } from 'vitest';
import { subjectOfQuestion } from '../../src/core/answer/ask.ts';
import { RANKING } from '../../src/core/answer/ranking-config.ts';
import { understand } from '../../src/core/answer/understand.ts';
import type { ContentLanguage } from '../../src/core/locales.ts';
import { contentReaders } from './probe-readers.ts';

type Probe = readonly [lang: ContentLanguage, question: string, subject: string];

const PHOTOGRAPHY: readonly Probe[] = [
	['en', 'how does aperture change depth of field', 'aperture'],
	['en', 'does a high iso need a faster shutter speed', 'iso'],
	['en', 'can iso fix a bad white balance', 'iso'],
	['en', 'why does aperture matter for depth of field in portraits', 'aperture'],
	['en', 'what aperture gives the most depth of field', 'aperture'],
	['en', 'is iso related to shutter speed', 'iso'],
	['sv', 'hur påverkar bländaren skärpedjupet', 'aperture'],
	['sv', 'behöver man kortare slutartid med högt iso', 'shutter-speed'],
	['sv', 'varför spelar bländaren roll för skärpedjupet', 'aperture'],
	['de', 'wie beeinflusst die Blende die Schärfentiefe', 'aperture'],
	['de', 'braucht man bei hoher ISO eine kürzere Belichtungszeit', 'iso'],
	['de', 'welche Blende gibt die größte Schärfentiefe', 'aperture'],
	['ro', 'cum influențează diafragma profunzimea câmpului', 'aperture'],
	['ro', 'ce diafragmă dă cea mai mare profunzime de câmp', 'aperture'],
	['ru', 'как диафрагма влияет на глубину резкости', 'aperture'],
	['ru', 'какая диафрагма даёт самую большую глубину резкости', 'aperture'],
	['it', 'come influisce il diaframma sulla profondità di campo', 'aperture'],
	['it', 'quale diaframma dà la massima profondità di campo', 'aperture'],
];

const COMMUNITY: readonly Probe[] = [
	['en', 'can a moderator turn on slowmode', 'moderator'],
	['en', 'does a webhook count against the rate limit', 'webhook'],
	['en', 'can a webhook open a pull request', 'webhook'],
	['en', 'why would a moderator use slowmode during a raid', 'moderator'],
	['sv', 'kan en moderator slå på slowmode', 'moderator'],
	['sv', 'räknas en webhook mot rate limit', 'webhook'],
	['de', 'kann ein Moderator den Slowmode einschalten', 'moderator'],
	['de', 'zählt ein Webhook gegen das Rate Limit', 'webhook'],
	['ro', 'poate un moderator să activeze slowmode', 'moderator'],
	['ro', 'un webhook consumă din rate limit?', 'webhook'],
	['ru', 'может ли модератор включить медленный режим', 'moderator'],
	['ru', 'расходует ли вебхук лимит запросов', 'webhook'],
	['it', 'un moderatore può attivare la modalità lenta', 'moderator'],
	['it', 'un webhook consuma il rate limit?', 'webhook'],
];

const HEATING: readonly Probe[] = [
	['en', 'does a thermostat work with underfloor heating', 'thermostat'],
	['en', 'can a thermostat save money on a heat pump', 'thermostat'],
	['en', 'does insulation make a heat pump cheaper to run', 'insulation'],
	['en', 'does underfloor heating need a heat pump', 'underfloor-heating'],
	['sv', 'fungerar en termostat med golvvärme', 'thermostat'],
	['sv', 'gör isolering värmepumpen billigare i drift', 'insulation'],
	['sv', 'behöver golvvärme en värmepump', 'underfloor-heating'],
	['de', 'funktioniert ein Thermostat mit Fußbodenheizung', 'thermostat'],
	['de', 'macht Wärmedämmung eine Wärmepumpe günstiger', 'insulation'],
	['de', 'braucht eine Fußbodenheizung eine Wärmepumpe', 'underfloor-heating'],
	['ro', 'poate un termostat să controleze o pompă de căldură', 'thermostat'],
	['ro', 'face izolația termică pompa de căldură mai ieftină', 'insulation'],
	['ru', 'может ли термостат управлять тепловым насосом', 'thermostat'],
	['ru', 'делает ли теплоизоляция тепловой насос дешевле', 'insulation'],
	['it', 'un termostato può comandare una pompa di calore', 'thermostat'],
	['it', "l'isolamento termico rende la pompa di calore più economica", 'insulation'],
];

/** Today's reading of a probe it gets wrong, with why. */
const KNOWN_MISSES: Record<string, string> = {
	// "related to" is no verb of a clause: two names and "is … related" read as a comparison.
	'is iso related to shutter speed': 'iso (compare)',
	// Verb first ("cum influențează diafragma profunzimea"): nothing stands between the two names.
	'cum influențează diafragma profunzimea câmpului': 'depth-of-field',
	// The object after a preposition that is no marker ("sulla"): nothing but small words between the names.
	'come influisce il diaframma sulla profondità di campo': 'depth-of-field',
	// "mot", "gegen" also mean "versus": "X mot Y" is read as weighing X against Y.
	'räknas en webhook mot rate limit': 'webhook (compare)',
	'zählt ein Webhook gegen das Rate Limit': 'webhook (compare)',
};

describe.each([
	['glossary C', 'test/fixtures/glossary-c/content', PHOTOGRAPHY],
	['glossary B', 'test/fixtures/glossary-b/content', COMMUNITY],
	['glossary D', 'test/fixtures/glossary-d/content', HEATING],
] as const)('the subject of one clause in %s', (_, dir, probes) => {
	const readers = contentReaders(dir);
	it.each(probes.map((p) => [p[1], p] as const))('%s', (question, [lang, , subject]) => {
		const u = understand(question, lang, readers, RANKING);
		const { named, compare } = subjectOfQuestion(u, readers, RANKING);
		const read = `${named.subject?.termId ?? 'none'}${compare ? ' (compare)' : ''}`;
		expect(read).toBe(KNOWN_MISSES[question] ?? subject);
	});
});
