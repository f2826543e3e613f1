// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Address` of catalog/corehr.v1.json. */
export interface Address {
  full_address_local_script?: string
  full_address_western_script?: string
  id?: string
  country_region_id: string
  region_id?: string
  city_id?: string
  distinct_id?: string
  address_line1?: string
  address_line2?: string
  address_line3?: string
  address_line4?: string
  address_line5?: string
  address_line6?: string
  address_line7?: string
  address_line8?: string
  address_line9?: string
  local_address_line1?: string
  local_address_line2?: string
  local_address_line3?: string
  local_address_line4?: string
  local_address_line5?: string
  local_address_line6?: string
  local_address_line7?: string
  local_address_line8?: string
  local_address_line9?: string
  postal_code?: string
  custom_fields?: CustomField[]
}

/** Shared shape `ApplyInitiator` of catalog/corehr.v1.json. */
export interface ApplyInitiator {
  id?: string
  names?: Name[]
}

/** Shared shape `AssignedOrganization` of catalog/corehr.v1.json. */
export interface AssignedOrganization {
  org_key: string
  org_name?: EnumFieldOptionName
  org_id_list: string[]
}

/** Shared shape `AssignedOrganizationItem` of catalog/corehr.v1.json. */
export interface AssignedOrganizationItem {
  org_key: string
  org_ids?: string[]
  org_codes?: string[]
}

/** Shared shape `BankAccount` of catalog/corehr.v1.json. */
export interface BankAccount {
  bank_name?: string
  bank_account_number: string
  account_holder: string
  bank?: { enum_name: string }
  bank_identification_code?: string
  branch_name?: string
  bank_id?: string
  branch_id?: string
  custom_fields?: CustomField[]
  country_region_id?: string
  bank_account_usage?: { enum_name: string }[]
  bank_account_type?: { enum_name: string }
  currency_id?: string
}

/** Shared shape `Company` of catalog/corehr.v1.json. */
export interface Company {
  id?: string
  hiberarchy_common: HiberarchyCommon
  type?: Gender
  industry_list?: Gender[]
  legal_representative?: Name[]
  post_code?: string
  tax_payer_id?: string
  confidential?: boolean
  sub_type_list?: Gender[]
  branch_company?: boolean
  primary_manager?: Name[]
  custom_fields?: CustomField[]
  currency?: CompanyCurrency
  phone?: Fax
  fax?: Fax
  registered_office_address?: Name[]
  office_address?: Name[]
  registered_office_address_info?: CompanyOfficeAddressInfo
  office_address_info?: CompanyOfficeAddressInfo
}

/** Shared shape `CompanyCurrency` of catalog/corehr.v1.json. */
export interface CompanyCurrency {
  id?: string
  country_region_id?: string
  currency_name?: Name[]
  numeric_code?: number
  currency_alpha_3_code?: string
  country_region_id_list?: string[]
}

/** Shared shape `CompanyOfficeAddressInfo` of catalog/corehr.v1.json. */
export interface CompanyOfficeAddressInfo {
  full_address_local_script?: string
  full_address_western_script?: string
  id?: string
  country_region_id: string
  region_id?: string
  city_id?: string
  distinct_id?: string
  address_line1?: string
  address_line2?: string
  address_line3?: string
  address_line4?: string
  address_line5?: string
  address_line6?: string
  address_line7?: string
  address_line8?: string
  address_line9?: string
  local_address_line1?: string
  local_address_line2?: string
  local_address_line3?: string
  local_address_line4?: string
  local_address_line5?: string
  local_address_line6?: string
  local_address_line7?: string
  local_address_line8?: string
  local_address_line9?: string
  postal_code?: string
  address_type_list?: Gender[]
  is_primary?: boolean
  is_public?: boolean
}

/** Shared shape `Contract` of catalog/corehr.v1.json. */
export interface Contract {
  id?: string
  effective_time: string
  expiration_time?: string
  employment_id: string
  contract_type: Gender
  first_party_company_id: string
  person_id?: string
  custom_fields?: CustomField[]
  duration_type?: Gender
  contract_end_date?: string
  contract_number?: string
  signing_type?: Gender
  contract_status?: Gender
  renewal_status?: Gender
  signing_times?: number
}

/** Shared shape `CostCenter` of catalog/corehr.v1.json. */
export interface CostCenter {
  cost_center_id?: string
  rate?: number
  custom_fields?: CustomField[]
}

/** Shared shape `CostCenterRate` of catalog/corehr.v1.json. */
export interface CostCenterRate {
  cost_center_id?: string
  rate?: number
}

/** Shared shape `CountryRegion` of catalog/corehr.v1.json. */
export interface CountryRegion {
  id: string
  name: Name[]
  alpha_3_code: string
  alpha_2_code: string
}

/** Shared shape `CreateAddress` of catalog/corehr.v1.json. */
export interface CreateAddress {
  country_region_id: string
  region_id?: string
  city_id?: string
  distinct_id?: string
  address_line1?: string
  address_line2?: string
  address_line3?: string
  address_line4?: string
  address_line5?: string
  address_line6?: string
  address_line7?: string
  address_line8?: string
  address_line9?: string
  local_address_line1?: string
  local_address_line2?: string
  local_address_line3?: string
  local_address_line4?: string
  local_address_line5?: string
  local_address_line6?: string
  local_address_line7?: string
  local_address_line8?: string
  local_address_line9?: string
  postal_code?: string
  custom_fields?: CustomField[]
}

