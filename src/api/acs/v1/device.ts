// Generated from catalog/acs.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'

/** Input of {@link listDevice}. */
export type ListDeviceInput = { [key: string]: never }

/** `data` of a successful {@link listDevice} response. */
export interface ListDeviceOutput {
  items?: {
    device_id?: string
    device_name?: string
    device_sn?: string
    property?: {
      version?: string
      current_device_face_count?: number
      max_face_capacity?: number
      online_status?: number
      device_name?: string
      is_clock_in?: boolean
    }
  }[]
}

/**
 * `acs.v1.device.list`: GET /open-apis/acs/v1/devices (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=acs&resource=device&version=v1
 */
export const listDevice = /*#__PURE__*/ endpoint<ListDeviceInput, ListDeviceOutput>({
  id: 'acs.v1.device.list',
  method: 'GET',
  path: '/open-apis/acs/v1/devices',
  tokens: ['tenant'],
})
