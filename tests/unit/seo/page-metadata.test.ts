import { describe, expect, it } from 'vitest';
import { pageMetadata } from '@/lib/seo/page-metadata';

describe('pageMetadata', () => {
  const base = { canonical: '/roles/ai-engineer', title: 'AI Engineer pay', description: 'What it pays.' };

  it('gives the page its canonical address and matching share cards', () => {
    const metadata = pageMetadata(base);
    expect(metadata.alternates?.canonical).toBe('/roles/ai-engineer');
    expect(metadata.alternates?.types).toEqual({ 'application/atom+xml': '/feed.xml' });
    expect(metadata.title).toBe('AI Engineer pay');
    expect(metadata.openGraph).toMatchObject({
      url: '/roles/ai-engineer',
      title: 'AI Engineer pay | AI Career Atlas',
      description: 'What it pays.',
      type: 'website',
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'AI Engineer pay | AI Career Atlas' });
    expect(metadata.robots).toBeUndefined();
  });

  it('uses an absolute title as it is, without the site name', () => {
    const metadata = pageMetadata({ ...base, absoluteTitle: true, title: 'AI Career Atlas: roles' });
    expect(metadata.title).toEqual({ absolute: 'AI Career Atlas: roles' });
    expect(metadata.openGraph?.title).toBe('AI Career Atlas: roles');
  });

  it('marks a copy of an article elsewhere as an article with its date, pointing to the original', () => {
    const metadata = pageMetadata({
      ...base,
      canonical: 'https://blog.example.com/post/',
      article: { publishedTime: '2025-05-09T18:29:23Z', authors: ['9cv9'] },
    });
    expect(metadata.alternates?.canonical).toBe('https://blog.example.com/post/');
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: 'https://blog.example.com/post/',
      publishedTime: '2025-05-09T18:29:23Z',
      authors: ['9cv9'],
    });
  });

  it('keeps pages out of the index only when asked', () => {
    expect(pageMetadata({ ...base, noindex: true }).robots).toEqual({ index: false, follow: true });
  });
});
