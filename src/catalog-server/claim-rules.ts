/**
 * Which scopes a verified OIDC token earns, from its claims: `CATALOG_OIDC_RULES`, one rule per line
 * (or separated by `;`), each `<conditions> -> <scope>+<scope>`:
 *
 *   repository == "acme/ml" && ref == "refs/heads/main" -> register
 *   repository == "acme/ml" && environment == "production" -> promote
 *   repository_owner == "acme" && ref =~ "refs/tags/v*" -> register+promote
 *
 * A condition compares one claim with a JSON string: `==` equal, `!=` not equal (a missing claim is
 * not equal), `=~` a glob where `*` matches any run of characters. Conditions of a rule are joined by
 * `&&`; a token earns the scopes of every rule it satisfies.
 *
 * GitHub mints a token for any workflow of any repository, with whatever audience the workflow asks
 * for, so the audience alone proves nothing about who calls. Every rule must therefore pin the
 * repository or its owner (`repository`, `repository_id`, `repository_owner`, `repository_owner_id`,
 * `sub` or `job_workflow_ref` with `==` or `=~`); a rule that does not is refused at start.
 */
import { scopes as knownScopes, type Scope } from '../platform/catalog/types.js';

export type Operator = '==' | '!=' | '=~';

export interface Condition {
  claim: string;
  operator: Operator;
  value: string;
}

export interface ClaimRule {
  /** The rule as written, for logs and errors. */
  source: string;
  conditions: Condition[];
  scopes: Scope[];
}

const pinningClaims = new Set(['repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'sub', 'job_workflow_ref']);
const conditionPattern = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*(==|!=|=~)\s*("(?:[^"\\]|\\.)*")\s*$/;

function ruleError(index: number, problem: string): Error {
  return new Error(`CATALOG_OIDC_RULES rule ${index + 1} ${problem}`);
}

function parseRule(text: string, index: number): ClaimRule {
  const arrow = text.lastIndexOf('->');
  if (arrow < 0) throw ruleError(index, 'has no "-> scope": write <claim> == "<value>" && … -> register+promote');
  const scopeList = text
    .slice(arrow + 2)
    .split('+')
    .map((s) => s.trim());
  if (scopeList.some((s) => !knownScopes.includes(s as Scope))) {
    throw ruleError(index, `grants '${text.slice(arrow + 2).trim()}': scopes are register, promote, read joined by +`);
  }
  const conditions = text
    .slice(0, arrow)
    .split('&&')
    .map((part) => {
      const match = conditionPattern.exec(part);
      if (!match) throw ruleError(index, `has a condition '${part.trim()}' that is not <claim> ==|!=|=~ "<value>"`);
      let value: string;
      try {
        value = JSON.parse(match[3]!) as string;
      } catch {
        throw ruleError(index, `has a value ${match[3]} that is not a JSON string`);
      }
      return { claim: match[1]!, operator: match[2] as Operator, value };
    });
  if (!conditions.some((c) => pinningClaims.has(c.claim) && c.operator !== '!=' && c.value.replace(/\*/g, '') !== '')) {
    throw ruleError(
      index,
      'does not pin a repository: any repository on GitHub could mint such a token. Add repository == "owner/name" (or repository_owner == "owner")',
    );
  }
  return { source: text.trim(), conditions, scopes: [...new Set(scopeList as Scope[])] };
}

export function parseClaimRules(spec: string | undefined): ClaimRule[] {
  const lines = (spec ?? '')
    .split(/[;\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 0) {
    throw new Error(
      'CATALOG_OIDC_RULES is empty: give at least one rule such as repository == "acme/ml" && ref == "refs/heads/main" -> register',
    );
  }
  return lines.map(parseRule);
}

function globMatches(pattern: string, value: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(value);
}

function claimText(claims: Record<string, unknown>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

function holds(condition: Condition, claims: Record<string, unknown>): boolean {
  const actual = claimText(claims, condition.claim);
  switch (condition.operator) {
    case '==':
      return actual === condition.value;
    case '!=':
      return actual !== condition.value;
    case '=~':
      return actual !== undefined && globMatches(condition.value, actual);
  }
}

/** The union of the scopes of every rule whose conditions all hold. */
export function scopesFor(rules: readonly ClaimRule[], claims: Record<string, unknown>): Set<Scope> {
  const granted = new Set<Scope>();
  for (const rule of rules) {
    if (rule.conditions.every((condition) => holds(condition, claims))) for (const scope of rule.scopes) granted.add(scope);
  }
  return granted;
}
