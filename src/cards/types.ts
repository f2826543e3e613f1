/**
 * Types for Feishu / Lark card JSON 2.0 (`schema: '2.0'`), the card shape the card kit
 * (`cardkit/v1`) and streaming updates need.
 *
 * Only types, plus the identity `defineCard` for inference. Every object keeps an index signature
 * (`[key: string]: unknown`) so fields the platform adds later still type-check; a component's
 * `tag` is a literal, so a misspelt tag does not. Arrays are `readonly` so `defineCard`'s `const`
 * inference keeps literal tuples.
 *
 * Structure: https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 * Components: https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/component-json-v2-overview
 *
 * @module
 */

/**
 * Any further fields the platform accepts (JSON 2.0 rejects unknown fields server-side; these types do not).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardOpen {
  [key: string]: unknown
}

/**
 * A locale-keyed set of strings (`zh_cn`, `en_us`, `ja_jp`, `zh_hk`, `zh_tw`, ...).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/configure-multi-language-content
 */
export type I18nStrings = Readonly<Record<string, string>>

/**
 * Spacing: a keyword (4, 8, 12 or 16 px) or a pixel value such as `'3px'` (0..99 px).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export type CardSpacing = 'small' | 'medium' | 'large' | 'extra_large' | (string & {})

/**
 * Horizontal alignment of text or children.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export type CardHorizontalAlign = 'left' | 'center' | 'right'

/**
 * Vertical alignment of children.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export type CardVerticalAlign = 'top' | 'center' | 'bottom'

/**
 * Fields every JSON 2.0 component may carry.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardElementBase extends CardOpen {
  /**
   * The component's id for the card kit's element APIs (streaming text, update, delete). Unique
   * in the card; letters, digits and underscores, starting with a letter, at most 20 characters.
   */
  element_id?: string
  /** Outer margin, e.g. `'4px'` or `'4px 0 4px 0'` (range -99..99 px). */
  margin?: string
}

// ---------------------------------------------------------------------------
// Text, icons, links
// ---------------------------------------------------------------------------

/**
 * A text object: `plain_text` (shown as is) or `lark_md` (a markdown subset), used by titles,
 * `div`, buttons and placeholders.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/plain-text
 */
export interface PlainTextObject extends CardOpen {
  tag: 'plain_text' | 'lark_md'
  content?: string
  /** Per-locale content instead of `content`. */
  i18n_content?: I18nStrings
  /** A size keyword (`'normal'`, `'heading'`, ...) or a custom size named in `config.style.text_size`. */
  text_size?: string
  text_color?: string
  text_align?: CardHorizontalAlign
  /** Maximum lines shown before the text is cut. */
  lines?: number
}

/**
 * A prefix icon: a platform icon by `token` (`standard_icon`) or an uploaded image (`custom_icon`).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/enumerations-for-icons
 */
export interface CardIcon extends CardOpen {
  tag: 'standard_icon' | 'custom_icon'
  /** Icon token, for `standard_icon`. */
  token?: string
  /** Icon colour, for `standard_icon`. */
  color?: string
  /** Image key, for `custom_icon`. */
  img_key?: string
}

/**
 * A link with a default address and optional per-client ones.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardMultiUrl extends CardOpen {
  url?: string
  pc_url?: string
  ios_url?: string
  android_url?: string
}

// ---------------------------------------------------------------------------
// Card-level: config, header, body
// ---------------------------------------------------------------------------

/**
 * A value per client: `default` applies everywhere, the others override it on one client.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/streaming-updates-openapi-overview
 */
export interface PerClient<T> extends CardOpen {
  default: T
  android?: T
  ios?: T
  pc?: T
}

/**
 * How streamed text types out (honoured by clients 7.23 and later).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/streaming-updates-openapi-overview
 */
export interface CardStreamingConfig extends CardOpen {
  /** Milliseconds between two typed steps (platform default 70). */
  print_frequency_ms?: PerClient<number>
  /** Characters typed per step (platform default 1). */
  print_step?: PerClient<number>
  /**
   * `'fast'` (default): text still untyped is shown at once when new text arrives;
   * `'delay'`: it keeps typing out first.
   */
  print_strategy?: 'fast' | 'delay'
}

