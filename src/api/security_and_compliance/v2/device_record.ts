// Generated from catalog/security_and_compliance.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type { DeviceRecord } from './types.ts'

/** Input of {@link createDeviceRecord}. */
export interface CreateDeviceRecordInput {
  body?: {
    device_system?: number
    device_ownership?: number
    device_status?: number
    is_public?: boolean
    serial_number?: string
    disk_serial_number?: string
    uuid?: string
    mac_address?: string
    android_id?: string
    idfv?: string
    aaid?: string
  }
}

/** `data` of a successful {@link createDeviceRecord} response. */
export interface CreateDeviceRecordOutput {
  device_record_id?: string
}

/**
 * `security_and_compliance.v2.device_record.create`: POST /open-apis/security_and_compliance/v2/device_records (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=security_and_compliance&resource=device_record&version=v2
 */
export const createDeviceRecord = /*#__PURE__*/ endpoint<CreateDeviceRecordInput, CreateDeviceRecordOutput>({
  id: 'security_and_compliance.v2.device_record.create',
  method: 'POST',
  path: '/open-apis/security_and_compliance/v2/device_records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      body: optional(looseObject({
        device_system: optional(number()),
        device_ownership: optional(number()),
        device_status: optional(number()),
        is_public: optional(boolean()),
        serial_number: optional(string()),
        disk_serial_number: optional(string()),
        uuid: optional(string()),
        mac_address: optional(string()),
        android_id: optional(string()),
        idfv: optional(string()),
        aaid: optional(string()),
      })),
    }),
})

/** Input of {@link deleteDeviceRecord}. */
export interface DeleteDeviceRecordInput {
  path: { device_record_id: string }
}

/** `data` of a successful {@link deleteDeviceRecord} response. */
export type DeleteDeviceRecordOutput = { [key: string]: unknown }

/**
 * `security_and_compliance.v2.device_record.delete`: DELETE /open-apis/security_and_compliance/v2/device_records/:device_record_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=security_and_compliance&resource=device_record&version=v2
 */
export const deleteDeviceRecord = /*#__PURE__*/ endpoint<DeleteDeviceRecordInput, DeleteDeviceRecordOutput>({
  id: 'security_and_compliance.v2.device_record.delete',
  method: 'DELETE',
  path: '/open-apis/security_and_compliance/v2/device_records/:device_record_id',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ path: looseObject({ device_record_id: string() }) }),
})

/** Input of {@link getDeviceRecord}. */
export interface GetDeviceRecordInput {
  path: { device_record_id: string }
  query?: { user_id_type?: 'user_id' | 'union_id' | 'open_id' }
}

/** `data` of a successful {@link getDeviceRecord} response. */
export interface GetDeviceRecordOutput {
  device_record?: DeviceRecord
}

/**
 * `security_and_compliance.v2.device_record.get`: GET /open-apis/security_and_compliance/v2/device_records/:device_record_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=security_and_compliance&resource=device_record&version=v2
 */
export const getDeviceRecord = /*#__PURE__*/ endpoint<GetDeviceRecordInput, GetDeviceRecordOutput>({
  id: 'security_and_compliance.v2.device_record.get',
  method: 'GET',
  path: '/open-apis/security_and_compliance/v2/device_records/:device_record_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ device_record_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['user_id', 'union_id', 'open_id'])) })),
    }),
})

/** Input of {@link listDeviceRecord}. */
export interface ListDeviceRecordInput {
  query: {
    page_size: number
    page_token?: string
    device_record_id?: string
    current_user_id?: string
    user_id_type?: 'open_id' | 'union_id' | 'user_id'
    device_name?: string
    serial_number?: string
    disk_serial_number?: string
    mac_address?: string
    android_id?: string
    uuid?: string
    idfv?: string
    aaid?: string
    device_ownership?: number
    device_status?: number
    device_terminal_type?: number
    os?: number
    latest_user_id?: string
    did?: string
    is_managed?: boolean
    mdm_device_id?: string
    mdm_provider_name?: string
    lsa_client_status?: number
    device_env_detect_status?: number
    is_public?: boolean
    source?: number
    cert_serial_number?: string
    cert_issuer?: string
  }
}

