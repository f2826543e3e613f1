/** How deep a platform payload may nest (objects and arrays); real events and callbacks use under 20. */
export const MAX_JSON_DEPTH = 100

/**
 * Whether JSON text nests objects and arrays deeper than `max`, strings skipped. One linear pass
 * without allocation, run before `JSON.parse`: a payload a few bytes per level deep parses fine but
 * overflows the stack of whatever walks it later (a handler's `JSON.stringify`, a logger).
 *
 * @param text JSON text (valid or not).
 * @param max The deepest nesting allowed.
 * @returns `true` when some value is nested deeper than `max`.
 */
export function nestsDeeper(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // a backslash escapes the next character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > max) return true
    } else if (c === 125 || c === 93) depth--
  }
  return false
}
