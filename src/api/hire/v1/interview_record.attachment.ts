// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, number, optional, string } from '../../../core/valibot.ts'

/** Input of {@link getInterviewRecordAttachment}. */
export interface GetInterviewRecordAttachmentInput {
  query: { application_id: string; interview_record_id?: string; language?: number }
}

/** `data` of a successful {@link getInterviewRecordAttachment} response. */
export interface GetInterviewRecordAttachmentOutput {
  attachment?: { id?: string; url?: string; name?: string; mime?: string; create_time?: string }
}

/**
 * `hire.v1.interview_record.attachment.get`: GET /open-apis/hire/v1/interview_records/attachments (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=interview_record.attachment&version=v1
 */
export const getInterviewRecordAttachment = /*#__PURE__*/ endpoint<GetInterviewRecordAttachmentInput, GetInterviewRecordAttachmentOutput>({
  id: 'hire.v1.interview_record.attachment.get',
  method: 'GET',
  path: '/open-apis/hire/v1/interview_records/attachments',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: looseObject({
        application_id: string(),
        interview_record_id: optional(string()),
        language: optional(number()),
      }),
    }),
})
