/**
 * The ready banner as one framed block, written in a single call: child logs (JSON lines on the
 * same stdout) can come before or after it, never between its lines, and the rulers make it easy
 * to find in the stream.
 */
export function formatBanner(lines: (string | false | undefined | null)[]): string {
  const body = lines.filter((l): l is string => typeof l === 'string' && l !== '');
  const rule = '─'.repeat(Math.min(100, Math.max(40, ...body.map((l) => l.length))));
  return `\n${rule}\n${body.join('\n')}\n${rule}\n\n`;
}
