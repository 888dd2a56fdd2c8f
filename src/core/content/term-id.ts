/** A term's id: lower-case letters and digits in words joined by single hyphens (its file name and its link). */
export const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
