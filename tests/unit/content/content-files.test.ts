import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFileNames, articleFilesSize } from '@/lib/content/content-files';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the article files of a folder', () => {
  it('are its *.md files, sorted, counted and sized in bytes, leaving out other files and folders', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-files-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'b.md'), 'héllo'); // 6 bytes in UTF-8
    fs.writeFileSync(path.join(dir, 'a.md'), 'abc');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an article');
    fs.mkdirSync(path.join(dir, 'folder.md'));
    expect(articleFileNames(dir)).toEqual(['a.md', 'b.md']);
    expect(articleFilesSize(dir)).toEqual({ files: 2, bytes: 9 });
  });

  it('cannot be read from a folder that does not exist', () => {
    expect(() => articleFilesSize(path.join(os.tmpdir(), 'no-such-articles-folder-here'))).toThrow();
  });
});
