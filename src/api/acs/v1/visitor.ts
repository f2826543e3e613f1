// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, picklist, string } from '../../../core/valibot.ts'
import { UserSchema } from './models.ts'
import type { User } from './types.ts'

/** Input of {@link createVisitor}. */
export interface CreateVisitorInput {
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
  body: { user: User }
}

/** `data` of a successful {@link createVisitor} response. */
export interface CreateVisitorOutput {
  visitor_id: string
}

/**
 * `acs.v1.visitor.create`: POST /open-apis/acs/v1/visitors (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=acs&resource=visitor&version=v1
 */
export const createVisitor = /*#__PURE__*/ endpoint<CreateVisitorInput, CreateVisitorOutput>({
  id: 'acs.v1.visitor.create',
  method: 'POST',
  path: '/open-apis/acs/v1/visitors',
  tokens: ['user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
      body: looseObject({ user: UserSchema() }),
    }),
})

/** Input of {@link deleteVisitor}. */
export interface DeleteVisitorInput {
  path: { visitor_id: string }
  query?: { user_id_type?: 'open_id' | 'union_id' | 'user_id' }
}

/** `data` of a successful {@link deleteVisitor} response. */
export type DeleteVisitorOutput = { [key: string]: unknown }

/**
 * `acs.v1.visitor.delete`: DELETE /open-apis/acs/v1/visitors/:visitor_id (user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=acs&resource=visitor&version=v1
 */
export const deleteVisitor = /*#__PURE__*/ endpoint<DeleteVisitorInput, DeleteVisitorOutput>({
  id: 'acs.v1.visitor.delete',
  method: 'DELETE',
  path: '/open-apis/acs/v1/visitors/:visitor_id',
  tokens: ['user'],
  input: () =>
    looseObject({
      path: looseObject({ visitor_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])) })),
    }),
})
