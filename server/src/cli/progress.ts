/**
 * A progress bar on stderr, drawn only when stderr is a terminal (a pipe or a log file gets
 * nothing): files done, the rate, and the time left at that rate. Notices printed meanwhile go
 * through `note`, which clears the bar first so that no line is left half-drawn.
 */
const REDRAW_MS = 100;
const WIDTH = 24;

export class Progress {
  private readonly tty: boolean;
  private label = '';
  private total = 0;
  private done = 0;
  private started = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.tty = stream.isTTY === true && process.env.TERM !== 'dumb';
  }

  /** Starts a phase of `total` files (a new bar). */
  start(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.done = 0;
    this.started = performance.now();
    this.lastDraw = 0;
    this.draw(true);
  }

  tick(n = 1): void {
    this.done += n;
    this.draw(this.done >= this.total);
  }

  /** A notice line, printed above the bar. */
  note(line: string): void {
    this.clear();
    this.stream.write(line + '\n');
    this.draw(true);
  }

  /** Removes the bar (the phase is over). */
  end(): void {
    this.clear();
    this.total = 0;
  }

  private clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(force: boolean): void {
    if (!this.tty || this.total === 0) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const elapsed = (now - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const filled = Math.round((WIDTH * this.done) / this.total);
    const left = rate > 0 ? formatSeconds((this.total - this.done) / rate) : '?';
    const line = `${this.label} ${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${this.done.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} files · ${Math.round(rate).toLocaleString('en-US')}/s · ${left} left`;
    this.stream.write('\r\x1b[K' + line.slice(0, Math.max(20, (this.stream.columns || 100) - 1)));
    this.drawn = true;
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s - m * 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