/** Shared shape `CreateCompany` of catalog/corehr.v1.json. */
export interface CreateCompany {
  id?: string
  hiberarchy_common: HiberarchyCommon
  type?: Gender
  industry_list?: Gender[]
  legal_representative?: Name[]
  post_code?: string
  tax_payer_id?: string
  confidential?: boolean
  sub_type_list?: Gender[]
  branch_company?: boolean
  primary_manager?: Name[]
  custom_fields?: CustomField[]
  currency?: CompanyCurrency
  phone?: Fax
  fax?: Fax
  registered_office_address?: Name[]
  office_address?: Name[]
  registered_office_address_info?: OfficeAddressInfo
  office_address_info?: OfficeAddressInfo
}

/** Shared shape `CreateEducation` of catalog/corehr.v1.json. */
export interface CreateEducation {
  school: Name[]
  level_of_education?: { enum_name: string }
  start_date?: string
  end_date?: string
  field_of_study?: Name[]
  degree?: { enum_name: string }
  school_name?: { enum_name: string }
  field_of_study_name?: { enum_name: string }
  country_region_id?: string
  expected_end_date?: string
  custom_fields?: CustomField[]
}

/** Shared shape `CreateEmployment` of catalog/corehr.v1.json. */
export interface CreateEmployment {
  prehire_id?: string
  employee_type_id?: string
  tenure?: string
  department_id?: string
  job_level_id?: string
  work_location_id?: string
  job_family_id?: string
  job_id?: string
  company_id?: string
  working_hours_type_id?: string
  id?: string
  seniority_date?: string
  employee_number?: string
  effective_time: string
  expiration_time?: string
  employment_type: Gender
  person_id: string
  probation_period?: number
  on_probation?: string
  probation_end_date?: string
  primary_employment: boolean
  employment_status?: Gender
  custom_fields?: CustomField[]
  work_email_list?: WorkEmail[]
  email_address?: string
  reason_for_offboarding?: Gender
  cost_center_list?: CostCenter[]
  ats_application_id?: string
  rehire?: Gender
  rehire_employment_id?: string
}

/** Shared shape `CreateFax` of catalog/corehr.v1.json. */
export interface CreateFax {
  area_code: { enum_name: string }
  phone_number: string
}

/** Shared shape `CreateHiberarchyCommon` of catalog/corehr.v1.json. */
export interface CreateHiberarchyCommon {
  parent_id?: string
  name: Name[]
  type?: { enum_name: string }
  active: boolean
  expiration_time?: string
  code?: string
  description?: Name[]
  custom_fields?: CustomField[]
}

/** Shared shape `CreateName` of catalog/corehr.v1.json. */
export interface CreateName {
  local_primary?: string
  local_first_name?: string
  country_region_id: string
  name_type: { enum_name: string }
  local_first_name_2?: string
  local_primary_2?: string
  additional_name_type?: { enum_name: string }
  first_name?: string
  full_name?: string
  hereditary?: string
  custom_name?: string
  custom_local_name?: string
  middle_name?: string
  name_primary?: string
  secondary?: string
  social?: { enum_name: string }
  tertiary?: string
  title?: { enum_name: string }
  local_middle_name?: string
  local_secondary?: string
  custom_fields?: CustomField[]
}

/** Shared shape `CreatePerson` of catalog/corehr.v1.json. */
export interface CreatePerson {
  phone_number?: string
  legal_name?: string
  preferred_name?: string
  id?: string
  name_list: PersonName[]
  gender?: Gender
  date_of_birth?: string
  nationality_id?: string
  race?: Gender
  marital_status?: Gender
  phone_list?: Phone[]
  address_list?: Address[]
  email_list?: Email[]
  work_experience_list?: WorkExperience[]
  education_list?: Education[]
  bank_account_list?: PersonBankAccount[]
  national_id_list?: NationalId[]
  dependent_list?: PersonDependent[]
  emergency_contact_list?: CreatePersonEmergencyContact[]
  date_entered_workforce?: string
  profile_image_id?: string
  custom_fields?: CustomField[]
  email_address?: string
  resident_tax_id_list?: string[]
  age?: number
  highest_level_of_education?: Education
  highest_degree_of_education?: Education
  personal_profile?: PersonalProfile[]
}

/** Shared shape `CreatePersonEmergencyContact` of catalog/corehr.v1.json. */
export interface CreatePersonEmergencyContact {
  name?: EmergencyContactName
  relationship?: Gender
  phone_ist?: { international_area_code?: Gender; phone_number: string; custom_fields?: CustomField[] }[]
  custom_fields?: CustomField[]
  legal_name?: string
}

/** Shared shape `CreatePersonalProfile` of catalog/corehr.v1.json. */
export interface CreatePersonalProfile {
  personal_profile_type?: { enum_name: string }
  files?: { id?: string }[]
}

/** Shared shape `CreatePhone` of catalog/corehr.v1.json. */
export interface CreatePhone {
  international_area_code?: { enum_name: string }
  phone_number: string
  device_type?: { enum_name: string }
  phone_usage?: { enum_name: string }
  is_primary?: boolean
  is_public?: boolean
  custom_fields?: CustomField[]
}

