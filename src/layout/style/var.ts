// CSS custom properties: substitutes var(--name, fallback) references, with nesting.

export class VarError extends Error {}

const MAX_SUBSTITUTIONS = 64;

/** Replaces every var() in `value` using `vars`; throws VarError for an undefined name without fallback. */
export function substituteVars(value: string, vars: ReadonlyMap<string, string>, depth = 0): string {
  if (!value.includes('var(')) return value;
  if (depth > MAX_SUBSTITUTIONS) throw new VarError('var() references nest too deeply (a cycle?)');
  let out = '';
  let i = 0;
  while (i < value.length) {
    const start = value.indexOf('var(', i);
    if (start < 0) {
      out += value.slice(i);
      break;
    }
    out += value.slice(i, start);
    let level = 1;
    let j = start + 4;
    while (j < value.length && level > 0) {
      if (value[j] === '(') level++;
      else if (value[j] === ')') level--;
      j++;
    }
    if (level !== 0) throw new VarError('unclosed var(');
    const inner = value.slice(start + 4, j - 1);
    const comma = topLevelComma(inner);
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    if (!name.startsWith('--')) throw new VarError(`var() needs a custom property name, got ${JSON.stringify(name)}`);
    const defined = vars.get(name);
    if (defined !== undefined) out += substituteVars(defined, vars, depth + 1);
    else if (comma >= 0) out += substituteVars(inner.slice(comma + 1).trim(), vars, depth + 1);
    else throw new VarError(`custom property ${name} is not defined and var() has no fallback`);
    i = j;
  }
  return out;
}

function topLevelComma(text: string): number {
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') level++;
    else if (ch === ')') level--;
    else if (ch === ',' && level === 0) return i;
  }
  return -1;
}
