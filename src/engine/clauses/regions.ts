/**
 * The regions of a contract that are not its terms: the preamble before the first numbered clause
 * or heading, the recitals, the signature blocks; and the schedules, which number afresh inside.
 */

export const RECITAL_TITLE = /^(?:recitals?|background|preamble|whereas|introduction)\b/i;
/** A clause's run-in title naming the recitals: the whole title, so that "Background Checks." is not one. */
export const RECITAL_RUN_IN = /^(?:recitals?|background|preamble|whereas|introduction)$/i;
export const SIGNATURE_TITLE = /^(?:signatures?|execution|in witness|signed|contacts?|project contacts)\b/i;
/** The operative words that end the recitals: "NOW, THEREFORE, the parties agree as follows:". */
export const OPERATIVE =
  /^\s*(?:now,?\s+therefore\b|(?:the parties|[\w ,&]{1,80}) (?:hereby )?agree as follows|it is (?:hereby )?agreed|agreed terms\b)/i;
