// Generated from catalog/security_and_compliance.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `DeviceRecord` of catalog/security_and_compliance.v2.json. */
export interface DeviceRecord {
  device_record_id: string
  version: string
  current_user_id?: string
  device_name?: string
  model?: string
  device_system: number
  serial_number?: string
  disk_serial_number?: string
  uuid?: string
  mac_address?: string
  android_id?: string
  idfv?: string
  aaid?: string
  device_ownership: number
  device_status: number
  certification_level: number
  device_terminal_type: number
  latest_user_id?: string
  dids?: string[]
  is_managed?: boolean
  mdm_device_id?: string
  mdm_provider_name?: string
  lsa_info?: string
  device_env_info?: string
  created_at?: number
  updated_at?: number
  is_public?: boolean
  source?: number
  cert_verified_at_unix?: string
  cert_serial_number?: string
  cert_issuer?: string
}
