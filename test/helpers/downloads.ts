/**
 * Captures downloads (downloadText clicks a hidden link to a blob: URL) instead of saving files,
 * in this window or in a page opened in an iframe.
 */
export function captureDownloads(win: Window & typeof globalThis = window) {
  const downloads: { name: string; url: string }[] = [];
  const prototype = win.HTMLAnchorElement.prototype;
  const original = prototype.click;
  prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, url: this.href });
    else original.call(this);
  };
  return {
    downloads,
    /** The text of download `i` (read from its blob: URL, before the page revokes it). */
    text: (i: number) => win.fetch(downloads[i]!.url).then((r) => r.text()),
    restore: () => (prototype.click = original),
  };
}
