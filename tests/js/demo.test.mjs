// `make demo` run twice on one emulator state (the issue "What real use found": a re-run of the demo
// changes no existing account). The demo itself compares every grant's revision in the emulator's
// snapshot before and after its createMany, and exits non-zero when one changed.
// Needs pkg/ and target/release/nylas-emulator (make test builds both first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const demo = new URL('../../scripts/demo.mjs', import.meta.url).pathname;

test('a re-run of the demo creates nothing and changes no existing account', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-state-'));
  try {
    const run = () => spawnSync(process.execPath, [demo], {
      encoding: 'utf8', timeout: 120_000, env: { ...process.env, DEMO_STATE_DIR: dir },
    });
    const first = run();
    assert.equal(first.status, 0, first.stderr + first.stdout);
    assert.match(first.stdout, /createMany\(26\): 25 created, 0 already existed .*, 1 failed/);
    const second = run();
    assert.equal(second.status, 0, second.stderr + second.stdout);
    assert.match(second.stdout, /createMany\(26\): 0 created, 25 already existed .*, 1 failed/);
    assert.match(second.stdout, /✔ 25 of the 25 accounts that existed before this run left unchanged/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
