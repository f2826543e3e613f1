// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { looseObject, string } from '../../../core/valibot.ts'
import type { Delivery } from './types.ts'

/** Input of {@link getWebsiteDeliveryTask}. */
export interface GetWebsiteDeliveryTaskInput {
  path: { website_id: string; delivery_task_id: string }
}

/** `data` of a successful {@link getWebsiteDeliveryTask} response. */
export interface GetWebsiteDeliveryTaskOutput {
  status?: number
  delivery?: Delivery
  status_msg?: string
  extra_info?: string
}

/**
 * `hire.v1.website.delivery_task.get`: GET /open-apis/hire/v1/websites/:website_id/delivery_tasks/:delivery_task_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=hire&resource=website.delivery_task&version=v1
 */
export const getWebsiteDeliveryTask = /*#__PURE__*/ endpoint<GetWebsiteDeliveryTaskInput, GetWebsiteDeliveryTaskOutput>({
  id: 'hire.v1.website.delivery_task.get',
  method: 'GET',
  path: '/open-apis/hire/v1/websites/:website_id/delivery_tasks/:delivery_task_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ website_id: string(), delivery_task_id: string() }) }),
})
