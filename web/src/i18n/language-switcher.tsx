import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from './i18n';
import { isLanguage, type Language } from './language';

// Each option is written in its own language, so a reader of either can find theirs.
const options = [
  { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
  { value: 'en', label: <span lang="en">English</span> },
];

/** `onChange` runs after the UI has switched (e.g. to remember the choice on the account too). */
export function LanguageSwitcher({ onChange }: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('app.languageLabel')}
      size="xs"
      data={options}
      value={i18n.resolvedLanguage}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        void changeLanguage(value);
        onChange?.(value);
      }}
    />
  );
}
