// Generated from catalog/spark.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link idDirectoryUserConvert}. */
export interface IdDirectoryUserConvertInput {
  body: { id_convert_type: number; ids?: string[] }
}

/** `data` of a successful {@link idDirectoryUserConvert} response. */
export interface IdDirectoryUserConvertOutput {
  items?: { source_id: string; target_id: string }[]
}

/**
 * `spark.v1.directory.user.id_convert`: POST /open-apis/spark/v1/directory/user/id_convert (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=id_convert&project=spark&resource=directory.user&version=v1
 */
export const idDirectoryUserConvert = /*#__PURE__*/ endpoint<IdDirectoryUserConvertInput, IdDirectoryUserConvertOutput>({
  id: 'spark.v1.directory.user.id_convert',
  method: 'POST',
  path: '/open-apis/spark/v1/directory/user/id_convert',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ id_convert_type: number(), ids: optional(array(string())) }) }),
})
