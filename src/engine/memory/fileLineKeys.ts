/**
 * Numbers for the lines of files other than the script: each (file, line) gets one key at or past
 * `base`, in the order first asked for, so it fits wherever a script line number goes (a trace's
 * frame, a footprint's location) and can be turned back into its file and line.
 */
export interface FileLine {
  file: string;
  line: number;
}

export class FileLineKeys {
  private readonly keys = new Map<string, number>();
  private readonly lines: FileLine[] = [];

  constructor(readonly base: number) {}

  /** The key of `line` of `file` (the same key every time). */
  key(file: string, line: number): number {
    const id = `${file}\0${line}`;
    let key = this.keys.get(id);
    if (key === undefined) {
      key = this.base + this.lines.length;
      this.lines.push({ file, line });
      this.keys.set(id, key);
    }
    return key;
  }

  /** The file and line of a key handed out here, or undefined. */
  place(key: number): FileLine | undefined {
    return key >= this.base ? this.lines[key - this.base] : undefined;
  }

  /** Every file and line handed out, in key order. */
  get all(): readonly FileLine[] {
    return this.lines;
  }
}
