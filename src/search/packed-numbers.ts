/**
 * Numbers packed into a string that stands unescaped in a JS string, as the search indexes
 * carry them (compact-index.ts, sharded-index.ts): base 32, one character per digit, most
 * significant first; the last digit of a number comes from another set of 32 characters than
 * the others, so small numbers take one character and no separator is needed.
 */
/** 64 characters that stand unescaped in a JS string: digit d is DIGITS[d] when it ends a number, DIGITS[32 + d] when more follow. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let d = 0; d < DIGITS.length; d += 1) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

/** Reads the numbers of a packed text one after the other, from a given character. */
export class NumberReader {
  constructor(
    private readonly text: string,
    public at = 0,
  ) {}

  next(): number {
    let value = 0;
    for (;;) {
      // A copy cut short (a USB stick pulled out mid-copy) must fail, not loop forever.
      if (this.at >= this.text.length) throw new RangeError('The search index ends in the middle of a record.');
      // Beyond ASCII, no digit either.
      const digit = DIGIT_VALUE[this.text.charCodeAt(this.at++)] ?? -1;
      if (digit < 32) {
        // A character of no digit: a damaged copy, said, not read as a number.
        if (digit < 0) throw new RangeError('The search index holds a character that is no number: the copy is damaged.');
        return value * 32 + digit;
      }
      value = value * 32 + digit - 32;
    }
  }
}

/** `n`, a whole number from 0 up, packed; any other number is refused (a RangeError). */
export function writeNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${n} cannot be packed: expected a whole number from 0 up.`);
  let out = DIGITS[n % 32];
  for (let rest = Math.floor(n / 32); rest > 0; rest = Math.floor(rest / 32)) out = DIGITS[32 + (rest % 32)] + out;
  return out;
}
