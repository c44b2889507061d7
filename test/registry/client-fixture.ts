/** A RegistryClient for tests: fast retries, and every log line, mask and thrown message recorded. */
import { RegistryClient, type RegistryClientOptions } from '../../src/registry/client.js';

export interface RecordingClient {
  client: RegistryClient;
  logs: string[];
  masked: string[];
  /** Runs `work`, records the message of anything it throws, and rethrows. */
  capture: <T>(work: () => Promise<T>) => Promise<T>;
  messages: string[];
  /** All text the client produced: logs and error messages. */
  allText: () => string;
}

export function recordingClient(options: RegistryClientOptions = {}): RecordingClient {
  const logs: string[] = [];
  const masked: string[] = [];
  const messages: string[] = [];
  const client = new RegistryClient({
    log: (line) => logs.push(line),
    mask: (secret) => masked.push(secret),
    retry: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 4, maxElapsedMs: 10_000 },
    ...options,
  });
  return {
    client,
    logs,
    masked,
    messages,
    capture: async (work) => {
      try {
        return await work();
      } catch (error) {
        messages.push(error instanceof Error ? `${error.message}\n${String(error.cause ?? '')}` : String(error));
        throw error;
      }
    },
    allText: () => [...logs, ...messages].join('\n'),
  };
}

/** No credentials from the machine's ~/.docker: tests say exactly which credentials exist. */
export const noCredentials = async () => undefined;
