// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `AdditionalJob` of catalog/corehr.v2.json. */
export interface AdditionalJob {
  id?: string
  employee_type_id: string
  working_hours_type_id?: string
  work_location_id?: string
  department_id: string
  job_id?: string
  job_level_id?: string
  job_family_id?: string
  employment_id: string
  start_date: string
  end_date?: string
  direct_manager_id?: string
  dotted_line_manager_id?: string
  work_shift?: CompensationType
  compensation_type?: CompensationType
  service_company?: string
  weekly_working_hours?: string
  work_calendar_id?: string
  position_id?: string
  employee_subtype_id?: string
}

/** Shared shape `AdditionalName` of catalog/corehr.v2.json. */
export interface AdditionalName {
  full_name?: string
  first_name?: string
  middle_name?: string
  name_primary?: string
  local_first_name?: string
  local_middle_name?: string
  local_primary?: string
  country_region_id?: string
  custom_local_name?: string
  custom_western_name?: string
  additional_name?: string
}

/** Shared shape `AdditionalNationalitie` of catalog/corehr.v2.json. */
export interface AdditionalNationalitie {
  nationality_id?: string
  name?: Name[]
  alpha_2_code?: string
  alpha_3_code?: string
  numeric_code?: number
  country_region_id?: string
  status?: number
}

/** Shared shape `Address` of catalog/corehr.v2.json. */
export interface Address {
  full_address_local_script?: string
  full_address_western_script?: string
  address_id?: string
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
  address_type_list: CompensationType[]
  is_primary: boolean
  is_public: boolean
  custom_fields?: CustomField[]
  city_subdivision_1?: string
  city_subdivision_2?: string
  region_subdivision_1?: string
  region_subdivision_2?: string
  city_text?: string
  local_city_text?: string
}

/** Shared shape `ApprovalNode` of catalog/corehr.v2.json. */
export interface ApprovalNode {
  name?: string
  value?: string
  approval_type?: string
  approvers?: { id?: string; name?: string; avatar?: string; user_id?: string; employee_number?: string }[]
  approval_status?: string
  process_id?: string
  exception_status?: string
}

/** Shared shape `BankAccount` of catalog/corehr.v2.json. */
export interface BankAccount {
  bank_name?: string
  branch_name?: string
  bank_account_number: string
  account_holder: string
  country_region_id?: string
  bank_account_usages?: string[]
  bank_account_type?: string
  custom_fields?: ItemCustomField[]
}

/** Shared shape `BasicInfo` of catalog/corehr.v2.json. */
export interface BasicInfo {
  name?: AdditionalName
  phone_number?: string
  international_area_code?: string
  email?: string
  date_of_birth?: string
  personal_id_number?: string
  personal_id_type?: string
  date_entered_workforce?: string
  gender_id?: string
  nationality_id?: string
  nationality_v2_id?: string
  additional_nationality_id_list?: string[]
  citizenship_status_id_list?: string[]
  home_address?: string
  worker_id?: string
  user_geo?: string
  legal_name?: AdditionalName
  additional_name?: AdditionalName
  resident_tax_list?: ResidentTax[]
  born_country_region?: string
  is_disabled?: boolean
  disable_card_number?: string
  is_old_alone?: boolean
  is_martyr_family?: boolean
  martyr_card_number?: string
  dependent_list?: BasicInfoDependent[]
  religion?: string
  bank_account_list?: BankAccount[]
  national_id_list?: BasicInfoNationalId[]
  personal_profile_list?: BasicInfoPersonalProfile[]
  emergency_contact_list?: BasicInfoEmergencyContact[]
  address_list?: BasicInfoAddress[]
  marital_status?: string
  ethnicity_race?: string
  native_region?: string
  hukou_type?: string
  hukou_location?: string
  custom_fields?: ItemCustomField[]
  expected_graduate_date?: string
  political_affiliation?: string
  legal_names?: LegalName[]
  person_for_countries?: BasicInfoPersonForCountrie[]
  passports?: Passport[]
  visas?: Visa[]
  national_id_v2s?: BasicInfoNationalId[]
  preferred_name_v2?: LegalName
  mother_name?: string
  city_of_birth?: string
  region_of_birth?: string
  tax_info_mys?: TaxInfoMys
}

/** Shared shape `BasicInfoAddress` of catalog/corehr.v2.json. */
export interface BasicInfoAddress {
  address_id?: string
  country_region_id: string
  region_id?: string
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
  address_types: string[]
  is_primary: boolean
  is_public: boolean
  city_id_v2?: string
  district_id_v2?: string
  custom_fields?: ItemCustomField[]
  address_line1?: string
  address_line2?: string
  address_line3?: string
  address_line4?: string
  address_line5?: string
  address_line6?: string
  address_line7?: string
  address_line8?: string
  address_line9?: string
}

/** Shared shape `BasicInfoCustomField` of catalog/corehr.v2.json. */
export interface BasicInfoCustomField {
  field_name: string
  value?: string
}

/** Shared shape `BasicInfoDependent` of catalog/corehr.v2.json. */
export interface BasicInfoDependent {
  relationship: string
  gender?: string
  date_of_birth?: string
  national_ids?: BasicInfoNationalId[]
  spouses_working_status?: string
  is_this_person_covered_by_health_insurance?: boolean
  is_this_person_allowed_for_tax_deduction?: boolean
  dependent_name?: string
  employer?: string
  job?: string
  phone?: BasicInfoUpdatePhone
  address?: BasicInfoAddress
  birth_certificate_of_children?: { id?: string }[]
  custom_fields?: ItemCustomField[]
  reason?: string
  modify_date?: string
  visas?: Visa[]
  passports?: Passport[]
  citizenship_statuses?: CitizenshipStatuse[]
  id?: string
  nationality_v2?: string
  name?: LegalName
  emails?: BasicInfoUpdateEmail[]
}

/** Shared shape `BasicInfoEmergencyContact` of catalog/corehr.v2.json. */
export interface BasicInfoEmergencyContact {
  legal_name?: string
  relationship?: string
  phones?: BasicInfoUpdatePhone[]
  address?: BasicInfoAddress
  email?: BasicInfoUpdateEmail
  is_primary?: boolean
  custom_fields?: ItemCustomField[]
}

/** Shared shape `BasicInfoNationalId` of catalog/corehr.v2.json. */
export interface BasicInfoNationalId {
  country_region_id: string
  national_id_type_id: string
  national_id_number: string
  issue_date?: string
  expiration_date?: string
  issued_by?: string
  custom_fields?: ItemCustomField[]
  wk_id?: string
  series?: string
  effective_for_a_long_time?: boolean
}

/** Shared shape `BasicInfoPersonForCountrie` of catalog/corehr.v2.json. */
export interface BasicInfoPersonForCountrie {
  wk_id?: string
  country_region_id: string
  gender?: string
  religion?: string
  marital_status?: string
  ethnicity_race?: string
  marital_status_date?: string
}

/** Shared shape `BasicInfoPersonalProfile` of catalog/corehr.v2.json. */
export interface BasicInfoPersonalProfile {
  personal_profile_type?: string
  files?: { id?: string }[]
}

/** Shared shape `BasicInfoPhone` of catalog/corehr.v2.json. */
export interface BasicInfoPhone {
  international_area_code?: string
  phone_number?: string
}

/** Shared shape `BasicInfoUpdate` of catalog/corehr.v2.json. */
export interface BasicInfoUpdate {
  names?: LegalName[]
  phones?: BasicInfoUpdatePhone[]
  emails?: BasicInfoUpdateEmail[]
  nationality_v2_id?: string
  additional_nationality_id_list?: string[]
  resident_tax_list?: ResidentTax[]
  born_country_region?: string
  is_disabled?: boolean
  disable_card_number?: string
  is_old_alone?: boolean
  is_martyr_family?: boolean
  martyr_card_number?: string
  dependent_list?: BasicInfoDependent[]
  religion?: string
  bank_account_list?: BankAccount[]
  national_id_list?: BasicInfoNationalId[]
  personal_profile_list?: BasicInfoPersonalProfile[]
  emergency_contact_list?: BasicInfoEmergencyContact[]
  address_list?: BasicInfoAddress[]
  marital_status?: string
  ethnicity_race?: string
  custom_fields?: ItemCustomField[]
  native_region?: string
  hukou_type?: string
  hukou_location?: string
  gender_id?: string
  date_of_birth?: string
  date_entered_workforce?: string
  expected_graduate_date?: string
  citizenship_status_id_list?: string[]
  work_experience?: BasicInfoUpdateWorkExperience[]
  education_info?: EducationInfo[]
  political_affiliation?: string
  legal_names?: LegalName[]
  person_for_countries?: BasicInfoPersonForCountrie[]
  passports?: Passport[]
  visas?: Visa[]
  national_id_v2s?: BasicInfoNationalId[]
  preferred_name_v2?: LegalName
  mother_name?: string
  city_of_birth?: string
  region_of_birth?: string
  tax_info_mys?: TaxInfoMys
}

/** Shared shape `BasicInfoUpdateEmail` of catalog/corehr.v2.json. */
export interface BasicInfoUpdateEmail {
  email: string
  is_primary: boolean
  is_public: boolean
  email_usage: string
}

/** Shared shape `BasicInfoUpdatePhone` of catalog/corehr.v2.json. */
export interface BasicInfoUpdatePhone {
  international_area_code: string
  phone_number: string
  device_type: string
  phone_usage: string
  is_primary: boolean
  is_public: boolean
}

/** Shared shape `BasicInfoUpdateWorkExperience` of catalog/corehr.v2.json. */
export interface BasicInfoUpdateWorkExperience {
  company_name?: string
  start_time?: string
  end_time?: string
  job_title?: string
  description?: string
  department?: string
  custom_fields?: ItemCustomField[]
}

/** Shared shape `BatchGetItem` of catalog/corehr.v2.json. */
export interface BatchGetItem {
  id?: string
  version_id?: string
  department_name?: Name[]
  sub_type?: CompensationType
  parent_department_id?: string
  manager?: string
  tree_order?: string
  list_order?: string
  code?: string
  is_root: boolean
  is_confidential: boolean
  effective_date: string
  expiration_date?: string
  active: boolean
  description?: Name[]
  custom_fields?: CustomField[]
  staffing_model?: CompensationType
  cost_center_id?: string
  created_time?: string
  updated_time?: string
  created_by?: string
  updated_by?: string
  record_created_time?: string
  record_updated_time?: string
  record_created_by?: string
  record_updated_by?: string
}

/** Shared shape `BatchGetItemAddress` of catalog/corehr.v2.json. */
export interface BatchGetItemAddress {
  full_address_local_script?: string
  full_address_western_script?: string
  address_id?: string
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
  address_type_list: CompensationType[]
  is_primary: boolean
  is_public: boolean
  custom_fields?: CustomField[]
  city_subdivision_1?: string
  city_subdivision_2?: string
  region_subdivision_1?: string
  region_subdivision_2?: string
  city_text?: string
  local_city_text?: string
}

/** Shared shape `BirthCertificateOfChild` of catalog/corehr.v2.json. */
export interface BirthCertificateOfChild {
  id?: string
  name?: string
}

/** Shared shape `BriefInfo` of catalog/corehr.v2.json. */
export interface BriefInfo {
  id?: string
  label?: Name[]
  category?: CompensationType
  usage?: CompensationType
  signatory_labels?: SignatoryLabel[]
  active?: boolean
  create_by?: string
  modify_by?: string
  applicability?: CompensationType
  creation_method?: string
  version?: string
  update_time?: string
  create_time?: string
  template_setting?: { page_seal_types?: string[] }
  template_region_info?: TemplateRegionInfo
  template_code?: string
  template_desc?: Name[]
}

