/** Captures downloads (downloadText clicks a hidden link to a blob: URL) instead of saving files. */
export function captureDownloads() {
  const downloads: { name: string; url: string }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, url: this.href });
    else original.call(this);
  };
  return {
    downloads,
    /** The text of download `i` (read from its blob: URL, before the page revokes it). */
    text: (i: number) => fetch(downloads[i]!.url).then((r) => r.text()),
    restore: () => (HTMLAnchorElement.prototype.click = original),
  };
}
