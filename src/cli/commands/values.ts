// Flag value parsers shared by the commands: whole numbers and repeated key=value pairs.
import { InvalidArgumentError } from 'commander';

export function positiveInteger(flag: string): (value: string) => number {
  return (value) => {
    if (!/^\d{1,5}$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${flag} must be a whole number of at least 1, got ${JSON.stringify(value)}`);
    return Number(value);
  };
}

/** Collects `--param key=value` flags into a record (the value may contain `=`). */
export function collectParam(value: string, previous: Readonly<Record<string, string>> = {}): Readonly<Record<string, string>> {
  const at = value.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError(`--param must be key=value, got ${JSON.stringify(value)}`);
  return { ...previous, [value.slice(0, at)]: value.slice(at + 1) };
}
