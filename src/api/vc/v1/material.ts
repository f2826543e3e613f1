// Generated from catalog/vc.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { RemoveResult } from './types.ts'

/** Input of {@link pullMaterialMeta}. */
export interface PullMaterialMetaInput {
  query?: { device_type?: number; material_type?: number }
}

/** `data` of a successful {@link pullMaterialMeta} response. */
export interface PullMaterialMetaOutput {
  materials: {
    name?: string
    file_token: string
    file_size: number
    device_type: number
    material_type: number
    review_result?: number
  }[]
}

/**
 * `vc.v1.material.pull_meta`: GET /open-apis/vc/v1/materials/pull_meta (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=pull_meta&project=vc&resource=material&version=v1
 */
export const pullMaterialMeta = /*#__PURE__*/ endpoint<PullMaterialMetaInput, PullMaterialMetaOutput>({
  id: 'vc.v1.material.pull_meta',
  method: 'GET',
  path: '/open-apis/vc/v1/materials/pull_meta',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: optional(looseObject({ device_type: optional(number()), material_type: optional(number()) })),
    }),
})

/** Input of {@link removeMaterial}. */
export interface RemoveMaterialInput {
  body: { file_tokens: string[] }
}

/** `data` of a successful {@link removeMaterial} response. */
export interface RemoveMaterialOutput {
  results?: RemoveResult[]
}

/**
 * `vc.v1.material.remove`: POST /open-apis/vc/v1/materials/remove (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=remove&project=vc&resource=material&version=v1
 */
export const removeMaterial = /*#__PURE__*/ endpoint<RemoveMaterialInput, RemoveMaterialOutput>({
  id: 'vc.v1.material.remove',
  method: 'POST',
  path: '/open-apis/vc/v1/materials/remove',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file_tokens: array(string()) }) }),
})

/** Input of {@link uploadMaterialMeta}. */
export interface UploadMaterialMetaInput {
  body: {
    materials: {
      name?: string
      file_token: string
      file_size: number
      device_type: number
      material_type: number
      material_source: number
    }[]
  }
}

/** `data` of a successful {@link uploadMaterialMeta} response. */
export interface UploadMaterialMetaOutput {
  results?: RemoveResult[]
}

/**
 * `vc.v1.material.upload_meta`: POST /open-apis/vc/v1/materials/upload_meta (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload_meta&project=vc&resource=material&version=v1
 */
export const uploadMaterialMeta = /*#__PURE__*/ endpoint<UploadMaterialMetaInput, UploadMaterialMetaOutput>({
  id: 'vc.v1.material.upload_meta',
  method: 'POST',
  path: '/open-apis/vc/v1/materials/upload_meta',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: looseObject({
        materials: array(looseObject({
          name: optional(string()),
          file_token: string(),
          file_size: number(),
          device_type: number(),
          material_type: number(),
          material_source: number(),
        })),
      }),
    }),
})
