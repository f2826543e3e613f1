/** How deep a platform payload may nest (objects and arrays); real events and callbacks use under 20. */
export const MAX_JSON_DEPTH = 100

/**
 * Whether JSON text nests objects and arrays deeper than `max`, brackets inside strings not counted.
 * One linear pass, run before `JSON.parse`: a payload a few bytes per level deep parses fine but
 * overflows the stack of whatever walks it later (a handler's `JSON.stringify`, a logger). With the
 * strings removed, the brackets left show the nesting; the pattern matches each string once, from
 * its opening quote. On text that is not JSON the answer does not matter: it does not parse either.
 *
 * @param text JSON text (valid or not).
 * @param max The deepest nesting allowed.
 * @returns `true` when some value is nested deeper than `max`.
 */
export function nestsDeeper(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0
  for (const c of text.replace(/"(?:[^"\\]|\\.)*"/g, '')) {
    if (c === '{' || c === '[') {
      if (++depth > max) return true
    } else if (c === '}' || c === ']') depth--
  }
  return false
}

/**
 * Parses JSON text of untrusted origin: the value, or `undefined` when the text is not JSON or nests
 * deeper than `max` (checked first, by {@link nestsDeeper}). Never throws.
 *
 * @param text The text.
 * @param max The deepest nesting allowed.
 * @returns The parsed value, or `undefined`.
 */
export function parseJsonWithin(text: string, max: number = MAX_JSON_DEPTH): unknown {
  if (nestsDeeper(text, max)) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
