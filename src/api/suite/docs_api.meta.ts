// Generated from catalog/suite.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../core/endpoint.ts'
import { array, looseObject, maxLength, picklist, pipe, string } from '../../core/valibot.ts'

/** Input of {@link getDocsApiMeta}. */
export interface GetDocsApiMetaInput {
  body: {
    /** Max 200 items. */
    request_docs: { docs_token: string; docs_type: 'doc' | 'sheet' | 'bitable' | 'mindnote' | 'file' | 'docx' }[]
  }
}

/** `data` of a successful {@link getDocsApiMeta} response. */
export interface GetDocsApiMetaOutput {
  docs_metas?: {
    docs_token?: string
    docs_type?: string
    title?: string
    owner_id?: string
    create_time?: number
    latest_modify_user?: string
    latest_modify_time?: number
  }[]
}

/**
 * `suite.docs_api.meta.get`: POST /open-apis/suite/docs-api/meta (tenant or user token).
 *
 * On the platform's API list but in no other SDK's catalog: typed from its doc page.
 *
 * @deprecated Use `batchQueryMeta` from `larkfn/drive/v1` instead.
 * @see https://open.feishu.cn/document/server-docs/historic-version/docs/drive/file/obtain-metadata
 */
export const getDocsApiMeta = /*#__PURE__*/ endpoint<GetDocsApiMetaInput, GetDocsApiMetaOutput>({
  id: 'suite.docs_api.meta.get',
  method: 'POST',
  path: '/open-apis/suite/docs-api/meta',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        request_docs: pipe(
          array(looseObject({
            docs_token: string(),
            docs_type: picklist(['doc', 'sheet', 'bitable', 'mindnote', 'file', 'docx']),
          })),
          maxLength(200),
        ),
      }),
    }),
})