/** Shared shape `CreateTransferInfo` of catalog/corehr.v1.json. */
export interface CreateTransferInfo {
  remark?: string
  offer_info?: string
  target_dotted_manager_clean?: boolean
  probation_exist?: boolean
  original_department?: string
  target_department?: string
  original_work_location?: string
  target_work_location?: string
  original_direct_manager?: string
  target_direct_manager?: string
  original_dotted_manager?: string
  target_dotted_manager?: string
  original_job?: string
  target_job?: string
  original_job_family?: string
  target_job_family?: string
  original_job_level?: string
  target_job_level?: string
  original_workforce_type?: string
  target_workforce_type?: string
  original_employee_subtype?: string
  target_employee_subtype?: string
  original_company?: string
  target_company?: string
  original_contract_number?: string
  target_contract_number?: string
  original_contract_type?: string
  target_contract_type?: string
  original_duration_type?: string
  target_duration_type?: string
  original_signing_type?: string
  target_signing_type?: string
  original_contract_start_date?: string
  target_contract_start_date?: string
  original_contract_end_date?: string
  target_contract_end_date?: string
  original_working_hours_type?: string
  target_working_hours_type?: string
  original_working_calendar?: string
  target_working_calendar?: string
  original_probation_end_date?: string
  target_probation_end_date?: string
  original_weekly_working_hours?: string
  target_weekly_working_hours?: string
  original_work_shift?: string
  target_work_shift?: string
  original_cost_center_rate?: CostCenterRate[]
  target_cost_center_rate?: CostCenterRate[]
  original_employment_change?: TransferInfoOriginalEmploymentChange
  target_employment_change?: TransferInfoOriginalEmploymentChange
  original_job_grade?: string
  target_job_grade?: string
  original_compensation_type?: string
  target_compensation_type?: string
  original_service_company?: string
  target_service_company?: string
  original_position?: string
  target_position?: string
  original_pathway?: string
  target_pathway?: string
}

/** Shared shape `CreateWorkEmail` of catalog/corehr.v1.json. */
export interface CreateWorkEmail {
  email: string
  is_primary?: boolean
  is_public?: boolean
  email_usage?: { enum_name: string }
  custom_fields?: CustomField[]
}

/** Shared shape `Currency` of catalog/corehr.v1.json. */
export interface Currency {
  currency_name?: Name[]
  numeric_code?: number
  currency_alpha_3_code?: string
}

/** Shared shape `CustomField` of catalog/corehr.v1.json. */
export interface CustomField {
  field_name: string
  value: string
}

/** Shared shape `Data` of catalog/corehr.v1.json. */
export interface Data {
  custom_api_name?: string
  name: EnumFieldOptionName
  description: EnumFieldOptionName
  is_open: boolean
  is_required: boolean
  is_unique: boolean
  object_api_name: string
  type: number
  common_schema_config?: {
    text_field_setting?: {
      is_multilingual?: boolean
      is_multiline?: boolean
      max_length: number
      is_url_type?: boolean
    }
    number_field_setting?: {
      number_field_type?: number
      decimal_places?: number
      round_type?: number
      decimal_total_places?: number
    }
    enum_field_setting?: {
      enum_field_option_list?: {
        api_name?: string
        name?: EnumFieldOptionName
        description?: EnumFieldOptionName
        is_open?: boolean
      }[]
      is_multiple?: boolean
    }
    lookup_field_setting?: { lookup_obj_api_name?: string; is_multiple?: boolean }
    date_time_field_setting?: { date_time_type?: number }
    attachment_field_setting?: { is_multiple?: boolean; file_type?: number }
    image_field_setting?: { image_type?: number; display_style?: number }
    calculated_field_setting?: { type: number }
  }
  create_time?: string
  update_time?: string
}

/** Shared shape `DateTimeValue` of catalog/corehr.v1.json. */
export interface DateTimeValue {
  value?: number
  zone?: string
}

/** Shared shape `Department` of catalog/corehr.v1.json. */
export interface Department {
  id?: string
  sub_type?: Gender
  manager?: string
  is_confidential?: boolean
  hiberarchy_common: HiberarchyCommon
  effective_time: string
  expiration_time?: string
  custom_fields?: CustomField[]
  cost_center_id?: string
  staffing_model?: Gender
}

/** Shared shape `Dependent` of catalog/corehr.v1.json. */
export interface Dependent {
  name?: CreateName
  relationship: { enum_name: string }
  gender?: { enum_name: string }
  date_of_birth?: string
  nationality_id?: string
  national_id_list?: NationalId[]
  spouses_working_status?: { enum_name: string }
  is_this_person_covered_by_health_insurance?: boolean
  is_this_person_allowed_for_tax_deduction?: boolean
  custom_fields?: CustomField[]
  dependent_name?: string
  employer?: string
  job?: string
  phone?: DependentPhone
  address?: {
    id?: string
    country_region_id: string
    region_id?: string
    city_id?: string
    distinct_id?: string
    address_line1?: string
    address_line2?: string
    address_line3?: string
    address_line4?: string
    address_line5?: string
    address_line6?: string
    address_line7?: string
    address_line8?: string
    address_line9?: string
    local_address_line1?: string
    local_address_line2?: string
    local_address_line3?: string
    local_address_line4?: string
    local_address_line5?: string
    local_address_line6?: string
    local_address_line7?: string
    local_address_line8?: string
    local_address_line9?: string
    postal_code?: string
    custom_fields?: CustomField[]
  }
  birth_certificate_of_child?: { id?: string }[]
}

/** Shared shape `DependentAddress` of catalog/corehr.v1.json. */
export interface DependentAddress {
  full_address_local_script?: string
  full_address_western_script?: string
  id?: string
  country_region_id: string
  region_id?: string
  city_id?: string
  distinct_id?: string
  city_id_v2?: string
  district_id_v2?: string
  address_line1?: string
  address_line2?: string
  address_line3?: string
  address_line4?: string
  address_line5?: string
  address_line6?: string
  address_line7?: string
  address_line8?: string
  address_line9?: string
  local_address_line1?: string
  local_address_line2?: string
  local_address_line3?: string
  local_address_line4?: string
  local_address_line5?: string
  local_address_line6?: string
  local_address_line7?: string
  local_address_line8?: string
  local_address_line9?: string
  postal_code?: string
  address_type_list?: Gender[]
  is_primary?: boolean
  is_public?: boolean
  custom_fields?: CustomField[]
}

