import { Checkbox, FileInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseType } from '../types';

export interface CaseFieldValues {
  type: CaseType;
  subject: string;
  description: string;
  product: string;
  model: string;
  serialNumber: string;
  purchaseDate: string;
  requestedRemedy: string;
  safetyConcern: boolean;
  files: File[];
}
export const emptyCase: CaseFieldValues = {
  type: 'complaint',
  subject: '',
  description: '',
  product: '',
  model: '',
  serialNumber: '',
  purchaseDate: '',
  requestedRemedy: '',
  safetyConcern: false,
  files: [],
};

export const caseBody = (v: CaseFieldValues, fileIds: string[]) => ({
  type: v.type,
  subject: v.subject,
  description: v.description,
  product: v.product,
  model: v.model,
  serialNumber: v.serialNumber,
  purchaseDate: v.purchaseDate || null,
  requestedRemedy: v.requestedRemedy,
  safetyConcern: v.safetyConcern,
  fileIds,
});

/** The fields of a case, shared by the customer's form and the agent's "record a case". */
export function CaseFields({ value, onChange }: { value: CaseFieldValues; onChange: (v: CaseFieldValues) => void }) {
  const { t } = useTranslation('cases');
  const set = <K extends keyof CaseFieldValues>(key: K, v: CaseFieldValues[K]) => onChange({ ...value, [key]: v });
  return (
    <>
      <Select
        label={t('form.type')}
        required
        allowDeselect={false}
        value={value.type}
        onChange={(v) => v && set('type', v as CaseType)}
        data={(['complaint', 'repair', 'question'] as const).map((k) => ({ value: k, label: t(`type.${k}`) }))}
      />
      <TextInput
        label={t('form.subject')}
        required
        maxLength={200}
        value={value.subject}
        onChange={(e) => set('subject', e.currentTarget.value)}
      />
      <Textarea
        label={t('form.description')}
        description={t('form.descriptionHint')}
        required
        autosize
        minRows={4}
        maxLength={10000}
        value={value.description}
        onChange={(e) => set('description', e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('form.product')}
          maxLength={120}
          value={value.product}
          onChange={(e) => set('product', e.currentTarget.value)}
        />
        <TextInput
          label={t('form.model')}
          maxLength={120}
          value={value.model}
          onChange={(e) => set('model', e.currentTarget.value)}
        />
        <TextInput
          label={t('form.serialNumber')}
          maxLength={120}
          value={value.serialNumber}
          onChange={(e) => set('serialNumber', e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('form.purchaseDate')}
          value={value.purchaseDate}
          onChange={(e) => set('purchaseDate', e.currentTarget.value)}
        />
      </SimpleGrid>
      <TextInput
        label={t('form.requestedRemedy')}
        description={t('form.requestedRemedyHint')}
        maxLength={500}
        value={value.requestedRemedy}
        onChange={(e) => set('requestedRemedy', e.currentTarget.value)}
      />
      <FileInput
        label={t('form.photos')}
        description={t('form.photosHint')}
        multiple
        clearable
        clearButtonProps={{ 'aria-label': t('form.clearPhotos') }}
        accept="image/png,image/jpeg,image/webp,image/gif"
        value={value.files}
        onChange={(f) => set('files', f.slice(0, 10))}
      />
      <Checkbox
        label={t('form.safety')}
        description={t('form.safetyHint')}
        checked={value.safetyConcern}
        onChange={(e) => set('safetyConcern', e.currentTarget.checked)}
      />
    </>
  );
}
