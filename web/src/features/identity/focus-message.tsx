import { Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

/**
 * An outcome message that takes focus when it appears (after a form is replaced by its result),
 * so screen readers announce it and keyboard users continue from there.
 */
export function FocusMessage({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Text ref={ref} tabIndex={-1} role="status" fw={500} style={{ outline: 'none' }}>
      {text}
    </Text>
  );
}