/** Shared shape `ChildBirthCertificate` of catalog/corehr.v2.json. */
export interface ChildBirthCertificate {
  file_id?: string
  mime_type?: string
  name?: string
  size?: string
  token?: string
}

/** Shared shape `CitizenshipStatus` of catalog/corehr.v2.json. */
export interface CitizenshipStatus {
  id?: string
  country_region_id?: string
  active?: boolean
  name?: Name[]
  citizenship_status?: Name[]
  view_order?: string
}

/** Shared shape `CitizenshipStatuse` of catalog/corehr.v2.json. */
export interface CitizenshipStatuse {
  country_region?: string
  citizenship_status?: string
}

/** Shared shape `CommonInfo` of catalog/corehr.v2.json. */
export interface CommonInfo {
  source: CompensationType
  apiname: string
}

/** Shared shape `CompanyBatchGetItem` of catalog/corehr.v2.json. */
export interface CompanyBatchGetItem {
  company_id?: string
  hiberarchy_common: HiberarchyCommon
  type?: CompensationType
  industry_list?: CompensationType[]
  legal_representative?: Name[]
  post_code?: string
  tax_payer_id?: string
  confidential?: boolean
  sub_type_list?: CompensationType[]
  branch_company?: boolean
  primary_manager?: Name[]
  currency?: Currency
  phone?: Fax
  fax?: Fax
  registered_office_address?: Name[]
  office_address?: Name[]
  registered_office_address_info?: Address
  office_address_info?: Address
  custom_fields?: CustomField[]
}

/** Shared shape `CompanyQueryMultiTimelineItem` of catalog/corehr.v2.json. */
export interface CompanyQueryMultiTimelineItem {
  company_version_data?: {
    company_id?: string
    company_version_id?: string
    company_names?: Name[]
    parent_company_id?: string
    effective_date?: string
    expiration_date?: string
    active?: boolean
    descriptions?: Name[]
    code?: string
  }[]
  type?: CompensationType
  industry_list?: CompensationType[]
  legal_representative?: Name[]
  post_code?: string
  tax_payer_id?: string
  confidential?: boolean
  sub_type_list?: CompensationType[]
  branch_company?: boolean
  primary_manager?: Name[]
  currency?: Currency
  phone?: Fax
  fax?: Fax
  registered_office_address?: Name[]
  office_address?: Name[]
  registered_office_address_info?: OfficeAddressInfo
  office_address_info?: OfficeAddressInfo
}

/** Shared shape `CompensationType` of catalog/corehr.v2.json. */
export interface CompensationType {
  enum_name: string
  display?: Name[]
}

/** Shared shape `ContentInfo` of catalog/corehr.v2.json. */
export interface ContentInfo {
  contents?: {
    content_type: CompensationType
    filter_apiname?: string
    content?: string
    label?: Name[]
    content_desc?: string
  }[]
  custom_fields?: {
    label?: Name[]
    apiname: string
    custom_field_type: CompensationType
    used: boolean
    is_required?: boolean
    custom_desc?: string
    common_info?: CommonInfo
  }[]
  filter_fields?: {
    label: Name[]
    apiname: string
    filters?: { left: string; rights?: string[]; op: CompensationType }[]
    logic?: CompensationType
    is_checked?: boolean
    filter_desc?: string
    criterion_list?: string
  }[]
  using_fields?: CommonInfo[]
  system_setting_fields?: SystemSettingField[]
}

/** Shared shape `ContractInfo` of catalog/corehr.v2.json. */
export interface ContractInfo {
  contract_start_date?: string
  contract_end_date?: string
  contract_type?: string
  duration_type?: string
  signing_type?: string
  contract_file_ids?: string[]
}

/** Shared shape `CostAllocation` of catalog/corehr.v2.json. */
export interface CostAllocation {
  effective_time?: string
  expiration_time?: string
  cost_center_rates?: CostCenterRate[]
}

/** Shared shape `CostCenter` of catalog/corehr.v2.json. */
export interface CostCenter {
  id: string
  name?: Name[]
}

/** Shared shape `CostCenterRate` of catalog/corehr.v2.json. */
export interface CostCenterRate {
  cost_center_id?: string
  rate?: number
  new_rate?: number
}

/** Shared shape `CreateAddress` of catalog/corehr.v2.json. */
export interface CreateAddress {
  address_id?: string
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
  address_type_list: { enum_name: string }[]
  is_primary: boolean
  is_public: boolean
  custom_fields?: CreateCustomField[]
  city_subdivision_1?: string
  city_subdivision_2?: string
  region_subdivision_1?: string
  region_subdivision_2?: string
  city_text?: string
  local_city_text?: string
}

/** Shared shape `CreateBankAccount` of catalog/corehr.v2.json. */
export interface CreateBankAccount {
  bank_name?: string
  bank_account_number: string
  account_holder: string
  bank?: { enum_name: string }
  bank_identification_code?: string
  branch_name?: string
  bank_id?: string
  branch_id?: string
  bank_id_v2?: string
  branch_id_v2?: string
  country_region_id?: string
  bank_account_usage?: { enum_name: string }[]
  bank_account_type?: { enum_name: string }
  payment_type?: { enum_name: string }
  payment_rate?: string
  payment_amount?: string
  priority?: number
  currency_id?: string
  custom_fields?: CreateCustomField[]
}

/** Shared shape `CreateCostCenter` of catalog/corehr.v2.json. */
export interface CreateCostCenter {
  cost_center_id?: string
  cost_center_version_id?: string
  name: Name[]
  code?: string
  parent_cost_center_id?: string
  managers?: string[]
  description?: Name[]
  effective_time: string
  expiration_time?: string
  active?: boolean
}

/** Shared shape `CreateCustomField` of catalog/corehr.v2.json. */
export interface CreateCustomField {
  custom_api_name: string
  value: string
}

/** Shared shape `CreateDependent` of catalog/corehr.v2.json. */
export interface CreateDependent {
  id?: string
  relationship: { enum_name: string }
  gender?: { enum_name: string }
  date_of_birth?: string
  nationality_id?: string
  nationality_id_v2?: string
  national_id_list?: CreateNationalId[]
  spouses_working_status?: { enum_name: string }
  is_this_person_covered_by_health_insurance?: boolean
  is_this_person_allowed_for_tax_deduction?: boolean
  custom_fields?: CreateCustomField[]
  dependent_name?: string
  employer?: string
  job?: string
  phone?: CreatePhone
  address?: {
    address_id?: string
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
    custom_fields?: CreateCustomField[]
    city_subdivision_1?: string
    city_subdivision_2?: string
    region_subdivision_1?: string
    region_subdivision_2?: string
    city_text?: string
    local_city_text?: string
  }
  birth_certificate_of_child?: { id?: string }[]
  reason?: { enum_name: string }
  modify_date?: string
  visas?: Visa[]
  passports?: Passport[]
  citizenship_statuses?: CitizenshipStatus[]
  emails?: CreateEmail[]
}

/** Shared shape `CreateEducation` of catalog/corehr.v2.json. */
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
  custom_fields?: CreateCustomField[]
}

/** Shared shape `CreateEmail` of catalog/corehr.v2.json. */
export interface CreateEmail {
  email: string
  is_primary?: boolean
  is_public?: boolean
  email_usage?: { enum_name: string }
}

/** Shared shape `CreateEmergencyContact` of catalog/corehr.v2.json. */
export interface CreateEmergencyContact {
  id?: string
  name?: CreateLegalNameV2
  relationship?: { enum_name: string }
  phone_ist?: CreatePhone[]
  legal_name?: string
  custom_fields?: CreateCustomField[]
  address?: CreateAddress
  email?: CreateEmail
  is_primary?: boolean
}

/** Shared shape `CreateEmploymentInfo` of catalog/corehr.v2.json. */
export interface CreateEmploymentInfo {
  basic_info?: {
    employee_number?: string
    rehire?: boolean
    employment_info_before_rehire?: string
    effective_time?: string
    regular_employee_start_date?: string
    seniority_date?: string
    work_email?: string
    phone?: BasicInfoPhone
    user_geo?: string
    custom_fields?: BasicInfoCustomField[]
  }
  probation_info?: {
    probation_start_date?: string
    probation_expected_end_date?: string
    actual_probation_end_date?: string
  }
  employment_record?: {
    employee_type?: string
    department?: string
    direct_manager?: string
    working_hours_type?: string
    cost_centers?: { id?: string; rate?: number }[]
    direct_manager_effective_time?: string
    dotted_line_manager?: string
    dotted_line_manager_effective_time?: string
    job?: string
    job_family?: string
    job_level?: string
    job_grade?: string
    work_location?: string
    weekly_working_hours?: number
    position?: string
    pathway?: string
  }
  emp_contract_record?: {
    contract_number?: string
    contract_type?: string
    first_party?: string
    effective_time?: string
    duration_type?: string
    contract_end_date?: string
  }
  custom_groups?: CustomGroup[]
  custom_org_groups?: {
    effective_time: string
    start_reason?: string
    custom_org_with_rates: { id: string; rate?: number }[]
    object_api_name: string
  }[]
  seniority_adjust_informations?: {
    seniority_adjustment_type: 'increase' | 'decrease'
    start_date?: string
    end_date?: string
    reasons_for_seniority_adjustment?: string
    seniority_adjustment: number
    custom_fields?: BasicInfoCustomField[]
  }[]
  default_cost_center?: { reason?: string; is_inherit?: boolean; cost_center_id?: { wk_id?: string } }
  cost_allocation?: CostAllocation
}

/** Shared shape `CreateLegalNameV2` of catalog/corehr.v2.json. */
export interface CreateLegalNameV2 {
  local_primary?: string
  local_first_name?: string
  country_region_id: string
  name_type: { enum_name: string }
  local_first_name_2?: string
  local_primary_2?: string
  additional_name?: string
  additional_name_type?: { enum_name: string }
  first_name?: string
  full_name?: string
  hereditary?: string
  custom_name?: string
  custom_local_name?: string
  middle_name?: string
  name_primary?: string
  secondary?: string
  tertiary?: string
  social?: { enum_name: string }
  title?: { enum_name: string }
  local_middle_name?: string
  local_secondary?: string
  wk_id?: string
}

/** Shared shape `CreateNationalId` of catalog/corehr.v2.json. */
export interface CreateNationalId {
  national_id_type_id: string
  national_id_number: string
  issue_date?: string
  expiration_date?: string
  country_region_id: string
  issued_by?: string
  custom_fields?: CreateCustomField[]
  wk_id?: string
  series?: string
  effective_for_a_long_time?: boolean
}

/** Shared shape `CreatePersonForCountrie` of catalog/corehr.v2.json. */
export interface CreatePersonForCountrie {
  wk_id?: string
  country_region_id: string
  gender?: { enum_name: string }
  religion?: { enum_name: string }
  marital_status?: { enum_name: string }
  ethnicity_race?: { enum_name: string }
  marital_status_date?: string
}

/** Shared shape `CreatePersonalProfile` of catalog/corehr.v2.json. */
export interface CreatePersonalProfile {
  personal_profile_id?: string
  personal_profile_type?: { enum_name: string }
  files?: { id?: string }[]
}

