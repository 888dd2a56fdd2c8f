import { loadContentDir } from '../src/adapters/fs/read-content.ts';
import { buildGlossary } from '../src/core/content/build-glossary.ts';
import { readContentFiles } from '../src/adapters/fs/read-content.ts';
import { createEngine } from '../src/core/answer/engine.ts';
const files = readContentFiles('content');
const r = buildGlossary(files);
let g = r.glossary;
if (!g) { console.log(r.problems.filter(p=>p.severity==='error').length, 'errors; forcing'); 
  // force: ignore link errors
  const { parseArticle } = await import('../src/core/content/parse-article.ts');
  const articles = new Map(); for (const l of ['en','sv','de','ro','ru','it']) articles.set(l,new Map());
  for (const f of files) { const a = parseArticle(f).article; if (a) articles.get(a.lang).set(a.id,a); }
  const ids=[...new Set([...articles.values()].flatMap(m=>[...m.keys()]))].sort();
  g = { termIds: ids, articles, related: new Map(ids.map(i=>[i,[]])) };
}
const e = createEngine(g);
const qs: [string,string][] = [['what roles are client-facing?','en'],['vilka roller är kundinriktade?','sv'],['какие должности работают с клиентами?','ru'],['who earns the most among client-facing jobs?','en'],['what is a back office?','en'],['what does customer-facing mean','en'],['Rolen Kundenkontackt','de'],['catre clienti retele sociale','ro'],['what roles are client-facing?','sv'],['cosa significa di fronte al cliente','it'], ['xyzzy','en'], ['how did social media change things', 'en']];
for (const [q,l] of qs) { const t=performance.now(); const a = e.ask(q, l as any); console.log(q, '→', a.status, a.termId, a.sectionId, a.matchedLang, (performance.now()-t).toFixed(2)+'ms'); }
for (const [q,l] of [['custmer-facing','en'],['Kundenkontackt','de'],['kontakt','de'],['kund','sv'],['front office','en']] as const) { const a = e.define(q,l); console.log('define',q,'→',a.status,a.termId,a.suggestions); }
const { TermIndex } = await import('../src/core/search/term-index.ts');
const ti = new TermIndex(g as any);
console.log(ti.mentionedIn('what roles are client-facing?'));
