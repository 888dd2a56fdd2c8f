import { readContentFiles } from '../src/adapters/fs/read-content.ts';
import { parseArticle } from '../src/core/content/parse-article.ts';
import { SectionIndex } from '../src/core/search/section-index.ts';
const files = readContentFiles('content');
const articles = new Map<any, any>(); for (const l of ['en','sv','de','ro','ru','it']) articles.set(l,new Map());
for (const f of files) { const a = parseArticle(f).article; if (a) articles.get(a.lang).set(a.id,a); }
const ids=[...new Set([...articles.values()].flatMap((m: any)=>[...m.keys()]))].sort() as string[];
const s = new SectionIndex({ termIds: ids, articles, related: new Map(ids.map(i=>[i,[]])) } as any);
console.log(s.search(process.argv[2]!, (process.argv[3] ?? 'en') as any, new Set([process.argv[4] ?? 'customer-facing'])));
