/**
 * Paging and input errors shared by the stateful routes: `page_size` / `page_token` in, one page
 * with `has_more` / `page_token` out, and the gateway's 99992402 `field validation failed`.
 *
 * @module
 */
import { fakeError, type FakeError } from '../reply.ts'

/** One `field_violations` entry of a 99992402 answer. */
export interface FieldViolation {
  readonly field: string
  readonly value?: string
  readonly description: string
}

/**
 * The gateway's answer to invalid input: HTTP 400, 99992402, `error.field_violations`.
 *
 * @param violations What is wrong, field by field.
 * @returns The error for the handler to return.
 */
export function fieldViolations(violations: readonly FieldViolation[]): FakeError {
  return fakeError(99992402, 'field validation failed', 400, { field_violations: violations })
}

/** Where one page starts and how long it is. */
export interface PageWindow {
  readonly offset: number
  readonly size: number
}

/** Page-size limits of one endpoint. */
export interface PageLimits {
  readonly defaultSize: number
  readonly maxSize: number
}

const TOKEN_PREFIX = 'fakepage:'

/**
 * Reads `page_size` and `page_token` from a query. A size outside 1…max or a token this fake did
 * not issue is a field violation.
 *
 * @param query The request's query.
 * @param limits The endpoint's default and largest page size.
 * @returns The window, or the error to return.
 */
export function readPage(query: URLSearchParams, limits: PageLimits): PageWindow | FakeError {
  const sizeText = query.get('page_size')
  const size = sizeText === null || sizeText === '' ? limits.defaultSize : Number(sizeText)
  if (!Number.isInteger(size) || size < 1 || size > limits.maxSize) {
    return fieldViolations([
      { field: 'page_size', value: sizeText ?? '', description: `page_size must be an integer from 1 to ${limits.maxSize}` },
    ])
  }
  const token = query.get('page_token')
  if (token === null || token === '') return { offset: 0, size }
  const offset = decodeToken(token)
  if (offset === undefined) return fieldViolations([{ field: 'page_token', value: token, description: 'invalid page_token' }])
  return { offset, size }
}

/**
 * Cuts one page out of a list.
 *
 * @param items The whole list, in answer order.
 * @param window Where the page starts and its size.
 * @returns `{ items, has_more, page_token? }`; `page_token` only while more pages follow.
 */
export function pageOf<T>(items: readonly T[], window: PageWindow): { items: T[]; has_more: boolean; page_token?: string } {
  const end = window.offset + window.size
  const page = items.slice(window.offset, end)
  if (end >= items.length) return { items: page, has_more: false }
  return { items: page, has_more: true, page_token: encodeToken(end) }
}

function encodeToken(offset: number): string {
  return btoa(`${TOKEN_PREFIX}${offset}`)
}

function decodeToken(token: string): number | undefined {
  let text: string
  try {
    text = atob(token)
  } catch {
    return undefined
  }
  if (!text.startsWith(TOKEN_PREFIX)) return undefined
  const offset = Number(text.slice(TOKEN_PREFIX.length))
  return Number.isInteger(offset) && offset >= 0 ? offset : undefined
}