/** Shared shape `CreatePhone` of catalog/corehr.v2.json. */
export interface CreatePhone {
  international_area_code?: { enum_name: string }
  phone_number: string
}

/** Shared shape `CreateResidentTaxe` of catalog/corehr.v2.json. */
export interface CreateResidentTaxe {
  year_resident_tax: string
  resident_status?: { enum_name: string }
  tax_country_region_id?: string
  custom_fields?: ItemCustomField[]
}

/** Shared shape `CreateTransferInfo` of catalog/corehr.v2.json. */
export interface CreateTransferInfo {
  remark?: string
  offer_info?: string
  target_dotted_manager_clean?: boolean
  probation_exist?: boolean
  target_department?: string
  target_work_location?: string
  target_direct_manager?: string
  target_dotted_manager?: string
  target_job?: string
  target_job_family?: string
  target_job_level?: string
  target_workforce_type?: string
  target_employee_subtype?: string
  target_company?: string
  target_contract_number?: string
  target_contract_type?: string
  target_duration_type?: string
  target_signing_type?: string
  target_contract_start_date?: string
  target_contract_end_date?: string
  target_working_hours_type?: string
  target_working_calendar?: string
  target_probation_end_date?: string
  target_weekly_working_hours?: string
  target_work_shift?: string
  target_cost_center_rates?: CostCenterRate[]
  target_employment_change?: {
    regular_employee_start_date?: string
    seniority_date?: string
    employee_number?: string
    custom_fields?: CreateCustomField[]
    notice_period_change_record?: NoticePeriodChangeRecord
  }
  target_job_grade?: string
  target_compensation_type?: string
  target_service_company?: string
  target_position?: string
  target_social_security_city?: string
  is_transfer_with_workforce?: boolean
  target_pathway?: string
  target_allocation_effective_time?: string
  target_allocation_expiration_time?: string
  target_default_cost_center?: string
  target_is_default_cost_center_inherited?: boolean
}

/** Shared shape `CreateWorkExperience` of catalog/corehr.v2.json. */
export interface CreateWorkExperience {
  company_organization?: Name[]
  department?: Name[]
  job?: Name[]
  description?: Name[]
  start_date?: string
  end_date?: string
  custom_fields?: CreateCustomField[]
}

/** Shared shape `Currency` of catalog/corehr.v2.json. */
export interface Currency {
  currency_id?: string
  country_region_id_list?: string[]
  currency_name?: Name[]
  numeric_code?: number
  currency_alpha_3_code?: string
  status?: number
}

/** Shared shape `CustomField` of catalog/corehr.v2.json. */
export interface CustomField {
  custom_api_name: string
  name?: NodeName
  type?: number
  value: string
}

/** Shared shape `CustomGroup` of catalog/corehr.v2.json. */
export interface CustomGroup {
  group_name?: string
  items?: { custom_fields?: BasicInfoCustomField[] }[]
}

/** Shared shape `CustomOrg` of catalog/corehr.v2.json. */
export interface CustomOrg {
  custom_org_list?: { custom_org_name?: NodeName; custom_org_id?: string; rate?: string }[]
  effective_time?: string
  start_reason?: string
  job_data_custom_org_id?: string
  version_id?: string
  object_api_name?: string
  user_id?: string
}

/** Shared shape `CustomOrgWithRate` of catalog/corehr.v2.json. */
export interface CustomOrgWithRate {
  id: string
  rate?: string
}

/** Shared shape `DefaultCostCenter` of catalog/corehr.v2.json. */
export interface DefaultCostCenter {
  cost_center_id: string
  is_herit: boolean
}

/** Shared shape `DepartmentChange` of catalog/corehr.v2.json. */
export interface DepartmentChange {
  department_change_id?: string
  department_id?: string
  draft_department_id?: string
  department_change_type?: 'Unknown' | 'Create' | 'Modify' | 'Inactive'
  department_change_status?: number
  reorganization_info?: ReorganizationInfo
}

/** Shared shape `Dependent` of catalog/corehr.v2.json. */
export interface Dependent {
  id?: string
  name?: DependentName
  relationship: CompensationType
  gender?: CompensationType
  date_of_birth?: string
  nationality_id?: string
  nationality_id_v2?: string
  national_id_list?: NationalId[]
  spouses_working_status?: CompensationType
  is_this_person_covered_by_health_insurance?: boolean
  is_this_person_allowed_for_tax_deduction?: boolean
  custom_fields?: CustomField[]
  dependent_name?: string
  employer?: string
  job?: string
  phone?: Phone
  address?: Address
  birth_certificate_of_child?: BirthCertificateOfChild[]
  reason?: CompensationType
  modify_date?: string
  visas?: Visa[]
  passports?: Passport[]
  citizenship_statuses?: CitizenshipStatus[]
  emails?: Email[]
}

/** Shared shape `DependentAddress` of catalog/corehr.v2.json. */
export interface DependentAddress {
  address_type?: string
  country_region?: string
  region?: string
  region_subdivision_1?: string
  region_subdivision_2?: string
  city_v2?: string
  city_text?: string
  local_city_text?: string
  city_subdivision_1?: string
  city_subdivision_2?: string
  district_v2?: string
  postal_code?: string
  address_line_1?: string
  local_address_line_1?: string
  address_line_2?: string
  local_address_line_2?: string
  address_line_3?: string
  local_address_line_3?: string
  address_line_4?: string
  local_address_line_5?: string
  address_line_6?: string
  local_address_line_6?: string
  address_line_7?: string
  local_address_line_7?: string
  address_line_8?: string
  local_address_line_8?: string
  address_line_9?: string
  local_address_line_9?: string
  local_address_line_4?: string
  address_line_5?: string
}

/** Shared shape `DependentName` of catalog/corehr.v2.json. */
export interface DependentName {
  local_primary?: string
  local_first_name?: string
  country_region_id: string
  name_type: CompensationType
  local_first_name_2?: string
  local_primary_2?: string
  additional_name?: string
  additional_name_type?: CompensationType
  first_name?: string
  full_name?: string
  hereditary?: string
  custom_name?: string
  custom_local_name?: string
  middle_name?: string
  name_primary?: string
  secondary?: string
  tertiary?: string
  social?: CompensationType
  title?: CompensationType
  local_middle_name?: string
  local_secondary?: string
  display_name_local_and_western_script?: string
  display_name_local_script?: string
  display_name_western_script?: string
  wk_id?: string
}

/** Shared shape `DependentPassport` of catalog/corehr.v2.json. */
export interface DependentPassport {
  country_region: string
  national_id_type: string
  passport_number: string
  issued_date?: string
  expiration_date?: string
  issued_by?: string
}

/** Shared shape `DependentVisa` of catalog/corehr.v2.json. */
export interface DependentVisa {
  country_region: string
  national_id_type: string
  visa_number: string
  issued_date?: string
  expiration_date?: string
  issued_by?: string
}

/** Shared shape `DirectManager` of catalog/corehr.v2.json. */
export interface DirectManager {
  job_data_id?: string
  employment_id?: string
}

/** Shared shape `Education` of catalog/corehr.v2.json. */
export interface Education {
  school: Name[]
  level_of_education?: CompensationType
  start_date?: string
  end_date?: string
  field_of_study?: Name[]
  degree?: CompensationType
  school_name?: CompensationType
  field_of_study_name?: CompensationType
  country_region_id?: string
  expected_end_date?: string
  custom_fields?: CustomField[]
}

/** Shared shape `EducationInfo` of catalog/corehr.v2.json. */
export interface EducationInfo {
  school_name?: string
  education?: string
  start_time?: string
  end_time?: string
  field_of_study?: string
  custom_fields?: ItemCustomField[]
  degree?: string
}

/** Shared shape `Email` of catalog/corehr.v2.json. */
export interface Email {
  email: string
  is_primary?: boolean
  is_public?: boolean
  email_usage?: CompensationType
}

/** Shared shape `EmergencyContact` of catalog/corehr.v2.json. */
export interface EmergencyContact {
  id?: string
  name?: DependentName
  relationship?: CompensationType
  phone_ist?: Phone[]
  phone_list?: Phone[]
  legal_name?: string
  custom_fields?: CustomField[]
  address?: Address
  email?: Email
  is_primary?: boolean
}

/** Shared shape `EmployeeBatchGetItem` of catalog/corehr.v2.json. */
export interface EmployeeBatchGetItem {
  employment_id?: string
  employment_id_v2?: string
  ats_application_id?: string
  prehire_id?: string
  employee_number?: string
  employee_type_id?: string
  employee_subtype_id?: string
  department_id?: string
  department_id_v2?: string
  job_level_id?: string
  job_level?: {
    id?: string
    level_order: number
    code?: string
    name: Name[]
    description?: Name[]
    active: boolean
    custom_fields?: CustomField[]
  }
  pathway_id?: string
  pathway?: {
    id?: string
    code?: string
    name: Name[]
    description?: Name[]
    active: boolean
    custom_fields?: CustomField[]
  }
  job_grade_id?: string
  work_location_id?: string
  job_family_id?: string
  job_family?: {
    id?: string
    name: Name[]
    active: boolean
    parent_id?: string
    effective_time: string
    expiration_time?: string
    code?: string
    custom_fields?: CustomField[]
  }
  position_id?: string
  position?: {
    position_id?: string
    code?: string
    names?: Name[]
    descriptions?: Name[]
    active: boolean
    created_by?: string
  }
  job_id?: string
  job?: Job
  company_id?: string
  working_hours_type_id?: string
  tenure?: string
  seniority_date?: string
  effective_date: string
  primary_employment: boolean
  probation_period?: number
  on_probation?: boolean
  probation_end_date?: string
  direct_manager_id?: string
  dotted_line_manager_id?: string
  direct_manager_id_v2?: string
  dotted_line_manager_id_v2?: string
  employment_type: CompensationType
  employment_status?: CompensationType
  expiration_date?: string
  reason_for_offboarding?: CompensationType
  email_address?: string
  user_name?: string
  work_email_list?: { email: string; email_usage?: CompensationType }[]
  cost_center_list?: CostCenterRate[]
  rehire?: CompensationType
  rehire_employment_id?: string
  person_info?: ItemPersonInfo
  custom_fields?: CustomField[]
  noncompete_status?: CompensationType
  past_offboarding?: boolean
  regular_employee_start_date?: string
  external_id?: string
  times_employed?: number
  recruitment_type?: CompensationType
  avatar_url?: string
  primary_contract_id?: string
  contract_start_date?: string
  contract_end_date?: string
  contract_expected_end_date?: string
  pay_group_id?: string
  assignment_pay_group_id?: string
  international_assignment?: boolean
  work_calendar_id?: string
  department?: { id?: string; id_v2?: string; department_name?: Name[] }
  direct_manager?: ItemDirectManager
  dotted_line_manager?: ItemDirectManager
  time_zone?: string
  primary_international_assignment?: {
    id?: string
    assignment_city_id?: string
    assignment_company_id?: string
    assignment_country_id?: string
    assignment_reason?: Name
    effective_time?: string
    start_assignment_process_id?: string
    end_assignment_process_id?: string
    expiration_time?: string
    international_assignment_status?: CompensationType
    international_assignment_type?: CompensationType
  }
  service_company?: string
  compensation_type?: CompensationType
  work_shift?: CompensationType
  talent_pool_id_list?: string[]
  custom_org?: string
  seniority_adjust_information_list?: {
    seniority_adjustment_type: CompensationType
    start_date?: string
    end_date?: string
    seniority_adjustment: number
    reasons_for_seniority_adjustment?: string
    custom_fields?: CustomField[]
  }[]
  employment_direct_bps?: EmploymentAllBps
  employment_all_bps?: EmploymentAllBps
  contract_type?: CompensationType
  archive_cpst_plan_id?: string
  attendance_group_id?: string
  individuals_with_headcount_or_not?: CompensationType
  is_direct_leader?: boolean
  is_dotted_leader?: boolean
  company_talent_pool_ids?: string[]
}

