/**
 * Folds the many ways people type the same text into one form, so that "ＡＰＰ" typed on a
 * Chinese IME matches "app", and so that stored tokens and query tokens compare equal.
 *
 * NFKC turns full-width ASCII letters, digits and punctuation into their half-width forms
 * (and ideographic spaces into spaces) while leaving Chinese characters as they are. Curly
 * apostrophes are straightened because phones type them and keyboards don't: "don’t" and
 * "don't" must be the same word. `toLowerCase` (not `toLocaleLowerCase`) keeps the result the
 * same whatever the server's locale is.
 *
 * @example normalise('  ＡＢＣ１２３\u3000登录 ') // 'abc123 登录'
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