/** Shared shape `DependentPhone` of catalog/corehr.v1.json. */
export interface DependentPhone {
  international_area_code?: { enum_name: string }
  phone_number: string
  custom_fields?: CustomField[]
}

/** Shared shape `Education` of catalog/corehr.v1.json. */
export interface Education {
  school: Name[]
  level_of_education?: Gender
  start_date?: string
  end_date?: string
  field_of_study?: Name[]
  degree?: Gender
  school_name?: Gender
  field_of_study_name?: Gender
  country_region_id?: string
  expected_end_date?: string
  custom_fields?: CustomField[]
}

/** Shared shape `Email` of catalog/corehr.v1.json. */
export interface Email {
  email: string
  custom_fields?: CustomField[]
}

/** Shared shape `EmergencyContact` of catalog/corehr.v1.json. */
export interface EmergencyContact {
  name?: CreateName
  relationship?: { enum_name: string }
  phone_ist?: DependentPhone[]
  custom_fields?: CustomField[]
  legal_name?: string
}

/** Shared shape `EmergencyContactName` of catalog/corehr.v1.json. */
export interface EmergencyContactName {
  local_primary?: string
  local_first_name?: string
  country_region_id: string
  name_type: Gender
  local_first_name_2?: string
  local_primary_2?: string
  additional_name_type?: Gender
  first_name?: string
  full_name?: string
  hereditary?: string
  custom_name?: string
  custom_local_name?: string
  middle_name?: string
  name_primary?: string
  secondary?: string
  social?: Gender
  tertiary?: string
  title?: Gender
  local_middle_name?: string
  local_secondary?: string
  display_name_local_and_western_script?: string
  display_name_local_script?: string
  display_name_western_script?: string
  custom_fields?: CustomField[]
}

/** Shared shape `EmployeeType` of catalog/corehr.v1.json. */
export interface EmployeeType {
  id?: string
  name: Name[]
  default_employee_type: boolean
  active: boolean
  code?: string
  custom_fields?: CustomField[]
}

/** Shared shape `Employment` of catalog/corehr.v1.json. */
export interface Employment {
  prehire_id?: string
  employee_type_id?: string
  tenure?: string
  department_id?: string
  job_level_id?: string
  work_location_id?: string
  job_family_id?: string
  job_id?: string
  company_id?: string
  working_hours_type_id?: string
  id?: string
  seniority_date?: string
  employee_number?: string
  effective_time: string
  expiration_time?: string
  employment_type: Gender
  person_id: string
  probation_period?: number
  on_probation?: string
  probation_end_date?: string
  primary_employment: boolean
  condition_worker?: boolean
  employment_status?: Gender
  custom_fields?: CustomField[]
  work_email_list?: WorkEmail[]
  email_address?: string
  reason_for_offboarding?: Gender
  cost_center_list?: CostCenter[]
  ats_application_id?: string
  service_company?: string
  compensation_type?: Gender
  work_shift?: Gender
}

/** Shared shape `EmploymentValue` of catalog/corehr.v1.json. */
export interface EmploymentValue {
  value?: string
  user_id?: string
}

/** Shared shape `EnumFieldOption` of catalog/corehr.v1.json. */
export interface EnumFieldOption {
  option_api_name: string
  active?: boolean
  name: EnumFieldOptionName
}

/** Shared shape `EnumFieldOptionName` of catalog/corehr.v1.json. */
export interface EnumFieldOptionName {
  zh_cn?: string
  en_us?: string
}

/** Shared shape `EnumValue` of catalog/corehr.v1.json. */
export interface EnumValue {
  value?: string
  name?: EnumFieldOptionName
  desc?: EnumFieldOptionName
}

/** Shared shape `Fax` of catalog/corehr.v1.json. */
export interface Fax {
  area_code: Gender
  phone_number: string
}

/** Shared shape `FieldVariableValue` of catalog/corehr.v1.json. */
export interface FieldVariableValue {
  variable_api_name?: string
  variable_name?: EnumFieldOptionName
  variable_value?: VariableValue
}

/** Shared shape `FileValue` of catalog/corehr.v1.json. */
export interface FileValue {
  source_type?: number
  file_id?: string
  file_name?: string
  length?: number
  mime_type?: string
}

/** Shared shape `Gender` of catalog/corehr.v1.json. */
export interface Gender {
  enum_name: string
  display?: Name[]
}

/** Shared shape `GetCurrency` of catalog/corehr.v1.json. */
export interface GetCurrency {
  id?: string
  country_region_id?: string
  currency_name?: Name[]
  numeric_code?: number
  currency_alpha_3_code?: string
}

/** Shared shape `GetJobData` of catalog/corehr.v1.json. */
export interface GetJobData {
  id?: string
  version_id?: string
  job_level_id?: string
  job_grade_id?: string
  employee_type_id: string
  working_hours_type_id?: string
  work_location_id?: string
  department_id?: string
  job_id?: string
  probation_start_date?: string
  probation_end_date?: string
  primary_job_data: boolean
  employment_id: string
  effective_time: string
  expiration_time?: string
  job_family_id?: string
  assignment_start_reason?: Gender
  probation_expected_end_date?: string
  weekly_working_hours?: number
  direct_manager_id?: string
  dotted_line_manager_id_list?: string[]
  second_direct_manager_id?: string
  cost_center_rate?: CostCenterRate[]
  custom_fields?: CustomField[]
  weekly_working_hours_v2?: number
  work_shift?: Gender
  compensation_type?: Gender
  service_company?: string
  employee_subtype_id?: string
  position_id?: string
  pathway_id?: string
  job_data_reason?: Gender
  work_calendar_id?: string
}