/** Shared shape `EmployeesJobDataBatchGetItem` of catalog/corehr.v2.json. */
export interface EmployeesJobDataBatchGetItem {
  employment_id: string
  job_datas?: JobData[]
}

/** Shared shape `EmployeesJobDataQueryItem` of catalog/corehr.v2.json. */
export interface EmployeesJobDataQueryItem {
  employment_id: string
  job_datas?: ItemJobData[]
}

/** Shared shape `EmploymentAllBp` of catalog/corehr.v2.json. */
export interface EmploymentAllBp {
  employment_id?: string
  hrbp_ids?: string[]
  location_bp_ids?: string[]
}

/** Shared shape `EmploymentAllBps` of catalog/corehr.v2.json. */
export interface EmploymentAllBps {
  hrbp_ids?: string[]
  location_bp_ids?: string[]
}

/** Shared shape `EmploymentInfo` of catalog/corehr.v2.json. */
export interface EmploymentInfo {
  department_id?: string
  cost_center_rates?: CostCenterRate[]
  office_location_id?: string
  work_location_id?: string
  work_station?: string
  worker_id?: string
  compensation_type?: CompensationType
  direct_leader_id?: string
  dotted_line_manager_id?: string
  job_id?: string
  job_family_id?: string
  job_level_id?: string
  job_grade_id?: string
  job_title?: string
  employee_type_id?: string
  employee_subtype_id?: string
  employment_type?: string
  work_email?: string
  company_id?: string
  social_security_city_id?: string
  non_compete_covenant?: boolean
  weekly_working_hours?: number
  rehire?: 'yes' | 'no' | 'to_be_confirmed'
  rehire_employment_id?: string
  working_hours_type?: string
  weekly_working_hours_v2?: number
  office_address?: Address
  working_calendar_id?: string
  updated_at?: string
  suspected_rehiring?: boolean
  condition_worker?: boolean
  custom_fields?: CustomField[]
  position_id?: string
  company_manual_updated?: boolean
  pay_group?: { name?: Name[]; id?: string }
  whether_the_information_is_abnormal?: boolean
  abnormal_reason?: { descriptions?: Name[] }[]
  has_offer_salary?: boolean
  recruitment_project_id?: string
  work_shift?: CompensationType
  created_at?: string
  created_by?: string
  updated_by?: string
  seniority_date?: string
  background_check_order_id?: string
  background_check_order_name?: string
  background_check_order_package_name?: string
  background_check_order_result?: string
  background_check_order_supplier_name?: string
  background_check_order_account_name?: string
  background_check_order_start_time?: string
  background_check_order_complete_time?: string
  background_check_order_status?: CompensationType
  seniority_adjust_information_list?: {
    seniority_adjustment?: number
    seniority_adjustment_type?: CompensationType
    reasons_for_seniority_adjustment?: string
    start_date?: string
    end_date?: string
    custom_fields?: CustomField[]
  }[]
  notice_period_positive_voluntary?: EmploymentInfoNoticePeriodPositiveInvoluntary
  notice_period_probation_involuntary?: EmploymentInfoNoticePeriodPositiveInvoluntary
  notice_period_positive_involuntary?: EmploymentInfoNoticePeriodPositiveInvoluntary
  notice_period_probation_voluntary?: EmploymentInfoNoticePeriodPositiveInvoluntary
  working_hours_type_manual_updated?: boolean
  is_over_due?: boolean
  task_completed?: boolean
  expected_graduate_date?: string
  service_company?: string
  pathway?: string
  default_cost_center?: {
    cost_center_id?: string
    effective_time?: string
    is_herit?: boolean
    inherit_source?: string
  }
  cost_allocation?: CostAllocation
  reuse_feishu_account?: string
  reused_feishu_account_id?: string
  work_country_id?: string
}

/** Shared shape `EmploymentInfoNoticePeriodPositiveInvoluntary` of catalog/corehr.v2.json. */
export interface EmploymentInfoNoticePeriodPositiveInvoluntary {
  wk_id?: string
  value?: number
  value_unit?: string
  name?: Name
}

/** Shared shape `EmploymentName` of catalog/corehr.v2.json. */
export interface EmploymentName {
  id?: string
  name?: NodeName
}

/** Shared shape `EndDate` of catalog/corehr.v2.json. */
export interface EndDate {
  start: string
  end: string
}

/** Shared shape `EstimatedActiveIndividualsDetail` of catalog/corehr.v2.json. */
export interface EstimatedActiveIndividualsDetail {
  date?: string
  estimated_active_individuals?: string
}

/** Shared shape `Fax` of catalog/corehr.v2.json. */
export interface Fax {
  area_code: CompensationType
  phone_number: string
}

/** Shared shape `FieldValue` of catalog/corehr.v2.json. */
export interface FieldValue {
  variable_api_name?: string
  variable_value?: FieldValueVariableValue
  sub_values?: { key?: string; value?: FieldValueVariableValue }[]
}

/** Shared shape `FieldValueVariableValue` of catalog/corehr.v2.json. */
export interface FieldValueVariableValue {
  text_value?: string
  bool_value?: boolean
  number_value?: string
  enum_value?: string
  date_value?: string
  date_time_value?: string
  i18n_value?: NodeName
  object_value?: ObjectValue
  department_value?: string
  employment_value?: string
  list_values?: string[]
  file_value?: { open_file_id?: string; file_name?: string; length?: number }
  record_values?: RecordValue[]
}

/** Shared shape `FieldVariableValue` of catalog/corehr.v2.json. */
export interface FieldVariableValue {
  variable_api_name?: string
  variable_name?: NodeName
  variable_value?: Value
  sub_values?: { key?: string; value?: Value }[]
}

/** Shared shape `HiberarchyCommon` of catalog/corehr.v2.json. */
export interface HiberarchyCommon {
  parent_id?: string
  name: Name[]
  type: CompensationType
  active: boolean
  effective_time?: string
  expiration_time?: string
  code?: string
  description?: Name[]
  tree_order?: string
  list_order?: string
  custom_fields?: ItemCustomField[]
}

/** Shared shape `InternationalAssignment` of catalog/corehr.v2.json. */
export interface InternationalAssignment {
  work_location_id?: string
  service_company?: string
  work_shift?: CompensationType
  working_hours_type_id?: string
  employee_type_id?: string
  weekly_working_hours_v2?: number
  department_id?: string
  job_id?: string
  job_family_id?: string
  job_level_id?: string
  job_grade_id?: string
  compensation_type?: CompensationType
  direct_manager_id?: string
  dotted_line_manager_id?: string
  work_calendar_id?: string
  position_id?: string
  employment_id?: string
  custom_fields?: ItemCustomField[]
  international_assignment_reason?: string
  description?: string
  international_assignment_expected_end_date?: string
  international_assignment_status?: CompensationType
  international_assignment_type?: CompensationType
  effective_time?: string
  expiration_time?: string
  id?: string
  accommodation?: boolean
  international_assignment_allowance?: boolean
}

/** Shared shape `Item` of catalog/corehr.v2.json. */
export interface Item {
  dimensions: { dimension_key: string; dimension_value: string }[]
  eai_details?: EstimatedActiveIndividualsDetail[]
  plan_value?: string
  multi_period_values?: MultiPeriodValue[]
}

/** Shared shape `ItemCustomField` of catalog/corehr.v2.json. */
export interface ItemCustomField {
  field_name: string
  value: string
}

/** Shared shape `ItemDirectManager` of catalog/corehr.v2.json. */
export interface ItemDirectManager {
  employment_id?: string
  employment_id_v2?: string
  employee_number?: string
  email_address?: string
  person_info?: {
    person_id?: string
    preferred_name?: string
    preferred_local_full_name?: string
    preferred_english_full_name?: string
  }
}

/** Shared shape `ItemJobData` of catalog/corehr.v2.json. */
export interface ItemJobData {
  job_data_id?: string
  version_id?: string
  employee_type_id: string
  working_hours_type_id?: string
  work_location_id?: string
  department_id?: string
  position_id?: string
  job_id?: string
  job_level_id?: string
  job_grade_id?: string
  job_family_id?: string
  probation_start_date?: string
  probation_end_date?: string
  primary_job_data: boolean
  employment_id: string
  effective_time: string
  expiration_time?: string
  assignment_start_reason?: CompensationType
  probation_expected_end_date?: string
  probation_outcome?: CompensationType
  direct_manager?: DirectManager
  dotted_line_managers?: DirectManager[]
  second_direct_manager?: DirectManager
  cost_center_rates?: CostCenterRate[]
  work_shift?: CompensationType
  compensation_type?: CompensationType
  service_company?: string
  custom_fields?: CustomField[]
  weekly_working_hours_v2?: number
  weekly_working_hours?: number
  employee_subtype_id?: string
  job_data_reason?: CompensationType
  pathway_id?: string
  work_calendar_id?: string
}

/** Shared shape `ItemOnboardingInfo` of catalog/corehr.v2.json. */
export interface ItemOnboardingInfo {
  offer_id?: string
  offer_hr_id?: string
  offer_hr_id_v2?: string
  entry_mode?: string
  onboarding_date?: string
  ats_application_id?: string
  recruitment_type?: string
  onboarding_location_id?: string
  company_sponsored_visa?: boolean
  onboarding_status?: 'deleted' | 'completed' | 'preboarding' | 'day_one' | 'withdrawn'
  onboarding_task_list?: {
    task_name?: string
    task_status?:
      | 'failed'
      | 'rejected'
      | 'completed'
      | 'not_started'
      | 'terminated'
      | 'initiating'
      | 'exception'
      | 'in_progress'
      | 'skipped'
      | 'uninitialized'
      | 'in_review'
    operator_id?: string
    task_code?: string
  }[]
  onboarding_address?: Address
  flow_name?: Name[]
  flow_id?: string
  check_in_time?: string
  check_in_method?: CompensationType
  withdrawn_reason?: string
}

