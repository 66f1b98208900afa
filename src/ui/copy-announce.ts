import { copyText } from './clipboard.js';

/** The one text every copy button announces when neither clipboard path worked. */
export const COPY_FAILED = 'Copy failed: the clipboard is blocked here; select the text and copy it by hand';

/** Copies `text` from the panel's document and announces `Copied <what>`, or the one failure text. Resolves whether it copied. */
export async function copyAndAnnounce(doc: Document, text: string, what: string, announce: (message: string) => void): Promise<boolean> {
  const ok = await copyText(doc, text);
  announce(ok ? `Copied ${what}` : COPY_FAILED);
  return ok;
}