/** `data` of a successful {@link listDeviceRecord} response. */
export interface ListDeviceRecordOutput {
  items?: DeviceRecord[]
  page_token: string
  has_more: boolean
}

/**
 * `security_and_compliance.v2.device_record.list`: GET /open-apis/security_and_compliance/v2/device_records (tenant or user token).
 *
 * Paginated over `items`.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=list&project=security_and_compliance&resource=device_record&version=v2
 */
export const listDeviceRecord = /*#__PURE__*/ endpoint<ListDeviceRecordInput, ListDeviceRecordOutput, true>({
  id: 'security_and_compliance.v2.device_record.list',
  method: 'GET',
  path: '/open-apis/security_and_compliance/v2/device_records',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      query: looseObject({
        page_size: number(),
        page_token: optional(string()),
        device_record_id: optional(string()),
        current_user_id: optional(string()),
        user_id_type: optional(picklist(['open_id', 'union_id', 'user_id'])),
        device_name: optional(string()),
        serial_number: optional(string()),
        disk_serial_number: optional(string()),
        mac_address: optional(string()),
        android_id: optional(string()),
        uuid: optional(string()),
        idfv: optional(string()),
        aaid: optional(string()),
        device_ownership: optional(number()),
        device_status: optional(number()),
        device_terminal_type: optional(number()),
        os: optional(number()),
        latest_user_id: optional(string()),
        did: optional(string()),
        is_managed: optional(boolean()),
        mdm_device_id: optional(string()),
        mdm_provider_name: optional(string()),
        lsa_client_status: optional(number()),
        device_env_detect_status: optional(number()),
        is_public: optional(boolean()),
        source: optional(number()),
        cert_serial_number: optional(string()),
        cert_issuer: optional(string()),
      }),
    }),
  page: { items: 'items' },
})

/** Input of {@link mineDeviceRecord}. */
export type MineDeviceRecordInput = { [key: string]: never }

/** `data` of a successful {@link mineDeviceRecord} response. */
export interface MineDeviceRecordOutput {
  device_record_id?: string
  device_ownership?: number
  device_status?: number
}

/**
 * `security_and_compliance.v2.device_record.mine`: GET /open-apis/security_and_compliance/v2/device_records/mine (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=mine&project=security_and_compliance&resource=device_record&version=v2
 */
export const mineDeviceRecord = /*#__PURE__*/ endpoint<MineDeviceRecordInput, MineDeviceRecordOutput>({
  id: 'security_and_compliance.v2.device_record.mine',
  method: 'GET',
  path: '/open-apis/security_and_compliance/v2/device_records/mine',
  tokens: ['tenant', 'user'],
})

/** Input of {@link updateDeviceRecord}. */
export interface UpdateDeviceRecordInput {
  path: { device_record_id: string }
  query: { version: string }
  body?: { device_ownership?: number; device_status?: number; is_public?: boolean }
}

/** `data` of a successful {@link updateDeviceRecord} response. */
export type UpdateDeviceRecordOutput = { [key: string]: unknown }

/**
 * `security_and_compliance.v2.device_record.update`: PUT /open-apis/security_and_compliance/v2/device_records/:device_record_id (tenant or user token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=update&project=security_and_compliance&resource=device_record&version=v2
 */
export const updateDeviceRecord = /*#__PURE__*/ endpoint<UpdateDeviceRecordInput, UpdateDeviceRecordOutput>({
  id: 'security_and_compliance.v2.device_record.update',
  method: 'PUT',
  path: '/open-apis/security_and_compliance/v2/device_records/:device_record_id',
  tokens: ['tenant', 'user'],
  input: () =>
    looseObject({
      path: looseObject({ device_record_id: string() }),
      query: looseObject({ version: string() }),
      body: optional(looseObject({
        device_ownership: optional(number()),
        device_status: optional(number()),
        is_public: optional(boolean()),
      })),
    }),
})
