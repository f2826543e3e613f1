// Generated from catalog/verification.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link getVerification}. */
export type GetVerificationInput = { [key: string]: never }

/** `data` of a successful {@link getVerification} response. */
export interface GetVerificationOutput {
  verification?: { name: string; has_verification: boolean }
}

/**
 * `verification.v1.verification.get`: GET /open-apis/verification/v1/verification (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=verification&resource=verification&version=v1
 */
export const getVerification = /*#__PURE__*/ endpoint<GetVerificationInput, GetVerificationOutput>({
  id: 'verification.v1.verification.get',
  method: 'GET',
  path: '/open-apis/verification/v1/verification',
  tokens: ['tenant'],
})
