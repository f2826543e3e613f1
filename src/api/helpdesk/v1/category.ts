// Generated from catalog/helpdesk.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { Categorie } from './types.ts'

/** Input of {@link createCategory}. */
export interface CreateCategoryInput {
  body: { name: string; parent_id: string; language?: string }
}

/** `data` of a successful {@link createCategory} response. */
export interface CreateCategoryOutput {
  category?: Categorie
}

/**
 * `helpdesk.v1.category.create`: POST /open-apis/helpdesk/v1/categories (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=helpdesk&resource=category&version=v1
 */
export const createCategory = /*#__PURE__*/ endpoint<CreateCategoryInput, CreateCategoryOutput>({
  id: 'helpdesk.v1.category.create',
  method: 'POST',
  path: '/open-apis/helpdesk/v1/categories',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({ body: looseObject({ name: string(), parent_id: string(), language: optional(string()) }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link deleteCategory}. */
export interface DeleteCategoryInput {
  path: { id: string }
}

/** `data` of a successful {@link deleteCategory} response. */
export type DeleteCategoryOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.category.delete`: DELETE /open-apis/helpdesk/v1/categories/:id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=helpdesk&resource=category&version=v1
 */
export const deleteCategory = /*#__PURE__*/ endpoint<DeleteCategoryInput, DeleteCategoryOutput>({
  id: 'helpdesk.v1.category.delete',
  method: 'DELETE',
  path: '/open-apis/helpdesk/v1/categories/:id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link getCategory}. */
export interface GetCategoryInput {
  path: { id: string }
}

/** `data` of a successful {@link getCategory} response. */
export interface GetCategoryOutput {
  category_id: string
  id: string
  name: string
  helpdesk_id: string
  language?: string
}

/**
 * `helpdesk.v1.category.get`: GET /open-apis/helpdesk/v1/categories/:id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=helpdesk&resource=category&version=v1
 */
export const getCategory = /*#__PURE__*/ endpoint<GetCategoryInput, GetCategoryOutput>({
  id: 'helpdesk.v1.category.get',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/categories/:id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ id: string() }) }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link listCategory}. */
export interface ListCategoryInput {
  query?: { lang?: string; order_by?: number; asc?: boolean }
}

/** `data` of a successful {@link listCategory} response. */
export interface ListCategoryOutput {
  categories?: Categorie[]
}

/**
 * `helpdesk.v1.category.list`: GET /open-apis/helpdesk/v1/categories (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=helpdesk&resource=category&version=v1
 */
export const listCategory = /*#__PURE__*/ endpoint<ListCategoryInput, ListCategoryOutput>({
  id: 'helpdesk.v1.category.list',
  method: 'GET',
  path: '/open-apis/helpdesk/v1/categories',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({
        lang: optional(string()),
        order_by: optional(number()),
        asc: optional(boolean()),
      })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})

/** Input of {@link patchCategory}. */
export interface PatchCategoryInput {
  path: { id: string }
  body?: { name?: string; parent_id?: string }
}

/** `data` of a successful {@link patchCategory} response. */
export type PatchCategoryOutput = { [key: string]: unknown }

/**
 * `helpdesk.v1.category.patch`: PATCH /open-apis/helpdesk/v1/categories/:id (tenant or user token).
 *
 * Needs the `X-Lark-Helpdesk-Authorization` header.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=helpdesk&resource=category&version=v1
 */
export const patchCategory = /*#__PURE__*/ endpoint<PatchCategoryInput, PatchCategoryOutput>({
  id: 'helpdesk.v1.category.patch',
  method: 'PATCH',
  path: '/open-apis/helpdesk/v1/categories/:id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ id: string() }),
      body: optional(looseObject({ name: optional(string()), parent_id: optional(string()) })),
    }),
  headers: ['X-Lark-Helpdesk-Authorization'],
})
