/** A data file that could not be read, and where it was moved so the rest of the data opens. */
export interface QuarantinedFile {
  file: string;
  /** Where the file now is; equal to `file` when it was left in place (saved by a newer version). */
  movedTo: string;
  reason: string;
  /** The session the file held, when it was a session file. */
  sessionId?: string;
  /** What the session was, when the store still knew it, so the facilitator recognises it. */
  workshopTitle?: string;
  group?: string;
  createdAt?: string;
  /** The workshop whose unsaved draft the file held, when it was a draft. */
  workshopId?: string;
  /** When it was found: at start, or later when the session was opened. */
  foundAt?: string;
}
