import { tokens } from "@fluentui/react-components";

/**
 * Series colours for the charts: Fluent's categorical palette tokens, which the FluentProvider resolves for the
 * Teams default, dark and high-contrast themes, so the library draws with the theme's colours (its own palette
 * would not follow the theme).
 */
export const SERIES_COLORS: readonly string[] = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteDarkOrangeForeground2,
  tokens.colorPaletteGreenForeground2,
  tokens.colorPaletteBerryForeground2,
  tokens.colorPaletteMarigoldForeground2,
  tokens.colorPaletteTealForeground2,
  tokens.colorPalettePurpleForeground2,
  tokens.colorPaletteRedForeground2,
  tokens.colorPaletteLightGreenForeground2,
];

/** Dash patterns tell lines apart without colour (WCAG 1.4.1), one per colour above. */
export const SERIES_DASHES: readonly string[] = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4", "3 1", "12 2 2 2"];
