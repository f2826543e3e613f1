/**
 * Callbacks: deliveries the platform waits on, whose reply body it reads (card actions, link
 * previews). They are never re-pushed, so a repeat is a replay: the dispatcher de-duplicates them
 * like events (v2 by event id, old card callbacks by signature) and answers a repeat `{}`.
 *
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-callback-communication
 * @see https://open.larksuite.com/document/ukTMukTMukTM/uYzM3QjL2MzN04iNzcDN/configuring-card-callbacks/card-callback-structure
 * @module
 */
import type { CardJson2 } from '../cards/types.ts'

/** Who acted on a card. */
export interface CardOperator {
  tenant_key?: string
  user_id?: string
  open_id?: string
  union_id?: string
}

/** The interaction itself: the component's `value`, tag, and what the user entered or picked. */
export interface CardAction {
  value?: Record<string, unknown> | string
  tag?: string
  option?: string
  timezone?: string
  name?: string
  form_value?: Record<string, unknown>
  input_value?: string
  options?: string[]
  checked?: boolean
}

/** `event` of the `card.action.trigger` callback (v2 envelope). */
export interface CardActionTriggerEvent {
  operator?: CardOperator
  /** Token for a delayed card update: valid 30 minutes, at most 2 uses. */
  token?: string
  action?: CardAction
  /** Where the card is: `im_message`, `im_top_notice`, … */
  host?: string
  /** E.g. `url_preview`. */
  delivery_type?: string
  context?: { url?: string; preview_token?: string; open_message_id?: string; open_chat_id?: string }
}

/**
 * The old message-card callback (`card.action.trigger_v1`): the whole request body, no envelope.
 * Signed with SHA-1 and the Verification Token.
 */
export interface CardActionTriggerV1Event {
  open_id?: string
  user_id?: string
  tenant_key?: string
  open_message_id?: string
  open_chat_id?: string
  /** Token for a delayed card update (not the Verification Token). */
  token?: string
  action?: CardAction
}

/** `event` of the `url.preview.get` callback (link preview). */
export interface UrlPreviewGetEvent {
  operator?: CardOperator
  host?: string
  context?: { url?: string; preview_token?: string; open_message_id?: string; open_chat_id?: string }
}

/** A toast shown to the user who acted. */
export interface CardToast {
  type: 'info' | 'success' | 'error' | 'warning'
  content?: string
  /** Texts by locale (`zh_cn`, `en_us`, …). */
  i18n?: Record<string, string>
}

/**
 * A card in a callback reply: raw card JSON (typed as JSON 2.0 when it declares `schema: '2.0'`,
 * see `larkfn/cards`; 1.0 cards pass as plain objects), or a template with its variables.
 */
export type CardReplyCard =
  | { type: 'raw'; data: CardJson2 | Record<string, unknown> }
  | {
      type: 'template'
      data: { template_id: string; template_variable?: Record<string, unknown>; template_version_name?: string }
    }

/** Reply to `card.action.trigger`: both keys optional; `{}` changes nothing. */
export interface CardActionReply {
  toast?: CardToast
  card?: CardReplyCard
}

/**
 * Reply to the old `card.action.trigger_v1`: a message-card JSON that replaces the card, a
 * `{ toast }`, or `{}` to change nothing. Sent as is.
 */
export type CardActionV1Reply = { toast?: CardToast } | Record<string, unknown>

/** Reply to `url.preview.get`: an inline preview and/or a card. */
export interface UrlPreviewReply {
  inline?: {
    title?: string
    i18n_title?: Record<string, string>
    image_key?: string
    url?: { copy_url?: string; ios?: string; android?: string; pc?: string; web?: string }
  }
  card?: CardReplyCard
}

/** Callback type → its `event` payload. */
export interface CallbackMap {
  'card.action.trigger': CardActionTriggerEvent
  'card.action.trigger_v1': CardActionTriggerV1Event
  'url.preview.get': UrlPreviewGetEvent
}

/** Callback type → what its handler may return (the reply body). */
export interface CallbackReplyMap {
  'card.action.trigger': CardActionReply
  'card.action.trigger_v1': CardActionV1Reply
  'url.preview.get': UrlPreviewReply
}

/** The callback types: their handler's return value is the reply body. */
export const CALLBACK_TYPES: ReadonlySet<string> = /*#__PURE__*/ new Set<keyof CallbackMap>([
  'card.action.trigger',
  'card.action.trigger_v1',
  'url.preview.get',
])
