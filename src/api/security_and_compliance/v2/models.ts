// Generated from catalog/security_and_compliance.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, string } from '../../../core/valibot.ts'
import type { DeviceRecord } from './types.ts'

/** Builds the schema of {@link DeviceRecord}. */
export function DeviceRecordSchema(): GenericSchema<DeviceRecord> {
  return looseObject({
    device_record_id: string(),
    version: string(),
    current_user_id: optional(string()),
    device_name: optional(string()),
    model: optional(string()),
    device_system: number(),
    serial_number: optional(string()),
    disk_serial_number: optional(string()),
    uuid: optional(string()),
    mac_address: optional(string()),
    android_id: optional(string()),
    idfv: optional(string()),
    aaid: optional(string()),
    device_ownership: number(),
    device_status: number(),
    certification_level: number(),
    device_terminal_type: number(),
    latest_user_id: optional(string()),
    dids: optional(array(string())),
    is_managed: optional(boolean()),
    mdm_device_id: optional(string()),
    mdm_provider_name: optional(string()),
    lsa_info: optional(string()),
    device_env_info: optional(string()),
    created_at: optional(number()),
    updated_at: optional(number()),
    is_public: optional(boolean()),
    source: optional(number()),
    cert_verified_at_unix: optional(string()),
    cert_serial_number: optional(string()),
    cert_issuer: optional(string()),
  })
}