/**
 * The chat-list preview text of the card. While streaming it defaults to a "generating" label.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardSummary extends CardOpen {
  content?: string
  i18n_content?: I18nStrings
}

/**
 * Custom text sizes and colours, named (e.g. `'cus-0'`) and then used by components.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardStyle extends CardOpen {
  text_size?: Readonly<Record<string, { default?: string; pc?: string; mobile?: string; [key: string]: unknown }>>
  color?: Readonly<Record<string, { light_mode: string; dark_mode: string; [key: string]: unknown }>>
}

/**
 * The card's global behaviour: streaming, forwarding, sharing, width, locales, styles.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardConfig extends CardOpen {
  /** A shared card (updates visible to every receiver). JSON 2.0 only accepts `true` (its default). */
  update_multi?: true
  /** Whether the card is in streaming mode (default `false`); the platform turns it off 10 minutes after it was turned on. */
  streaming_mode?: boolean
  streaming_config?: CardStreamingConfig
  summary?: CardSummary
  /** `'default'` (600 px at most), `'compact'` (400 px) or `'fill'` (the chat's width). */
  width_mode?: 'default' | 'compact' | 'fill'
  /** Whether the card may be forwarded (default `true`; a streaming card cannot be). */
  enable_forward?: boolean
  /** Whether a forwarded card still sends callbacks (default `false`). */
  enable_forward_interaction?: boolean
  /** Use the card's own i18n content as its translation (default `false`). */
  use_custom_translation?: boolean
  /** Only these locales take effect. */
  locales?: readonly string[]
  style?: CardStyle
}

/**
 * A tag after the header's title (at most 3 are shown).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/title
 */
export interface CardTextTag extends CardElementBase {
  tag: 'text_tag'
  text: PlainTextObject
  color?: string
}

/**
 * Header colour themes (default `'default'`).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/title
 */
export type CardHeaderTemplate =
  | 'blue'
  | 'wathet'
  | 'turquoise'
  | 'green'
  | 'yellow'
  | 'orange'
  | 'red'
  | 'carmine'
  | 'violet'
  | 'purple'
  | 'indigo'
  | 'grey'
  | 'default'

/**
 * The card's header: title, subtitle, tags, colour theme, icon and padding.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/title
 */
export interface CardHeader extends CardOpen {
  title: PlainTextObject
  subtitle?: PlainTextObject
  text_tag_list?: readonly CardTextTag[]
  i18n_text_tag_list?: Readonly<Record<string, readonly CardTextTag[]>>
  template?: CardHeaderTemplate
  icon?: CardIcon
  /** Inner padding, e.g. `'12px'` (range 0..99 px). */
  padding?: string
}

/**
 * Layout fields shared by the body and the containers that lay out children.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardLayout extends CardOpen {
  direction?: 'vertical' | 'horizontal'
  padding?: string
  horizontal_spacing?: CardSpacing
  horizontal_align?: CardHorizontalAlign
  vertical_spacing?: CardSpacing
  vertical_align?: CardVerticalAlign
}

/**
 * The card's body: its components, in order, and their layout (at most 200 components per card).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardBody extends CardLayout {
  elements: readonly CardElement[]
}

/**
 * A card in JSON 2.0 (`schema: '2.0'`), for messages and the card kit's card entities.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-structure
 */
export interface CardJson2 extends CardOpen {
  schema: '2.0'
  config?: CardConfig
  /** Where a click on the card leads. */
  card_link?: CardMultiUrl
  header?: CardHeader
  body: CardBody
}

// ---------------------------------------------------------------------------
// Content components
// ---------------------------------------------------------------------------

/**
 * Rich text in markdown; the component the card kit streams text into.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/rich-text
 */
export interface MarkdownElement extends CardElementBase {
  tag: 'markdown'
  content: string
  i18n_content?: I18nStrings
  text_size?: string
  text_align?: CardHorizontalAlign
  icon?: CardIcon
}

/**
 * Plain text (`div`): a text object, with an optional icon.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/plain-text
 */
export interface DivElement extends CardElementBase {
  tag: 'div'
  text?: PlainTextObject
  icon?: CardIcon
}

/**
 * An image by its `img_key` (from image upload).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/image
 */
export interface ImgElement extends CardElementBase {
  tag: 'img'
  img_key: string
  alt?: PlainTextObject
  title?: PlainTextObject
  /** `'crop_center'`, `'crop_top'` or `'fit_horizontal'`. */
  scale_type?: string
  /** A size keyword or `'<width>px <height>px'`. */
  size?: string
  corner_radius?: string
  transparent?: boolean
  preview?: boolean
}

