// What a parent tells a child box when asking it to lay itself out.

export interface SizingInput {
  /** Containing block width: basis for percentages of width, margins and paddings. */
  readonly cbWidth: number;
  /** Containing block height when definite (basis for percentage heights), else null. */
  readonly cbHeight: number | null;
  /** Space for the margin box when an auto width fills or fits. */
  readonly availableWidth: number;
  /** true: an auto width fills the available space (block-level); false: fit-content (shrink-to-fit). */
  readonly fill: boolean;
  /** Border-box sizes imposed by the parent (flexing, stretching, insets); null to compute. Not clamped again. */
  readonly forcedWidth: number | null;
  readonly forcedHeight: number | null;
  /** Whether a forced height counts as definite for the children's percentage heights. */
  readonly forcedHeightDefinite: boolean;
  /** Laid out in its parent's block formatting context (its margins may collapse with its children's). */
  readonly blockFlow?: boolean;
}

/** Whether two inputs ask for the same layout (numbers by value, an absent blockFlow as false). */
export function sameSizingInput(a: SizingInput, b: SizingInput): boolean {
  return (
    a.cbWidth === b.cbWidth &&
    a.cbHeight === b.cbHeight &&
    a.availableWidth === b.availableWidth &&
    a.fill === b.fill &&
    a.forcedWidth === b.forcedWidth &&
    a.forcedHeight === b.forcedHeight &&
    a.forcedHeightDefinite === b.forcedHeightDefinite &&
    (a.blockFlow ?? false) === (b.blockFlow ?? false)
  );
}
