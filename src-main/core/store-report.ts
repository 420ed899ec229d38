/** A data file that could not be read when the store opened, and where it was moved. */
export interface QuarantinedFile {
  file: string;
  movedTo: string;
  reason: string;
  /** The session the file held, when it was a session file. */
  sessionId?: string;
}
