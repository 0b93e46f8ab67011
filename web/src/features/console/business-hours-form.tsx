import { ActionIcon, Button, Flex, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { CloseIcon } from '../../ui/icons';
import { ProblemAlert } from '../../ui/problem-alert';
import { SaveRow } from '../../ui/save-row';
import { ConsoleSection } from '../../ui/console-page';
import { consoleKeys } from './queries';
import { WEEKDAYS, type BusinessHours, type Weekday, type Workspace } from './types';

const MAX_RANGES = 4;

/** Opening hours per weekday (up to four ranges a day; none = closed), used for service-level clocks. */
export function BusinessHoursForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [hours, setHours] = useState<BusinessHours>(workspace.businessHours);
  const [checked, setChecked] = useState(false);
  const save = useMutation({
    mutationFn: (businessHours: BusinessHours) => api.patch('/workspace', { businessHours }),
    onSuccess: (updated) => client.setQueryData(consoleKeys.workspace, updated),
  });

  const update = (day: Weekday, ranges: BusinessHours[Weekday]) => {
    setHours((current) => ({ ...current, [day]: ranges }));
    save.reset();
  };
  const invalid = (range: { start: string; end: string }) => !range.start || !range.end || range.start >= range.end;
  const hasErrors = WEEKDAYS.some((day) => hours[day].some(invalid));

  return (
    <ConsoleSection id="hours-heading" title={t('console.hours.title')} intro={t('console.hours.intro')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setChecked(true);
          if (!hasErrors) save.mutate(hours);
        }}
      >
        <Stack gap="xs">
          {WEEKDAYS.map((day) => {
            const dayName = t(`console.hours.days.${day}`);
            return (
              // Day above its hours on phones, beside them from `sm` up.
              <Flex
                key={day}
                direction={{ base: 'column', sm: 'row' }}
                align={{ base: 'stretch', sm: 'flex-start' }}
                gap={{ base: 4, sm: 'sm' }}
              >
                <Text fw={600} w={{ sm: 96 }} pt={{ sm: 6 }} style={{ flexShrink: 0 }}>
                  {dayName}
                </Text>
                <Stack gap={6} style={{ flexGrow: 1, minWidth: 0 }}>
                  {hours[day].length === 0 && (
                    <Text c="dimmed" pt={{ sm: 6 }} size="sm">
                      {t('console.hours.closed')}
                    </Text>
                  )}
                  {hours[day].map((range, index) => (
                    <Group key={index} gap={6} wrap="nowrap" align="flex-start">
                      <TextInput
                        type="time"
                        size="sm"
                        aria-label={t('console.hours.from', { day: dayName })}
                        value={range.start}
                        onChange={(event) =>
                          update(
                            day,
                            hours[day].map((r, i) => (i === index ? { ...r, start: event.currentTarget.value } : r)),
                          )
                        }
                        error={checked && invalid(range) ? t('console.hours.invalid') : undefined}
                        style={{ flex: 1, minWidth: 0 }}
                      />
                      <TextInput
                        type="time"
                        size="sm"
                        aria-label={t('console.hours.to', { day: dayName })}
                        value={range.end}
                        onChange={(event) =>
                          update(
                            day,
                            hours[day].map((r, i) => (i === index ? { ...r, end: event.currentTarget.value } : r)),
                          )
                        }
                        error={checked && invalid(range)}
                        style={{ flex: 1, minWidth: 0 }}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t('console.hours.remove', { day: dayName })}
                        onClick={() =>
                          update(
                            day,
                            hours[day].filter((_, i) => i !== index),
                          )
                        }
                      >
                        <CloseIcon />
                      </ActionIcon>
                    </Group>
                  ))}
                  {hours[day].length < MAX_RANGES && (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      style={{ alignSelf: 'flex-start' }}
                      aria-label={t('console.hours.addFor', { day: dayName })}
                      onClick={() => update(day, [...hours[day], { start: '09:00', end: '18:00' }])}
                    >
                      {t('console.hours.add')}
                    </Button>
                  )}
                </Stack>
              </Flex>
            );
          })}
          {save.isError && <ProblemAlert error={save.error} />}
          <SaveRow mt="xs" pending={save.isPending} done={save.isSuccess} />
        </Stack>
      </form>
    </ConsoleSection>
  );
}
