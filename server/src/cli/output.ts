/**
 * The report as it is computed, file by file: small writes gathered into chunks, each written
 * when the stream takes it (a slow pipe holds the producer back instead of piling the report up
 * in memory). A closed pipe (`| head`) stops the writing quietly: `closed` tells the producer.
 */
const CHUNK = 1 << 16;

export class Output {
  private parts: string[] = [];
  private size = 0;
  closed = false;

  constructor(private readonly stream: NodeJS.WritableStream = process.stdout) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      this.closed = true;
    });
  }

  async write(s: string): Promise<void> {
    if (this.closed) return;
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.closed || this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }
}
