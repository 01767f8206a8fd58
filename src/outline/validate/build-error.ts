/**
 * How a content error reaches the person running the build: Astro prints the message as it
 * is, with our hint under it.
 */
import { AstroError } from 'astro/errors';
import type { ContentValidationError } from './problems';

export const CONTENT_ERROR_HINT = 'Each line names the content file, the field and what was expected.';

/** The error that stops the build for problems in the content. */
export function toBuildError(error: ContentValidationError): AstroError {
  return keepOwnHint(new AstroError(error.message, CONTENT_ERROR_HINT));
}

/**
 * Astro puts a hint about browser APIs ("document is not defined… use client:only") under any
 * error whose text holds "document" or "window" (generateHint in
 * astro/dist/core/errors/dev/utils.js), in place of the error's own hint. Our messages avoid
 * those words, but one may name a field called `document` (content/trich-dan) or quote an
 * author's value. Astro reads the text for that check through toString() alone and prints
 * name, message and hint itself, so the error's toString() gives its name only.
 */
export function keepOwnHint<E extends Error>(error: E): E {
  Object.defineProperty(error, 'toString', { value: () => error.name, configurable: true, writable: true });
  return error;
}
