import { readContentFiles } from '../src/adapters/fs/read-content.ts';
import { parseArticle } from '../src/core/content/parse-article.ts';
import { TermIndex } from '../src/core/search/term-index.ts';
import { SectionIndex } from '../src/core/search/section-index.ts';
const files = readContentFiles('content');
const articles = new Map<any, any>(); for (const l of ['en','sv','de','ro','ru','it']) articles.set(l,new Map());
for (const f of files) { const a = parseArticle(f).article; if (a) articles.get(a.lang).set(a.id,a); }
const ids=[...new Set([...articles.values()].flatMap((m: any)=>[...m.keys()]))].sort() as string[];
const g = { termIds: ids, articles, related: new Map(ids.map(i=>[i,[]])) } as any;
const ti = new TermIndex(g); const si = new SectionIndex(g);
console.log(ti.mentionedIn(process.argv[2]!));
console.log(si.search(process.argv[2]!, process.argv[3] as any, undefined, 5));
