/** `text` with every character a regular expression gives a meaning escaped, to match it as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
