import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from './i18n';
import { isLanguage } from './language';

// Each option is written in its own language, so a reader of either can find theirs.
const options = [
  { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
  { value: 'en', label: <span lang="en">English</span> },
];

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('app.languageLabel')}
      size="xs"
      data={options}
      value={i18n.resolvedLanguage}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
    />
  );
}
