/**
 * Height of a chart's horizontal axis. MUI X shortens tick labels that do not fit the axis and
 * its default (25 px) is lower than the line box of Noto Sans, the Vietnamese-capable fallback
 * font on Linux, so every label came out empty: give the labels room.
 */
export const X_AXIS_HEIGHT = 34;

/**
 * The width charts are drawn at while printing: one column of an A4 page with 12 mm margins
 * (186 mm ≈ 703 px at 96 dpi), less the card's padding.
 */
export const PRINT_CHART_WIDTH = 640;

/**
 * A donut's legend sits beside it, outside the drawing: printed, the donut is drawn this much
 * narrower than `PRINT_CHART_WIDTH`, so that with its legend it still fits the page.
 */
export const PRINT_LEGEND_WIDTH = 120;
