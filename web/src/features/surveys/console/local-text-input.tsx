import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '../types';

interface Props {
  label: string;
  value: LocalText;
  onChange: (value: LocalText) => void;
  multiline?: boolean;
  required?: boolean;
}

/** One text in both languages, side by side (stacked on a phone). */
export function LocalTextInput({ label, value, onChange, multiline = false, required = true }: Props) {
  const { t } = useTranslation('surveys');
  const Input = multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <Input
        label={`${label} · ${t('builder.zh')}`}
        required={required}
        value={value['zh-CN']}
        onChange={(e) => onChange({ ...value, 'zh-CN': e.currentTarget.value })}
        lang="zh-CN"
        {...(multiline ? { autosize: true, minRows: 2 } : {})}
      />
      <Input
        label={`${label} · ${t('builder.en')}`}
        required={required}
        value={value.en}
        onChange={(e) => onChange({ ...value, en: e.currentTarget.value })}
        lang="en"
        {...(multiline ? { autosize: true, minRows: 2 } : {})}
      />
    </SimpleGrid>
  );
}
