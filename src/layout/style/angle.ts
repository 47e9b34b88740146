// CSS angles (deg, rad, turn, grad, and a bare 0) in degrees: gradients, transforms, filters and font-style's oblique.

/** Angle in degrees from deg, rad, turn or grad; null when the token is not an angle. */
export function parseAngle(token: string): number | null {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(deg|rad|turn|grad)$/i.exec(token.trim());
  if (!match) return token.trim() === '0' ? 0 : null;
  const value = Number(match[1]);
  switch (match[2]!.toLowerCase()) {
    case 'rad':
      return (value * 180) / Math.PI;
    case 'turn':
      return value * 360;
    case 'grad':
      return value * 0.9;
    default:
      return value;
  }
}
