/**
 * A name of several words names its term only where its words stand together in the question: words of
 * other names may stand between them ("back and front office"), other words may not ("front desk office").
 */
import { describe, expect, it } from 'vitest';
import { contentReaders } from './probe-readers.ts';

const { terms } = contentReaders();
const named = (q: string) => terms.mentionedIn(q).map((m) => m.termId);

describe('names of several words', () => {
	it('are named when their words stand together, in any order of the names around them', () => {
		expect(named('what is the front office')).toEqual(['frontoffice']);
		expect(named('back and front office, what is the difference').sort()).toEqual(['backoffice', 'frontoffice']);
		expect(named('agent de asigurări independent')).toContain('independent-agent');
	});
	it('are not named by their words far apart', () => {
		expect(named('the front desk of our office')).not.toContain('frontoffice');
		expect(named('an independent shop with a friendly agent')).not.toContain('independent-agent');
	});
});
