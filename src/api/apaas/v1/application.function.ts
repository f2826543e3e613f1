// Generated from catalog/apaas.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, optional, string } from '../../../core/valibot.ts'

/** Input of {@link invokeApplicationFunction}. */
export interface InvokeApplicationFunctionInput {
  path: { namespace: string; function_api_name: string }
  body?: { params?: string }
}

/** `data` of a successful {@link invokeApplicationFunction} response. */
export interface InvokeApplicationFunctionOutput {
  result?: string
}

/**
 * `apaas.v1.application.function.invoke`: POST /open-apis/apaas/v1/applications/:namespace/functions/:function_api_name/invoke (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=invoke&project=apaas&resource=application.function&version=v1
 */
export const invokeApplicationFunction = /*#__PURE__*/ endpoint<InvokeApplicationFunctionInput, InvokeApplicationFunctionOutput>({
  id: 'apaas.v1.application.function.invoke',
  method: 'POST',
  path: '/open-apis/apaas/v1/applications/:namespace/functions/:function_api_name/invoke',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ namespace: string(), function_api_name: string() }),
      body: optional(looseObject({ params: optional(string()) })),
    }),
})
