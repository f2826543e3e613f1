// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { MentionEntitySchema } from './models.ts'
import type { MentionEntity, Note } from './types.ts'

/** Input of {@link createNote}. */
export interface CreateNoteInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    talent_id: string
    application_id?: string
    creator_id?: string
    content: string
    privacy?: number
    notify_mentioned_user?: boolean
    mention_entity_list?: MentionEntity[]
  }
}

/** `data` of a successful {@link createNote} response. */
export interface CreateNoteOutput {
  note?: Note
}

/**
 * `hire.v1.note.create`: POST /open-apis/hire/v1/notes (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=hire&resource=note&version=v1
 */
export const createNote = /*#__PURE__*/ endpoint<CreateNoteInput, CreateNoteOutput>({
  id: 'hire.v1.note.create',
  method: 'POST',
  path: '/open-apis/hire/v1/notes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        talent_id: string(),
        application_id: optional(string()),
        creator_id: optional(string()),
        content: string(),
        privacy: optional(number()),
        notify_mentioned_user: optional(boolean()),
        mention_entity_list: optional(array(MentionEntitySchema())),
      }),
    }),
})

/** Input of {@link deleteNote}. */
export interface DeleteNoteInput {
  path: { note_id: string }
}

/** `data` of a successful {@link deleteNote} response. */
export type DeleteNoteOutput = { [key: string]: unknown }

/**
 * `hire.v1.note.delete`: DELETE /open-apis/hire/v1/notes/:note_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=hire&resource=note&version=v1
 */
export const deleteNote = /*#__PURE__*/ endpoint<DeleteNoteInput, DeleteNoteOutput>({
  id: 'hire.v1.note.delete',
  method: 'DELETE',
  path: '/open-apis/hire/v1/notes/:note_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ note_id: string() }) }),
})

/** Input of {@link getNote}. */
export interface GetNoteInput {
  path: { note_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
}

/** `data` of a successful {@link getNote} response. */
export interface GetNoteOutput {
  note?: Note
}

/**
 * `hire.v1.note.get`: GET /open-apis/hire/v1/notes/:note_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=note&version=v1
 */
export const getNote = /*#__PURE__*/ endpoint<GetNoteInput, GetNoteOutput>({
  id: 'hire.v1.note.get',
  method: 'GET',
  path: '/open-apis/hire/v1/notes/:note_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ note_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
    }),
})

/** Input of {@link listNote}. */
export interface ListNoteInput {
  query: {
    page_size?: number
    page_token?: string
    talent_id: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id'
  }
}

/** `data` of a successful {@link listNote} response. */
export interface ListNoteOutput {
  items?: Note[]
  has_more?: boolean
  page_token?: string
}

/**
 * `hire.v1.note.list`: GET /open-apis/hire/v1/notes (tenant token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=hire&resource=note&version=v1
 */
export const listNote = /*#__PURE__*/ endpoint<ListNoteInput, ListNoteOutput, true>({
  id: 'hire.v1.note.list',
  method: 'GET',
  path: '/open-apis/hire/v1/notes',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: optional(number()),
        page_token: optional(string()),
        talent_id: string(),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link patchNote}. */
export interface PatchNoteInput {
  path: { note_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' | 'people_admin_id' }
  body: {
    content: string
    operator_id?: string
    notify_mentioned_user?: boolean
    mention_entity_list?: MentionEntity[]
  }
}

/** `data` of a successful {@link patchNote} response. */
export interface PatchNoteOutput {
  note?: Note
}

/**
 * `hire.v1.note.patch`: PATCH /open-apis/hire/v1/notes/:note_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=hire&resource=note&version=v1
 */
export const patchNote = /*#__PURE__*/ endpoint<PatchNoteInput, PatchNoteOutput>({
  id: 'hire.v1.note.patch',
  method: 'PATCH',
  path: '/open-apis/hire/v1/notes/:note_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ note_id: string() }),
      query: optional(looseObject({
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id', 'people_admin_id'])),
      })),
      body: looseObject({
        content: string(),
        operator_id: optional(string()),
        notify_mentioned_user: optional(boolean()),
        mention_entity_list: optional(array(MentionEntitySchema())),
      }),
    }),
})
