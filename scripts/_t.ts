import fs from 'node:fs';
import { decodeSource } from '@/lib/ingest/decode';
import { parseFeed } from '@/lib/ingest/feed';
const files = fs.readdirSync('/tmp/real38').map(f=>'/tmp/real38/'+f);
let t=performance.now(); let n=0, bytes=0;
for (const f of files) { const b=fs.readFileSync(f); bytes+=b.length; const feed=parseFeed(decodeSource(b,f),f); n+=feed.items.length; }
console.log(n, bytes, performance.now()-t);