/** Shared shape `ItemPersonInfo` of catalog/corehr.v2.json. */
export interface ItemPersonInfo {
  person_id?: string
  phone_number?: string
  legal_name?: string
  preferred_name?: string
  additional_name?: string
  preferred_local_full_name?: string
  preferred_english_full_name?: string
  name_list?: DependentName[]
  gender?: CompensationType
  date_of_birth?: string
  nationality_id?: string
  nationality_id_v2?: string
  additional_nationalities?: AdditionalNationalitie[]
  citizenship_status?: CitizenshipStatus[]
  race?: CompensationType
  marital_status?: CompensationType
  phone_list?: Phone[]
  address_list?: Address[]
  email_list?: Email[]
  work_experience_list?: WorkExperience[]
  education_list?: Education[]
  bank_account_list?: {
    bank_name?: string
    bank_account_number: string
    account_holder: string
    bank?: CompensationType
    bank_identification_code?: string
    branch_name?: string
    bank_id?: string
    branch_id?: string
    bank_id_v2?: string
    branch_id_v2?: string
    country_region_id?: string
    bank_account_usage?: CompensationType[]
    bank_account_type?: CompensationType
    payment_type?: CompensationType
    payment_rate?: string
    payment_amount?: string
    priority?: number
    currency_id?: string
    IBAN?: string
    custom_fields?: CustomField[]
  }[]
  national_id_list?: NationalId[]
  dependent_list?: Dependent[]
  emergency_contact_list?: EmergencyContact[]
  date_entered_workforce?: string
  working_years?: number
  profile_image_id?: string
  email_address?: string
  age?: number
  highest_level_of_education?: Education
  highest_degree_of_education?: Education
  personal_profile?: PersonalProfile[]
  native_region?: string
  hukou_type?: CompensationType
  hukou_location?: string
  political_affiliations?: CompensationType[]
  talent_id?: string
  custom_fields?: CustomField[]
  national_id_number?: string
  family_address?: string
  born_country_region?: string
  is_disabled?: boolean
  disable_card_number?: string
  is_martyr_family?: boolean
  martyr_card_number?: string
  is_old_alone?: boolean
  resident_taxes?: ResidentTaxe[]
  first_entry_time?: string
  leave_time?: string
  religion?: CompensationType
  working_years_v2?: number
  legal_name_v2s?: DependentName[]
  national_id_v2s?: NationalId[]
  visas?: Visa[]
  passports?: Passport[]
  person_for_countries?: PersonForCountrie[]
  preferred_name_v2?: DependentName
  mother_name?: string
  city_of_birth?: string
  region_of_birth?: string
  tax_info_mys?: TaxInfoMys
}

/** Shared shape `Job` of catalog/corehr.v2.json. */
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
  custom_fields?: ItemCustomField[]
}

/** Shared shape `JobChange` of catalog/corehr.v2.json. */
export interface JobChange {
  job_change_id?: string
  employment_id?: string
  transfer_info?: JobChangeTransferInfo
  employment_name?: EmploymentName
  exception_status?: string
  no_permission_fields?: string[]
  approval_nodes?: ApprovalNode[]
}

/** Shared shape `JobChangeSearchItem` of catalog/corehr.v2.json. */
export interface JobChangeSearchItem {
  job_change_id?: string
  employment_id?: string
  status?: 'Approving' | 'Approved' | 'Rejected' | 'NoNeedApproval' | 'Transformed' | 'Cancelled'
  transfer_type_unique_identifier?: string
  transfer_reason_unique_identifier?: string
  process_id?: string
  effective_date?: string
  created_time?: string
  updated_time?: string
  transfer_info?: TransferInfo
  is_adjust_salary?: boolean
  custom_fields?: CustomField[]
  details_of_job_status_change?: string[]
  employment_name?: EmploymentName
  exception_status?: string
  no_permission_fields?: string[]
  approval_nodes?: ApprovalNode[]
}

/** Shared shape `JobChangeTransferInfo` of catalog/corehr.v2.json. */
export interface JobChangeTransferInfo {
  original_department?: string
  target_department?: string
  target_draft_department?: string
  original_department_id_path?: OriginalDepartmentIdPath[]
  target_department_id_path?: OriginalDepartmentIdPath[]
  original_direct_manager?: string
  target_direct_manager?: string
  original_job?: string
  target_job?: string
  original_job_family?: string
  target_job_family?: string
  original_job_level?: string
  target_job_level?: string
  original_cost_center_rate?: CostCenterRate[]
  target_cost_center_rate?: CostCenterRate[]
  target_allocation_expiration_time?: string
  original_allocation_expiration_time?: string
  target_allocation_effective_time?: string
  original_allocation_effective_time?: string
  original_default_cost_center?: string
  target_default_cost_center?: string
  original_is_default_cost_center_inherited?: boolean
  target_is_default_cost_center_inherited?: boolean
  original_job_grade?: string
  target_job_grade?: string
  original_position?: string
  target_position?: string
  target_draft_position?: string
  original_department_name?: EmploymentName
  target_department_name?: EmploymentName
  original_work_location_name?: EmploymentName
  target_work_location_name?: EmploymentName
  original_direct_manager_name?: EmploymentName
  target_direct_manager_name?: EmploymentName
  original_job_name?: EmploymentName
  target_job_name?: EmploymentName
  original_job_family_name?: EmploymentName
  target_job_family_name?: EmploymentName
  original_job_level_name?: EmploymentName
  target_job_level_name?: EmploymentName
  original_workforce_type_name?: EmploymentName
  target_workforce_type_name?: EmploymentName
  original_company_name?: EmploymentName
  target_company_name?: EmploymentName
  original_contract_type_name?: EmploymentName
  target_contract_type_name?: EmploymentName
  original_duration_type_name?: EmploymentName
  target_duration_type_name?: EmploymentName
  original_signing_type_name?: EmploymentName
  target_signing_type_name?: EmploymentName
  original_working_hours_type_name?: EmploymentName
  target_working_hours_type_name?: EmploymentName
  original_working_calendar_name?: EmploymentName
  target_working_calendar_name?: EmploymentName
  original_work_shift_name?: EmploymentName
  target_work_shift_name?: EmploymentName
  original_job_grade_name?: EmploymentName
  target_job_grade_name?: EmploymentName
  original_compensation_type_name?: EmploymentName
  target_compensation_type_name?: EmploymentName
  original_service_company_name?: EmploymentName
  target_service_company_name?: EmploymentName
  original_position_name?: EmploymentName
  target_position_name?: EmploymentName
  original_employee_subtype_name?: EmploymentName
  target_employee_subtype_name?: EmploymentName
  original_pathway_name?: EmploymentName
  target_pathway_name?: EmploymentName
  original_default_cost_center_name?: EmploymentName
  target_default_cost_center_name?: EmploymentName
  original_dotted_manager_name?: EmploymentName
  target_dotted_manager_name?: EmploymentName
  initiator_name?: EmploymentName
  exception_handler_name?: EmploymentName
  original_social_security_city_name?: EmploymentName
  target_social_security_city_name?: EmploymentName
  wk_created_at?: string
  transform_source?: NodeName
  details_of_job_status_change?: NodeName[]
}

/** Shared shape `JobData` of catalog/corehr.v2.json. */
export interface JobData {
  job_data_id?: string
  version_id?: string
  employee_type_id: string
  working_hours_type_id?: string
  work_location_id?: string
  department_id?: string
  position_id?: string
  job_id?: string
  job_level_id?: string
  job_grade_id?: string
  job_family_id?: string
  probation_start_date?: string
  probation_end_date?: string
  primary_job_data: boolean
  employment_id: string
  effective_time: string
  expiration_time?: string
  assignment_start_reason?: CompensationType
  probation_expected_end_date?: string
  probation_outcome?: CompensationType
  direct_manager?: DirectManager
  dotted_line_managers?: DirectManager[]
  second_direct_manager?: DirectManager
  cost_center_rates?: CostCenterRate[]
  work_shift?: CompensationType
  compensation_type?: CompensationType
  service_company?: string
  custom_fields?: CustomField[]
  created_at?: string
  weekly_working_hours_v2?: number
  weekly_working_hours?: number
  employee_subtype_id?: string
  job_data_reason?: CompensationType
  pathway_id?: string
  work_calendar_id?: string
}

/** Shared shape `LegalName` of catalog/corehr.v2.json. */
export interface LegalName {
  full_name?: string
  first_name?: string
  middle_name?: string
  name_primary?: string
  local_first_name?: string
  local_middle_name?: string
  local_primary?: string
  custom_local_name?: string
  custom_western_name?: string
  country_region: string
  name_type: string
  additional_name?: string
  wk_id?: string
  hereditary?: string
  secondary?: string
  social?: string
  tertiary?: string
  title?: string
  local_secondary?: string
  local_first_name_2?: string
  local_primary_2?: string
}

/** Shared shape `LegalNameV2` of catalog/corehr.v2.json. */
export interface LegalNameV2 {
  additional_name_type?: string
  country_region?: string
  full_name?: string
  hereditary?: string
  middle_name?: string
  secondary?: string
  social?: string
  tertiary?: string
  local_first_name_2?: string
  local_middle_name?: string
  local_primary?: string
  local_primary_2?: string
  local_secondary?: string
  title?: string
  local_first_name?: string
  custom_local_name?: string
  custom_western_name?: string
  name_type?: string
  first_name?: string
  name_primary?: string
}

/** Shared shape `Links` of catalog/corehr.v2.json. */
export interface Links {
  web_link?: string
  pc_link?: string
  mobile_link?: string
}

/** Shared shape `ListByBizIdSignatureFile` of catalog/corehr.v2.json. */
export interface ListByBizIdSignatureFile {
  signature_file_id: string
  names?: Name[]
  create_time?: string
  update_time?: string
  employment_id?: string
  pre_hire_id?: string
  signature_file_state?: CompensationType
  contract_code?: string
  effective_date?: string
  template_id?: string
  sign_url?: string
}

/** Shared shape `LocationBatchGetItem` of catalog/corehr.v2.json. */
export interface LocationBatchGetItem {
  location_id?: string
  hiberarchy_common: HiberarchyCommon
  location_usage_list?: CompensationType[]
  address?: BatchGetItemAddress[]
  working_hours_type_id?: string
  effective_time: string
  expiration_time?: string
  custom_fields?: CustomField[]
  locale?: CompensationType
  time_zone_id?: string
  display_language_id?: string
}

/** Shared shape `LocationQueryMultiTimelineItem` of catalog/corehr.v2.json. */
export interface LocationQueryMultiTimelineItem {
  location_version_data?: {
    location_id?: string
    location_version_id?: string
    location_names?: Name[]
    parent_location_id?: string
    effective_date?: string
    expiration_date?: string
    active?: boolean
    descriptions?: Name[]
    code?: string
    location_usages?: CompensationType[]
    locale?: CompensationType
    time_zone_id?: string
    display_language_id?: string
    working_hours_type_id?: string
  }[]
  address?: {
    full_address_local_script?: string
    full_address_western_script?: string
    address_id?: string
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
    address_type_list: CompensationType[]
    is_primary: boolean
    is_public: boolean
    city_subdivision_1?: string
    city_subdivision_2?: string
    region_subdivision_1?: string
    region_subdivision_2?: string
    city_text?: string
    local_city_text?: string
  }[]
}

/** Shared shape `MatchRule` of catalog/corehr.v2.json. */
export interface MatchRule {
  left_value:
    | 'department'
    | 'department_hierarchy'
    | 'work_location'
    | 'work_location_hierarchy'
    | 'cost_center'
    | 'cost_center_hierarchy'
    | 'job'
    | 'job_level'
    | 'job_family'
    | 'job_family_hierarchy'
    | 'employee_type'
  operator: 'contains' | 'notContains'
  right_values?: string[]
  ref_key?: 'specified' | 'reference'
}

/** Shared shape `MultiPeriodValue` of catalog/corehr.v2.json. */
export interface MultiPeriodValue {
  period_date?: string
  workforce_plan?: string
  individuals_to_be_added?: string
  individuals_to_be_removed?: string
}

/** Shared shape `Name` of catalog/corehr.v2.json. */
export interface Name {
  lang: string
  value: string
}

/** Shared shape `National` of catalog/corehr.v2.json. */
export interface National {
  country_region?: string
  national_id_type?: string
  national_id_number?: string
  issued_date?: string
  issued_by?: string
  expiration_date?: string
  custom_fields?: BasicInfoCustomField[]
  series?: string
  effective_for_a_long_time?: boolean
}

