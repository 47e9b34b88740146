// Whether a server serves the playground: the option, else OGSMITH_PLAYGROUND, else on only in development.

const ON: ReadonlySet<string> = new Set(['1', 'true', 'on', 'yes']);
const OFF: ReadonlySet<string> = new Set(['0', 'false', 'off', 'no']);

/**
 * `option` wins when given; else the env var OGSMITH_PLAYGROUND (1/true/on/yes or 0/false/off/no);
 * else on when `devMode` (npm start -- --dev) or NODE_ENV=development, and off otherwise (production included).
 */
export function playgroundEnabled(option: boolean | undefined, env: Readonly<Record<string, string | undefined>> = process.env, devMode = false): boolean {
  if (option !== undefined) return option;
  const flag = env.OGSMITH_PLAYGROUND?.trim().toLowerCase();
  if (flag) {
    if (ON.has(flag)) return true;
    if (OFF.has(flag)) return false;
    throw new Error(`OGSMITH_PLAYGROUND must be one of 1, true, on, yes, 0, false, off, no; got ${JSON.stringify(env.OGSMITH_PLAYGROUND)}`);
  }
  return devMode || env.NODE_ENV === 'development';
}
