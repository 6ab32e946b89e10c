/** A users file that cannot be read or is malformed: the message names the file and the problem. */
export class UsersFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsersFileError';
  }
}
