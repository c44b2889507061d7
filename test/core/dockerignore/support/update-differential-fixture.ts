/**
 * Regenerates test/core/dockerignore/fixtures/patternmatcher-differential.json by asking the real Go code.
 * Needs Go and golang-github-moby-patternmatcher-dev (apt). Run:
 *   node test/core/dockerignore/support/update-differential-fixture.ts
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { differentialInput } from './differential-corpus.ts';

const ORACLE = `package main

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"

	"github.com/moby/patternmatcher"
)

func b(v bool, err error) string {
	if err != nil {
		return "error"
	}
	if v {
		return "true"
	}
	return "false"
}

// safe runs one match; patternmatcher 0.5.0 panics on the second use of a pattern whose regexp
// failed to compile (moby#52203, fixed upstream to return ErrBadPattern): count that as an error.
func safe(f func() (bool, error)) (res string) {
	defer func() {
		if recover() != nil {
			res = "error"
		}
	}()
	return b(f())
}

func main() {
	var input struct {
		Cases      []struct{ Patterns, Paths []string }
		CleanIn    []string
		MatchPairs [][2]string
	}
	if err := json.NewDecoder(os.Stdin).Decode(&input); err != nil {
		panic(err)
	}
	type result struct {
		NewError           bool     \`json:"newError"\`
		OrParent           []string \`json:"orParent"\`
		UsingParentResults []string \`json:"usingParentResults"\`
	}
	var out struct {
		Results []result \`json:"results"\`
		Clean   []string \`json:"clean"\`
		Match   []string \`json:"match"\`
	}
	for _, c := range input.Cases {
		r := result{OrParent: []string{}, UsingParentResults: []string{}}
		pm, err := patternmatcher.New(c.Patterns)
		if err != nil {
			r.NewError = true
			out.Results = append(out.Results, r)
			continue
		}
		for _, p := range c.Paths {
			r.OrParent = append(r.OrParent, safe(func() (bool, error) { return pm.MatchesOrParentMatches(p) }))
			dirs := []string{}
			for d := path.Dir(p); d != "."; d = path.Dir(d) {
				dirs = append([]string{d}, dirs...)
			}
			r.UsingParentResults = append(r.UsingParentResults, safe(func() (bool, error) {
				info := patternmatcher.MatchInfo{}
				var err error
				for _, d := range dirs {
					if _, info, err = pm.MatchesUsingParentResults(d, info); err != nil {
						return false, err
					}
				}
				m, _, err := pm.MatchesUsingParentResults(p, info)
				return m, err
			}))
		}
		out.Results = append(out.Results, r)
	}
	for _, s := range input.CleanIn {
		out.Clean = append(out.Clean, path.Clean(s))
	}
	for _, pair := range input.MatchPairs {
		out.Match = append(out.Match, b(filepath.Match(pair[0], pair[1])))
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
`;

const source = '/usr/share/gocode/src/github.com/moby/patternmatcher';
const work = mkdtempSync(path.join(tmpdir(), 'patternmatcher-oracle-'));
try {
  writeFileSync(path.join(work, 'main.go'), ORACLE);
  writeFileSync(path.join(work, 'go.mod'), 'module oracle\n\ngo 1.19\n\nrequire github.com/moby/patternmatcher v0.5.0\n');
  const vendored = path.join(work, 'vendor/github.com/moby/patternmatcher');
  mkdirSync(vendored, { recursive: true });
  for (const file of readdirSync(source))
    if (file.endsWith('.go') && !file.endsWith('_test.go')) cpSync(path.join(source, file), path.join(vendored, file));
  writeFileSync(
    path.join(work, 'vendor/modules.txt'),
    '# github.com/moby/patternmatcher v0.5.0\n## explicit\ngithub.com/moby/patternmatcher\n',
  );
  const env = { ...process.env, GOFLAGS: '-mod=vendor', GOCACHE: path.join(work, 'cache'), GOPATH: path.join(work, 'gopath') };
  execFileSync('go', ['build', '-o', 'oracle', '.'], { cwd: work, env, stdio: 'inherit' });
  const input = differentialInput();
  const answers = JSON.parse(
    execFileSync(path.join(work, 'oracle'), { input: JSON.stringify(input), maxBuffer: 64 << 20 }).toString(),
  ) as object;
  const goVersion = execFileSync('go', ['version']).toString().trim();
  const target = path.resolve(import.meta.dirname, '../fixtures/patternmatcher-differential.json');
  writeFileSync(
    target,
    `${JSON.stringify({ generatedBy: `${goVersion}, moby/patternmatcher 0.5.0 (Debian golang-github-moby-patternmatcher-dev)`, ...answers })}\n`,
  );
  console.log(`wrote ${target}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
