// Every link of the package's README and CHANGELOG resolves where a user reads them: inside the
// tarball (a file `npm pack` would ship, and a heading of it for an anchor), or in the repository by its
// URL (Cargo.toml's `repository`, a file git tracks). Links of the repository's README resolve in the
// repository. A dead link, or one to anywhere else, fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const repository = read('Cargo.toml').match(/^repository = "(.+)"$/m)[1];
const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: fileURLToPath(root), encoding: 'utf8' }).split('\n'));
const trackedDirs = new Set([...tracked].flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));

/** The links of a markdown text, outside code blocks and code spans: [text](target), ![alt](target), <https://…>. */
export function linksOf(markdown) {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)|<(https?:\/\/[^>]+)>/g)].map((m) => m[1] ?? m[2]);
}

/** GitHub's (and npm's) anchor of a heading: lowercase, punctuation dropped, spaces to hyphens. */
export function anchorsOf(markdown) {
  const text = markdown.replace(/^```[\s\S]*?^```$/gm, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1].toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-')));
}

function tarballFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: fileURLToPath(new URL('pkg/', root)), encoding: 'utf8' });
  return new Set(JSON.parse(out)[0].files.map((f) => f.path));
}

function problemsOf(links, { ownAnchors, resolveRelative }) {
  const problems = [];
  for (const link of links) {
    if (link.startsWith('#')) {
      if (!ownAnchors.has(link.slice(1))) problems.push(`${link}: no such heading`);
    } else if (/^https?:/.test(link)) {
      if (link === repository) continue;
      const m = link.match(/^(.+?)\/(?:blob|tree)\/main\/([^#]+)(?:#.*)?$/);
      if (!m || m[1] !== repository) problems.push(`${link}: neither in the package nor in the repository (${repository})`);
      else if (!tracked.has(m[2]) && !trackedDirs.has(m[2].replace(/\/$/, ''))) problems.push(`${link}: the repository has no ${m[2]}`);
    } else {
      const problem = resolveRelative(link);
      if (problem) problems.push(`${link}: ${problem}`);
    }
  }
  return problems;
}

test('the shipped README and CHANGELOG link only inside the tarball or to the repository by URL', () => {
  const files = tarballFiles();
  assert.ok(files.has('README.md') && files.has('CHANGELOG.md'), 'the package ships README.md and CHANGELOG.md');
  const shipped = { 'README.md': read('pkg/README.md'), 'CHANGELOG.md': read('pkg/CHANGELOG.md') };
  assert.equal(shipped['README.md'], read('js/README.md'), 'pkg/README.md is js/README.md (rebuild: scripts/build.sh)');
  let count = 0;
  for (const [name, text] of Object.entries(shipped)) {
    const links = linksOf(text);
    count += links.length;
    const problems = problemsOf(links, {
      ownAnchors: anchorsOf(text),
      resolveRelative: (link) => {
        const [path, anchor] = link.split('#');
        if (!files.has(path)) return 'not in the tarball';
        if (anchor && path.endsWith('.md') && !anchorsOf(read(`pkg/${path}`)).has(anchor)) return `no heading #${anchor} in ${path}`;
        return null;
      },
    });
    assert.deepEqual(problems, [], name);
  }
  assert.ok(count >= 20, `links checked: ${count}`);
});

test('the repository README links to files of the repository, the package README among them', () => {
  const readme = read('README.md');
  const links = linksOf(readme);
  assert.ok(links.includes('js/README.md'), 'the repository README links to the package README');
  const problems = problemsOf(links, {
    ownAnchors: anchorsOf(readme),
    resolveRelative: (link) => {
      const [path, anchor] = link.split('#');
      if (!existsSync(new URL(path, root))) return 'no such file';
      if (anchor && path.endsWith('.md') && !anchorsOf(read(path)).has(anchor)) return `no heading #${anchor} in ${path}`;
      return null;
    },
  });
  assert.deepEqual(problems, []);
});

test('the link checker itself catches a dead link, a foreign host and a missing heading', () => {
  const text = '# Top\n[a](missing.md) [b](https://example.com/x) [c](#nowhere) [d](#top) `[e](ignored.md)`\n```\n[f](ignored.md)\n```\n';
  const problems = problemsOf(linksOf(text), { ownAnchors: anchorsOf(text), resolveRelative: () => 'not in the tarball' });
  assert.equal(problems.length, 3, problems.join('\n'));
});
