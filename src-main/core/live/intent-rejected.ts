/** An intent that names something the session does not have (an unknown option, card or statement). */
export class IntentRejected extends Error {}
