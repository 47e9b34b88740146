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
  readonly fonts: readonly { family: string; weight?: number; style?: 'normal' | 'italic'; file: string }[];
  readonly element: unknown;
}

export const TOLERANCE = { box: 1, lineX: 2, lineY: 3 } as const;

const isText = (node: FixtureBox | FixtureText): node is FixtureText => 'lines' in node;
const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

/** Every difference between actual and expected, each with its tree path; empty when they match. */
export function compareLayout(actual: FixtureBox, expected: FixtureBox, path = 'root'): string[] {
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
    if (isText(want) && isText(got)) problems.push(...compareText(got, want, `${childPath} (text)`));
    else problems.push(...compareLayout(got as FixtureBox, want as FixtureBox, childPath));
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
