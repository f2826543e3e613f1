import { describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH, nestsDeeper } from './json.ts'

describe('nestsDeeper', () => {
  it('counts objects and arrays, not brackets inside strings or escaped quotes', () => {
    expect(nestsDeeper('{"a":[1,{"b":2}]}', 3)).toBe(false)
    expect(nestsDeeper('{"a":[1,{"b":[2]}]}', 3)).toBe(true)
    expect(nestsDeeper(`{"s":"${'['.repeat(500)}"}`, 2)).toBe(false)
    expect(nestsDeeper(`{"s":"\\"${'{'.repeat(500)}"}`, 2)).toBe(false)
    expect(nestsDeeper(`{"s":"\\\\"${',"t":'.repeat(1)}${'['.repeat(5)}1${']'.repeat(5)}}`, 3)).toBe(true)
  })

  it(`allows ${MAX_JSON_DEPTH} levels by default and refuses one more`, () => {
    expect(nestsDeeper('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBe(false)
    expect(nestsDeeper('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1))).toBe(true)
    // Unbalanced or truncated text is still scanned without throwing.
    expect(nestsDeeper('['.repeat(400_000))).toBe(true)
    expect(nestsDeeper(']]]]{')).toBe(false)
  })
})
