/**
 * Regenerates test/core/dockerignore/fixtures/patternmatcher-cases.json from the upstream Go test file
 * (apt: golang-github-moby-patternmatcher-dev). Run: node test/core/dockerignore/support/update-patternmatcher-fixture.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FIXTURE_FILE, GO_TEST_FILE, parsePatternmatcherTests } from './go-tables.ts';

const cases = parsePatternmatcherTests(readFileSync(GO_TEST_FILE, 'utf8'));
const tables = Object.entries(cases).map(
  ([name, rows]) => `  ${JSON.stringify(name)}: [\n${(rows as unknown[]).map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]`,
);
const source = `  "source": ${JSON.stringify(`moby/patternmatcher patternmatcher_test.go (Apache-2.0), read from ${GO_TEST_FILE}`)}`;
writeFileSync(FIXTURE_FILE, `{\n${[source, ...tables].join(',\n')}\n}\n`);
console.log(
  `wrote ${FIXTURE_FILE}: ${cases.matches.length} + ${cases.multi.length} + ${cases.matchTests.length} + ${cases.compile.length} + ${cases.single.length} cases`,
);
