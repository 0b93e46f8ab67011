export { normalise } from './normalise.js';
export { tokenise, searchTokens, searchTerms, cjkBigrams } from './tokenise.js';
export { chineseStopWords, englishStopWords, isStopWord } from './stop-words.js';
export { extractKeywords, type Keyword, type ExtractKeywordsOptions } from './keywords.js';
export { similarity } from './similarity.js';
export { matchesSearch, searchRank, trigramSimilarity, buildTsQuery } from './search-sql.js';
export { markdownExcerpt, renderMarkdown } from './markdown.js';
