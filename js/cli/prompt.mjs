//! Confirmation before something irreversible: asked on a terminal, refused without --yes otherwise
//! (a script that forgot --yes must not hang on a question nobody sees, nor delete silently).
import { createInterface } from 'node:readline';
import { UsageError, VerdictExit, EXIT } from './errors.mjs';

/** Resolves when the user confirmed (or passed --yes); throws otherwise. */
export async function confirm(ctx, question) {
  if (ctx.values.yes) return;
  if (!process.stdin.isTTY || !process.stderr.isTTY) {
    throw new UsageError(`Refusing to ${question} without confirmation: not a terminal.`, 'Pass --yes to confirm in scripts.');
  }
  const answer = await ask(`${question}? This cannot be undone. [y/N] `);
  if (!/^y(es)?$/i.test(answer.trim())) {
    ctx.out.note('Cancelled: nothing was deleted.');
    throw new VerdictExit(EXIT.API);
  }
}

function ask(text) {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    // Ctrl-C at the question: interrupted, exit 130, nothing done.
    rl.on('SIGINT', () => {
      rl.close();
      process.stderr.write('\n');
      process.exit(EXIT.INTERRUPTED);
    });
    rl.question(text, (answer) => {
      rl.close();
      resolve(answer);
    });
  });
}
