// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link loginEcoExamInfo}. */
export interface LoginEcoExamInfoInput {
  path: { exam_id: string }
  body: { result?: number; msg?: string; exam_login_info: { exam_url: string; username?: string; password?: string } }
}

/** `data` of a successful {@link loginEcoExamInfo} response. */
export type LoginEcoExamInfoOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_exam.login_info`: POST /open-apis/hire/v1/eco_exams/:exam_id/login_info (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=login_info&project=hire&resource=eco_exam&version=v1
 */
export const loginEcoExamInfo = /*#__PURE__*/ endpoint<LoginEcoExamInfoInput, LoginEcoExamInfoOutput>({
  id: 'hire.v1.eco_exam.login_info',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_exams/:exam_id/login_info',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ exam_id: string() }),
      body: looseObject({
        result: optional(number()),
        msg: optional(string()),
        exam_login_info: looseObject({
          exam_url: string(),
          username: optional(string()),
          password: optional(string()),
        }),
      }),
    }),
})

/** Input of {@link updateEcoExamResult}. */
export interface UpdateEcoExamResultInput {
  path: { exam_id: string }
  body: {
    result: string
    result_time?: string
    report_list?: { name: string; url: string; answer_time?: string }[]
    detail_list?: { id?: string; name: string; result: string }[]
    status?: number
  }
}

/** `data` of a successful {@link updateEcoExamResult} response. */
export type UpdateEcoExamResultOutput = { [key: string]: unknown }

/**
 * `hire.v1.eco_exam.update_result`: POST /open-apis/hire/v1/eco_exams/:exam_id/update_result (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update_result&project=hire&resource=eco_exam&version=v1
 */
export const updateEcoExamResult = /*#__PURE__*/ endpoint<UpdateEcoExamResultInput, UpdateEcoExamResultOutput>({
  id: 'hire.v1.eco_exam.update_result',
  method: 'POST',
  path: '/open-apis/hire/v1/eco_exams/:exam_id/update_result',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ exam_id: string() }),
      body: looseObject({
        result: string(),
        result_time: optional(string()),
        report_list: optional(array(looseObject({ name: string(), url: string(), answer_time: optional(string()) }))),
        detail_list: optional(array(looseObject({ id: optional(string()), name: string(), result: string() }))),
        status: optional(number()),
      }),
    }),
})
