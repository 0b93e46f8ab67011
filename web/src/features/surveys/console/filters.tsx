import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Filter } from '../queries';

const CHANNELS = ['link', 'personal_link', 'email', 'widget', 'feedback_button', 'event', 'portal'] as const;

/** Period and segment filters shared by the results tabs. */
export function Filters({
  value,
  onChange,
  compare = false,
}: {
  value: Filter;
  onChange: (f: Filter) => void;
  compare?: boolean;
}) {
  const { t } = useTranslation('surveys');
  const set = (key: string, v: string | null) => onChange({ ...value, [key]: v || undefined });
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        type="date"
        label={t('filters.from')}
        value={value.from ?? ''}
        onChange={(e) => set('from', e.currentTarget.value)}
        w={150}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={value.to ?? ''}
        onChange={(e) => set('to', e.currentTarget.value)}
        w={150}
      />
      <Select
        label={t('filters.channel')}
        clearable
        w={150}
        data={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        value={value.channel ?? null}
        onChange={(v) => set('channel', v)}
      />
      <Select
        label={t('filters.locale')}
        clearable
        w={120}
        data={[
          { value: 'zh-CN', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
        value={value.locale ?? null}
        onChange={(v) => set('locale', v)}
      />
      <TextInput
        label={t('filters.segment')}
        w={130}
        value={value.segment ?? ''}
        onChange={(e) => set('segment', e.currentTarget.value)}
      />
      {compare && (
        <>
          <TextInput
            type="date"
            label={t('filters.compareFrom')}
            value={value.compareFrom ?? ''}
            onChange={(e) => set('compareFrom', e.currentTarget.value)}
            w={150}
          />
          <TextInput
            type="date"
            label={t('filters.compareTo')}
            value={value.compareTo ?? ''}
            onChange={(e) => set('compareTo', e.currentTarget.value)}
            w={150}
          />
        </>
      )}
      <Button variant="subtle" onClick={() => onChange({})}>
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
