import { useCallback, useId, useState, type ChangeEvent } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { serverFieldErrors, type FieldError, type FieldErrors } from './form';

type Validate<K extends string> = (values: Record<K, string>) => FieldErrors<K>;

/**
 * Small form state for text fields: values, per-field errors (client rules or the server's
 * `errors[].field`), and input props that wire label, value and error together. When a submit
 * fails, focus moves to the first field in error so screen readers read its message.
 */
export function useForm<K extends string>(initial: Record<K, string>, validate: Validate<K>) {
  const { t } = useTranslation();
  const prefix = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const names = Object.keys(initial) as K[];
  const idOf = (name: K) => `${prefix}-${name}`;

  const focusFirst = (found: FieldErrors<K>) => {
    const first = names.find((name) => found[name]);
    if (first) document.getElementById(idOf(first))?.focus();
  };

  const setValue = useCallback((name: K, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => (current[name] ? { ...current, [name]: undefined } : current));
  }, []);

  const message = (error: FieldError | undefined) =>
    error === undefined ? undefined : 'key' in error ? t(error.key) : error.text;

  return {
    /** The form's field names, for ProblemAlert's `inlineFields`. */
    fieldNames: names as string[],
    values,
    setValue,
    setValues,
    /** Props for a Mantine input bound to `name`. */
    input: (name: K) => ({
      id: idOf(name),
      name,
      value: values[name],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
        setValue(name, event.currentTarget.value),
      error: message(errors[name]),
    }),
    /** Runs the client rules; false (and focus on the first bad field) when something is wrong. */
    check: (): boolean => {
      const found = validate(values);
      setErrors(found);
      focusFirst(found);
      return !names.some((name) => found[name]);
    },
    /**
     * Puts a failed request's field messages on the fields. `codeFields` places a problem that
     * has no field of its own (e.g. `slug_taken`) on the field it is about, with a translated text.
     */
    showServerErrors: (error: unknown, codeFields: Partial<Record<string, [K, ParseKeys]>> = {}) => {
      const fromServer = serverFieldErrors(error);
      const found: FieldErrors<K> = {};
      for (const name of names) {
        const text = fromServer[name];
        if (text) found[name] = { text };
      }
      const byCode = error instanceof ApiError && error.code ? codeFields[error.code] : undefined;
      if (byCode) found[byCode[0]] = { key: byCode[1] };
      setErrors(found);
      focusFirst(found);
    },
  };
}
