// Compares a layout() result with a browser fixture: boxes within 1 px, same line breaks, line x/width 2 px, y 3 px.

export interface FixtureLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface FixtureText {
  readonly text: string;
  readonly lines: readonly FixtureLine[];
}
export interface FixtureBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly children: readonly (FixtureBox | FixtureText)[];
}

/** A case as the browser oracle reads it (fonts by file, relative to the repository root). */
export interface OracleCase {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly fonts: readonly { family: string; weight?: number | string; style?: 'normal' | 'italic'; file: string }[];
  readonly element: unknown;
}

export const TOLERANCE = { box: 1, lineX: 2, lineY: 3 } as const;

const isText = (node: FixtureBox | FixtureText): node is FixtureText => 'lines' in node;
const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

/**
 * How to read text that ogsmith cut with an ellipsis: the browser reports the lines of the whole
 * text (hidden ones too, the cut line untruncated), layout() the visible lines with the marker.
 */
export interface CompareOptions {
  /** Ellipsis strings: a last visible line ending in one is compared as a cut line. */
  readonly markers?: readonly string[];
}

/** Every difference between actual and expected, each with its tree path; empty when they match. */
export function compareLayout(actual: FixtureBox, expected: FixtureBox, path = 'root', options: CompareOptions = {}): string[] {
  const problems: string[] = [];
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    if (!(Math.abs(actual[key] - expected[key]) <= TOLERANCE.box)) problems.push(`${path} ${key}: ${fmt(actual[key])} vs browser ${fmt(expected[key])}`);
  }
  if (actual.children.length !== expected.children.length) {
    problems.push(`${path}: ${actual.children.length} children vs browser ${expected.children.length}`);
    return problems;
  }
  expected.children.forEach((want, i) => {
    const got = actual.children[i]!;
    const childPath = `${path} > [${i}]`;
    if (isText(want) !== isText(got)) {
      problems.push(`${childPath}: ${isText(got) ? 'text' : 'box'} vs browser ${isText(want) ? 'text' : 'box'}`);
      return;
    }
    if (isText(want) && isText(got)) problems.push(...compareText(got, visibleLines(got, want, options.markers ?? []), `${childPath} (text)`));
    else problems.push(...compareLayout(got as FixtureBox, want as FixtureBox, childPath, options));
  });
  return problems;
}

function compareText(actual: FixtureText, expected: FixtureText, path: string): string[] {
  const gotBreaks = actual.lines.map((l) => l.text);
  const wantBreaks = expected.lines.map((l) => l.text);
  if (JSON.stringify(gotBreaks) !== JSON.stringify(wantBreaks)) return [`${path} line breaks: ${JSON.stringify(gotBreaks)} vs browser ${JSON.stringify(wantBreaks)}`];
  const problems: string[] = [];
  expected.lines.forEach((want, i) => {
    const got = actual.lines[i]!;
    if (!(Math.abs(got.x - want.x) <= TOLERANCE.lineX)) problems.push(`${path} line ${i} x: ${fmt(got.x)} vs browser ${fmt(want.x)}`);
    if (!(Math.abs(got.width - want.width) <= TOLERANCE.lineX)) problems.push(`${path} line ${i} width: ${fmt(got.width)} vs browser ${fmt(want.width)}`);
    if (!(Math.abs(got.y - want.y) <= TOLERANCE.lineY)) problems.push(`${path} line ${i} y: ${fmt(got.y)} vs browser ${fmt(want.y)}`);
  });
  return problems;
}

/** The first strongly directional character is right-to-left (Hebrew, Arabic and other RTL scripts). */
const RTL_FIRST_STRONG = /^[^\p{L}]*[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The browser's lines as they should look after clamping, when ogsmith's last visible line ends in
 * a marker: the lines before it must match as they are, the cut line must be a prefix of the
 * browser's line at its start edge (left, or right in RTL) and y (its width is the screenshot
 * comparison's job), later lines are
 * hidden. Anything else returns the browser's lines unchanged, so a mismatch still shows.
 */
function visibleLines(actual: FixtureText, expected: FixtureText, markers: readonly string[]): FixtureText {
  const last = actual.lines[actual.lines.length - 1];
  const marker = last && markers.find((m) => m !== '' && last.text.endsWith(m));
  if (!last || marker === undefined) return expected;
  const index = actual.lines.length - 1;
  const browser = expected.lines[index];
  if (!browser || browser.text.endsWith(marker)) return expected;
  const kept = last.text.slice(0, last.text.length - marker.length).trimEnd();
  if (!browser.text.startsWith(kept)) return expected;
  // Right-to-left text is cut at its visual left: the cut line keeps the browser line's right edge.
  const x = RTL_FIRST_STRONG.test(browser.text) ? browser.x + browser.width - last.width : browser.x;
  return { text: expected.text, lines: [...expected.lines.slice(0, index), { ...browser, x, text: last.text, width: last.width }] };
}

/** The ellipsis strings a case's element tree can produce: … and every quoted textOverflow. */
export function markersOf(element: unknown): string[] {
  const markers = new Set(['\u2026']);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const props = (node as { props?: { style?: Record<string, unknown>; children?: unknown } }).props;
    const overflow = props?.style?.textOverflow;
    const quoted = typeof overflow === 'string' ? /^(['"])(.*)\1$/.exec(overflow.trim()) : null;
    if (quoted?.[2]) markers.add(quoted[2]);
    visit(props?.children);
  };
  visit(element);
  return [...markers];
}
