// Generated from catalog/search.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import { AnswerOptionSchema, DisplaySchema, PropertieSchema } from './models.ts'
import type { AnswerOption, Display, Propertie, Schema } from './types.ts'

/** Input of {@link createSchema}. */
export interface CreateSchemaInput {
  query?: { validate_only?: boolean }
  body: { properties: Propertie[]; display: Display; schema_id: string }
}

/** `data` of a successful {@link createSchema} response. */
export interface CreateSchemaOutput {
  schema?: Schema
}

/**
 * `search.v2.schema.create`: POST /open-apis/search/v2/schemas (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=search&resource=schema&version=v2
 */
export const createSchema = /*#__PURE__*/ endpoint<CreateSchemaInput, CreateSchemaOutput>({
  id: 'search.v2.schema.create',
  method: 'POST',
  path: '/open-apis/search/v2/schemas',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ validate_only: optional(boolean()) })),
      body: looseObject({ properties: array(PropertieSchema()), display: DisplaySchema(), schema_id: string() }),
    }),
})

/** Input of {@link deleteSchema}. */
export interface DeleteSchemaInput {
  path: { schema_id: string }
}

/** `data` of a successful {@link deleteSchema} response. */
export type DeleteSchemaOutput = { [key: string]: unknown }

/**
 * `search.v2.schema.delete`: DELETE /open-apis/search/v2/schemas/:schema_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=search&resource=schema&version=v2
 */
export const deleteSchema = /*#__PURE__*/ endpoint<DeleteSchemaInput, DeleteSchemaOutput>({
  id: 'search.v2.schema.delete',
  method: 'DELETE',
  path: '/open-apis/search/v2/schemas/:schema_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ schema_id: string() }) }),
})

/** Input of {@link getSchema}. */
export interface GetSchemaInput {
  path: { schema_id: string }
}

/** `data` of a successful {@link getSchema} response. */
export interface GetSchemaOutput {
  schema?: Schema
}

/**
 * `search.v2.schema.get`: GET /open-apis/search/v2/schemas/:schema_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=search&resource=schema&version=v2
 */
export const getSchema = /*#__PURE__*/ endpoint<GetSchemaInput, GetSchemaOutput>({
  id: 'search.v2.schema.get',
  method: 'GET',
  path: '/open-apis/search/v2/schemas/:schema_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ schema_id: string() }) }),
})

/** Input of {@link patchSchema}. */
export interface PatchSchemaInput {
  path: { schema_id: string }
  body?: { display?: Display; properties?: { name: string; desc?: string; answer_option?: AnswerOption }[] }
}

/** `data` of a successful {@link patchSchema} response. */
export interface PatchSchemaOutput {
  schema?: Schema
}

/**
 * `search.v2.schema.patch`: PATCH /open-apis/search/v2/schemas/:schema_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=search&resource=schema&version=v2
 */
export const patchSchema = /*#__PURE__*/ endpoint<PatchSchemaInput, PatchSchemaOutput>({
  id: 'search.v2.schema.patch',
  method: 'PATCH',
  path: '/open-apis/search/v2/schemas/:schema_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ schema_id: string() }),
      body: optional(looseObject({
        display: optional(DisplaySchema()),
        properties: optional(array(looseObject({
          name: string(),
          desc: optional(string()),
          answer_option: optional(AnswerOptionSchema()),
        }))),
      })),
    }),
})
