import type { Theme } from '../../../src-main/contract';

/**
 * The projector's colours, in one place so a unit test can check every pair for WCAG AA contrast.
 * Dark is for dim rooms; light for bright rooms and weak projectors.
 */
export const STAGE_PALETTES: Record<Theme, Record<string, string>> = {
  dark: {
    bg: '#0f1319',
    surface: '#1a212b',
    line: '#3a4556',
    ink: '#f2f4f7',
    'ink-2': '#b9c2ce',
    accent: '#72d3c6',
    autonomy: '#8fc4f6',
    attachment: '#f5ab8e',
    low: '#f2c46b',
    last: '#ff9c96',
    calm: '#16222a',
  },
  light: {
    bg: '#fbfaf6',
    surface: '#ffffff',
    line: '#cfc9bb',
    ink: '#161b22',
    'ink-2': '#464e5c',
    accent: '#16615c',
    autonomy: '#1c5690',
    attachment: '#973c1f',
    low: '#835400',
    last: '#a3232a',
    calm: '#eef3f1',
  },
};

/** Foreground/background pairs the stage actually uses, for the contrast test. */
export const STAGE_CONTRAST_PAIRS: [fg: string, bg: string][] = [
  ['ink', 'bg'],
  ['ink-2', 'bg'],
  ['accent', 'bg'],
  ['autonomy', 'bg'],
  ['attachment', 'bg'],
  ['low', 'bg'],
  ['last', 'bg'],
  ['ink', 'surface'],
  ['ink-2', 'surface'],
  ['accent', 'surface'],
  ['autonomy', 'surface'],
  ['attachment', 'surface'],
  ['ink', 'calm'],
  ['ink-2', 'calm'],
];

export const paletteStyle = (theme: Theme): string =>
  Object.entries(STAGE_PALETTES[theme])
    .map(([k, v]) => `--s-${k}: ${v}`)
    .join('; ');
