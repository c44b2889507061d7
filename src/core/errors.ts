/** A problem with what the user gave us: names the input and says how to fix it. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string,
    fix: string,
  ) {
    super(`Input '${input}': ${problem}. ${fix}`);
    this.name = 'InputError';
  }
}

/** Failure of something outside us (registry, builder, platform) that the user must act on. */
export class StepError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StepError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
