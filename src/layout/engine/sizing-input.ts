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

export function sizingKey(input: SizingInput): string {
  return `${input.cbWidth}|${input.cbHeight}|${input.availableWidth}|${input.fill ? 1 : 0}|${input.forcedWidth}|${input.forcedHeight}|${input.forcedHeightDefinite ? 1 : 0}|${input.blockFlow ? 1 : 0}`;
}
