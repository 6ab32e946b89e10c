/** A bad option given to the library: the message names the option and says what is wrong with it. */
export class InvalidOptionError extends Error {
  /** The option's path, e.g. `limits.timeoutSeconds`. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super(`invalid option ${option}: ${problem}`);
    this.name = 'InvalidOptionError';
    this.option = option;
  }
}
