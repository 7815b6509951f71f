// The commands' one error type, after marp-cli's CLIError: a code, the exit status it maps to, and a
// message that says what was wrong, where (`FILE:LINE:COL`) and what was expected. Thrown anywhere,
// caught once at the top of each command by runCommand. Pure: no I/O here.

/** Each code with the exit status a command ends with: 2 for input that can't be used, 1 for work that failed. */
const EXIT_STATUS = {
  /** The command's arguments can't be used. */
  USAGE: 2,
  /** The lesson is empty. */
  EMPTY: 2,
  /** The lesson does not start with a `# Title`. */
  NO_TITLE: 2,
  /** The lesson has a title but no `## Section`. */
  NO_SECTIONS: 2,
  /** A section heading can't be used. */
  BAD_SECTION: 2,
  /** A `<!-- pictures: … -->` or `<!-- slide: … -->` comment of the lesson can't be used. */
  BAD_DIRECTIVE: 2,
  /** An input file can't be read. */
  UNREADABLE: 2,
  /** An input file is not UTF-8. */
  NOT_UTF8: 2,
  /** An output can't be written; the old file is left as it was. */
  UNWRITABLE: 2,
  /** The deck was edited by hand and is not overwritten without --force. */
  HAND_EDITED: 2,
  /** The lessons folder holds no lesson. */
  NO_LESSONS: 2,
  /** Two lessons would publish under the same slug. */
  DUPLICATE_SLUG: 2,
  /** A lesson of the course could not be built or exported (the others were). */
  LESSON_FAILED: 1,
  /** A port the command needs is taken by another program. */
  PORT_TAKEN: 2,
  /** No Chromium to drive. */
  NO_BROWSER: 2,
  /** A program a command needs (pdftotext, pdftoppm, ffmpeg, espeak-ng) is not installed. */
  NO_TOOLS: 2,
  /** A font the deck uses is missing or failed to load. */
  FONTS: 1,
  /** Slidev could not build the deck. */
  BUILD: 1,
  /** The print view did not show the pages the deck has. */
  PRINT: 1,
  /** A written file failed a check. */
  VERIFY: 1,
  /** A rehearsal run file does not hold a run. */
  BAD_RUN: 1,
  /** Shard folders that don't make one course: missing, repeated, or built from other lessons or another version. */
  BAD_SHARDS: 2,
  /** A take's slides or clicks no longer match the deck it is to be rendered with. */
  TAKE_MISMATCH: 2,
  /** A recording that can't be listened to: ffmpeg can't decode it, or it holds no speech. */
  BAD_AUDIO: 2,
  /** A recording that does not follow the lesson's notes. */
  NOT_THE_LESSON: 2,
} as const satisfies Record<string, 1 | 2>

export type ErrorCode = keyof typeof EXIT_STATUS

/** A place in a file, 1-based. */
export interface Location {
  file: string
  line: number
  column: number
}

export class CliError extends Error {
  override name = 'CliError'
  readonly code: ErrorCode
  /** Where the problem is, when it is in a file. */
  readonly at?: Location
  /** The message without its location. */
  readonly problem: string
  constructor(code: ErrorCode, problem: string, at?: Location) {
    super(at ? `${at.file}:${at.line}:${at.column}: ${problem}` : problem)
    this.code = code
    this.problem = problem
    this.at = at
  }

  get exitStatus(): 1 | 2 {
    return EXIT_STATUS[this.code]
  }
}

/** The start of a file, for problems with a whole file. */
export function startOf(file: string): Location {
  return { file, line: 1, column: 1 }
}

/** Runs a command's body: a CliError is told on stderr as `NAME: message` and becomes the exit status; anything else is a bug and goes on up. */
export async function runCommand(name: string, err: (text: string) => void, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body()
  }
  catch (error) {
    if (!(error instanceof CliError))
      throw error
    err(`${name}: ${error.message}`)
    return error.exitStatus
  }
}

/** Arguments `parse` can't read become a USAGE error that ends with the command's usage line. */
export function parseUsage<T>(usage: string, parse: () => T): T {
  try {
    return parse()
  }
  catch (error) {
    throw new CliError('USAGE', `${error instanceof CliError ? error.problem : (error as Error).message}\n${usage}`)
  }
}
