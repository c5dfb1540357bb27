import { renderMarkdown } from '@/lib/markdown/render';

/** An article's Markdown body, rendered on the server with the site's prose styles. */
export function ArticleBody({ markdown }: { markdown: string }) {
  return <div className="article-body">{renderMarkdown(markdown)}</div>;
}
