// The exports' one error: what went wrong and what to do about it, with the exit code it maps to.

export type ExportErrorCode =
  /** Arguments or the deck can't be used. */
  | 'USAGE'
  /** No Chromium to print with. */
  | 'NO_BROWSER'
  /** No pdftotext / pdftoppm to check the PDF with. */
  | 'NO_TOOLS'
  /** A font the deck uses is missing or failed to load. */
  | 'FONTS'
  /** Slidev could not build the deck. */
  | 'BUILD'
  /** The print view did not show the pages the deck has. */
  | 'PRINT'
  /** The written PDF failed a check. */
  | 'VERIFY'

const EXIT_CODES: Record<ExportErrorCode, number> = { USAGE: 2, NO_BROWSER: 2, NO_TOOLS: 2, FONTS: 1, BUILD: 1, PRINT: 1, VERIFY: 1 }

export class ExportError extends Error {
  override name = 'ExportError'
  readonly code: ExportErrorCode
  constructor(code: ExportErrorCode, message: string) {
    super(message)
    this.code = code
  }

  get exitCode(): number {
    return EXIT_CODES[this.code]
  }
}

/** What a command's main() does with an error: an export error is told and becomes its exit code; anything else is a bug and goes on up. */
export function exitCodeFor(command: string, error: unknown, err: (text: string) => void): number {
  if (!(error instanceof ExportError))
    throw error
  err(`${command}: ${error.message}`)
  return error.exitCode
}
