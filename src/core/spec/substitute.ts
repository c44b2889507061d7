/**
 * `${VAR}` in env values, substituted from the environment when the spec is read (ZenML's
 * behaviour): the substituted value is what the Dockerfile holds and what is hashed. `$$` is a
 * literal `$`; any other `$` stays as written. An unset variable is an error naming it — an empty
 * value silently baked into an image is worse than a failed step.
 */

export type Environment = Readonly<Record<string, string | undefined>>;

export type Substitution = { value: string; unset?: undefined } | { value?: undefined; unset: string[] };

const REFERENCE = /\$\$|\$\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function substituteVariables(text: string, env: Environment): Substitution | { bad: string } {
  const unset: string[] = [];
  let bad: string | undefined;
  const value = text.replace(REFERENCE, (match, name: string | undefined) => {
    if (match === '$$') return '$';
    if (!NAME.test(name ?? '')) {
      bad ??= match;
      return match;
    }
    const found = env[name as string];
    if (found === undefined) {
      if (!unset.includes(name as string)) unset.push(name as string);
      return '';
    }
    return found;
  });
  if (bad) return { bad };
  return unset.length > 0 ? { unset } : { value };
}
