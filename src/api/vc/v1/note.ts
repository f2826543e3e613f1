// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'

/** Input of {@link getNote}. */
export interface GetNoteInput {
  path: { note_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link getNote} response. */
export interface GetNoteOutput {
  note?: {
    creator_id: string
    create_time: string
    artifacts: { artifact_type: number; create_time: string; doc_token: string }[]
    references: { reference_type: number; doc_token: string }[]
    note_source?: { source_type?: string; source_entity_id?: string }
    note_display_type?: number
  }
}

/**
 * `vc.v1.note.get`: GET /open-apis/vc/v1/notes/:note_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=vc&resource=note&version=v1
 */
export const getNote = /*#__PURE__*/ endpoint<GetNoteInput, GetNoteOutput>({
  id: 'vc.v1.note.get',
  method: 'GET',
  path: '/open-apis/vc/v1/notes/:note_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ note_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
    }),
})

/** Input of {@link subscriptionNote}. */
export interface SubscriptionNoteInput {
  body?: { event_type?: string }
}

/** `data` of a successful {@link subscriptionNote} response. */
export type SubscriptionNoteOutput = { [key: string]: unknown }

/**
 * `vc.v1.note.subscription`: POST /open-apis/vc/v1/notes/subscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=subscription&project=vc&resource=note&version=v1
 */
export const subscriptionNote = /*#__PURE__*/ endpoint<SubscriptionNoteInput, SubscriptionNoteOutput>({
  id: 'vc.v1.note.subscription',
  method: 'POST',
  path: '/open-apis/vc/v1/notes/subscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ event_type: optional(string()) })) }),
})

/** Input of {@link unifiedNoteNoteTranscript}. */
export interface UnifiedNoteNoteTranscriptInput {
  path: { note_id: string }
  query?: {
    format?: string
    cursor_id?: string
    page_size?: number
    locale?: string
    user_id_type?: 'user_id' | 'union_id' | 'open_id'
  }
}

/** `data` of a successful {@link unifiedNoteNoteTranscript} response. */
export interface UnifiedNoteNoteTranscriptOutput {
  transcript?: {
    format?: number
    plain_text?: string
    markdown?: string
    structured_transcript_content?: {
      paragraphs?: {
        speaker?: {
          speaker_id?: string
          speaker_type?: number
          speaker_name?: string
          extra?: { room_name?: string; other_device_user_id?: string; other_device_user_name?: string }
        }
        speak_ms?: number
        sentences?: { sentence_id?: string; content: string; start_ms?: number; stop_ms?: number }[]
      }[]
    }
  }
  next_cursor_id?: string
  page_size?: number
  has_more?: boolean
}

/**
 * `vc.v1.note.unified_note_transcript`: GET /open-apis/vc/v1/notes/:note_id/unified_note_transcript (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unified_note_transcript&project=vc&resource=note&version=v1
 */
export const unifiedNoteNoteTranscript = /*#__PURE__*/ endpoint<UnifiedNoteNoteTranscriptInput, UnifiedNoteNoteTranscriptOutput>({
  id: 'vc.v1.note.unified_note_transcript',
  method: 'GET',
  path: '/open-apis/vc/v1/notes/:note_id/unified_note_transcript',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ note_id: string() }),
      query: optional(looseObject({
        format: optional(string()),
        cursor_id: optional(string()),
        page_size: optional(number()),
        locale: optional(string()),
        user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])),
      })),
    }),
})

/** Input of {@link unsubscriptionNote}. */
export interface UnsubscriptionNoteInput {
  body?: { event_type?: string }
}

/** `data` of a successful {@link unsubscriptionNote} response. */
export type UnsubscriptionNoteOutput = { [key: string]: unknown }

/**
 * `vc.v1.note.unsubscription`: POST /open-apis/vc/v1/notes/unsubscription (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=unsubscription&project=vc&resource=note&version=v1
 */
export const unsubscriptionNote = /*#__PURE__*/ endpoint<UnsubscriptionNoteInput, UnsubscriptionNoteOutput>({
  id: 'vc.v1.note.unsubscription',
  method: 'POST',
  path: '/open-apis/vc/v1/notes/unsubscription',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: optional(looseObject({ event_type: optional(string()) })) }),
})
