//! Progress of a bulk create on stderr: a bar redrawn in place on a terminal, plain lines otherwise
//! (a CI log or a pipe gets one line per 5 % instead of a stream of carriage returns).

const WIDTH = 28;
const REDRAW_MS = 80;

export function progressReporter(stream, paint) {
  return stream.isTTY ? new Bar(stream, paint) : new Lines(stream);
}

const counts = (p) => `created ${p.created}  existed ${p.existed}${p.updated ? `  updated ${p.updated}` : ''}  failed ${p.failed}`;

class Bar {
  constructor(stream, paint) {
    this.stream = stream;
    this.paint = paint;
    this.started = Date.now();
    this.drawnAt = 0;
  }

  update(p, { force = false } = {}) {
    const now = Date.now();
    if (!force && now - this.drawnAt < REDRAW_MS && p.done < p.total) return;
    this.drawnAt = now;
    const ratio = p.total ? p.done / p.total : 1;
    const filled = Math.round(ratio * WIDTH);
    const bar = this.paint.green('█'.repeat(filled)) + this.paint.dim('░'.repeat(WIDTH - filled));
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0.5 ? p.done / seconds : 0;
    const eta = rate > 0 && p.done < p.total ? `  ${Math.ceil((p.total - p.done) / rate)}s left` : '';
    const failed = p.failed ? this.paint.red(` failed ${p.failed}`) : ' failed 0';
    const text = `${bar} ${p.done}/${p.total} ${String(Math.floor(ratio * 100)).padStart(3)}%  `
      + `created ${p.created}  existed ${p.existed}${p.updated ? `  updated ${p.updated}` : ''} ${failed}`
      + `${rate ? `  ${rate.toFixed(0)}/s` : ''}${eta}`;
    // \r and clear-to-end: one line that redraws, whatever the previous one's length.
    this.stream.write(`\r${text}\x1b[K`);
  }

  // A note under the bar, which stays as last drawn (after Ctrl-C it shows where the run stopped).
  note(text) { this.stream.write(`${this.drawnAt ? '\n' : ''}${text}\n`); }

  finish(p) {
    this.update(p, { force: true });
    this.stream.write('\n');
  }
}

class Lines {
  constructor(stream) {
    this.stream = stream;
    this.nextAt = 0;
  }

  update(p) {
    const step = Math.max(1, Math.ceil(p.total / 20));
    if (p.done < this.nextAt && p.done < p.total) return;
    this.nextAt = (Math.floor(p.done / step) + 1) * step;
    this.stream.write(`progress ${p.done}/${p.total} (${p.total ? Math.floor((p.done / p.total) * 100) : 100}%)  ${counts(p)}\n`);
  }

  note(text) { this.stream.write(`${text}\n`); }

  finish() {}
}
