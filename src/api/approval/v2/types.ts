// Generated from catalog/approval.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Approval` of catalog/approval.v2.json. */
export interface Approval {
  code?: string
  name?: string
  is_external?: boolean
  external?: { batch_cc_read?: boolean }
}

/** Shared shape `Group` of catalog/approval.v2.json. */
export interface Group {
  external_id?: string
  name?: string
}

/** Shared shape `Instance` of catalog/approval.v2.json. */
export interface Instance {
  code?: string
  external_id?: string
  user_id?: string
  start_time?: number
  end_time?: number
  status?: string
  title?: string
  extra?: string
  serial_id?: string
  link?: Link
}

/** Shared shape `Link` of catalog/approval.v2.json. */
export interface Link {
  pc_link?: string
  mobile_link?: string
}
