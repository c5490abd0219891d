// The batch's text output (events or analyses JSONL, GeoJSON, GeoJSON-seq, CSV) to a file or
// stdout, in input order. It counts what it wrote, so a checkpoint can record where the items done
// end and a resumed run can cut a half-written tail off before going on.
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import type { StreamPosition } from './checkpoint.ts';
import type { ArticleResult, StreamFormat } from './records.ts';
import { BATCH_CSV_COLUMNS } from './records.ts';

const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[\n';
const GEOJSON_TAIL = '\n]}\n';

export class StreamSink {
  private fd: number | undefined;
  private bytes = 0;
  private items = 0;
  /** fsync means something only for a regular file (not /dev/null, a pipe or a terminal). */
  private durable = false;

  /**
   * `file` undefined writes to `stdout`. With `resume`, the file is cut back to the recorded
   * length and continued; without it, the file is created anew.
   */
  constructor(
    readonly format: StreamFormat,
    readonly file: string | undefined,
    private readonly stdout: (chunk: string) => void,
    resume?: StreamPosition,
  ) {
    if (file !== undefined) {
      if (resume) {
        this.fd = openSync(file, 'r+');
        ftruncateSync(this.fd, resume.bytes);
        this.bytes = resume.bytes;
        this.items = resume.items;
      } else {
        this.fd = openSync(file, 'w');
      }
      this.durable = fstatSync(this.fd).isFile();
    }
    if (!resume) {
      if (format === 'csv') this.out(BATCH_CSV_COLUMNS.join(',') + '\r\n');
      if (format === 'geojson') this.out(GEOJSON_HEAD);
    }
    this.flushed = this.position();
  }

  private out(text: string): void {
    if (!text) return;
    if (this.fd === undefined) {
      this.stdout(text);
      this.bytes += Buffer.byteLength(text);
      return;
    }
    const buf = Buffer.from(text);
    // writeSync may write less than asked (large buffers, signals): loop until all is out.
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off, this.bytes + off);
    this.bytes += buf.length;
  }

  write(result: ArticleResult): void {
    if (!result.stream) return;
    if (this.format === 'geojson' && this.items > 0) this.out(',\n');
    this.out(result.stream);
    this.items += result.streamItems;
  }

  position(): StreamPosition {
    return { bytes: this.bytes, items: this.items };
  }

  /** Where the output stood at the last flush: what a checkpoint records. */
  flushed: StreamPosition = { bytes: 0, items: 0 };

  /** Makes what is written durable before a checkpoint claims it. */
  flush(): Promise<void> {
    this.flushed = this.position();
    if (this.fd !== undefined && this.durable) fsyncSync(this.fd);
    return Promise.resolve();
  }

  finish(): void {
    if (this.format === 'geojson') this.out(GEOJSON_TAIL);
    if (this.fd !== undefined) {
      if (this.durable) fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = undefined;
    }
  }

  /** Closes without the closing bracket: an interrupted GeoJSON stays resumable. */
  abandon(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