/** Shared shape `GetPerson` of catalog/corehr.v1.json. */
export interface GetPerson {
  phone_number?: string
  legal_name?: string
  preferred_name?: string
  id?: string
  name_list: PersonName[]
  gender?: Gender
  date_of_birth?: string
  nationality_id?: string
  nationality_id_v2?: string
  race?: Gender
  marital_status?: Gender
  phone_list?: Phone[]
  address_list?: DependentAddress[]
  email_list?: WorkEmail[]
  work_experience_list?: WorkExperience[]
  education_list?: Education[]
  bank_account_list?: {
    bank_name?: string
    bank_account_number: string
    account_holder: string
    bank?: Gender
    bank_identification_code?: string
    branch_name?: string
    bank_id?: string
    branch_id?: string
    bank_id_v2?: string
    branch_id_v2?: string
    custom_fields?: CustomField[]
    country_region_id?: string
    bank_account_usage?: Gender[]
    bank_account_type?: Gender
    currency_id?: string
  }[]
  national_id_list?: NationalId[]
  dependent_list?: GetPersonDependent[]
  emergency_contact_list?: GetPersonEmergencyContact[]
  date_entered_workforce?: string
  profile_image_id?: string
  custom_fields?: CustomField[]
  email_address?: string
  resident_tax_id_list?: string[]
  age?: number
  highest_level_of_education?: Education
  highest_degree_of_education?: Education
  personal_profile?: PersonalProfile[]
}

/** Shared shape `GetPersonDependent` of catalog/corehr.v1.json. */
export interface GetPersonDependent {
  name?: EmergencyContactName
  relationship: Gender
  gender?: Gender
  date_of_birth?: string
  nationality_id?: string
  nationality_id_v2?: string
  national_id_list?: NationalId[]
  spouses_working_status?: Gender
  is_this_person_covered_by_health_insurance?: boolean
  is_this_person_allowed_for_tax_deduction?: boolean
  custom_fields?: CustomField[]
  dependent_name?: string
  employer?: string
  job?: string
  phone?: Phone
  address?: DependentAddress
  birth_certificate_of_child?: { id?: string }[]
}

/** Shared shape `GetPersonEmergencyContact` of catalog/corehr.v1.json. */
export interface GetPersonEmergencyContact {
  name?: EmergencyContactName
  relationship?: Gender
  phone_ist?: Phone[]
  custom_fields?: CustomField[]
  legal_name?: string
}

/** Shared shape `GetSubdivision` of catalog/corehr.v1.json. */
export interface GetSubdivision {
  id: string
  name: Name[]
  country_region_id: string
  subdivision_type: Gender
}

/** Shared shape `GrantorRule` of catalog/corehr.v1.json. */
export interface GrantorRule {
  rule_dimension?: { entity_key?: string; entity_name?: EnumFieldOptionName }
  rule_type?: number
  expression?: {
    conditions?: { left?: Left; right?: Left; operator?: number; right_value_type?: number }[]
    expression?: string
    logic_expression?: string
  }
}

/** Shared shape `HiberarchyCommon` of catalog/corehr.v1.json. */
export interface HiberarchyCommon {
  parent_id?: string
  name: Name[]
  type?: Gender
  active: boolean
  effective_time?: string
  expiration_time?: string
  code?: string
  description?: Name[]
  tree_order?: string
  list_order?: string
  custom_fields?: CustomField[]
}

/** Shared shape `Item` of catalog/corehr.v1.json. */
export interface Item {
  id: string
  name: Name[]
  subdivision_id: string
  superior_subregion_id?: string
}

/** Shared shape `Job` of catalog/corehr.v1.json. */
export interface Job {
  id?: string
  code?: string
  name: Name[]
  description?: Name[]
  active: boolean
  job_title?: Name[]
  pathway_id?: string
  job_family_id_list?: string[]
  job_level_id_list?: string[]
  working_hours_type_id?: string
  effective_time: string
  expiration_time?: string
  custom_fields?: CustomField[]
}

/** Shared shape `JobData` of catalog/corehr.v1.json. */
export interface JobData {
  id?: string
  version_id?: string
  job_level_id?: string
  job_grade_id?: string
  employee_type_id: string
  working_hours_type_id?: string
  work_location_id?: string
  department_id?: string
  job_id?: string
  probation_start_date?: string
  probation_end_date?: string
  primary_job_data: boolean
  employment_id: string
  effective_time: string
  expiration_time?: string
  job_family_id?: string
  assignment_start_reason?: Gender
  probation_expected_end_date?: string
  weekly_working_hours?: number
  direct_manager_id?: string
  dotted_line_manager_id_list?: string[]
  second_direct_manager_id?: string
  cost_center_rate?: CostCenterRate[]
  custom_fields?: CustomField[]
  weekly_working_hours_v2?: number
  work_shift?: Gender
  compensation_type?: Gender
  service_company?: string
  employee_subtype_id?: string
  pathway_id?: string
  work_calendar_id?: string
}

