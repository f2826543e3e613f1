/**
 * `larkfn/cards`: streaming answers into CardKit cards.
 *
 * - `streamMarkdown(ctx, target, source, options?)` writes an async iterable of text (an LLM's
 *   answer) into a card as it arrives: throttled updates with a rising `sequence`, rollover to new
 *   cards when long, streaming turned off at the end with a summary.
 * - `startCardStream(ctx, target, options?)` is the controller underneath (`append`, `set`,
 *   `finish`, `fail`) for producers that are not async iterables.
 *
 * See docs/cards.md.
 *
 * @example
 * import { streamMarkdown } from 'larkfn/cards'
 * await streamMarkdown(ctx, { replyTo: messageId }, answer)
 *
 * @module
 */
export {
  STALE_SEQUENCE_CODE,
  STREAM_ELEMENT_ID,
  STREAM_MAX_CHARS,
  STREAM_MIN_INTERVAL_MS,
  startCardStream,
  streamMarkdown,
  summarize,
} from './stream.ts'
export type { CardStream, CardStreamOptions, CardStreamResult, StreamMarkdownOptions, StreamTarget } from './stream.ts'
