/**
 * Print styles of `<fp-form>`: the form prints like the official appendix form on A4, with the
 * committee / national motto header block, the title, the tables, and the signature block;
 * buttons, the status line and the error summary are left out.
 */
import { css } from 'lit';

/** The page rule. `@page` has no effect inside a shadow root, so `<fp-form>` adds it to the document too (see {@link adoptPageRule}). */
export const A4_PAGE_RULE = '@page { size: A4; margin: 15mm; }';

/** Styles for `<fp-form>`'s shadow root: print-only blocks and print layout. */
export const printStyles = css`
  .print-only {
    display: none;
  }
  .signatures {
    display: none;
  }
  @media print {
    @page {
      size: A4;
      margin: 15mm;
    }
    :host {
      font-family: 'Times New Roman', Times, serif;
      font-size: 13pt;
      color: #000;
      background: none;
    }
    .print-only {
      display: block;
    }
    .screen-only,
    button,
    [part~='summary'],
    [part~='status'],
    [part~='notice'],
    [part~='actions'],
    [part~='print-actions'],
    [part~='conflict'],
    [part~='lifecycle'],
    [part~='confirm'] {
      display: none !important;
    }
    .letterhead {
      display: grid;
      grid-template-columns: 1fr 1.4fr;
      gap: 1rem;
      text-align: center;
      margin-block-end: 1.5rem;
      break-inside: avoid;
    }
    .letterhead .line {
      display: block;
    }
    .letterhead .strong {
      font-weight: 700;
    }
    .letterhead .rule::after {
      content: '';
      display: block;
      width: 40%;
      margin: 0.15rem auto 0;
      border-top: 1px solid #000;
    }
    [part~='title'] {
      text-align: center;
      text-transform: uppercase;
      font-size: 14pt;
    }
    [part~='meta'] {
      justify-content: center;
    }
    table {
      border-collapse: collapse;
      break-inside: auto;
    }
    tr {
      break-inside: avoid;
    }
    .signatures {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 2rem;
      margin-block-start: 2rem;
      text-align: center;
      break-inside: avoid;
    }
  }
`;

let adopted = false;

/**
 * Adds {@link A4_PAGE_RULE} to the document once, in a low-priority cascade layer
 * (`formplan-print`), so a page's own `@page` rule still wins.
 * @param doc - the document (default: the global one)
 */
export function adoptPageRule(doc: Document = document): void {
  if (adopted || !('adoptedStyleSheets' in doc)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@layer formplan-print { ${A4_PAGE_RULE} }`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  adopted = true;
}