/** Shared shape `JobDataListItem` of catalog/corehr.v1.json. */
export interface JobDataListItem {
  id?: string
  version_id?: string
  job_level_id?: string
  job_grade_id?: string
  employee_type_id: string
  working_hours_type_id?: string
  work_location_id?: string
  department_id?: string
  job_id?: string
  probation_start_date?: string
  probation_end_date?: string
  primary_job_data: boolean
  employment_id: string
  effective_time: string
  expiration_time?: string
  job_family_id?: string
  assignment_start_reason?: Gender
  probation_expected_end_date?: string
  probation_outcome?: Gender
  weekly_working_hours?: number
  direct_manager_id?: string
  dotted_line_manager_id_list?: string[]
  second_direct_manager_id?: string
  cost_center_rate?: CostCenterRate[]
  custom_fields?: CustomField[]
  weekly_working_hours_v2?: number
  work_shift?: Gender
  compensation_type?: Gender
  service_company?: string
  employee_subtype_id?: string
  position_id?: string
  pathway_id?: string
  job_data_reason?: Gender
  work_calendar_id?: string
}

/** Shared shape `JobFamily` of catalog/corehr.v1.json. */
export interface JobFamily {
  id?: string
  name: Name[]
  active: boolean
  selectable?: boolean
  parent_id?: string
  pathway_ids?: string[]
  effective_time: string
  expiration_time?: string
  code?: string
  description?: Name[]
  custom_fields?: CustomField[]
}

/** Shared shape `JobLevel` of catalog/corehr.v1.json. */
export interface JobLevel {
  id?: string
  level_order: number
  code?: string
  name: Name[]
  description?: Name[]
  active: boolean
  custom_fields?: CustomField[]
  job_grade?: string[]
  pathway_ids?: string[]
  view_order?: number
}

/** Shared shape `LeaveRequest` of catalog/corehr.v1.json. */
export interface LeaveRequest {
  leave_request_id: string
  employment_id: string
  employment_name: Name[]
  leave_type_id: string
  leave_type_name: Name[]
  start_time: string
  end_time: string
  leave_duration: string
  leave_duration_unit: number
  leave_request_status: number
  grant_source: string
  return_time: string
  submitted_at: string
  submitted_by: string
  notes: string
  approval_date?: string
  is_deducted?: boolean
  details?: {
    leave_request_id: string
    leave_date: string
    leave_duration: string
    leave_duration_unit: number
    paid_type: number
  }[]
  leave_type_code?: string
  actual_end_date?: string
  estimated_end_date?: string
  time_zone?: string
  data_source?: number
  leave_process_id?: string[]
  leave_correct_process_id?: string[]
  leave_cancel_process_id?: string[]
  leave_return_process_id?: string[]
  wd_paid_type?: number
  leave_correct_process_info?: { process_id: string; process_status: string; process_apply_time: string }[]
  workday_extend_infos?: { key?: string; value?: string }[]
  leave_tag_conf?: { tags?: { key?: string; values?: string[] }[] }
}

/** Shared shape `Left` of catalog/corehr.v1.json. */
export interface Left {
  type?: number
  value?: string
  lookup_value?: string
  lookup_type?: string
}

/** Shared shape `ListItem` of catalog/corehr.v1.json. */
export interface ListItem {
  id: string
  code: string
  name?: EnumFieldOptionName
  active_status: number
  description?: EnumFieldOptionName
  group_type: number
  created_by: string
  update_time: string
  org_truncation?: OrgTruncation[]
}

/** Shared shape `Location` of catalog/corehr.v1.json. */
export interface Location {
  id?: string
  hiberarchy_common: HiberarchyCommon
  location_usage_list?: Gender[]
  address?: {
    full_address_local_script?: string
    full_address_western_script?: string
    id?: string
    country_region_id: string
    region_id?: string
    city_id?: string
    distinct_id?: string
    address_line1?: string
    address_line2?: string
    address_line3?: string
    address_line4?: string
    address_line5?: string
    address_line6?: string
    address_line7?: string
    address_line8?: string
    address_line9?: string
    local_address_line1?: string
    local_address_line2?: string
    local_address_line3?: string
    local_address_line4?: string
    local_address_line5?: string
    local_address_line6?: string
    local_address_line7?: string
    local_address_line8?: string
    local_address_line9?: string
    postal_code?: string
    address_type_list?: Gender[]
    is_primary?: boolean
    is_public?: boolean
    custom_fields?: CustomField[]
  }[]
  working_hours_type_id?: string
  effective_time: string
  expiration_time?: string
  custom_fields?: CustomField[]
  locale?: Gender
  time_zone_id?: string
  display_language_id?: string
}

/** Shared shape `ManagementScope` of catalog/corehr.v1.json. */
export interface ManagementScope {
  management_dimension: string
  obj_id: string
}

/** Shared shape `Name` of catalog/corehr.v1.json. */
export interface Name {
  lang: string
  value: string
}

/** Shared shape `NationalId` of catalog/corehr.v1.json. */
export interface NationalId {
  national_id_type_id: string
  national_id_number: string
  issue_date?: string
  expiration_date?: string
  country_region_id: string
  issued_by?: string
  custom_fields?: CustomField[]
}

/** Shared shape `NationalIdType` of catalog/corehr.v1.json. */
export interface NationalIdType {
  id?: string
  country_region_id: string
  name: Name[]
  active: boolean
  validation_rule: string
  validation_rule_description?: Name[]
  code: string
  identification_type: Gender
  custom_fields?: CustomField[]
}

/** Shared shape `ObjectValue` of catalog/corehr.v1.json. */
export interface ObjectValue {
  value?: string
  wk_api_name?: string
}

