// Kept modest on purpose: these words are dropped from search as well as from keyword analysis,
// so every entry is a word nobody would search for on its own. Content words that are merely
// frequent in feedback (希望, 问题, 建议) stay searchable.

/** Common Chinese function words: particles, pronouns, auxiliaries, conjunctions, degree adverbs. */
export const chineseStopWords: ReadonlySet<string> = new Set([
  // single characters
  '的', '了', '是', '在', '我', '有', '和', '就', '不', '人', '都', '一', '上', '也', '很', '到',
  '说', '要', '去', '你', '会', '着', '看', '好', '这', '那', '吧', '呢', '啊', '吗', '他', '她',
  '它', '们', '与', '及', '或', '而', '被', '把', '让', '给', '从', '对', '为', '以', '于', '之',
  '其', '又', '还', '再', '才', '只', '等', '个', '地', '得', '哦', '嗯', '呀', '哈', '么', '啦',
  '嘛', '哎', '诶', '您', '咱', '该', '但', '却', '则', '即', '并', '跟', '向', '过', '来',
  // words
  '一个', '没有', '自己', '我们', '你们', '他们', '她们', '它们', '咱们', '这个', '那个', '这些',
  '那些', '这样', '那样', '这里', '那里', '什么', '怎么', '怎么样', '为什么', '因为', '所以',
  '但是', '可是', '而且', '如果', '虽然', '然后', '还是', '或者', '已经', '可以', '就是', '还有',
  '一下', '一些', '一点', '一直', '现在', '非常', '比较', '真的', '觉得', '其实', '不过', '这么',
  '那么', '这种', '那种', '以及', '并且', '由于', '对于', '关于',
]);

/** Common English function words, including the contractions Intl.Segmenter keeps whole. */
export const englishStopWords: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any',
  'are', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both',
  'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'few',
  'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers',
  'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its',
  'itself', 'just', 'me', 'more', 'most', 'my', 'myself', 'no', 'nor', 'not', 'of', 'off', 'on',
  'once', 'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'same',
  'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them',
  'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too',
  'under', 'until', 'up', 'very', 'was', 'we', 'were', 'what', 'when', 'where', 'which',
  'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'yours', 'yourself',
  'yourselves',
  "i'm", "i've", "i'd", "i'll", "it's", "that's", "there's", "we're", "we've", "you're",
  "they're", "don't", "doesn't", "didn't", "can't", "isn't", "aren't", "wasn't", "won't",
]);

/** True when a normalised token is a Chinese or English stop word. */
export function isStopWord(token: string): boolean {
  return chineseStopWords.has(token) || englishStopWords.has(token);
}
