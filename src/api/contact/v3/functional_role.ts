// Generated from catalog/contact.v3.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'

/** Input of {@link createFunctionalRole}. */
export interface CreateFunctionalRoleInput {
  body: { role_name: string }
}

/** `data` of a successful {@link createFunctionalRole} response. */
export interface CreateFunctionalRoleOutput {
  role_id: string
}

/**
 * `contact.v3.functional_role.create`: POST /open-apis/contact/v3/functional_roles (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=contact&resource=functional_role&version=v3
 */
export const createFunctionalRole = /*#__PURE__*/ endpoint<CreateFunctionalRoleInput, CreateFunctionalRoleOutput>({
  id: 'contact.v3.functional_role.create',
  method: 'POST',
  path: '/open-apis/contact/v3/functional_roles',
  tokens: ['tenant'],
  input: () => looseObject({ body: looseObject({ role_name: string() }) }),
})

/** Input of {@link deleteFunctionalRole}. */
export interface DeleteFunctionalRoleInput {
  path: { role_id: string }
}

/** `data` of a successful {@link deleteFunctionalRole} response. */
export type DeleteFunctionalRoleOutput = { [key: string]: unknown }

/**
 * `contact.v3.functional_role.delete`: DELETE /open-apis/contact/v3/functional_roles/:role_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=contact&resource=functional_role&version=v3
 */
export const deleteFunctionalRole = /*#__PURE__*/ endpoint<DeleteFunctionalRoleInput, DeleteFunctionalRoleOutput>({
  id: 'contact.v3.functional_role.delete',
  method: 'DELETE',
  path: '/open-apis/contact/v3/functional_roles/:role_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ role_id: string() }) }),
})

/** Input of {@link updateFunctionalRole}. */
export interface UpdateFunctionalRoleInput {
  path: { role_id: string }
  body: { role_name: string }
}

/** `data` of a successful {@link updateFunctionalRole} response. */
export type UpdateFunctionalRoleOutput = { [key: string]: unknown }

/**
 * `contact.v3.functional_role.update`: PUT /open-apis/contact/v3/functional_roles/:role_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=contact&resource=functional_role&version=v3
 */
export const updateFunctionalRole = /*#__PURE__*/ endpoint<UpdateFunctionalRoleInput, UpdateFunctionalRoleOutput>({
  id: 'contact.v3.functional_role.update',
  method: 'PUT',
  path: '/open-apis/contact/v3/functional_roles/:role_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ role_id: string() }), body: looseObject({ role_name: string() }) }),
})