/**
 * A horizontal divider.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/component-json-v2-overview
 */
export interface HrElement extends CardElementBase {
  tag: 'hr'
}

/**
 * A column of a table: its key in each row, header text and data type.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/table
 */
export interface TableColumn extends CardOpen {
  /** The key of this column's value in each row. */
  name: string
  display_name?: string
  /** `'text'`, `'lark_md'`, `'options'`, `'number'`, `'persons'`, `'date'`, `'markdown'`, ... */
  data_type?: string
  width?: string
  horizontal_align?: CardHorizontalAlign
  vertical_align?: CardVerticalAlign
  /** Number format (`precision`, `symbol`, `separator`), for `number` columns. */
  format?: CardOpen
  date_format?: string
}

/**
 * A table (root level only, at most five per card): columns and rows, paged.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/table
 */
export interface TableElement extends CardElementBase {
  tag: 'table'
  columns: readonly TableColumn[]
  /** One object per row, keyed by the columns' `name`. */
  rows: readonly Readonly<Record<string, unknown>>[]
  /** Rows per page, 1..10 (default 5). */
  page_size?: number
  /** `'low'`, `'middle'`, `'high'`, `'auto'` or a pixel height. */
  row_height?: string
  row_max_height?: string
  freeze_first_column?: boolean
  header_style?: CardOpen
}

/**
 * A chart from a VChart spec.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/chart
 */
export interface ChartElement extends CardElementBase {
  tag: 'chart'
  chart_spec: Readonly<Record<string, unknown>>
  aspect_ratio?: string
  color_theme?: string
  preview?: boolean
  height?: string
}

/**
 * One person's avatar and name, by user id.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/content-components/user-profile
 */
export interface PersonElement extends CardElementBase {
  tag: 'person'
  user_id: string
  size?: 'extra_small' | 'small' | 'medium' | 'large'
  show_avatar?: boolean
  show_name?: boolean
  style?: 'normal' | 'capsule'
}

// ---------------------------------------------------------------------------
// Containers
// ---------------------------------------------------------------------------

/**
 * A column of a `column_set`, holding components (not `form` or `table`).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/containers/column-set
 */
export interface ColumnElement extends CardElementBase, CardLayout {
  tag: 'column'
  /** `'auto'`, `'weighted'` (with `weight`) or a pixel width. */
  width?: string
  /** Share of the width when `width` is `'weighted'` (1..5). */
  weight?: number
  background_style?: string
  action?: { multi_url?: CardMultiUrl; [key: string]: unknown }
  elements?: readonly CardElement[]
}

/**
 * Columns side by side, with how they adapt on narrow screens.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/containers/column-set
 */
export interface ColumnSetElement extends CardElementBase {
  tag: 'column_set'
  columns: readonly ColumnElement[]
  flex_mode?: 'none' | 'stretch' | 'flow' | 'bisect' | 'trisect'
  horizontal_spacing?: CardSpacing
  horizontal_align?: CardHorizontalAlign
  background_style?: string
  action?: { multi_url?: CardMultiUrl; [key: string]: unknown }
}

/**
 * A panel that folds its components under a header.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/containers/collapsible-panel
 */
export interface CollapsiblePanelElement extends CardElementBase, CardLayout {
  tag: 'collapsible_panel'
  expanded?: boolean
  header?: {
    title?: PlainTextObject | { tag: 'markdown'; content: string; [key: string]: unknown }
    background_color?: string
    icon?: CardIcon
    icon_position?: string
    icon_expanded_angle?: number
    [key: string]: unknown
  }
  border?: { color?: string; corner_radius?: string; [key: string]: unknown }
  background_color?: string
  elements: readonly CardElement[]
}

/**
 * A form: its inputs are sent together when a button with `form_action_type: 'submit'` is pressed.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/containers/form-container
 */
export interface FormElement extends CardElementBase, CardLayout {
  tag: 'form'
  /** The form's name, unique in the card. */
  name: string
  elements: readonly CardElement[]
}

// ---------------------------------------------------------------------------
// Interactive components
// ---------------------------------------------------------------------------

/**
 * A confirmation dialog shown before an interaction goes through.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/interactive-components/button
 */
