// Generated from catalog/suite.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'
import { array, looseObject, number, optional, picklist, string } from '../../core/valibot.ts'

/** Input of {@link searchDocsApiObject}. */
export interface SearchDocsApiObjectInput {
  body: {
    search_key: string
    count?: number
    offset?: number
    owner_ids?: string[]
    chat_ids?: string[]
    docs_types?: ('doc' | 'sheet' | 'slides' | 'bitable' | 'mindnote' | 'file')[]
  }
}

/** `data` of a successful {@link searchDocsApiObject} response. */
export interface SearchDocsApiObjectOutput {
  docs_entities?: { docs_token?: string; docs_type?: string; title?: string; owner_id?: string }[]
  has_more?: boolean
  total?: number
}

/**
 * `suite.docs_api.object.search`: POST /open-apis/suite/docs-api/search/object (user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @see https://open.feishu.cn/document/server-docs/docs/drive-v1/search/document-search
 */
export const searchDocsApiObject = /*#__PURE__*/ endpoint<SearchDocsApiObjectInput, SearchDocsApiObjectOutput>({
  id: 'suite.docs_api.object.search',
  method: 'POST',
  path: '/open-apis/suite/docs-api/search/object',
  tokens: ['user'],
  input: () =>
    looseObject({
      body: looseObject({
        search_key: string(),
        count: optional(number()),
        offset: optional(number()),
        owner_ids: optional(array(string())),
        chat_ids: optional(array(string())),
        docs_types: optional(array(picklist(['doc', 'sheet', 'slides', 'bitable', 'mindnote', 'file']))),
      }),
    }),
})
