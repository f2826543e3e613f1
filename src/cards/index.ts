/**
 * `larkfn/cards`: streaming answers into CardKit cards.
 *
 * - `streamMarkdown(ctx, target, source, options?)` writes an async iterable of text (an LLM's
 *   answer) into a card as it arrives: throttled updates with a rising `sequence`, rollover to new
 *   cards when long, streaming turned off at the end with a summary.
 * - `startCardStream(ctx, target, options?)` is the controller underneath (`append`, `set`,
 *   `finish`, `fail`) for producers that are not async iterables.
 * - Card JSON 2.0 types (`CardJson2`, `CardElement`, …) and `defineCard(card)`, an identity helper
 *   that keeps literal types.
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
  STREAM_MAX_BYTES,
  STREAM_MAX_CHARS,
  STREAM_MIN_INTERVAL_MS,
  startCardStream,
  streamMarkdown,
  summarize,
} from './stream.ts'
export type { CardStream, CardStreamOptions, CardStreamResult, StreamMarkdownOptions, StreamTarget } from './stream.ts'
export { defineCard } from './types.ts'
export type {
  ButtonElement,
  ButtonType,
  CallbackBehavior,
  CardBehavior,
  CardBody,
  CardConfig,
  CardConfirm,
  CardElement,
  CardElementBase,
  CardElementTag,
  CardHeader,
  CardHeaderTemplate,
  CardHorizontalAlign,
  CardIcon,
  CardJson2,
  CardLayout,
  CardMultiUrl,
  CardOpen,
  CardSpacing,
  CardStreamingConfig,
  CardStyle,
  CardSummary,
  CardTextTag,
  CardVerticalAlign,
  ChartElement,
  CollapsiblePanelElement,
  ColumnElement,
  ColumnSetElement,
  DivElement,
  FormElement,
  HrElement,
  I18nStrings,
  ImgElement,
  InputElement,
  MarkdownElement,
  OpenUrlBehavior,
  PerClient,
  PersonElement,
  PlainTextObject,
  SelectOption,
  SelectStaticElement,
  TableColumn,
  TableElement,
} from './types.ts'