export interface CardConfirm extends CardOpen {
  title: PlainTextObject
  text?: PlainTextObject
}

/**
 * Opens a link (per-client addresses optional).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/configuring-card-interactions
 */
export interface OpenUrlBehavior extends CardOpen {
  type: 'open_url'
  default_url: string
  pc_url?: string
  ios_url?: string
  android_url?: string
}

/**
 * Sends a card callback to the app with `value`.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/configuring-card-interactions
 */
export interface CallbackBehavior extends CardOpen {
  type: 'callback'
  value?: unknown
}

/**
 * What an interactive component does when used.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/configuring-card-interactions
 */
export type CardBehavior = OpenUrlBehavior | CallbackBehavior

/**
 * Button styles (default `'default'`).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/interactive-components/button
 */
export type ButtonType =
  | 'default'
  | 'primary'
  | 'danger'
  | 'text'
  | 'primary_text'
  | 'danger_text'
  | 'primary_filled'
  | 'danger_filled'
  | 'laser'

/**
 * A button: opens a link or sends a callback (`behaviors`), or, inside a form, submits or resets it
 * (`form_action_type`).
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/interactive-components/button
 */
export interface ButtonElement extends CardElementBase {
  tag: 'button'
  text?: PlainTextObject
  type?: ButtonType
  size?: 'tiny' | 'small' | 'medium' | 'large'
  /** `'default'`, `'fill'` or a pixel width (100 px and more). */
  width?: string
  icon?: CardIcon
  hover_tips?: PlainTextObject
  disabled?: boolean
  disabled_tips?: PlainTextObject
  confirm?: CardConfirm
  behaviors?: readonly CardBehavior[]
  /** In a form: the button's name. */
  name?: string
  /** In a form: whether the button submits or resets the form. */
  form_action_type?: 'submit' | 'reset'
}

/**
 * A text input, usually inside a form.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/interactive-components/input
 */
export interface InputElement extends CardElementBase {
  tag: 'input'
  /** The field's name in the form's submitted values. */
  name?: string
  required?: boolean
  disabled?: boolean
  placeholder?: PlainTextObject
  default_value?: string
  width?: string
  max_length?: number
  input_type?: 'text' | 'multiline_text' | 'password'
  rows?: number
  label?: PlainTextObject
  label_position?: 'top' | 'left'
  behaviors?: readonly CardBehavior[]
  confirm?: CardConfirm
}

/**
 * An option of a dropdown.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/interactive-components/single-select-dropdown-menu
 */
export interface SelectOption extends CardOpen {
  text: PlainTextObject
  value: string
  icon?: CardIcon
}

/**
 * A single-choice dropdown of fixed options.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/interactive-components/single-select-dropdown-menu
 */
export interface SelectStaticElement extends CardElementBase {
  tag: 'select_static'
  options: readonly SelectOption[]
  /** The field's name in the form's submitted values. */
  name?: string
  type?: 'default' | 'text'
  required?: boolean
  disabled?: boolean
  placeholder?: PlainTextObject
  initial_option?: string
  width?: string
  behaviors?: readonly CardBehavior[]
  confirm?: CardConfirm
}

/**
 * Any JSON 2.0 component typed here, told apart by `tag`.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/component-json-v2-overview
 */
export type CardElement =
  | MarkdownElement
  | DivElement
  | ImgElement
  | HrElement
  | TableElement
  | ChartElement
  | PersonElement
  | ColumnSetElement
  | ColumnElement
  | CollapsiblePanelElement
  | FormElement
  | ButtonElement
  | InputElement
  | SelectStaticElement

/**
 * The tags of the typed components.
 * @see https://open.feishu.cn/document/uAjLw4CM/ukzMukzMukzM/feishu-cards/card-json-v2-components/component-json-v2-overview
 */
export type CardElementTag = CardElement['tag']

/**
 * Returns the card unchanged, typed: checks it against {@link CardJson2} and keeps its literal
 * types (tags, `element_id`s, `streaming_mode: true`), so later code can rely on them.
 *
 * @example
 * const answer = defineCard({
 *   schema: '2.0',
 *   config: { streaming_mode: true, summary: { content: '' } },
 *   body: { elements: [{ tag: 'markdown', element_id: 'answer', content: '' }] },
 * })
 */
export function defineCard<const T extends CardJson2>(card: T): T {
  return card
}