/** Shared shape `OffboardingInfo` of catalog/corehr.v1.json. */
export interface OffboardingInfo {
  employment_id?: string
  hrbp_id?: string[]
  expected_offboarding_date?: string
  offboarding_date?: string
  reason?: Gender
  reason_explanation?: string
  employee_reason?: Gender
  employee_reason_explanation?: string
  add_block_list?: string
  block_reason?: Gender
  block_reason_explanation?: string
  custom_fields?: OffboardingInfoCustomField[]
  retain_account?: boolean
  social_insurance_end_date?: string
  provident_fund_end_date?: string
  enforce_noncompete_agreement?: boolean
  noncompete_agreement_id?: string
  noncompete_agreement_company?: string
  noncompete_agreement_start_date?: string
  noncompete_agreement_end_date?: string
  sign_type?: Gender
  signature_file?: string
  last_attendance_date?: string
  is_transfer_with_workforce?: boolean
  employment?: ApplyInitiator
  no_permission_fields?: string[]
  minor_reason?: Gender
}

/** Shared shape `OffboardingInfoCustomField` of catalog/corehr.v1.json. */
export interface OffboardingInfoCustomField {
  custom_api_name: string
  name?: EnumFieldOptionName
  type?: number
  value: string
}

/** Shared shape `OfficeAddressInfo` of catalog/corehr.v1.json. */
export interface OfficeAddressInfo {
  country_region_id: string
  region_id?: string
  city_id?: string
  distinct_id?: string
  address_line1?: string
  address_line2?: string
  address_line3?: string
  address_line4?: string
  address_line5?: string
  address_line6?: string
  address_line7?: string
  address_line8?: string
  address_line9?: string
  local_address_line1?: string
  local_address_line2?: string
  local_address_line3?: string
  local_address_line4?: string
  local_address_line5?: string
  local_address_line6?: string
  local_address_line7?: string
  local_address_line8?: string
  local_address_line9?: string
  postal_code?: string
}

/** Shared shape `OrgTruncation` of catalog/corehr.v1.json. */
export interface OrgTruncation {
  org_key?: string
  type?: number
  depth?: number
}

/** Shared shape `OriginalEmploymentChange` of catalog/corehr.v1.json. */
export interface OriginalEmploymentChange {
  regular_employee_start_date?: string
  seniority_date?: string
  employee_number?: string
  custom_fields?: { custom_api_name: string; value: string }[]
}

/** Shared shape `Person` of catalog/corehr.v1.json. */
export interface Person {
  phone_number?: string
  legal_name?: string
  preferred_name?: string
  id?: string
  name_list: PersonName[]
  gender?: Gender
  date_of_birth?: string
  nationality_id?: string
  race?: Gender
  marital_status?: Gender
  phone_list?: Phone[]
  address_list?: Address[]
  email_list?: Email[]
  work_experience_list?: WorkExperience[]
  education_list?: Education[]
  bank_account_list?: PersonBankAccount[]
  national_id_list?: NationalId[]
  dependent_list?: PersonDependent[]
  emergency_contact_list?: PersonEmergencyContact[]
  date_entered_workforce?: string
  profile_image_id?: string
  custom_fields?: CustomField[]
  email_address?: string
  resident_tax_id_list?: string[]
  age?: number
  highest_level_of_education?: Education
  highest_degree_of_education?: Education
  personal_profile?: PersonalProfile[]
}

/** Shared shape `PersonBankAccount` of catalog/corehr.v1.json. */
export interface PersonBankAccount {
  bank_name?: string
  bank_account_number: string
  account_holder: string
  bank?: Gender
  bank_identification_code?: string
  branch_name?: string
  bank_id?: string
  branch_id?: string
  custom_fields?: CustomField[]
  country_region_id?: string
  bank_account_usage?: Gender[]
  bank_account_type?: Gender
  currency_id?: string
}

/** Shared shape `PersonDependent` of catalog/corehr.v1.json. */
export interface PersonDependent {
  name?: EmergencyContactName
  relationship: Gender
  gender?: Gender
  date_of_birth?: string
  nationality_id?: string
  national_id_list?: NationalId[]
  spouses_working_status?: Gender
  is_this_person_covered_by_health_insurance?: boolean
  is_this_person_allowed_for_tax_deduction?: boolean
  custom_fields?: CustomField[]
  dependent_name?: string
  employer?: string
  job?: string
  phone?: PersonDependentPhone
  address?: Address
  birth_certificate_of_child?: { id?: string }[]
}

/** Shared shape `PersonDependentPhone` of catalog/corehr.v1.json. */
export interface PersonDependentPhone {
  international_area_code?: Gender
  phone_number: string
  formatted_phone_number?: string
  custom_fields?: CustomField[]
}

/** Shared shape `PersonEmergencyContact` of catalog/corehr.v1.json. */
export interface PersonEmergencyContact {
  name?: EmergencyContactName
  relationship?: Gender
  phone_ist?: PersonDependentPhone[]
  custom_fields?: CustomField[]
  legal_name?: string
}

/** Shared shape `PersonName` of catalog/corehr.v1.json. */
export interface PersonName {
  local_primary?: string
  local_first_name?: string
  country_region_id: string
  name_type: Gender
  local_first_name_2?: string
  local_primary_2?: string
  additional_name_type?: Gender
  first_name?: string
  full_name?: string
  hereditary?: string
  middle_name?: string
  name_primary?: string
  secondary?: string
  social?: Gender
  tertiary?: string
  title?: Gender
  local_middle_name?: string
  local_secondary?: string
  display_name_local_and_western_script?: string
  display_name_local_script?: string
  display_name_western_script?: string
  custom_fields?: CustomField[]
}

/** Shared shape `PersonalProfile` of catalog/corehr.v1.json. */
export interface PersonalProfile {
  personal_profile_id?: string
  personal_profile_type?: Gender
  files?: { id?: string }[]
}

