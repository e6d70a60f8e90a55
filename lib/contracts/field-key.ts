/** A terminal profile's field names (`fields.<name>`): letters, digits and _, at most 40. */
export const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