/** Shared shape `NationalId` of catalog/corehr.v2.json. */
export interface NationalId {
  national_id_type_id: string
  national_id_number: string
  issue_date?: string
  expiration_date?: string
  country_region_id: string
  issued_by?: string
  custom_fields?: CustomField[]
  wk_id?: string
  series?: string
  effective_for_a_long_time?: boolean
}

/** Shared shape `NodeName` of catalog/corehr.v2.json. */
export interface NodeName {
  zh_cn?: string
  en_us?: string
}

/** Shared shape `NoticePeriodChangeRecord` of catalog/corehr.v2.json. */
export interface NoticePeriodChangeRecord {
  probation_voluntary?: PositiveInvoluntary
  probation_involuntary?: PositiveInvoluntary
  positive_voluntary?: PositiveInvoluntary
  positive_involuntary?: PositiveInvoluntary
}

/** Shared shape `NoticePeriodPositiveInvoluntary` of catalog/corehr.v2.json. */
export interface NoticePeriodPositiveInvoluntary {
  wk_id?: string
  value?: number
  value_unit?: string
}

/** Shared shape `ObjectValue` of catalog/corehr.v2.json. */
export interface ObjectValue {
  wk_id?: string
  wk_api_name?: string
}

/** Shared shape `OfferInfo` of catalog/corehr.v2.json. */
export interface OfferInfo {
  offer_id?: string
  offer?: string
  offer_hr_id?: string
  department_id?: string
  direct_leader_id?: string
  dotted_line_manager_id?: string
  job_id?: string
  job_family_id?: string
  job_level_id?: string
  job_title?: string
  probation_start_date?: string
  probation_end_date?: string
  contract_start_date?: string
  contract_end_date?: string
  duration_period?: number
  duration_unit?: string
  onboarding_date?: string
  onboarding_location_id?: string
  office_location_id?: string
  recruitment_type_id?: string
  probation_period?: string
  employee_type_id?: string
  employee_subtype_id?: string
  employment_type_id?: string
  work_email?: string
  duration_type_id?: string
  signing_type_id?: string
  entry_mode?: string
  social_security_city_id?: string
  contract_type?: string
  company?: string
  cost_center_rate?: CostCenterRate[]
  job_grade_id?: string
  custom_fields?: ItemCustomField[]
  service_company?: string
  work_shift?: string
  compensation_type?: string
  work_location_id?: string
  onboarding_address_id?: string
  office_address_id?: string
  position_id?: string
  working_calendar_id?: string
  working_hours_type?: string
  pay_group_id?: string
  flow_id?: string
  check_in_time?: string
  check_in_method?: string
  seniority_date?: string
  seniority_adjust_information_list?: SeniorityAdjustInformation[]
  notice_period_probation_voluntary?: NoticePeriodPositiveInvoluntary
  notice_period_probation_involuntary?: NoticePeriodPositiveInvoluntary
  notice_period_positive_voluntary?: NoticePeriodPositiveInvoluntary
  notice_period_positive_involuntary?: NoticePeriodPositiveInvoluntary
  condition_worker?: boolean
  non_compete_covenant?: boolean
  company_sponsored_visa?: boolean
  has_offer_salary?: boolean
  work_station?: string
  pathway?: string
  default_cost_center?: DefaultCostCenter
  cost_allocation?: CostAllocation
  talent_id?: string
  reuse_feishu_account?: string
  reused_feishu_account_id?: string
}

/** Shared shape `OfferInfoUpdate` of catalog/corehr.v2.json. */
export interface OfferInfoUpdate {
  onboarding_date?: string
  ats_application_id?: string
  onboarding_location_id?: string
  onboarding_address_id?: string
  office_location_id?: string
  office_address_id?: string
  employment_type?: string
  onboarding_method?: string
  work_emails?: BasicInfoUpdateEmail[]
  cost_center_rates?: CostCenterRate[]
  custom_fields?: ItemCustomField[]
  position_id?: string
  probation_period?: number
  probation_start_date?: string
  probation_end_date?: string
  contract_start_date?: string
  contract_end_date?: string
  contract_type?: string
  duration_type_id?: string
  signing_type_id?: string
  worker_id?: string
  check_in_time?: string
  check_in_method?: string
  company?: string
  work_shift?: string
  recruitment_type_id?: string
  compensation_type?: string
  pay_group_id?: string
  offer_hr_id?: string
  job_id?: string
  job_family_id?: string
  job_level_id?: string
  job_grade_id?: string
  employee_type_id?: string
  employee_subtype_id?: string
  direct_leader_id?: string
  dotted_line_manager_id?: string
  department_id?: string
  social_security_city?: string
  work_location_id?: string
  working_calendar?: string
  working_hours_type?: string
  seniority_date?: string
  seniority_adjust_information_list?: SeniorityAdjustInformation[]
  notice_period_probation_voluntary?: NoticePeriodPositiveInvoluntary
  notice_period_probation_involuntary?: NoticePeriodPositiveInvoluntary
  notice_period_positive_voluntary?: NoticePeriodPositiveInvoluntary
  notice_period_positive_involuntary?: NoticePeriodPositiveInvoluntary
  condition_worker?: boolean
  company_sponsored_visa?: boolean
  weekly_working_hours_v2?: number
  work_station?: string
  has_offer_salary?: boolean
  service_company?: string
  non_compete_covenant?: boolean
  pathway?: string
  default_cost_center?: DefaultCostCenter
  cost_allocation?: CostAllocation
  reuse_feishu_account?: string
  reused_feishu_account_id?: string
}

/** Shared shape `OfficeAddressInfo` of catalog/corehr.v2.json. */
export interface OfficeAddressInfo {
  full_address_local_script?: string
  full_address_western_script?: string
  address_id?: string
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
  address_type_list: CompensationType[]
  is_primary: boolean
  is_public: boolean
  city_subdivision_1?: string
  city_subdivision_2?: string
  region_subdivision_1?: string
  region_subdivision_2?: string
  city_text?: string
  local_city_text?: string
}

/** Shared shape `OnboardingInfo` of catalog/corehr.v2.json. */
export interface OnboardingInfo {
  offer_id?: string
  offer_hr_id?: string
  offer_hr_id_v2?: string
  entry_mode?: string
  onboarding_date?: string
  ats_application_id?: string
  recruitment_type?: string
  onboarding_location_id?: string
  company_sponsored_visa?: boolean
  onboarding_status?: 'deleted' | 'completed' | 'preboarding' | 'day_one' | 'withdrawn'
  onboarding_task_list?: {
    task_name?: string
    task_status?:
      | 'failed'
      | 'rejected'
      | 'completed'
      | 'not_started'
      | 'terminated'
      | 'initiating'
      | 'exception'
      | 'in_progress'
      | 'skipped'
      | 'uninitialized'
      | 'in_review'
    operator_id?: string
    task_code?: string
    current_operators?: string[]
  }[]
  onboarding_address?: Address
  flow_name?: Name[]
  flow_id?: string
  check_in_time?: string
  check_in_method?: CompensationType
  withdrawn_reason?: string
}

/** Shared shape `OrgRole` of catalog/corehr.v2.json. */
export interface OrgRole {
  api_name: string
  security_group_id?: string
  employment_ids?: string[]
}

/** Shared shape `OriginOrgrole` of catalog/corehr.v2.json. */
export interface OriginOrgrole {
  grantee_id: string
  management_scopes?: {
    org_id: string
    org_type:
      | 'department'
      | 'location'
      | 'custom_org_01'
      | 'custom_org_02'
      | 'custom_org_03'
      | 'custom_org_04'
      | 'custom_org_05'
      | 'custom_org_06'
      | 'custom_org_07'
      | 'custom_org_08'
      | 'custom_org_09'
      | 'custom_org_10'
    org_name?: string
  }[]
}

/** Shared shape `OriginalCostCenter` of catalog/corehr.v2.json. */
export interface OriginalCostCenter {
  cost_center_id?: string
  cost_center_version_id?: string
  name: Name[]
  code?: string
  parent_cost_center_id?: string
  managers?: string[]
  description?: Name[]
  effective_time: string
  expiration_time?: string
  active?: boolean
  operation_reason?: string
  is_prefer_manual_encoding?: boolean
}

/** Shared shape `OriginalDepartmentIdPath` of catalog/corehr.v2.json. */
export interface OriginalDepartmentIdPath {
  department_id?: string
  draft_department_id?: string
}

/** Shared shape `OriginalEmploymentChange` of catalog/corehr.v2.json. */
export interface OriginalEmploymentChange {
  regular_employee_start_date?: string
  seniority_date?: string
  employee_number?: string
  custom_fields?: CustomField[]
  notice_period_change_record?: NoticePeriodChangeRecord
}

/** Shared shape `Passport` of catalog/corehr.v2.json. */
export interface Passport {
  wk_id?: string
  country_region_id: string
  national_id_type_id: string
  passport_number: string
  issued_date?: string
  expiration_date?: string
  issued_by?: string
}

/** Shared shape `PatchPerson` of catalog/corehr.v2.json. */
export interface PatchPerson {
  person_id?: string
  phone_number?: string
  legal_name?: string
  preferred_name?: string
  additional_name?: string
  preferred_local_full_name?: string
  preferred_english_full_name?: string
  name_list?: DependentName[]
  gender?: CompensationType
  date_of_birth?: string
  nationality_id?: string
  nationality_id_v2?: string
  citizenship_status?: CitizenshipStatus[]
  race?: CompensationType
  marital_status?: CompensationType
  phone_list?: Phone[]
  address_list?: Address[]
  email_list?: Email[]
  work_experience_list?: WorkExperience[]
  education_list?: Education[]
  bank_account_list?: PersonBankAccount[]
  national_id_list?: NationalId[]
  dependent_list?: Dependent[]
  emergency_contact_list?: EmergencyContact[]
  date_entered_workforce?: string
  working_years?: number
  profile_image_id?: string
  email_address?: string
  age?: number
  highest_level_of_education?: Education
  highest_degree_of_education?: Education
  personal_profile?: PersonalProfile[]
  native_region?: string
  hukou_type?: CompensationType
  hukou_location?: string
  talent_id?: string
  custom_fields?: CustomField[]
  national_id_number?: string
  family_address?: string
  born_country_region?: string
  is_disabled?: boolean
  disable_card_number?: string
  is_martyr_family?: boolean
  martyr_card_number?: string
  is_old_alone?: boolean
  resident_taxes?: ResidentTaxe[]
  first_entry_time?: string
  leave_time?: string
  legal_name_v2s?: DependentName[]
  national_id_v2s?: NationalId[]
  visas?: Visa[]
  passports?: Passport[]
  person_for_countries?: PersonForCountrie[]
  preferred_name_v2?: DependentName
  mother_name?: string
  city_of_birth?: string
  region_of_birth?: string
  tax_info_mys?: TaxInfoMys
}

