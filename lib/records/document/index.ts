/** Reading an article: its Markdown as blocks and tables by section, sentences, and the roles and catalogue terms it names. */
export {
  readArticleDocument,
  type ArticleDocument,
  type Section,
  type TableBlock,
  type TextBlock,
} from './article-document';
export { MIN_MENTIONS, readArticleRoles, visibleText } from './article-roles';
export { createRoleMatcher, type RoleMatcher, type RoleMention } from './role-matcher';
export { splitSentences, type Sentence } from './sentences';
export {
  createTermMatcher,
  termKey,
  termMatcherFor,
  type TermEntry,
  type TermMatcher,
  type TermMention,
} from './term-matcher';
