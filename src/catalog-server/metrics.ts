/**
 * The server's Prometheus metrics, rendered as text exposition format 0.0.4 on `GET /metrics`.
 * Labels are bounded: `route` is the path template of the OpenAPI document (or `unmatched`), never
 * a raw path, so a scanner cannot blow up the series count. Per replica: scrape each one.
 */

const durationBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Labels = Record<string, string>;

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(
    ([name, value]) => `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    const entry = this.values.get(key) ?? { labels, value: 0 };
    entry.value += by;
    this.values.set(key, entry);
  }

  get(labels: Labels = {}): number {
    return this.values.get(labelText(labels))?.value ?? 0;
  }

  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values()) lines.push(`${this.name}${labelText(labels)} ${value}`);
    return lines;
  }
}

class Gauge {
  value = 0;

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  render(): string[] {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, `${this.name} ${this.value}`];
  }
}

class Histogram {
  private readonly series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: number[],
  ) {}

  observe(labels: Labels, value: number): void {
    const key = labelText(labels);
    const entry = this.series.get(key) ?? { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
    for (const [index, bound] of this.buckets.entries()) if (value <= bound) entry.counts[index]! += 1;
    entry.sum += value;
    entry.count += 1;
    this.series.set(key, entry);
  }

  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const { labels, counts, sum, count } of this.series.values()) {
      for (const [index, bound] of this.buckets.entries()) {
        lines.push(`${this.name}_bucket${labelText({ ...labels, le: String(bound) })} ${counts[index]}`);
      }
      lines.push(`${this.name}_bucket${labelText({ ...labels, le: '+Inf' })} ${count}`);
      lines.push(`${this.name}_sum${labelText(labels)} ${sum}`);
      lines.push(`${this.name}_count${labelText(labels)} ${count}`);
    }
    return lines;
  }
}

export type ConflictKind = 'version' | 'precondition' | 'idempotency-key';

export class CatalogMetrics {
  readonly requests = new Counter('catalog_http_requests_total', 'HTTP requests answered, by route, method and status.');
  readonly duration = new Histogram(
    'catalog_http_request_duration_seconds',
    'Time from receiving a request to sending its answer, by route and method.',
    durationBuckets,
  );
  readonly inFlight = new Gauge('catalog_http_requests_in_flight', 'Requests being answered now.');
  readonly replays = new Counter(
    'catalog_idempotent_replays_total',
    'POSTs answered from a stored response (same Idempotency-Key and body).',
  );
  readonly conflicts = new Counter(
    'catalog_conflicts_total',
    'Refused changes: version (409 immutable), precondition (412 stale If-Match), idempotency-key (422 key reused).',
  );
  readonly lostRaces = new Counter(
    'catalog_store_transaction_retries_total',
    'Transactions run again after a concurrent writer (another request or replica) won a race.',
  );
  readonly unavailable = new Counter('catalog_store_unavailable_total', 'Requests answered 503 because the database could not answer.');
  readonly oidc = new Counter('catalog_oidc_tokens_total', 'OIDC id-tokens checked, by result (accepted, rejected, unavailable).');
  private readonly started = Date.now() / 1000;

  request(route: string, method: string, status: number, seconds: number): void {
    this.requests.inc({ route, method, status: String(status) });
    this.duration.observe({ route, method }, seconds);
  }

  conflict(kind: ConflictKind): void {
    this.conflicts.inc({ kind });
  }

  render(): string {
    const lines = [
      ...this.requests.render(),
      ...this.duration.render(),
      ...this.inFlight.render(),
      ...this.replays.render(),
      ...this.conflicts.render(),
      ...this.lostRaces.render(),
      ...this.unavailable.render(),
      ...this.oidc.render(),
      '# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.',
      '# TYPE process_start_time_seconds gauge',
      `process_start_time_seconds ${this.started}`,
    ];
    return `${lines.join('\n')}\n`;
  }
}