/** Shared shape `Person` of catalog/corehr.v2.json. */
export interface Person {
  person_id?: string
  phone_number?: string
  legal_name?: string
  preferred_name?: string
  additional_name?: string
  preferred_local_full_name?: string
  preferred_english_full_name?: string
  name_list?: DependentName[]
  gender?: CompensationType
  date_of_birth?: string
  nationality_id?: string
  nationality_id_v2?: string
  citizenship_status?: CitizenshipStatus[]
  race?: CompensationType
  marital_status?: CompensationType
  phone_list?: Phone[]
  address_list?: Address[]
  email_list?: Email[]
  work_experience_list?: WorkExperience[]
  education_list?: Education[]
  bank_account_list?: PersonBankAccount[]
  national_id_list?: NationalId[]
  dependent_list?: Dependent[]
  emergency_contact_list?: EmergencyContact[]
  date_entered_workforce?: string
  working_years?: number
  profile_image_id?: string
  email_address?: string
  age?: number
  highest_level_of_education?: Education
  highest_degree_of_education?: Education
  personal_profile?: PersonalProfile[]
  native_region?: string
  hukou_type?: CompensationType
  hukou_location?: string
  talent_id?: string
  custom_fields?: CustomField[]
  national_id_number?: string
  family_address?: string
  born_country_region?: string
  is_disabled?: boolean
  disable_card_number?: string
  is_martyr_family?: boolean
  martyr_card_number?: string
  is_old_alone?: boolean
  resident_taxes?: ResidentTaxe[]
  first_entry_time?: string
  leave_time?: string
  passport_number?: string
  legal_name_v2s?: DependentName[]
  national_id_v2s?: NationalId[]
  visas?: Visa[]
  passports?: Passport[]
  person_for_countries?: PersonForCountrie[]
  preferred_name_v2?: DependentName
  mother_name?: string
  city_of_birth?: string
  region_of_birth?: string
  tax_info_mys?: TaxInfoMys
}

/** Shared shape `PersonBankAccount` of catalog/corehr.v2.json. */
export interface PersonBankAccount {
  bank_name?: string
  bank_account_number: string
  account_holder: string
  bank?: CompensationType
  bank_identification_code?: string
  branch_name?: string
  bank_id?: string
  branch_id?: string
  bank_id_v2?: string
  branch_id_v2?: string
  country_region_id?: string
  bank_account_usage?: CompensationType[]
  bank_account_type?: CompensationType
  payment_type?: CompensationType
  payment_rate?: string
  payment_amount?: string
  priority?: number
  currency_id?: string
  custom_fields?: CustomField[]
}

/** Shared shape `PersonForCountrie` of catalog/corehr.v2.json. */
export interface PersonForCountrie {
  wk_id?: string
  country_region_id: string
  gender?: CompensationType
  religion?: CompensationType
  marital_status?: CompensationType
  ethnicity_race?: CompensationType
  marital_status_date?: string
}

/** Shared shape `PersonInfo` of catalog/corehr.v2.json. */
export interface PersonInfo {
  person_id?: string
  phone_number?: string
  legal_name?: string
  preferred_name?: string
  additional_name?: string
  preferred_local_full_name?: string
  preferred_english_full_name?: string
  name_list?: DependentName[]
  gender?: CompensationType
  date_of_birth?: string
  nationality_id?: string
  nationality_id_v2?: string
  additional_nationalities?: AdditionalNationalitie[]
  citizenship_status?: CitizenshipStatus[]
  race?: CompensationType
  marital_status?: CompensationType
  phone_list?: Phone[]
  address_list?: Address[]
  email_list?: Email[]
  work_experience_list?: WorkExperience[]
  education_list?: Education[]
  bank_account_list?: {
    bank_name?: string
    bank_account_number: string
    account_holder: string
    bank?: CompensationType
    bank_identification_code?: string
    branch_name?: string
    bank_id?: string
    branch_id?: string
    country_region_id?: string
    bank_account_usage?: CompensationType[]
    bank_account_type?: CompensationType
    payment_type?: CompensationType
    payment_rate?: string
    payment_amount?: string
    priority?: number
    currency_id?: string
    custom_fields?: CustomField[]
  }[]
  national_id_list?: NationalId[]
  dependent_list?: PersonInfoDependent[]
  emergency_contact_list?: EmergencyContact[]
  date_entered_workforce?: string
  working_years?: number
  profile_image_id?: string
  email_address?: string
  age?: number
  highest_level_of_education?: Education
  highest_degree_of_education?: Education
  personal_profile?: PersonalProfile[]
  talent_id?: string
  custom_fields?: CustomField[]
  national_id_number?: string
  family_address?: string
  person_info_chns?: {
    native_region?: string
    hukou_type?: CompensationType
    hukou_location?: string
    political_affiliations?: CompensationType[]
  }[]
  born_country_region?: string
  is_disabled?: boolean
  disable_card_number?: string
  is_martyr_family?: boolean
  martyr_card_number?: string
  is_old_alone?: boolean
  resident_taxes?: ResidentTaxe[]
  religion?: CompensationType
  working_years_v2?: number
  created_at?: string
  updated_at?: string
  created_by?: string
  updated_by?: string
  bank_account_number?: string
  passport_number?: string
  former_employer?: Name[]
  legal_name_v2s?: DependentName[]
  national_id_v2s?: NationalId[]
  visas?: Visa[]
  passports?: Passport[]
  person_for_countries?: PersonForCountrie[]
  preferred_name_v2?: DependentName
  mother_name?: string
  city_of_birth?: string
  region_of_birth?: string
  tax_info_mys?: TaxInfoMys
}

/** Shared shape `PersonInfoDependent` of catalog/corehr.v2.json. */
export interface PersonInfoDependent {
  id?: string
  name?: DependentName
  relationship: CompensationType
  gender?: CompensationType
  date_of_birth?: string
  nationality_id?: string
  national_id_list?: NationalId[]
  spouses_working_status?: CompensationType
  is_this_person_covered_by_health_insurance?: boolean
  is_this_person_allowed_for_tax_deduction?: boolean
  custom_fields?: CustomField[]
  dependent_name?: string
  employer?: string
  job?: string
  phone?: Phone
  address?: BatchGetItemAddress
  birth_certificate_of_child?: BirthCertificateOfChild[]
  reason?: CompensationType
  modify_date?: string
  visas?: Visa[]
  passports?: Passport[]
  citizenship_statuses?: CitizenshipStatus[]
  emails?: Email[]
}

/** Shared shape `PersonalBasicInfo` of catalog/corehr.v2.json. */
export interface PersonalBasicInfo {
  legal_name?: PersonalBasicInfoLegalName
  preferred_name?: PersonalBasicInfoLegalName
  additional_name?: string
  gender?: string
  nationality_v2?: string
  ethnicity_race?: string
  phone?: BasicInfoPhone
  email?: string
  date_of_birth?: string
  marital_status?: string
  is_disabled?: boolean
  disable_card_number?: string
  is_martyr_family?: boolean
  martyr_card_number?: string
  is_old_alone?: boolean
  born_country_region?: string
  political_affiliation?: string
  native_region?: string
  date_entered_workforce?: string
  first_entry_time?: string
  leave_time?: string
  custom_fields?: BasicInfoCustomField[]
  additional_nationalities?: string[]
  legal_name_v2s?: LegalNameV2[]
}

/** Shared shape `PersonalBasicInfoLegalName` of catalog/corehr.v2.json. */
export interface PersonalBasicInfoLegalName {
  additional_name_type?: string
  country_region?: string
  full_name?: string
  hereditary?: string
  middle_name?: string
  secondary?: string
  social?: string
  tertiary?: string
  local_first_name_2?: string
  local_middle_name?: string
  local_primary?: string
  local_primary_2?: string
  local_secondary?: string
  title?: string
  local_first_name?: string
  custom_local_name?: string
  custom_western_name?: string
  first_name?: string
  name_primary?: string
}

/** Shared shape `PersonalInfo` of catalog/corehr.v2.json. */
export interface PersonalInfo {
  personal_basic_info?: PersonalBasicInfo
  emergency_contacts?: {
    legal_name?: string
    relationship?: string
    is_primary?: boolean
    phone?: BasicInfoPhone
    email?: string
    address?: DependentAddress
    custom_fields?: BasicInfoCustomField[]
  }[]
  bank_accounts?: {
    country_region?: string
    bank_name?: string
    branch_name?: string
    account_holder?: string
    bank_account_number?: string
    bank_account_usages?: string[]
    bank_account_type?: string
    bank_id?: string
    branch_id?: string
    payment_type?: 'percent' | 'amount' | 'balance'
    payment_rate?: string
    payment_amount?: string
    priority?: string
  }[]
  nationals?: National[]
  resident_taxes?: {
    year_resident_tax?: string
    tax_country_region?: string
    resident_status?: string
    custom_fields?: BasicInfoCustomField[]
  }[]
  dependents?: PersonalInfoDependent[]
  hukou?: { hukou_type?: string; hukou_location?: string; custom_fields?: BasicInfoCustomField[] }
  contact_addresses?: DependentAddress[]
  custom_groups?: CustomGroup[]
  citizenship_statuses?: CitizenshipStatuse[]
  person_for_countries?: {
    country_region: string
    gender?: string
    religion?: string
    marital_status?: string
    ethnicity_race?: string
    marital_status_date?: string
  }[]
  visas?: DependentVisa[]
  passports?: DependentPassport[]
  national_v2s?: National[]
}

/** Shared shape `PersonalInfoDependent` of catalog/corehr.v2.json. */
export interface PersonalInfoDependent {
  legal_name?: string
  date_of_birth?: string
  relationship_with_dependent?: string
  gender?: string
  phone?: BasicInfoPhone
  job?: string
  child_birth_certificates?: ChildBirthCertificate[]
  employer?: string
  custom_fields?: BasicInfoCustomField[]
  address?: DependentAddress
  reason?: string
  modify_date?: string
  visas?: DependentVisa[]
  passports?: DependentPassport[]
  citizenship_statuses?: CitizenshipStatuse[]
  national_ids?: National[]
  nationality_v2?: string
  spouses_working_status?: string
  is_this_person_covered_by_health_insurance?: boolean
  is_this_person_allowed_for_tax_deduction?: boolean
  name?: LegalNameV2
}

/** Shared shape `PersonalProfile` of catalog/corehr.v2.json. */
export interface PersonalProfile {
  personal_profile_id?: string
  personal_profile_type?: CompensationType
  files?: BirthCertificateOfChild[]
}

/** Shared shape `Phone` of catalog/corehr.v2.json. */
export interface Phone {
  international_area_code?: CompensationType
  phone_number: string
  formatted_phone_number?: string
  device_type?: CompensationType
  phone_usage?: CompensationType
  is_primary?: boolean
  is_public?: boolean
}

/** Shared shape `PositionAdjustmentInfo` of catalog/corehr.v2.json. */
export interface PositionAdjustmentInfo {
  original_job_families?: string[]
  target_job_families?: string[]
  original_department?: string
  target_department?: string
  target_draft_department?: string
  original_cost_center?: string
  target_cost_center?: string
  original_working_hours_type?: string
  target_working_hours_type?: string
  original_job?: string
  target_job?: string
  original_is_key_position?: boolean
  target_is_key_position?: boolean
  original_employee_types?: string[]
  target_employee_types?: string[]
  original_names?: Name[]
  target_names?: Name[]
  original_job_grades?: string[]
  target_job_grades?: string[]
  original_code?: string
  target_code?: string
  original_job_levels?: string[]
  target_job_levels?: string[]
  original_active?: boolean
  target_active?: boolean
  original_direct_leader?: string
  target_direct_leader?: string
  target_draft_direct_leader?: string
  original_work_locations?: string[]
  target_work_locations?: string[]
  original_descriptions?: Name[]
  target_descriptions?: Name[]
  original_department_id_paths?: OriginalDepartmentIdPath[]
  target_department_id_paths?: OriginalDepartmentIdPath[]
  custom_fields?: PositionAdjustmentInfoCustomField[]
}

/** Shared shape `PositionAdjustmentInfoCustomField` of catalog/corehr.v2.json. */
export interface PositionAdjustmentInfoCustomField {
  origin_value?: CustomField
  target_value?: CustomField
}

