import type { ExecMode } from './runner-types.js';
import type { DirectiveFlags } from './directives.js';

export type WantSource = 'transcript' | 'output-block' | 'golden' | null;

/** One runnable documented example. */
export interface Example {
  /** `file:line`, where file is the document's display path and line the 1-based line of the first source line. */
  readonly id: string;
  /** Display path of the document (relative to the working directory, forward slashes). */
  readonly file: string;
  readonly line: number;
  /** Python source, verbatim from the document (prompts stripped for transcripts), ending with a newline. */
  readonly source: string;
  /** Expected output, or null when the document gives none (a smoke example). */
  readonly want: string | null;
  readonly wantSource: WantSource;
  readonly mode: ExecMode;
  /** Effective flags: document defaults merged with the example's own directives. */
  readonly directives: DirectiveFlags;
  readonly kind: 'doctest' | 'smoke';
  /** True when the golden entry was recorded for different source at this line (the example was edited since). */
  readonly goldenSourceChanged: boolean;
  /** Where the expected output is written in the document (for --update-docs), when it is written there. */
  readonly wantSpan?: WantSpan;
  /** The expected effects (a ```effects block after the example: one line per effect, see effectLine), if given. */
  readonly wantEffects?: string;
}

/**
 * The lines of a document that hold an example's expected output: 0-based indexes [start, end) into the
 * document's lines (start === end: none yet, to be inserted there), the indentation each line has, and whether
 * blank lines must be written <BLANKLINE> (transcripts) or as they are (output blocks).
 */
export interface WantSpan {
  readonly start: number;
  readonly end: number;
  readonly indent: string;
  readonly style: 'transcript' | 'block';
}

/** An example as an extractor finds it, before golden files and document defaults are applied. */
export interface RawExample {
  readonly line: number;
  readonly source: string;
  readonly want: string | null;
  readonly wantSource: 'transcript' | 'output-block' | null;
  readonly mode: ExecMode;
  /** Directive text found for this example (e.g. '+ELLIPSIS -NORMALIZE_WHITESPACE'), in order. */
  readonly directiveText: readonly DirectiveSpec[];
  readonly wantSpan?: WantSpan;
  readonly wantEffects?: string;
}

export interface DirectiveSpec {
  readonly text: string;
  readonly line: number;
}

/** A problem in the document itself (unknown directive, unreadable fixture path); reported as a failure at file:line. */
export interface DocumentProblem {
  readonly line: number;
  readonly message: string;
}