/** Shared shape `Phone` of catalog/corehr.v1.json. */
export interface Phone {
  international_area_code?: Gender
  phone_number: string
  formatted_phone_number?: string
  device_type?: Gender
  phone_usage?: Gender
  is_primary?: boolean
  is_public?: boolean
  custom_fields?: CustomField[]
}

/** Shared shape `PreHire` of catalog/corehr.v1.json. */
export interface PreHire {
  ats_application_id?: string
  id?: string
  hire_date?: string
  employee_type: Gender
  worker_id?: string
  employee_type_id: string
  person_id: string
  custom_fields?: CustomField[]
  cost_center_rate?: CostCenterRate[]
  onboarding_status: Gender
}

/** Shared shape `SearchItem` of catalog/corehr.v1.json. */
export interface SearchItem {
  initiating_type?: string
  status?: 'Approving' | 'Approved' | 'Offboarded' | 'Rejected' | 'Withdrawn' | 'NoNeedApproval'
  application_info?: {
    apply_initiator_id?: string
    apply_initiating_time?: string
    apply_finish_time?: string
    process_id?: string
    apply_initiator?: ApplyInitiator
  }
  offboarding_info?: OffboardingInfo
  offboarding_checklist?: {
    checklist_status?: string
    checklist_start_time?: string
    checklist_finish_time?: string
    checklist_process_id?: string
  }
  offboarding_id?: string
}

/** Shared shape `TransferInfo` of catalog/corehr.v1.json. */
export interface TransferInfo {
  remark?: string
  offer_info?: string
  target_dotted_manager_clean?: boolean
  probation_exist?: boolean
  original_department?: string
  target_department?: string
  original_work_location?: string
  target_work_location?: string
  original_direct_manager?: string
  target_direct_manager?: string
  original_dotted_manager?: string
  target_dotted_manager?: string
  original_job?: string
  target_job?: string
  original_job_family?: string
  target_job_family?: string
  original_job_level?: string
  target_job_level?: string
  original_workforce_type?: string
  target_workforce_type?: string
  original_employee_subtype?: string
  target_employee_subtype?: string
  original_company?: string
  target_company?: string
  original_contract_number?: string
  target_contract_number?: string
  original_contract_type?: string
  target_contract_type?: string
  original_duration_type?: string
  target_duration_type?: string
  original_signing_type?: string
  target_signing_type?: string
  original_contract_start_date?: string
  target_contract_start_date?: string
  original_contract_end_date?: string
  target_contract_end_date?: string
  original_working_hours_type?: string
  target_working_hours_type?: string
  original_working_calendar?: string
  target_working_calendar?: string
  original_probation_end_date?: string
  target_probation_end_date?: string
  original_weekly_working_hours?: string
  target_weekly_working_hours?: string
  original_work_shift?: string
  target_work_shift?: string
  original_cost_center_rate?: CostCenterRate[]
  target_cost_center_rate?: CostCenterRate[]
  original_employment_change?: OriginalEmploymentChange
  target_employment_change?: OriginalEmploymentChange
  original_job_grade?: string
  target_job_grade?: string
  original_compensation_type?: string
  target_compensation_type?: string
  original_service_company?: string
  target_service_company?: string
  original_position?: string
  target_position?: string
  original_pathway?: string
  target_pathway?: string
}

/** Shared shape `TransferInfoOriginalEmploymentChange` of catalog/corehr.v1.json. */
export interface TransferInfoOriginalEmploymentChange {
  regular_employee_start_date?: string
  seniority_date?: string
  employee_number?: string
  custom_fields?: OffboardingInfoCustomField[]
}

/** Shared shape `VariableValue` of catalog/corehr.v1.json. */
export interface VariableValue {
  text_value?: { value?: string }
  number_value?: { value?: string }
  date_value?: { value?: number }
  employment_value?: EmploymentValue
  date_time_value?: DateTimeValue
  enum_value?: EnumValue
  null_value?: { [key: string]: unknown }
  bool_value?: { value?: boolean }
  department_value?: { value?: string }
  file_value?: FileValue
  i18n_value?: { value?: EnumFieldOptionName }
  object_value?: ObjectValue
  list_value?: {
    values?: {
      text_value?: { value?: string }
      number_value?: { value?: string }
      date_value?: { value?: number }
      employment_value?: EmploymentValue
      date_time_value?: DateTimeValue
      enum_value?: EnumValue
      null_value?: { [key: string]: unknown }
      bool_value?: { value?: boolean }
      department_value?: { value?: string }
      file_value?: FileValue
      i18n_value?: { value?: EnumFieldOptionName }
      object_value?: ObjectValue
      record_value?: { values?: { country_region?: { object_value?: ObjectValue } } }
    }[]
  }
  record_value?: { values?: { country_region?: { object_value?: ObjectValue } } }
}

/** Shared shape `WorkEmail` of catalog/corehr.v1.json. */
export interface WorkEmail {
  email: string
  is_primary?: boolean
  is_public?: boolean
  email_usage?: Gender
  custom_fields?: CustomField[]
}

/** Shared shape `WorkExperience` of catalog/corehr.v1.json. */
export interface WorkExperience {
  company_organization?: Name[]
  department?: Name[]
  job?: Name[]
  description?: Name[]
  start_date?: string
  end_date?: string
  custom_fields?: CustomField[]
}

/** Shared shape `WorkingHoursType` of catalog/corehr.v1.json. */
export interface WorkingHoursType {
  id?: string
  code?: string
  name: Name[]
  country_region_id_list?: string[]
  default_for_job: boolean
  active: boolean
  custom_fields?: CustomField[]
}