/** Shared shape `PositionChange` of catalog/corehr.v2.json. */
export interface PositionChange {
  position_change_id?: string
  position_id?: string
  draft_position_id?: string
  position_change_type?: 'Unknown' | 'Create' | 'Modify' | 'Inactive'
  position_adjustment_info?: PositionAdjustmentInfo
}

/** Shared shape `PositiveInvoluntary` of catalog/corehr.v2.json. */
export interface PositiveInvoluntary {
  value?: number
  value_unit?: string
}

/** Shared shape `PreHireSearchItem` of catalog/corehr.v2.json. */
export interface PreHireSearchItem {
  person_info?: PersonInfo
  employment_info?: EmploymentInfo
  onboarding_info?: ItemOnboardingInfo
  probation_info?: ProbationInfo
  contract_info?: ContractInfo
  pre_hire_id?: string
  people_fields_json?: string
}

/** Shared shape `ProbationInfo` of catalog/corehr.v2.json. */
export interface ProbationInfo {
  probation_start_date?: string
  probation_end_date?: string
  probation_period?: number
}

/** Shared shape `QueryItem` of catalog/corehr.v2.json. */
export interface QueryItem {
  person_info?: PersonInfo
  employment_info?: EmploymentInfo
  onboarding_info?: OnboardingInfo
  probation_info?: ProbationInfo
  contract_info?: ContractInfo
  pre_hire_id?: string
  people_fields_json?: string
}

/** Shared shape `QueryMultiTimelineItem` of catalog/corehr.v2.json. */
export interface QueryMultiTimelineItem {
  id?: string
  version_id?: string
  names?: Name[]
  sub_type?: CompensationType
  parent_department_id?: string
  manager?: string
  code?: string
  effective_date?: string
  active?: boolean
  descriptions?: Name[]
  custom_fields?: CustomField[]
  expiration_date?: string
  tree_order?: string
  list_order?: string
  is_root: boolean
  is_confidential: boolean
  staffing_model?: CompensationType
  cost_center_id?: string
}

/** Shared shape `RecordValue` of catalog/corehr.v2.json. */
export interface RecordValue {
  variable_api_name?: string
  sub_value_key?: string
  record_id?: string
}

/** Shared shape `ReorganizationInfo` of catalog/corehr.v2.json. */
export interface ReorganizationInfo {
  original_department_names?: Name[]
  target_department_names?: Name[]
  original_department_code?: string
  target_department_code?: string
  original_sub_type?: CompensationType
  target_sub_type?: CompensationType
  original_department_manager?: string
  target_department_manager?: string
  original_descriptions?: Name[]
  target_descriptions?: Name[]
  original_cost_center?: OriginalCostCenter
  target_cost_center?: OriginalCostCenter
  original_is_confidential?: boolean
  target_is_confidential?: boolean
  original_staffing_model?: boolean
  target_staffing_model?: boolean
  original_staffing_mode_option?: CompensationType
  target_staffing_mode_option?: CompensationType
  original_parent_department_id?: string
  target_parent_department_id?: string
  draft_target_parent_department_id?: string
  original_department_id_path?: OriginalDepartmentIdPath[]
  target_department_id_path?: OriginalDepartmentIdPath[]
  custom_fields?: PositionAdjustmentInfoCustomField[]
  orgrole_infos?: { role_id: string; origin_orgroles?: OriginOrgrole[]; target_orgroles?: OriginOrgrole[] }[]
}

/** Shared shape `ResidentTax` of catalog/corehr.v2.json. */
export interface ResidentTax {
  tax_country_region?: string
  resident_status?: string
  tax_address?: BasicInfoAddress
  resident_status_specification?: string
  year_resident_tax?: string
  custom_fields?: ItemCustomField[]
}

/** Shared shape `ResidentTaxe` of catalog/corehr.v2.json. */
export interface ResidentTaxe {
  year_resident_tax: string
  resident_status?: CompensationType
  tax_country_region_id?: string
  custom_fields?: ItemCustomField[]
}

/** Shared shape `SearchItem` of catalog/corehr.v2.json. */
export interface SearchItem {
  employment_id?: string
  probation_id?: string
  probation_start_date?: string
  probation_expected_end_date?: string
  actual_probation_end_date?: string
  initiating_time?: string
  submission_type?: CompensationType
  initiator_id?: string
  probation_status?: CompensationType
  self_review?: string
  notes?: string
  process_id?: string
  converted_via_bpm?: boolean
  custom_fields?: CustomField[]
  final_assessment_status?: CompensationType
  final_assessment_result?: CompensationType
  final_assessment_score?: number
  final_assessment_grade?: CompensationType
  final_assessment_comment?: string
  final_assessment_detail?: string
  assessments?: {
    assessment_id?: string
    assessment_status?: CompensationType
    assessment_result?: CompensationType
    assessment_score?: number
    assessment_grade?: CompensationType
    assessment_comment?: string
    assessment_detail?: string
    is_final_asssessment?: boolean
  }[]
  probation_extend_expected_end_date?: string
  extended_probation_period_duration?: number
  extended_probation_period_unit?: CompensationType
  probation_outcome?: CompensationType
}

/** Shared shape `SeniorityAdjustInformation` of catalog/corehr.v2.json. */
export interface SeniorityAdjustInformation {
  seniority_adjustment?: number
  seniority_adjustment_type: 'decrease' | 'increase'
  reasons_for_seniority_adjustment?: string
  start_date?: string
  end_date?: string
  custom_fields?: ItemCustomField[]
}

/** Shared shape `SignatoryLabel` of catalog/corehr.v2.json. */
export interface SignatoryLabel {
  template_signatory_type: CompensationType
  label: Name[]
  apiname?: string
}

/** Shared shape `SignatureTemplate` of catalog/corehr.v2.json. */
export interface SignatureTemplate {
  id?: string
  brief_info?: BriefInfo
  content_info?: ContentInfo
}

/** Shared shape `SystemSettingField` of catalog/corehr.v2.json. */
export interface SystemSettingField {
  field_type: CompensationType
  label?: Name[]
  common_info?: CommonInfo
  combination_info?: {
    total_apiname: string
    apiname: string
    title: Name[]
    contents?: { field_type: CompensationType; info?: CommonInfo; label?: Name[] }[][]
    source: CompensationType
  }
  children?: string
  combination_info_v2?: { total_apiname: string; apiname: string; source?: CompensationType }
}

/** Shared shape `TaxInfoMys` of catalog/corehr.v2.json. */
export interface TaxInfoMys {
  epf_ee_tp3?: string
  fresh_graduate?: boolean
  monthly_gross?: string
  mtd?: string
  previous_income_in_the_current_year?: boolean
  socso?: string
  tax_relief_1?: string
  tax_relief_2?: string
  tax_relief_3?: string
  tax_relief_4?: string
  tax_relief_5?: string
}

/** Shared shape `TemplateRegionInfo` of catalog/corehr.v2.json. */
export interface TemplateRegionInfo {
  is_global_scope?: string
  meta_infos?: { api_name?: string; wk_id?: string; label?: Name[] }[]
  country_region_ids?: string[]
  country_region_subdivision_ids?: string[]
  subregion_l3_ids?: string[]
}

/** Shared shape `TransferInfo` of catalog/corehr.v2.json. */
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
  target_allocation_expiration_time?: string
  original_allocation_expiration_time?: string
  target_allocation_effective_time?: string
  original_allocation_effective_time?: string
  original_default_cost_center?: string
  target_default_cost_center?: string
  original_is_default_cost_center_inherited?: boolean
  target_is_default_cost_center_inherited?: boolean
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
  original_social_security_city?: string
  target_social_security_city?: string
  original_pathway?: string
  target_pathway?: string
  is_transfer_with_workforce?: boolean
  original_department_name?: EmploymentName
  target_department_name?: EmploymentName
  original_work_location_name?: EmploymentName
  target_work_location_name?: EmploymentName
  original_direct_manager_name?: EmploymentName
  target_direct_manager_name?: EmploymentName
  original_job_name?: EmploymentName
  target_job_name?: EmploymentName
  original_job_family_name?: EmploymentName
  target_job_family_name?: EmploymentName
  original_job_level_name?: EmploymentName
  target_job_level_name?: EmploymentName
  original_workforce_type_name?: EmploymentName
  target_workforce_type_name?: EmploymentName
  original_company_name?: EmploymentName
  target_company_name?: EmploymentName
  original_contract_type_name?: EmploymentName
  target_contract_type_name?: EmploymentName
  original_duration_type_name?: EmploymentName
  target_duration_type_name?: EmploymentName
  original_signing_type_name?: EmploymentName
  target_signing_type_name?: EmploymentName
  original_working_hours_type_name?: EmploymentName
  target_working_hours_type_name?: EmploymentName
  original_working_calendar_name?: EmploymentName
  target_working_calendar_name?: EmploymentName
  original_work_shift_name?: EmploymentName
  target_work_shift_name?: EmploymentName
  original_job_grade_name?: EmploymentName
  target_job_grade_name?: EmploymentName
  original_compensation_type_name?: EmploymentName
  target_compensation_type_name?: EmploymentName
  original_service_company_name?: EmploymentName
  target_service_company_name?: EmploymentName
  original_position_name?: EmploymentName
  target_position_name?: EmploymentName
  original_employee_subtype_name?: EmploymentName
  target_employee_subtype_name?: EmploymentName
  original_pathway_name?: EmploymentName
  target_pathway_name?: EmploymentName
  original_default_cost_center_name?: EmploymentName
  target_default_cost_center_name?: EmploymentName
  original_dotted_manager_name?: EmploymentName
  target_dotted_manager_name?: EmploymentName
  initiator_name?: EmploymentName
  exception_handler_name?: EmploymentName
  original_social_security_city_name?: EmploymentName
  target_social_security_city_name?: EmploymentName
  wk_created_at?: string
  transform_source?: NodeName
  details_of_job_status_change?: NodeName[]
}

/** Shared shape `TreeItem` of catalog/corehr.v2.json. */
export interface TreeItem {
  id?: string
  level?: number
  children?: string[]
}

/** Shared shape `Value` of catalog/corehr.v2.json. */
export interface Value {
  text_value?: string
  bool_value?: boolean
  number_value?: string
  enum_value?: string
  date_value?: string
  date_time_value?: string
  i18n_value?: NodeName
  object_value?: ObjectValue
  user_value?: string
  department_value?: string
  record_values?: RecordValue[]
  employment_value?: string
  list_values?: string[]
  file_value?: { open_file_id?: string; file_name?: string; length?: number; mime_type?: string }
}

/** Shared shape `Version` of catalog/corehr.v2.json. */
export interface Version {
  cost_center_id?: string
  version_id?: string
  name: Name[]
  code?: string
  parent_cost_center_id?: string
  managers?: string[]
  description?: Name[]
  effective_time: string
  expiration_time?: string
  active?: boolean
}

/** Shared shape `Visa` of catalog/corehr.v2.json. */
export interface Visa {
  wk_id?: string
  country_region_id: string
  national_id_type_id: string
  visa_number: string
  issued_date?: string
  expiration_date?: string
  issued_by?: string
}

/** Shared shape `WorkExperience` of catalog/corehr.v2.json. */
export interface WorkExperience {
  company_organization?: Name[]
  department?: Name[]
  job?: Name[]
  description?: Name[]
  start_date?: string
  end_date?: string
  custom_fields?: CustomField[]
}
