// Generated from catalog/ehr.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `CertOfMerit` of catalog/ehr.v1.json. */
export interface CertOfMerit {
  id?: string
  mime_type?: string
  name?: string
  size?: number
}

/** Shared shape `ContractCompany` of catalog/ehr.v1.json. */
export interface ContractCompany {
  id?: number
  name?: string
}

/** Shared shape `Education` of catalog/ehr.v1.json. */
export interface Education {
  level?: number
  school?: string
  major?: string
  degree?: number
  start?: string
  end?: string
}

/** Shared shape `EmergencyContact` of catalog/ehr.v1.json. */
export interface EmergencyContact {
  name?: string
  relationship?: number
  mobile?: string
}

/** Shared shape `FormerWorkExp` of catalog/ehr.v1.json. */
export interface FormerWorkExp {
  company?: string
  department?: string
  job?: string
  start?: string
  end?: string
  description?: string
}

/** Shared shape `Item` of catalog/ehr.v1.json. */
export interface Item {
  user_id?: string
  system_fields?: SystemFields
  custom_fields?: { key?: string; label?: string; type?: 'text' | 'file' | 'date' | 'option'; value?: string }[]
}

/** Shared shape `SystemFields` of catalog/ehr.v1.json. */
export interface SystemFields {
  name?: string
  en_name?: string
  email?: string
  mobile?: string
  department_id?: string
  manager?: { user_id?: string; name?: string; en_name?: string }
  job?: ContractCompany
  job_level?: ContractCompany
  work_location?: ContractCompany
  gender?: number
  birthday?: string
  native_region?: { iso_code?: string; name?: string }
  ethnicity?: number
  marital_status?: number
  political_status?: number
  entered_workforce_date?: string
  id_type?: number
  id_number?: string
  hukou_type?: number
  hukou_location?: string
  bank_account_number?: string
  bank_name?: string
  social_security_account?: string
  provident_fund_account?: string
  employee_no?: string
  employee_type?: number
  status?: number
  hire_date?: string
  probation_months?: number
  conversion_date?: string
  application?: number
  application_status?: number
  last_day?: string
  departure_type?: number
  departure_reason?: number
  departure_notes?: string
  contract_company?: ContractCompany
  contract_type?: number
  contract_start_date?: string
  contract_expiration_date?: string
  contract_sign_times?: number
  personal_email?: string
  family_address?: string
  primary_emergency_contact?: EmergencyContact
  emergency_contact?: EmergencyContact[]
  highest_level_of_edu?: Education
  education?: Education[]
  former_work_exp?: FormerWorkExp
  work_exp?: FormerWorkExp[]
  id_photo_po_side?: CertOfMerit[]
  id_photo_em_side?: CertOfMerit[]
  id_photo?: CertOfMerit[]
  diploma_photo?: CertOfMerit[]
  graduation_cert?: CertOfMerit[]
  cert_of_merit?: CertOfMerit[]
  offboarding_file?: CertOfMerit[]
  cancel_onboarding_reason?: number
  cancel_onboarding_notes?: string
  employee_form_status?: number
  create_time?: number
  update_time?: number
}
