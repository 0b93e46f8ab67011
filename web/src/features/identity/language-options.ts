/** The UI languages, each named in its own language. */
export const languageOptions = [
  { value: 'zh-CN', label: '中文（简体）' },
  { value: 'en', label: 'English' },
];
