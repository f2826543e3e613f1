/**
 * Cell values of the spreadsheet values API (sheets v2), as its "data types" page describes them, and
 * small constructors for the object kinds.
 *
 * - Plain values: strings, numbers (a date is a number of days since 1899-12-30, shown as a date once
 *   the cell has a date format), booleans, and `null` for an empty cell when reading.
 * - Objects: a formula, a link, a mention of a user or of a document, a dropdown's values, rich text.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/sheets-v3/overview
 * @module
 */

/** Partial text styling (`segmentStyle`). */
export interface SegmentStyle {
  readonly bold?: boolean
  readonly italic?: boolean
  readonly strikeThrough?: boolean
  readonly underline?: boolean
  /** `#rrggbb` */
  readonly foreColor?: string
  /** 9 to 36 */
  readonly fontSize?: number
}

/** `=SUM(A1:A3)`: the cell computes it. */
export interface FormulaCell {
  readonly type: 'formula'
  readonly text: string
}

/** A link shown as `text`. */
export interface LinkCell {
  readonly type: 'url'
  readonly text: string
  readonly link?: string
  readonly texts?: readonly { readonly text: string; readonly segmentStyle?: SegmentStyle }[]
}

/** A mention of a user of the same tenant, by email, open id or union id. */
export interface MentionUserCell {
  readonly type: 'mention'
  readonly text: string
  readonly textType: 'email' | 'openId' | 'unionId'
  readonly notify?: boolean
  readonly grantReadPermission?: boolean
  readonly segmentStyle?: SegmentStyle
}

/** A mention of a document, by token. */
export interface MentionDocCell {
  readonly type: 'mention'
  readonly textType: 'fileToken'
  /** The document's token. */
  readonly text: string
  readonly objType: 'sheet' | 'doc' | 'slide' | 'bitable' | 'mindnote'
  readonly segmentStyle?: SegmentStyle
}

/** The chosen values of a dropdown cell (the dropdown is set up with the data-validation API first). */
export interface MultipleValueCell {
  readonly type: 'multipleValue'
  readonly values: readonly (string | number | boolean)[]
}

/** Styled text. */
export interface TextCell {
  readonly type: 'text'
  readonly text: string
  readonly segmentStyle?: SegmentStyle
}

/** Read back only: an attachment or an embedded image in the cell. */
export interface FileCell {
  readonly type: 'attachment' | 'embed-image'
  readonly fileToken: string
  readonly text?: string
  readonly mimeType?: string
  readonly size?: number
  readonly width?: number
  readonly height?: number
  readonly link?: string
}

/** What a cell holds, as written and as read. */
export type CellValue =
  | string
  | number
  | boolean
  | null
  | FormulaCell
  | LinkCell
  | MentionUserCell
  | MentionDocCell
  | MultipleValueCell
  | TextCell
  | FileCell
  | readonly CellValue[]

/**
 * A formula cell.
 *
 * @example
 * formula('=SUM(B2:B9)') // { type: 'formula', text: '=SUM(B2:B9)' }
 */
export function formula(text: string): FormulaCell {
  return { type: 'formula', text }
}

/** A link cell: `text` shown, `link` opened. */
export function link(text: string, url: string): LinkCell {
  return { type: 'url', text, link: url }
}

/**
 * A mention of a user.
 *
 * @param id The user's email, open id or union id, as `textType` says (default `openId`).
 */
export function mentionUser(
  id: string,
  options: { readonly textType?: MentionUserCell['textType']; readonly notify?: boolean; readonly grantReadPermission?: boolean } = {},
): MentionUserCell {
  return { type: 'mention', text: id, textType: options.textType ?? 'openId', notify: options.notify ?? false, grantReadPermission: options.grantReadPermission ?? false }
}

/** A mention of a document by its token. */
export function mentionDoc(token: string, objType: MentionDocCell['objType']): MentionDocCell {
  return { type: 'mention', textType: 'fileToken', text: token, objType }
}

/** The chosen values of a dropdown cell. */
export function multipleValue(values: readonly (string | number | boolean)[]): MultipleValueCell {
  return { type: 'multipleValue', values }
}

/** Days since 1899-12-30 (the serial number a date cell holds), from a `Date`, in UTC. */
export function dateSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000
}
