/**
 * Where a run's time and memory go, phase by phase, on stderr when `SEED_LENS_PHASES=1` (the CLI
 * bench asks for it): wall time, CPU time of the whole process (the indexing threads included while
 * they run), resident memory at the end of each phase and the peak so far; then how much of it is the
 * JS heap (used, and held by V8 in all) and how much typed arrays' storage outside it: resident memory
 * well above the two says the heap holds pages it no longer uses.
 */
export class Phases {
  private readonly on = process.env.SEED_LENS_PHASES === '1';
  private wall = performance.now();
  private cpu = process.cpuUsage();

  end(name: string): void {
    if (!this.on) return;
    const now = performance.now();
    const cpu = process.cpuUsage(this.cpu);
    const mem = process.memoryUsage();
    const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
    const peak = process.resourceUsage().maxRSS / 1024;
    process.stderr.write(
      `phase ${name}: ${((now - this.wall) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${mb(mem.rss)} MB resident (peak so far ${peak.toFixed(0)} MB); ` +
        `JS heap ${mb(mem.heapUsed)} MB used of ${mb(mem.heapTotal)}, typed arrays ${mb(mem.arrayBuffers)} MB\n`,
    );
    this.wall = now;
    this.cpu = process.cpuUsage();
  }
}
