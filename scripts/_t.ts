import fs from 'node:fs';
import remarkGfm from 'remark-gfm'; import remarkParse from 'remark-parse'; import { unified } from 'unified';
import { fromMarkdown } from 'mdast-util-from-markdown';
const dir='content/articles'; const texts=fs.readdirSync(dir).map(f=>fs.readFileSync(dir+'/'+f,'utf8'));
const bytes=texts.reduce((s,t)=>s+t.length,0);
const p1=unified().use(remarkParse).use(remarkGfm).freeze();
const p2=unified().use(remarkParse).freeze();
for (const [name,p] of [['gfm',p1],['plain',p2],['gfm',p1]] as const){ const t=performance.now(); for(let i=0;i<3;i++) for(const x of texts) p.parse(x); const ms=(performance.now()-t)/3; console.log(name, bytes, ms.toFixed(0), (bytes/1e6/(ms/1000)).toFixed(2),'MB/s'); }
