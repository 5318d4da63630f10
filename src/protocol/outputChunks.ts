/**
 * A run's output as a terminal shows it: what the script wrote to stdout and what the interpreter
 * wrote to stderr (SyntaxWarnings, "Exception ignored in" reports, the traceback, the teardown's
 * output after it), interleaved in the order it was written. Each chunk keeps its stream so a view
 * can style stderr, and the text of one stream alone is exactly what the CLI writes to it.
 *
 * Obscurity: CPython buffers stdout when it is a pipe (a block at a time), so `python3 x.py 2>&1 |
 * cat` can show stderr first; a terminal (line-buffered) or `python3 -u` shows write order, which
 * is the order here.
 */

/** One piece of output, all from one stream. */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
  /** The traceback or reason the run stopped (the state's `error`), written at its place in stderr. */
  error?: true;
}

/**
 * Interleaves the interpreter's writes: `stderrMarks[i]` is how many stdout chunks were written
 * before stderr chunk `i`; the error text goes before stderr chunk `errorAt.stderr` (after
 * `errorAt.stdout` stdout chunks), or at the end when `errorAt` is null. Adjacent chunks of one
 * stream are joined.
 */
export function interleaveOutput(
  stdout: readonly string[], stderr: readonly string[], stderrMarks: readonly number[],
  error: string | null, errorAt: { stdout: number; stderr: number } | null,
): OutputChunk[] {
  const out: OutputChunk[] = [];
  let written = 0;
  const stdoutUpTo = (n: number) => {
    for (; written < Math.min(n, stdout.length); written++) append(out, { stream: 'stdout', text: stdout[written] });
  };
  const writeError = () => {
    if (error === null) return;
    stdoutUpTo(errorAt?.stdout ?? stdout.length);
    out.push({ stream: 'stderr', text: error, error: true });
  };
  stderr.forEach((text, i) => {
    if (errorAt?.stderr === i) writeError();
    // A chunk written without a mark (not through `Interp.writeStderr`) counts as written last.
    stdoutUpTo(stderrMarks[i] ?? stdout.length);
    append(out, { stream: 'stderr', text });
  });
  if (errorAt === null || errorAt.stderr >= stderr.length) writeError();
  stdoutUpTo(stdout.length);
  return out;
}

/** Everything written to `stream`, as the CLI writes it. */
export function streamText(chunks: readonly OutputChunk[], stream: OutputChunk['stream']): string {
  return chunks.filter((c) => c.stream === stream).map((c) => c.text).join('');
}

/** The output as one text, both streams in order (what a terminal shows). */
export function outputText(chunks: readonly OutputChunk[]): string {
  return chunks.map((c) => c.text).join('');
}

/** The last `max` characters of the output (a long run's panel shows its tail), with a note in front when cut. */
export function outputTail(chunks: readonly OutputChunk[], max: number): OutputChunk[] {
  let total = 0;
  for (let i = chunks.length - 1; i >= 0; i--) {
    total += chunks[i].text.length;
    if (total > max) {
      const kept = chunks[i].text.slice(total - max);
      return [{ stream: 'stdout', text: '… (earlier output not shown)\n' }, { ...chunks[i], text: kept }, ...chunks.slice(i + 1)];
    }
  }
  return [...chunks];
}

function append(out: OutputChunk[], chunk: OutputChunk): void {
  const last = out[out.length - 1];
  if (last && last.stream === chunk.stream && !last.error) last.text += chunk.text;
  else out.push({ ...chunk });
}
