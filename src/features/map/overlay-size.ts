// How much of the map the panels drawn over it cover (keep in step with .map-legend and
// .excerpt-card in src/app/styles.css), so fitting and panning keep events out from under them.

/** The legend in the bottom-left corner, with a margin. */
export const LEGEND_PX = { x: 280, y: 260 };

/** The excerpt popup along the right side, with a margin. */
export const EXCERPT_WIDTH_PX = 440;
