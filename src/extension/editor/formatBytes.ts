/** Byte counts as people read them: `1,024 B`, `12.5 KiB`, `3.20 MiB`. */

/** Formats a byte count (binary units past 10 KiB). */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '';
  const n = Math.abs(bytes);
  if (n < 10 * 1024) return `${sign}${n.toLocaleString('en-US')} B`;
  if (n < 10 * 1024 * 1024) return `${sign}${(n / 1024).toFixed(1)} KiB`;
  return `${sign}${(n / (1024 * 1024)).toFixed(2)} MiB`;
}
