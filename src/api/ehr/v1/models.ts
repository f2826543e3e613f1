// Generated from catalog/ehr.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  CertOfMerit,
  ContractCompany,
  Education,
  EmergencyContact,
  FormerWorkExp,
  Item,
  SystemFields,
} from './types.ts'

/** Builds the schema of {@link CertOfMerit}. */
export function CertOfMeritSchema(): GenericSchema<CertOfMerit> {
  return looseObject({
    id: optional(string()),
    mime_type: optional(string()),
    name: optional(string()),
    size: optional(number()),
  })
}

/** Builds the schema of {@link ContractCompany}. */
export function ContractCompanySchema(): GenericSchema<ContractCompany> {
  return looseObject({ id: optional(number()), name: optional(string()) })
}

/** Builds the schema of {@link Education}. */
export function EducationSchema(): GenericSchema<Education> {
  return looseObject({
    level: optional(number()),
    school: optional(string()),
    major: optional(string()),
    degree: optional(number()),
    start: optional(string()),
    end: optional(string()),
  })
}

/** Builds the schema of {@link EmergencyContact}. */
export function EmergencyContactSchema(): GenericSchema<EmergencyContact> {
  return looseObject({ name: optional(string()), relationship: optional(number()), mobile: optional(string()) })
}

/** Builds the schema of {@link FormerWorkExp}. */
export function FormerWorkExpSchema(): GenericSchema<FormerWorkExp> {
  return looseObject({
    company: optional(string()),
    department: optional(string()),
    job: optional(string()),
    start: optional(string()),
    end: optional(string()),
    description: optional(string()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    user_id: optional(string()),
    system_fields: optional(SystemFieldsSchema()),
    custom_fields: optional(array(looseObject({
      key: optional(string()),
      label: optional(string()),
      type: optional(picklist(['text', 'file', 'date', 'option'])),
      value: optional(string()),
    }))),
  })
}

/** Builds the schema of {@link SystemFields}. */
export function SystemFieldsSchema(): GenericSchema<SystemFields> {
  return looseObject({
    name: optional(string()),
    en_name: optional(string()),
    email: optional(string()),
    mobile: optional(string()),
    department_id: optional(string()),
    manager: optional(looseObject({
      user_id: optional(string()),
      name: optional(string()),
      en_name: optional(string()),
    })),
    job: optional(ContractCompanySchema()),
    job_level: optional(ContractCompanySchema()),
    work_location: optional(ContractCompanySchema()),
    gender: optional(number()),
    birthday: optional(string()),
    native_region: optional(looseObject({ iso_code: optional(string()), name: optional(string()) })),
    ethnicity: optional(number()),
    marital_status: optional(number()),
    political_status: optional(number()),
    entered_workforce_date: optional(string()),
    id_type: optional(number()),
    id_number: optional(string()),
    hukou_type: optional(number()),
    hukou_location: optional(string()),
    bank_account_number: optional(string()),
    bank_name: optional(string()),
    social_security_account: optional(string()),
    provident_fund_account: optional(string()),
    employee_no: optional(string()),
    employee_type: optional(number()),
    status: optional(number()),
    hire_date: optional(string()),
    probation_months: optional(number()),
    conversion_date: optional(string()),
    application: optional(number()),
    application_status: optional(number()),
    last_day: optional(string()),
    departure_type: optional(number()),
    departure_reason: optional(number()),
    departure_notes: optional(string()),
    contract_company: optional(ContractCompanySchema()),
    contract_type: optional(number()),
    contract_start_date: optional(string()),
    contract_expiration_date: optional(string()),
    contract_sign_times: optional(number()),
    personal_email: optional(string()),
    family_address: optional(string()),
    primary_emergency_contact: optional(EmergencyContactSchema()),
    emergency_contact: optional(array(EmergencyContactSchema())),
    highest_level_of_edu: optional(EducationSchema()),
    education: optional(array(EducationSchema())),
    former_work_exp: optional(FormerWorkExpSchema()),
    work_exp: optional(array(FormerWorkExpSchema())),
    id_photo_po_side: optional(array(CertOfMeritSchema())),
    id_photo_em_side: optional(array(CertOfMeritSchema())),
    id_photo: optional(array(CertOfMeritSchema())),
    diploma_photo: optional(array(CertOfMeritSchema())),
    graduation_cert: optional(array(CertOfMeritSchema())),
    cert_of_merit: optional(array(CertOfMeritSchema())),
    offboarding_file: optional(array(CertOfMeritSchema())),
    cancel_onboarding_reason: optional(number()),
    cancel_onboarding_notes: optional(string()),
    employee_form_status: optional(number()),
    create_time: optional(number()),
    update_time: optional(number()),
  })
}
