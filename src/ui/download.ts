/**
 * Saves text as a file through a blob link in the panel's document: no `downloads` permission needed, and
 * nothing leaves the machine. The object URL is revoked once the click has been dispatched.
 */
export function downloadText(doc: Document, fileName: string, text: string, mimeType: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new win.Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  win.setTimeout(() => win.URL.revokeObjectURL(url), 1000);
}

/** "cloud-errors-2026-11-23T08-00-00.har": sortable and safe on every file system. */
export function exportName(now: Date, extension: string): string {
  return `cloud-errors-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.${extension}`;
}
