/**
 * Copies text from the panel's document. The async clipboard API is tried first; DevTools panels in older
 * Chromium builds and in Firefox block it (permissions policy), so `execCommand('copy')` on a
 * temporary textarea is the fallback. Resolves true when either worked.
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // blocked: fall back below
    }
  }
  return copyWithExecCommand(doc, text);
}

function copyWithExecCommand(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  const previous = doc.activeElement as HTMLElement | null;
  area.select();
  let ok: boolean;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  previous?.focus?.();
  return ok;
}
