import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// System UI fonts first; the CJK families catch Han glyphs that Latin system fonts lack.
const fontFamily = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans CJK SC"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  fontFamily,
  headings: { fontFamily },
  primaryColor: 'indigo',
  // Shade 7 keeps white text on filled buttons and links on white above WCAG AA (4.5:1).
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  focusRing: 'auto',
});

// Mantine's default "dimmed" grey is 3.3:1 on white; gray-7 passes AA.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
