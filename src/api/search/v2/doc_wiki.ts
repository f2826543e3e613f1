// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import { CreateTimeSchema } from './models.ts'
import type { CreateTime } from './types.ts'

/** Input of {@link searchDocWiki}. */
export interface SearchDocWikiInput {
  body: {
    query: string
    doc_filter?: {
      creator_ids?: string[]
      doc_types?: (
        | 'DOC'
        | 'SHEET'
        | 'BITABLE'
        | 'MINDNOTE'
        | 'FILE'
        | 'WIKI'
        | 'DOCX'
        | 'FOLDER'
        | 'CATALOG'
        | 'SLIDES'
        | 'SHORTCUT'
      )[]
      folder_tokens?: string[]
      only_title?: boolean
      open_time?: CreateTime
      sort_type?:
        | 'DEFAULT_TYPE'
        | 'OPEN_TIME'
        | 'EDIT_TIME'
        | 'EDIT_TIME_ASC'
        | 'ENTITY_CREATE_TIME_ASC'
        | 'ENTITY_CREATE_TIME_DESC'
        | 'CREATE_TIME'
        | 'CREATE_TIME_ASC'
      create_time?: CreateTime
      chat_ids?: string[]
      sharer_ids?: string[]
      only_comment?: boolean
      my_edit_time?: CreateTime
      my_comment_time?: CreateTime
      original_creator_ids?: string[]
    }
    wiki_filter?: {
      creator_ids?: string[]
      doc_types?: (
        | 'DOC'
        | 'SHEET'
        | 'BITABLE'
        | 'MINDNOTE'
        | 'FILE'
        | 'WIKI'
        | 'DOCX'
        | 'FOLDER'
        | 'CATALOG'
        | 'SLIDES'
        | 'SHORTCUT'
      )[]
      space_ids?: string[]
      only_title?: boolean
      open_time?: CreateTime
      sort_type?:
        | 'DEFAULT_TYPE'
        | 'OPEN_TIME'
        | 'EDIT_TIME'
        | 'EDIT_TIME_ASC'
        | 'ENTITY_CREATE_TIME_ASC'
        | 'ENTITY_CREATE_TIME_DESC'
        | 'CREATE_TIME'
        | 'CREATE_TIME_ASC'
      create_time?: CreateTime
      chat_ids?: string[]
      sharer_ids?: string[]
      only_comment?: boolean
      my_edit_time?: CreateTime
      my_comment_time?: CreateTime
      original_creator_ids?: string[]
    }
    page_token?: string
    page_size?: number
  }
}

/** `data` of a successful {@link searchDocWiki} response. */
export interface SearchDocWikiOutput {
  total?: number
  has_more: boolean
  res_units?: {
    title_highlighted?: string
    summary_highlighted?: string
    entity_type?: 'DOC' | 'WIKI'
    result_meta?: {
      doc_types?:
        | 'DOC'
        | 'SHEET'
        | 'BITABLE'
        | 'MINDNOTE'
        | 'FILE'
        | 'WIKI'
        | 'DOCX'
        | 'FOLDER'
        | 'CATALOG'
        | 'SLIDES'
        | 'SHORTCUT'
      update_time?: number
      url?: string
      owner_name?: string
      owner_id?: string
      is_cross_tenant?: boolean
      create_time?: number
      last_open_time?: number
      edit_user_id?: string
      edit_user_name?: string
      token?: string
      file_type?: string
      icon_info?: string
    }
  }[]
  page_token?: string
  notice?: string
}

/**
 * `search.v2.doc_wiki.search`: POST /open-apis/search/v2/doc_wiki/search (tenant or user token).
 *
 * Paginated over `res_units` (page token in the body).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=search&project=search&resource=doc_wiki&version=v2
 */
export const searchDocWiki = /*#__PURE__*/ endpoint<SearchDocWikiInput, SearchDocWikiOutput, true>({
  id: 'search.v2.doc_wiki.search',
  method: 'POST',
  path: '/open-apis/search/v2/doc_wiki/search',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        query: string(),
        doc_filter: optional(looseObject({
          creator_ids: optional(array(string())),
          doc_types: optional(array(picklist([
            'DOC',
            'SHEET',
            'BITABLE',
            'MINDNOTE',
            'FILE',
            'WIKI',
            'DOCX',
            'FOLDER',
            'CATALOG',
            'SLIDES',
            'SHORTCUT',
          ]))),
          folder_tokens: optional(array(string())),
          only_title: optional(boolean()),
          open_time: optional(CreateTimeSchema()),
          sort_type: optional(picklist([
            'DEFAULT_TYPE',
            'OPEN_TIME',
            'EDIT_TIME',
            'EDIT_TIME_ASC',
            'ENTITY_CREATE_TIME_ASC',
            'ENTITY_CREATE_TIME_DESC',
            'CREATE_TIME',
            'CREATE_TIME_ASC',
          ])),
          create_time: optional(CreateTimeSchema()),
          chat_ids: optional(array(string())),
          sharer_ids: optional(array(string())),
          only_comment: optional(boolean()),
          my_edit_time: optional(CreateTimeSchema()),
          my_comment_time: optional(CreateTimeSchema()),
          original_creator_ids: optional(array(string())),
        })),
        wiki_filter: optional(looseObject({
          creator_ids: optional(array(string())),
          doc_types: optional(array(picklist([
            'DOC',
            'SHEET',
            'BITABLE',
            'MINDNOTE',
            'FILE',
            'WIKI',
            'DOCX',
            'FOLDER',
            'CATALOG',
            'SLIDES',
            'SHORTCUT',
          ]))),
          space_ids: optional(array(string())),
          only_title: optional(boolean()),
          open_time: optional(CreateTimeSchema()),
          sort_type: optional(picklist([
            'DEFAULT_TYPE',
            'OPEN_TIME',
            'EDIT_TIME',
            'EDIT_TIME_ASC',
            'ENTITY_CREATE_TIME_ASC',
            'ENTITY_CREATE_TIME_DESC',
            'CREATE_TIME',
            'CREATE_TIME_ASC',
          ])),
          create_time: optional(CreateTimeSchema()),
          chat_ids: optional(array(string())),
          sharer_ids: optional(array(string())),
          only_comment: optional(boolean()),
          my_edit_time: optional(CreateTimeSchema()),
          my_comment_time: optional(CreateTimeSchema()),
          original_creator_ids: optional(array(string())),
        })),
        page_token: optional(string()),
        page_size: optional(number()),
      }),
    }),
  page: { items: 'res_units', tokenIn: 'body' },
})
