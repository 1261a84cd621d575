/** Size of a row's sparkline in CSS pixels; the library draws nothing below 50 × 16 (its Sparkline.js). */
export const SPARKLINE_WIDTH = 96;
export const SPARKLINE_HEIGHT = 28;
