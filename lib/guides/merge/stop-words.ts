/**
 * Words that say nothing about what a statement is about: articles,
 * pronouns, prepositions, auxiliaries, question words and fillers. Kept
 * short and written out, so a reader can see why a word was ignored.
 *
 * Deliberately NOT stop words: "much", "long", "more", "best", "top",
 * "need" carry the question ("How much …", "How long …", "Who earns more …");
 * "ai" tells "generative AI" from "generative design".
 */
const WORDS = [
  // articles, conjunctions, prepositions
  'a an the and or nor but if then than so as both either neither of in on at to for from by with without',
  'into onto about over under within across through via per between among during after before up',
  // pronouns and determiners
  'i me my we our us you your yourself he she his her they them their it its this that these those one',
  'someone some any each every all such other others own there here',
  // auxiliaries and modals
  'is are was were be been being am do does did done have has had having can could will would shall should',
  'may might must get gets ve ll re d m',
  // question words
  'what which who whom whose how when where why whether',
  // fillers
  'also very just like etc e g ie eg vs versus',
];

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.join(' ').split(' '));
