// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  Address,
  ApplyInitiator,
  AssignedOrganization,
  AssignedOrganizationItem,
  BankAccount,
  Company,
  CompanyCurrency,
  CompanyOfficeAddressInfo,
  Contract,
  CostCenter,
  CostCenterRate,
  CountryRegion,
  CreateAddress,
  CreateCompany,
  CreateEducation,
  CreateEmployment,
  CreateFax,
  CreateHiberarchyCommon,
  CreateName,
  CreatePerson,
  CreatePersonEmergencyContact,
  CreatePersonalProfile,
  CreatePhone,
  CreateTransferInfo,
  CreateWorkEmail,
  Currency,
  CustomField,
  Data,
  DateTimeValue,
  Department,
  Dependent,
  DependentAddress,
  DependentPhone,
  Education,
  Email,
  EmergencyContact,
  EmergencyContactName,
  EmployeeType,
  Employment,
  EmploymentValue,
  EnumFieldOption,
  EnumFieldOptionName,
  EnumValue,
  Fax,
  FieldVariableValue,
  FileValue,
  Gender,
  GetCurrency,
  GetJobData,
  GetPerson,
  GetPersonDependent,
  GetPersonEmergencyContact,
  GetSubdivision,
  GrantorRule,
  HiberarchyCommon,
  Item,
  Job,
  JobData,
  JobDataListItem,
  JobFamily,
  JobLevel,
  LeaveRequest,
  Left,
  ListItem,
  Location,
  ManagementScope,
  Name,
  NationalId,
  NationalIdType,
  ObjectValue,
  OffboardingInfo,
  OffboardingInfoCustomField,
  OfficeAddressInfo,
  OrgTruncation,
  OriginalEmploymentChange,
  Person,
  PersonBankAccount,
  PersonDependent,
  PersonDependentPhone,
  PersonEmergencyContact,
  PersonName,
  PersonalProfile,
  Phone,
  PreHire,
  SearchItem,
  TransferInfo,
  TransferInfoOriginalEmploymentChange,
  VariableValue,
  WorkEmail,
  WorkExperience,
  WorkingHoursType,
} from './types.ts'

/** Builds the schema of {@link Address}. */
export function AddressSchema(): GenericSchema<Address> {
  return looseObject({
    full_address_local_script: optional(string()),
    full_address_western_script: optional(string()),
    id: optional(string()),
    country_region_id: string(),
    region_id: optional(string()),
    city_id: optional(string()),
    distinct_id: optional(string()),
    address_line1: optional(string()),
    address_line2: optional(string()),
    address_line3: optional(string()),
    address_line4: optional(string()),
    address_line5: optional(string()),
    address_line6: optional(string()),
    address_line7: optional(string()),
    address_line8: optional(string()),
    address_line9: optional(string()),
    local_address_line1: optional(string()),
    local_address_line2: optional(string()),
    local_address_line3: optional(string()),
    local_address_line4: optional(string()),
    local_address_line5: optional(string()),
    local_address_line6: optional(string()),
    local_address_line7: optional(string()),
    local_address_line8: optional(string()),
    local_address_line9: optional(string()),
    postal_code: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link ApplyInitiator}. */
export function ApplyInitiatorSchema(): GenericSchema<ApplyInitiator> {
  return looseObject({ id: optional(string()), names: optional(array(NameSchema())) })
}

/** Builds the schema of {@link AssignedOrganization}. */
export function AssignedOrganizationSchema(): GenericSchema<AssignedOrganization> {
  return looseObject({
    org_key: string(),
    org_name: optional(EnumFieldOptionNameSchema()),
    org_id_list: array(string()),
  })
}

/** Builds the schema of {@link AssignedOrganizationItem}. */
export function AssignedOrganizationItemSchema(): GenericSchema<AssignedOrganizationItem> {
  return looseObject({ org_key: string(), org_ids: optional(array(string())), org_codes: optional(array(string())) })
}

/** Builds the schema of {@link BankAccount}. */
export function BankAccountSchema(): GenericSchema<BankAccount> {
  return looseObject({
    bank_name: optional(string()),
    bank_account_number: string(),
    account_holder: string(),
    bank: optional(looseObject({ enum_name: string() })),
    bank_identification_code: optional(string()),
    branch_name: optional(string()),
    bank_id: optional(string()),
    branch_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    country_region_id: optional(string()),
    bank_account_usage: optional(array(looseObject({ enum_name: string() }))),
    bank_account_type: optional(looseObject({ enum_name: string() })),
    currency_id: optional(string()),
  })
}

/** Builds the schema of {@link Company}. */
export function CompanySchema(): GenericSchema<Company> {
  return looseObject({
    id: optional(string()),
    hiberarchy_common: HiberarchyCommonSchema(),
    type: optional(GenderSchema()),
    industry_list: optional(array(GenderSchema())),
    legal_representative: optional(array(NameSchema())),
    post_code: optional(string()),
    tax_payer_id: optional(string()),
    confidential: optional(boolean()),
    sub_type_list: optional(array(GenderSchema())),
    branch_company: optional(boolean()),
    primary_manager: optional(array(NameSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    currency: optional(CompanyCurrencySchema()),
    phone: optional(FaxSchema()),
    fax: optional(FaxSchema()),
    registered_office_address: optional(array(NameSchema())),
    office_address: optional(array(NameSchema())),
    registered_office_address_info: optional(CompanyOfficeAddressInfoSchema()),
    office_address_info: optional(CompanyOfficeAddressInfoSchema()),
  })
}

/** Builds the schema of {@link CompanyCurrency}. */
export function CompanyCurrencySchema(): GenericSchema<CompanyCurrency> {
  return looseObject({
    id: optional(string()),
    country_region_id: optional(string()),
    currency_name: optional(array(NameSchema())),
    numeric_code: optional(number()),
    currency_alpha_3_code: optional(string()),
    country_region_id_list: optional(array(string())),
  })
}

/** Builds the schema of {@link CompanyOfficeAddressInfo}. */
export function CompanyOfficeAddressInfoSchema(): GenericSchema<CompanyOfficeAddressInfo> {
  return looseObject({
    full_address_local_script: optional(string()),
    full_address_western_script: optional(string()),
    id: optional(string()),
    country_region_id: string(),
    region_id: optional(string()),
    city_id: optional(string()),
    distinct_id: optional(string()),
    address_line1: optional(string()),
    address_line2: optional(string()),
    address_line3: optional(string()),
    address_line4: optional(string()),
    address_line5: optional(string()),
    address_line6: optional(string()),
    address_line7: optional(string()),
    address_line8: optional(string()),
    address_line9: optional(string()),
    local_address_line1: optional(string()),
    local_address_line2: optional(string()),
    local_address_line3: optional(string()),
    local_address_line4: optional(string()),
    local_address_line5: optional(string()),
    local_address_line6: optional(string()),
    local_address_line7: optional(string()),
    local_address_line8: optional(string()),
    local_address_line9: optional(string()),
    postal_code: optional(string()),
    address_type_list: optional(array(GenderSchema())),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
  })
}

/** Builds the schema of {@link Contract}. */
export function ContractSchema(): GenericSchema<Contract> {
  return looseObject({
    id: optional(string()),
    effective_time: string(),
    expiration_time: optional(string()),
    employment_id: string(),
    contract_type: GenderSchema(),
    first_party_company_id: string(),
    person_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    duration_type: optional(GenderSchema()),
    contract_end_date: optional(string()),
    contract_number: optional(string()),
    signing_type: optional(GenderSchema()),
    contract_status: optional(GenderSchema()),
    renewal_status: optional(GenderSchema()),
    signing_times: optional(number()),
  })
}

/** Builds the schema of {@link CostCenter}. */
export function CostCenterSchema(): GenericSchema<CostCenter> {
  return looseObject({
    cost_center_id: optional(string()),
    rate: optional(number()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link CostCenterRate}. */
export function CostCenterRateSchema(): GenericSchema<CostCenterRate> {
  return looseObject({ cost_center_id: optional(string()), rate: optional(number()) })
}

/** Builds the schema of {@link CountryRegion}. */
export function CountryRegionSchema(): GenericSchema<CountryRegion> {
  return looseObject({ id: string(), name: array(NameSchema()), alpha_3_code: string(), alpha_2_code: string() })
}

/** Builds the schema of {@link CreateAddress}. */
export function CreateAddressSchema(): GenericSchema<CreateAddress> {
  return looseObject({
    country_region_id: string(),
    region_id: optional(string()),
    city_id: optional(string()),
    distinct_id: optional(string()),
    address_line1: optional(string()),
    address_line2: optional(string()),
    address_line3: optional(string()),
    address_line4: optional(string()),
    address_line5: optional(string()),
    address_line6: optional(string()),
    address_line7: optional(string()),
    address_line8: optional(string()),
    address_line9: optional(string()),
    local_address_line1: optional(string()),
    local_address_line2: optional(string()),
    local_address_line3: optional(string()),
    local_address_line4: optional(string()),
    local_address_line5: optional(string()),
    local_address_line6: optional(string()),
    local_address_line7: optional(string()),
    local_address_line8: optional(string()),
    local_address_line9: optional(string()),
    postal_code: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link CreateCompany}. */
export function CreateCompanySchema(): GenericSchema<CreateCompany> {
  return looseObject({
    id: optional(string()),
    hiberarchy_common: HiberarchyCommonSchema(),
    type: optional(GenderSchema()),
    industry_list: optional(array(GenderSchema())),
    legal_representative: optional(array(NameSchema())),
    post_code: optional(string()),
    tax_payer_id: optional(string()),
    confidential: optional(boolean()),
    sub_type_list: optional(array(GenderSchema())),
    branch_company: optional(boolean()),
    primary_manager: optional(array(NameSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    currency: optional(CompanyCurrencySchema()),
    phone: optional(FaxSchema()),
    fax: optional(FaxSchema()),
    registered_office_address: optional(array(NameSchema())),
    office_address: optional(array(NameSchema())),
    registered_office_address_info: optional(OfficeAddressInfoSchema()),
    office_address_info: optional(OfficeAddressInfoSchema()),
  })
}

/** Builds the schema of {@link CreateEducation}. */
export function CreateEducationSchema(): GenericSchema<CreateEducation> {
  return looseObject({
    school: array(NameSchema()),
    level_of_education: optional(looseObject({ enum_name: string() })),
    start_date: optional(string()),
    end_date: optional(string()),
    field_of_study: optional(array(NameSchema())),
    degree: optional(looseObject({ enum_name: string() })),
    school_name: optional(looseObject({ enum_name: string() })),
    field_of_study_name: optional(looseObject({ enum_name: string() })),
    country_region_id: optional(string()),
    expected_end_date: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link CreateEmployment}. */
export function CreateEmploymentSchema(): GenericSchema<CreateEmployment> {
  return looseObject({
    prehire_id: optional(string()),
    employee_type_id: optional(string()),
    tenure: optional(string()),
    department_id: optional(string()),
    job_level_id: optional(string()),
    work_location_id: optional(string()),
    job_family_id: optional(string()),
    job_id: optional(string()),
    company_id: optional(string()),
    working_hours_type_id: optional(string()),
    id: optional(string()),
    seniority_date: optional(string()),
    employee_number: optional(string()),
    effective_time: string(),
    expiration_time: optional(string()),
    employment_type: GenderSchema(),
    person_id: string(),
    probation_period: optional(number()),
    on_probation: optional(string()),
    probation_end_date: optional(string()),
    primary_employment: boolean(),
    employment_status: optional(GenderSchema()),
    custom_fields: optional(array(CustomFieldSchema())),
    work_email_list: optional(array(WorkEmailSchema())),
    email_address: optional(string()),
    reason_for_offboarding: optional(GenderSchema()),
    cost_center_list: optional(array(CostCenterSchema())),
    ats_application_id: optional(string()),
    rehire: optional(GenderSchema()),
    rehire_employment_id: optional(string()),
  })
}

/** Builds the schema of {@link CreateFax}. */
export function CreateFaxSchema(): GenericSchema<CreateFax> {
  return looseObject({ area_code: looseObject({ enum_name: string() }), phone_number: string() })
}

/** Builds the schema of {@link CreateHiberarchyCommon}. */
export function CreateHiberarchyCommonSchema(): GenericSchema<CreateHiberarchyCommon> {
  return looseObject({
    parent_id: optional(string()),
    name: array(NameSchema()),
    type: optional(looseObject({ enum_name: string() })),
    active: boolean(),
    expiration_time: optional(string()),
    code: optional(string()),
    description: optional(array(NameSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link CreateName}. */
export function CreateNameSchema(): GenericSchema<CreateName> {
  return looseObject({
    local_primary: optional(string()),
    local_first_name: optional(string()),
    country_region_id: string(),
    name_type: looseObject({ enum_name: string() }),
    local_first_name_2: optional(string()),
    local_primary_2: optional(string()),
    additional_name_type: optional(looseObject({ enum_name: string() })),
    first_name: optional(string()),
    full_name: optional(string()),
    hereditary: optional(string()),
    custom_name: optional(string()),
    custom_local_name: optional(string()),
    middle_name: optional(string()),
    name_primary: optional(string()),
    secondary: optional(string()),
    social: optional(looseObject({ enum_name: string() })),
    tertiary: optional(string()),
    title: optional(looseObject({ enum_name: string() })),
    local_middle_name: optional(string()),
    local_secondary: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link CreatePerson}. */
export function CreatePersonSchema(): GenericSchema<CreatePerson> {
  return looseObject({
    phone_number: optional(string()),
    legal_name: optional(string()),
    preferred_name: optional(string()),
    id: optional(string()),
    name_list: array(PersonNameSchema()),
    gender: optional(GenderSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    race: optional(GenderSchema()),
    marital_status: optional(GenderSchema()),
    phone_list: optional(array(PhoneSchema())),
    address_list: optional(array(AddressSchema())),
    email_list: optional(array(EmailSchema())),
    work_experience_list: optional(array(WorkExperienceSchema())),
    education_list: optional(array(EducationSchema())),
    bank_account_list: optional(array(PersonBankAccountSchema())),
    national_id_list: optional(array(NationalIdSchema())),
    dependent_list: optional(array(PersonDependentSchema())),
    emergency_contact_list: optional(array(CreatePersonEmergencyContactSchema())),
    date_entered_workforce: optional(string()),
    profile_image_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    email_address: optional(string()),
    resident_tax_id_list: optional(array(string())),
    age: optional(number()),
    highest_level_of_education: optional(EducationSchema()),
    highest_degree_of_education: optional(EducationSchema()),
    personal_profile: optional(array(PersonalProfileSchema())),
  })
}

/** Builds the schema of {@link CreatePersonEmergencyContact}. */
export function CreatePersonEmergencyContactSchema(): GenericSchema<CreatePersonEmergencyContact> {
  return looseObject({
    name: optional(EmergencyContactNameSchema()),
    relationship: optional(GenderSchema()),
    phone_ist: optional(array(looseObject({
      international_area_code: optional(GenderSchema()),
      phone_number: string(),
      custom_fields: optional(array(CustomFieldSchema())),
    }))),
    custom_fields: optional(array(CustomFieldSchema())),
    legal_name: optional(string()),
  })
}

/** Builds the schema of {@link CreatePersonalProfile}. */
export function CreatePersonalProfileSchema(): GenericSchema<CreatePersonalProfile> {
  return looseObject({
    personal_profile_type: optional(looseObject({ enum_name: string() })),
    files: optional(array(looseObject({ id: optional(string()) }))),
  })
}

/** Builds the schema of {@link CreatePhone}. */
export function CreatePhoneSchema(): GenericSchema<CreatePhone> {
  return looseObject({
    international_area_code: optional(looseObject({ enum_name: string() })),
    phone_number: string(),
    device_type: optional(looseObject({ enum_name: string() })),
    phone_usage: optional(looseObject({ enum_name: string() })),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link CreateTransferInfo}. */
export function CreateTransferInfoSchema(): GenericSchema<CreateTransferInfo> {
  return looseObject({
    remark: optional(string()),
    offer_info: optional(string()),
    target_dotted_manager_clean: optional(boolean()),
    probation_exist: optional(boolean()),
    original_department: optional(string()),
    target_department: optional(string()),
    original_work_location: optional(string()),
    target_work_location: optional(string()),
    original_direct_manager: optional(string()),
    target_direct_manager: optional(string()),
    original_dotted_manager: optional(string()),
    target_dotted_manager: optional(string()),
    original_job: optional(string()),
    target_job: optional(string()),
    original_job_family: optional(string()),
    target_job_family: optional(string()),
    original_job_level: optional(string()),
    target_job_level: optional(string()),
    original_workforce_type: optional(string()),
    target_workforce_type: optional(string()),
    original_employee_subtype: optional(string()),
    target_employee_subtype: optional(string()),
    original_company: optional(string()),
    target_company: optional(string()),
    original_contract_number: optional(string()),
    target_contract_number: optional(string()),
    original_contract_type: optional(string()),
    target_contract_type: optional(string()),
    original_duration_type: optional(string()),
    target_duration_type: optional(string()),
    original_signing_type: optional(string()),
    target_signing_type: optional(string()),
    original_contract_start_date: optional(string()),
    target_contract_start_date: optional(string()),
    original_contract_end_date: optional(string()),
    target_contract_end_date: optional(string()),
    original_working_hours_type: optional(string()),
    target_working_hours_type: optional(string()),
    original_working_calendar: optional(string()),
    target_working_calendar: optional(string()),
    original_probation_end_date: optional(string()),
    target_probation_end_date: optional(string()),
    original_weekly_working_hours: optional(string()),
    target_weekly_working_hours: optional(string()),
    original_work_shift: optional(string()),
    target_work_shift: optional(string()),
    original_cost_center_rate: optional(array(CostCenterRateSchema())),
    target_cost_center_rate: optional(array(CostCenterRateSchema())),
    original_employment_change: optional(TransferInfoOriginalEmploymentChangeSchema()),
    target_employment_change: optional(TransferInfoOriginalEmploymentChangeSchema()),
    original_job_grade: optional(string()),
    target_job_grade: optional(string()),
    original_compensation_type: optional(string()),
    target_compensation_type: optional(string()),
    original_service_company: optional(string()),
    target_service_company: optional(string()),
    original_position: optional(string()),
    target_position: optional(string()),
    original_pathway: optional(string()),
    target_pathway: optional(string()),
  })
}

/** Builds the schema of {@link CreateWorkEmail}. */
export function CreateWorkEmailSchema(): GenericSchema<CreateWorkEmail> {
  return looseObject({
    email: string(),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
    email_usage: optional(looseObject({ enum_name: string() })),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link Currency}. */
export function CurrencySchema(): GenericSchema<Currency> {
  return looseObject({
    currency_name: optional(array(NameSchema())),
    numeric_code: optional(number()),
    currency_alpha_3_code: optional(string()),
  })
}

/** Builds the schema of {@link CustomField}. */
export function CustomFieldSchema(): GenericSchema<CustomField> {
  return looseObject({ field_name: string(), value: string() })
}

/** Builds the schema of {@link Data}. */
export function DataSchema(): GenericSchema<Data> {
  return looseObject({
    custom_api_name: optional(string()),
    name: EnumFieldOptionNameSchema(),
    description: EnumFieldOptionNameSchema(),
    is_open: boolean(),
    is_required: boolean(),
    is_unique: boolean(),
    object_api_name: string(),
    type: number(),
    common_schema_config: optional(looseObject({
      text_field_setting: optional(looseObject({
        is_multilingual: optional(boolean()),
        is_multiline: optional(boolean()),
        max_length: number(),
        is_url_type: optional(boolean()),
      })),
      number_field_setting: optional(looseObject({
        number_field_type: optional(number()),
        decimal_places: optional(number()),
        round_type: optional(number()),
        decimal_total_places: optional(number()),
      })),
      enum_field_setting: optional(looseObject({
        enum_field_option_list: optional(array(looseObject({
          api_name: optional(string()),
          name: optional(EnumFieldOptionNameSchema()),
          description: optional(EnumFieldOptionNameSchema()),
          is_open: optional(boolean()),
        }))),
        is_multiple: optional(boolean()),
      })),
      lookup_field_setting: optional(looseObject({
        lookup_obj_api_name: optional(string()),
        is_multiple: optional(boolean()),
      })),
      date_time_field_setting: optional(looseObject({ date_time_type: optional(number()) })),
      attachment_field_setting: optional(looseObject({
        is_multiple: optional(boolean()),
        file_type: optional(number()),
      })),
      image_field_setting: optional(looseObject({ image_type: optional(number()), display_style: optional(number()) })),
      calculated_field_setting: optional(looseObject({ type: number() })),
    })),
    create_time: optional(string()),
    update_time: optional(string()),
  })
}

/** Builds the schema of {@link DateTimeValue}. */
export function DateTimeValueSchema(): GenericSchema<DateTimeValue> {
  return looseObject({ value: optional(number()), zone: optional(string()) })
}

/** Builds the schema of {@link Department}. */
export function DepartmentSchema(): GenericSchema<Department> {
  return looseObject({
    id: optional(string()),
    sub_type: optional(GenderSchema()),
    manager: optional(string()),
    is_confidential: optional(boolean()),
    hiberarchy_common: HiberarchyCommonSchema(),
    effective_time: string(),
    expiration_time: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    cost_center_id: optional(string()),
    staffing_model: optional(GenderSchema()),
  })
}

/** Builds the schema of {@link Dependent}. */
export function DependentSchema(): GenericSchema<Dependent> {
  return looseObject({
    name: optional(CreateNameSchema()),
    relationship: looseObject({ enum_name: string() }),
    gender: optional(looseObject({ enum_name: string() })),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    national_id_list: optional(array(NationalIdSchema())),
    spouses_working_status: optional(looseObject({ enum_name: string() })),
    is_this_person_covered_by_health_insurance: optional(boolean()),
    is_this_person_allowed_for_tax_deduction: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    dependent_name: optional(string()),
    employer: optional(string()),
    job: optional(string()),
    phone: optional(DependentPhoneSchema()),
    address: optional(looseObject({
      id: optional(string()),
      country_region_id: string(),
      region_id: optional(string()),
      city_id: optional(string()),
      distinct_id: optional(string()),
      address_line1: optional(string()),
      address_line2: optional(string()),
      address_line3: optional(string()),
      address_line4: optional(string()),
      address_line5: optional(string()),
      address_line6: optional(string()),
      address_line7: optional(string()),
      address_line8: optional(string()),
      address_line9: optional(string()),
      local_address_line1: optional(string()),
      local_address_line2: optional(string()),
      local_address_line3: optional(string()),
      local_address_line4: optional(string()),
      local_address_line5: optional(string()),
      local_address_line6: optional(string()),
      local_address_line7: optional(string()),
      local_address_line8: optional(string()),
      local_address_line9: optional(string()),
      postal_code: optional(string()),
      custom_fields: optional(array(CustomFieldSchema())),
    })),
    birth_certificate_of_child: optional(array(looseObject({ id: optional(string()) }))),
  })
}

/** Builds the schema of {@link DependentAddress}. */
export function DependentAddressSchema(): GenericSchema<DependentAddress> {
  return looseObject({
    full_address_local_script: optional(string()),
    full_address_western_script: optional(string()),
    id: optional(string()),
    country_region_id: string(),
    region_id: optional(string()),
    city_id: optional(string()),
    distinct_id: optional(string()),
    city_id_v2: optional(string()),
    district_id_v2: optional(string()),
    address_line1: optional(string()),
    address_line2: optional(string()),
    address_line3: optional(string()),
    address_line4: optional(string()),
    address_line5: optional(string()),
    address_line6: optional(string()),
    address_line7: optional(string()),
    address_line8: optional(string()),
    address_line9: optional(string()),
    local_address_line1: optional(string()),
    local_address_line2: optional(string()),
    local_address_line3: optional(string()),
    local_address_line4: optional(string()),
    local_address_line5: optional(string()),
    local_address_line6: optional(string()),
    local_address_line7: optional(string()),
    local_address_line8: optional(string()),
    local_address_line9: optional(string()),
    postal_code: optional(string()),
    address_type_list: optional(array(GenderSchema())),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link DependentPhone}. */
export function DependentPhoneSchema(): GenericSchema<DependentPhone> {
  return looseObject({
    international_area_code: optional(looseObject({ enum_name: string() })),
    phone_number: string(),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link Education}. */
export function EducationSchema(): GenericSchema<Education> {
  return looseObject({
    school: array(NameSchema()),
    level_of_education: optional(GenderSchema()),
    start_date: optional(string()),
    end_date: optional(string()),
    field_of_study: optional(array(NameSchema())),
    degree: optional(GenderSchema()),
    school_name: optional(GenderSchema()),
    field_of_study_name: optional(GenderSchema()),
    country_region_id: optional(string()),
    expected_end_date: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link Email}. */
export function EmailSchema(): GenericSchema<Email> {
  return looseObject({ email: string(), custom_fields: optional(array(CustomFieldSchema())) })
}

/** Builds the schema of {@link EmergencyContact}. */
export function EmergencyContactSchema(): GenericSchema<EmergencyContact> {
  return looseObject({
    name: optional(CreateNameSchema()),
    relationship: optional(looseObject({ enum_name: string() })),
    phone_ist: optional(array(DependentPhoneSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    legal_name: optional(string()),
  })
}

/** Builds the schema of {@link EmergencyContactName}. */
export function EmergencyContactNameSchema(): GenericSchema<EmergencyContactName> {
  return looseObject({
    local_primary: optional(string()),
    local_first_name: optional(string()),
    country_region_id: string(),
    name_type: GenderSchema(),
    local_first_name_2: optional(string()),
    local_primary_2: optional(string()),
    additional_name_type: optional(GenderSchema()),
    first_name: optional(string()),
    full_name: optional(string()),
    hereditary: optional(string()),
    custom_name: optional(string()),
    custom_local_name: optional(string()),
    middle_name: optional(string()),
    name_primary: optional(string()),
    secondary: optional(string()),
    social: optional(GenderSchema()),
    tertiary: optional(string()),
    title: optional(GenderSchema()),
    local_middle_name: optional(string()),
    local_secondary: optional(string()),
    display_name_local_and_western_script: optional(string()),
    display_name_local_script: optional(string()),
    display_name_western_script: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link EmployeeType}. */
export function EmployeeTypeSchema(): GenericSchema<EmployeeType> {
  return looseObject({
    id: optional(string()),
    name: array(NameSchema()),
    default_employee_type: boolean(),
    active: boolean(),
    code: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link Employment}. */
export function EmploymentSchema(): GenericSchema<Employment> {
  return looseObject({
    prehire_id: optional(string()),
    employee_type_id: optional(string()),
    tenure: optional(string()),
    department_id: optional(string()),
    job_level_id: optional(string()),
    work_location_id: optional(string()),
    job_family_id: optional(string()),
    job_id: optional(string()),
    company_id: optional(string()),
    working_hours_type_id: optional(string()),
    id: optional(string()),
    seniority_date: optional(string()),
    employee_number: optional(string()),
    effective_time: string(),
    expiration_time: optional(string()),
    employment_type: GenderSchema(),
    person_id: string(),
    probation_period: optional(number()),
    on_probation: optional(string()),
    probation_end_date: optional(string()),
    primary_employment: boolean(),
    condition_worker: optional(boolean()),
    employment_status: optional(GenderSchema()),
    custom_fields: optional(array(CustomFieldSchema())),
    work_email_list: optional(array(WorkEmailSchema())),
    email_address: optional(string()),
    reason_for_offboarding: optional(GenderSchema()),
    cost_center_list: optional(array(CostCenterSchema())),
    ats_application_id: optional(string()),
    service_company: optional(string()),
    compensation_type: optional(GenderSchema()),
    work_shift: optional(GenderSchema()),
  })
}

/** Builds the schema of {@link EmploymentValue}. */
export function EmploymentValueSchema(): GenericSchema<EmploymentValue> {
  return looseObject({ value: optional(string()), user_id: optional(string()) })
}

/** Builds the schema of {@link EnumFieldOption}. */
export function EnumFieldOptionSchema(): GenericSchema<EnumFieldOption> {
  return looseObject({ option_api_name: string(), active: optional(boolean()), name: EnumFieldOptionNameSchema() })
}

/** Builds the schema of {@link EnumFieldOptionName}. */
export function EnumFieldOptionNameSchema(): GenericSchema<EnumFieldOptionName> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()) })
}

/** Builds the schema of {@link EnumValue}. */
export function EnumValueSchema(): GenericSchema<EnumValue> {
  return looseObject({
    value: optional(string()),
    name: optional(EnumFieldOptionNameSchema()),
    desc: optional(EnumFieldOptionNameSchema()),
  })
}

/** Builds the schema of {@link Fax}. */
export function FaxSchema(): GenericSchema<Fax> {
  return looseObject({ area_code: GenderSchema(), phone_number: string() })
}

/** Builds the schema of {@link FieldVariableValue}. */
export function FieldVariableValueSchema(): GenericSchema<FieldVariableValue> {
  return looseObject({
    variable_api_name: optional(string()),
    variable_name: optional(EnumFieldOptionNameSchema()),
    variable_value: optional(VariableValueSchema()),
  })
}

/** Builds the schema of {@link FileValue}. */
export function FileValueSchema(): GenericSchema<FileValue> {
  return looseObject({
    source_type: optional(number()),
    file_id: optional(string()),
    file_name: optional(string()),
    length: optional(number()),
    mime_type: optional(string()),
  })
}

/** Builds the schema of {@link Gender}. */
export function GenderSchema(): GenericSchema<Gender> {
  return looseObject({ enum_name: string(), display: optional(array(NameSchema())) })
}

/** Builds the schema of {@link GetCurrency}. */
export function GetCurrencySchema(): GenericSchema<GetCurrency> {
  return looseObject({
    id: optional(string()),
    country_region_id: optional(string()),
    currency_name: optional(array(NameSchema())),
    numeric_code: optional(number()),
    currency_alpha_3_code: optional(string()),
  })
}

/** Builds the schema of {@link GetJobData}. */
export function GetJobDataSchema(): GenericSchema<GetJobData> {
  return looseObject({
    id: optional(string()),
    version_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    employee_type_id: string(),
    working_hours_type_id: optional(string()),
    work_location_id: optional(string()),
    department_id: optional(string()),
    job_id: optional(string()),
    probation_start_date: optional(string()),
    probation_end_date: optional(string()),
    primary_job_data: boolean(),
    employment_id: string(),
    effective_time: string(),
    expiration_time: optional(string()),
    job_family_id: optional(string()),
    assignment_start_reason: optional(GenderSchema()),
    probation_expected_end_date: optional(string()),
    weekly_working_hours: optional(number()),
    direct_manager_id: optional(string()),
    dotted_line_manager_id_list: optional(array(string())),
    second_direct_manager_id: optional(string()),
    cost_center_rate: optional(array(CostCenterRateSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    weekly_working_hours_v2: optional(number()),
    work_shift: optional(GenderSchema()),
    compensation_type: optional(GenderSchema()),
    service_company: optional(string()),
    employee_subtype_id: optional(string()),
    position_id: optional(string()),
    pathway_id: optional(string()),
    job_data_reason: optional(GenderSchema()),
    work_calendar_id: optional(string()),
  })
}

/** Builds the schema of {@link GetPerson}. */
export function GetPersonSchema(): GenericSchema<GetPerson> {
  return looseObject({
    phone_number: optional(string()),
    legal_name: optional(string()),
    preferred_name: optional(string()),
    id: optional(string()),
    name_list: array(PersonNameSchema()),
    gender: optional(GenderSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    nationality_id_v2: optional(string()),
    race: optional(GenderSchema()),
    marital_status: optional(GenderSchema()),
    phone_list: optional(array(PhoneSchema())),
    address_list: optional(array(DependentAddressSchema())),
    email_list: optional(array(WorkEmailSchema())),
    work_experience_list: optional(array(WorkExperienceSchema())),
    education_list: optional(array(EducationSchema())),
    bank_account_list: optional(array(looseObject({
      bank_name: optional(string()),
      bank_account_number: string(),
      account_holder: string(),
      bank: optional(GenderSchema()),
      bank_identification_code: optional(string()),
      branch_name: optional(string()),
      bank_id: optional(string()),
      branch_id: optional(string()),
      bank_id_v2: optional(string()),
      branch_id_v2: optional(string()),
      custom_fields: optional(array(CustomFieldSchema())),
      country_region_id: optional(string()),
      bank_account_usage: optional(array(GenderSchema())),
      bank_account_type: optional(GenderSchema()),
      currency_id: optional(string()),
    }))),
    national_id_list: optional(array(NationalIdSchema())),
    dependent_list: optional(array(GetPersonDependentSchema())),
    emergency_contact_list: optional(array(GetPersonEmergencyContactSchema())),
    date_entered_workforce: optional(string()),
    profile_image_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    email_address: optional(string()),
    resident_tax_id_list: optional(array(string())),
    age: optional(number()),
    highest_level_of_education: optional(EducationSchema()),
    highest_degree_of_education: optional(EducationSchema()),
    personal_profile: optional(array(PersonalProfileSchema())),
  })
}

/** Builds the schema of {@link GetPersonDependent}. */
export function GetPersonDependentSchema(): GenericSchema<GetPersonDependent> {
  return looseObject({
    name: optional(EmergencyContactNameSchema()),
    relationship: GenderSchema(),
    gender: optional(GenderSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    nationality_id_v2: optional(string()),
    national_id_list: optional(array(NationalIdSchema())),
    spouses_working_status: optional(GenderSchema()),
    is_this_person_covered_by_health_insurance: optional(boolean()),
    is_this_person_allowed_for_tax_deduction: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    dependent_name: optional(string()),
    employer: optional(string()),
    job: optional(string()),
    phone: optional(PhoneSchema()),
    address: optional(DependentAddressSchema()),
    birth_certificate_of_child: optional(array(looseObject({ id: optional(string()) }))),
  })
}

/** Builds the schema of {@link GetPersonEmergencyContact}. */
export function GetPersonEmergencyContactSchema(): GenericSchema<GetPersonEmergencyContact> {
  return looseObject({
    name: optional(EmergencyContactNameSchema()),
    relationship: optional(GenderSchema()),
    phone_ist: optional(array(PhoneSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    legal_name: optional(string()),
  })
}

/** Builds the schema of {@link GetSubdivision}. */
export function GetSubdivisionSchema(): GenericSchema<GetSubdivision> {
  return looseObject({
    id: string(),
    name: array(NameSchema()),
    country_region_id: string(),
    subdivision_type: GenderSchema(),
  })
}

/** Builds the schema of {@link GrantorRule}. */
export function GrantorRuleSchema(): GenericSchema<GrantorRule> {
  return looseObject({
    rule_dimension: optional(looseObject({
      entity_key: optional(string()),
      entity_name: optional(EnumFieldOptionNameSchema()),
    })),
    rule_type: optional(number()),
    expression: optional(looseObject({
      conditions: optional(array(looseObject({
        left: optional(LeftSchema()),
        right: optional(LeftSchema()),
        operator: optional(number()),
        right_value_type: optional(number()),
      }))),
      expression: optional(string()),
      logic_expression: optional(string()),
    })),
  })
}

/** Builds the schema of {@link HiberarchyCommon}. */
export function HiberarchyCommonSchema(): GenericSchema<HiberarchyCommon> {
  return looseObject({
    parent_id: optional(string()),
    name: array(NameSchema()),
    type: optional(GenderSchema()),
    active: boolean(),
    effective_time: optional(string()),
    expiration_time: optional(string()),
    code: optional(string()),
    description: optional(array(NameSchema())),
    tree_order: optional(string()),
    list_order: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    id: string(),
    name: array(NameSchema()),
    subdivision_id: string(),
    superior_subregion_id: optional(string()),
  })
}

/** Builds the schema of {@link Job}. */
export function JobSchema(): GenericSchema<Job> {
  return looseObject({
    id: optional(string()),
    code: optional(string()),
    name: array(NameSchema()),
    description: optional(array(NameSchema())),
    active: boolean(),
    job_title: optional(array(NameSchema())),
    pathway_id: optional(string()),
    job_family_id_list: optional(array(string())),
    job_level_id_list: optional(array(string())),
    working_hours_type_id: optional(string()),
    effective_time: string(),
    expiration_time: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link JobData}. */
export function JobDataSchema(): GenericSchema<JobData> {
  return looseObject({
    id: optional(string()),
    version_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    employee_type_id: string(),
    working_hours_type_id: optional(string()),
    work_location_id: optional(string()),
    department_id: optional(string()),
    job_id: optional(string()),
    probation_start_date: optional(string()),
    probation_end_date: optional(string()),
    primary_job_data: boolean(),
    employment_id: string(),
    effective_time: string(),
    expiration_time: optional(string()),
    job_family_id: optional(string()),
    assignment_start_reason: optional(GenderSchema()),
    probation_expected_end_date: optional(string()),
    weekly_working_hours: optional(number()),
    direct_manager_id: optional(string()),
    dotted_line_manager_id_list: optional(array(string())),
    second_direct_manager_id: optional(string()),
    cost_center_rate: optional(array(CostCenterRateSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    weekly_working_hours_v2: optional(number()),
    work_shift: optional(GenderSchema()),
    compensation_type: optional(GenderSchema()),
    service_company: optional(string()),
    employee_subtype_id: optional(string()),
    pathway_id: optional(string()),
    work_calendar_id: optional(string()),
  })
}

/** Builds the schema of {@link JobDataListItem}. */
export function JobDataListItemSchema(): GenericSchema<JobDataListItem> {
  return looseObject({
    id: optional(string()),
    version_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    employee_type_id: string(),
    working_hours_type_id: optional(string()),
    work_location_id: optional(string()),
    department_id: optional(string()),
    job_id: optional(string()),
    probation_start_date: optional(string()),
    probation_end_date: optional(string()),
    primary_job_data: boolean(),
    employment_id: string(),
    effective_time: string(),
    expiration_time: optional(string()),
    job_family_id: optional(string()),
    assignment_start_reason: optional(GenderSchema()),
    probation_expected_end_date: optional(string()),
    probation_outcome: optional(GenderSchema()),
    weekly_working_hours: optional(number()),
    direct_manager_id: optional(string()),
    dotted_line_manager_id_list: optional(array(string())),
    second_direct_manager_id: optional(string()),
    cost_center_rate: optional(array(CostCenterRateSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    weekly_working_hours_v2: optional(number()),
    work_shift: optional(GenderSchema()),
    compensation_type: optional(GenderSchema()),
    service_company: optional(string()),
    employee_subtype_id: optional(string()),
    position_id: optional(string()),
    pathway_id: optional(string()),
    job_data_reason: optional(GenderSchema()),
    work_calendar_id: optional(string()),
  })
}

/** Builds the schema of {@link JobFamily}. */
export function JobFamilySchema(): GenericSchema<JobFamily> {
  return looseObject({
    id: optional(string()),
    name: array(NameSchema()),
    active: boolean(),
    selectable: optional(boolean()),
    parent_id: optional(string()),
    pathway_ids: optional(array(string())),
    effective_time: string(),
    expiration_time: optional(string()),
    code: optional(string()),
    description: optional(array(NameSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link JobLevel}. */
export function JobLevelSchema(): GenericSchema<JobLevel> {
  return looseObject({
    id: optional(string()),
    level_order: number(),
    code: optional(string()),
    name: array(NameSchema()),
    description: optional(array(NameSchema())),
    active: boolean(),
    custom_fields: optional(array(CustomFieldSchema())),
    job_grade: optional(array(string())),
    pathway_ids: optional(array(string())),
    view_order: optional(number()),
  })
}

/** Builds the schema of {@link LeaveRequest}. */
export function LeaveRequestSchema(): GenericSchema<LeaveRequest> {
  return looseObject({
    leave_request_id: string(),
    employment_id: string(),
    employment_name: array(NameSchema()),
    leave_type_id: string(),
    leave_type_name: array(NameSchema()),
    start_time: string(),
    end_time: string(),
    leave_duration: string(),
    leave_duration_unit: number(),
    leave_request_status: number(),
    grant_source: string(),
    return_time: string(),
    submitted_at: string(),
    submitted_by: string(),
    notes: string(),
    approval_date: optional(string()),
    is_deducted: optional(boolean()),
    details: optional(array(looseObject({
      leave_request_id: string(),
      leave_date: string(),
      leave_duration: string(),
      leave_duration_unit: number(),
      paid_type: number(),
    }))),
    leave_type_code: optional(string()),
    actual_end_date: optional(string()),
    estimated_end_date: optional(string()),
    time_zone: optional(string()),
    data_source: optional(number()),
    leave_process_id: optional(array(string())),
    leave_correct_process_id: optional(array(string())),
    leave_cancel_process_id: optional(array(string())),
    leave_return_process_id: optional(array(string())),
    wd_paid_type: optional(number()),
    leave_correct_process_info: optional(array(looseObject({
      process_id: string(),
      process_status: string(),
      process_apply_time: string(),
    }))),
    workday_extend_infos: optional(array(looseObject({ key: optional(string()), value: optional(string()) }))),
    leave_tag_conf: optional(looseObject({
      tags: optional(array(looseObject({ key: optional(string()), values: optional(array(string())) }))),
    })),
  })
}

/** Builds the schema of {@link Left}. */
export function LeftSchema(): GenericSchema<Left> {
  return looseObject({
    type: optional(number()),
    value: optional(string()),
    lookup_value: optional(string()),
    lookup_type: optional(string()),
  })
}

/** Builds the schema of {@link ListItem}. */
export function ListItemSchema(): GenericSchema<ListItem> {
  return looseObject({
    id: string(),
    code: string(),
    name: optional(EnumFieldOptionNameSchema()),
    active_status: number(),
    description: optional(EnumFieldOptionNameSchema()),
    group_type: number(),
    created_by: string(),
    update_time: string(),
    org_truncation: optional(array(OrgTruncationSchema())),
  })
}

/** Builds the schema of {@link Location}. */
export function LocationSchema(): GenericSchema<Location> {
  return looseObject({
    id: optional(string()),
    hiberarchy_common: HiberarchyCommonSchema(),
    location_usage_list: optional(array(GenderSchema())),
    address: optional(array(looseObject({
      full_address_local_script: optional(string()),
      full_address_western_script: optional(string()),
      id: optional(string()),
      country_region_id: string(),
      region_id: optional(string()),
      city_id: optional(string()),
      distinct_id: optional(string()),
      address_line1: optional(string()),
      address_line2: optional(string()),
      address_line3: optional(string()),
      address_line4: optional(string()),
      address_line5: optional(string()),
      address_line6: optional(string()),
      address_line7: optional(string()),
      address_line8: optional(string()),
      address_line9: optional(string()),
      local_address_line1: optional(string()),
      local_address_line2: optional(string()),
      local_address_line3: optional(string()),
      local_address_line4: optional(string()),
      local_address_line5: optional(string()),
      local_address_line6: optional(string()),
      local_address_line7: optional(string()),
      local_address_line8: optional(string()),
      local_address_line9: optional(string()),
      postal_code: optional(string()),
      address_type_list: optional(array(GenderSchema())),
      is_primary: optional(boolean()),
      is_public: optional(boolean()),
      custom_fields: optional(array(CustomFieldSchema())),
    }))),
    working_hours_type_id: optional(string()),
    effective_time: string(),
    expiration_time: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    locale: optional(GenderSchema()),
    time_zone_id: optional(string()),
    display_language_id: optional(string()),
  })
}

/** Builds the schema of {@link ManagementScope}. */
export function ManagementScopeSchema(): GenericSchema<ManagementScope> {
  return looseObject({ management_dimension: string(), obj_id: string() })
}

/** Builds the schema of {@link Name}. */
export function NameSchema(): GenericSchema<Name> {
  return looseObject({ lang: string(), value: string() })
}

/** Builds the schema of {@link NationalId}. */
export function NationalIdSchema(): GenericSchema<NationalId> {
  return looseObject({
    national_id_type_id: string(),
    national_id_number: string(),
    issue_date: optional(string()),
    expiration_date: optional(string()),
    country_region_id: string(),
    issued_by: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link NationalIdType}. */
export function NationalIdTypeSchema(): GenericSchema<NationalIdType> {
  return looseObject({
    id: optional(string()),
    country_region_id: string(),
    name: array(NameSchema()),
    active: boolean(),
    validation_rule: string(),
    validation_rule_description: optional(array(NameSchema())),
    code: string(),
    identification_type: GenderSchema(),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link ObjectValue}. */
export function ObjectValueSchema(): GenericSchema<ObjectValue> {
  return looseObject({ value: optional(string()), wk_api_name: optional(string()) })
}

/** Builds the schema of {@link OffboardingInfo}. */
export function OffboardingInfoSchema(): GenericSchema<OffboardingInfo> {
  return looseObject({
    employment_id: optional(string()),
    hrbp_id: optional(array(string())),
    expected_offboarding_date: optional(string()),
    offboarding_date: optional(string()),
    reason: optional(GenderSchema()),
    reason_explanation: optional(string()),
    employee_reason: optional(GenderSchema()),
    employee_reason_explanation: optional(string()),
    add_block_list: optional(string()),
    block_reason: optional(GenderSchema()),
    block_reason_explanation: optional(string()),
    custom_fields: optional(array(OffboardingInfoCustomFieldSchema())),
    retain_account: optional(boolean()),
    social_insurance_end_date: optional(string()),
    provident_fund_end_date: optional(string()),
    enforce_noncompete_agreement: optional(boolean()),
    noncompete_agreement_id: optional(string()),
    noncompete_agreement_company: optional(string()),
    noncompete_agreement_start_date: optional(string()),
    noncompete_agreement_end_date: optional(string()),
    sign_type: optional(GenderSchema()),
    signature_file: optional(string()),
    last_attendance_date: optional(string()),
    is_transfer_with_workforce: optional(boolean()),
    employment: optional(ApplyInitiatorSchema()),
    no_permission_fields: optional(array(string())),
    minor_reason: optional(GenderSchema()),
  })
}

/** Builds the schema of {@link OffboardingInfoCustomField}. */
export function OffboardingInfoCustomFieldSchema(): GenericSchema<OffboardingInfoCustomField> {
  return looseObject({
    custom_api_name: string(),
    name: optional(EnumFieldOptionNameSchema()),
    type: optional(number()),
    value: string(),
  })
}

/** Builds the schema of {@link OfficeAddressInfo}. */
export function OfficeAddressInfoSchema(): GenericSchema<OfficeAddressInfo> {
  return looseObject({
    country_region_id: string(),
    region_id: optional(string()),
    city_id: optional(string()),
    distinct_id: optional(string()),
    address_line1: optional(string()),
    address_line2: optional(string()),
    address_line3: optional(string()),
    address_line4: optional(string()),
    address_line5: optional(string()),
    address_line6: optional(string()),
    address_line7: optional(string()),
    address_line8: optional(string()),
    address_line9: optional(string()),
    local_address_line1: optional(string()),
    local_address_line2: optional(string()),
    local_address_line3: optional(string()),
    local_address_line4: optional(string()),
    local_address_line5: optional(string()),
    local_address_line6: optional(string()),
    local_address_line7: optional(string()),
    local_address_line8: optional(string()),
    local_address_line9: optional(string()),
    postal_code: optional(string()),
  })
}

/** Builds the schema of {@link OrgTruncation}. */
export function OrgTruncationSchema(): GenericSchema<OrgTruncation> {
  return looseObject({ org_key: optional(string()), type: optional(number()), depth: optional(number()) })
}

/** Builds the schema of {@link OriginalEmploymentChange}. */
export function OriginalEmploymentChangeSchema(): GenericSchema<OriginalEmploymentChange> {
  return looseObject({
    regular_employee_start_date: optional(string()),
    seniority_date: optional(string()),
    employee_number: optional(string()),
    custom_fields: optional(array(looseObject({ custom_api_name: string(), value: string() }))),
  })
}

/** Builds the schema of {@link Person}. */
export function PersonSchema(): GenericSchema<Person> {
  return looseObject({
    phone_number: optional(string()),
    legal_name: optional(string()),
    preferred_name: optional(string()),
    id: optional(string()),
    name_list: array(PersonNameSchema()),
    gender: optional(GenderSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    race: optional(GenderSchema()),
    marital_status: optional(GenderSchema()),
    phone_list: optional(array(PhoneSchema())),
    address_list: optional(array(AddressSchema())),
    email_list: optional(array(EmailSchema())),
    work_experience_list: optional(array(WorkExperienceSchema())),
    education_list: optional(array(EducationSchema())),
    bank_account_list: optional(array(PersonBankAccountSchema())),
    national_id_list: optional(array(NationalIdSchema())),
    dependent_list: optional(array(PersonDependentSchema())),
    emergency_contact_list: optional(array(PersonEmergencyContactSchema())),
    date_entered_workforce: optional(string()),
    profile_image_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    email_address: optional(string()),
    resident_tax_id_list: optional(array(string())),
    age: optional(number()),
    highest_level_of_education: optional(EducationSchema()),
    highest_degree_of_education: optional(EducationSchema()),
    personal_profile: optional(array(PersonalProfileSchema())),
  })
}

/** Builds the schema of {@link PersonBankAccount}. */
export function PersonBankAccountSchema(): GenericSchema<PersonBankAccount> {
  return looseObject({
    bank_name: optional(string()),
    bank_account_number: string(),
    account_holder: string(),
    bank: optional(GenderSchema()),
    bank_identification_code: optional(string()),
    branch_name: optional(string()),
    bank_id: optional(string()),
    branch_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    country_region_id: optional(string()),
    bank_account_usage: optional(array(GenderSchema())),
    bank_account_type: optional(GenderSchema()),
    currency_id: optional(string()),
  })
}

/** Builds the schema of {@link PersonDependent}. */
export function PersonDependentSchema(): GenericSchema<PersonDependent> {
  return looseObject({
    name: optional(EmergencyContactNameSchema()),
    relationship: GenderSchema(),
    gender: optional(GenderSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    national_id_list: optional(array(NationalIdSchema())),
    spouses_working_status: optional(GenderSchema()),
    is_this_person_covered_by_health_insurance: optional(boolean()),
    is_this_person_allowed_for_tax_deduction: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    dependent_name: optional(string()),
    employer: optional(string()),
    job: optional(string()),
    phone: optional(PersonDependentPhoneSchema()),
    address: optional(AddressSchema()),
    birth_certificate_of_child: optional(array(looseObject({ id: optional(string()) }))),
  })
}

/** Builds the schema of {@link PersonDependentPhone}. */
export function PersonDependentPhoneSchema(): GenericSchema<PersonDependentPhone> {
  return looseObject({
    international_area_code: optional(GenderSchema()),
    phone_number: string(),
    formatted_phone_number: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link PersonEmergencyContact}. */
export function PersonEmergencyContactSchema(): GenericSchema<PersonEmergencyContact> {
  return looseObject({
    name: optional(EmergencyContactNameSchema()),
    relationship: optional(GenderSchema()),
    phone_ist: optional(array(PersonDependentPhoneSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    legal_name: optional(string()),
  })
}

/** Builds the schema of {@link PersonName}. */
export function PersonNameSchema(): GenericSchema<PersonName> {
  return looseObject({
    local_primary: optional(string()),
    local_first_name: optional(string()),
    country_region_id: string(),
    name_type: GenderSchema(),
    local_first_name_2: optional(string()),
    local_primary_2: optional(string()),
    additional_name_type: optional(GenderSchema()),
    first_name: optional(string()),
    full_name: optional(string()),
    hereditary: optional(string()),
    middle_name: optional(string()),
    name_primary: optional(string()),
    secondary: optional(string()),
    social: optional(GenderSchema()),
    tertiary: optional(string()),
    title: optional(GenderSchema()),
    local_middle_name: optional(string()),
    local_secondary: optional(string()),
    display_name_local_and_western_script: optional(string()),
    display_name_local_script: optional(string()),
    display_name_western_script: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link PersonalProfile}. */
export function PersonalProfileSchema(): GenericSchema<PersonalProfile> {
  return looseObject({
    personal_profile_id: optional(string()),
    personal_profile_type: optional(GenderSchema()),
    files: optional(array(looseObject({ id: optional(string()) }))),
  })
}

/** Builds the schema of {@link Phone}. */
export function PhoneSchema(): GenericSchema<Phone> {
  return looseObject({
    international_area_code: optional(GenderSchema()),
    phone_number: string(),
    formatted_phone_number: optional(string()),
    device_type: optional(GenderSchema()),
    phone_usage: optional(GenderSchema()),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link PreHire}. */
export function PreHireSchema(): GenericSchema<PreHire> {
  return looseObject({
    ats_application_id: optional(string()),
    id: optional(string()),
    hire_date: optional(string()),
    employee_type: GenderSchema(),
    worker_id: optional(string()),
    employee_type_id: string(),
    person_id: string(),
    custom_fields: optional(array(CustomFieldSchema())),
    cost_center_rate: optional(array(CostCenterRateSchema())),
    onboarding_status: GenderSchema(),
  })
}

/** Builds the schema of {@link SearchItem}. */
export function SearchItemSchema(): GenericSchema<SearchItem> {
  return looseObject({
    initiating_type: optional(string()),
    status: optional(picklist(['Approving', 'Approved', 'Offboarded', 'Rejected', 'Withdrawn', 'NoNeedApproval'])),
    application_info: optional(looseObject({
      apply_initiator_id: optional(string()),
      apply_initiating_time: optional(string()),
      apply_finish_time: optional(string()),
      process_id: optional(string()),
      apply_initiator: optional(ApplyInitiatorSchema()),
    })),
    offboarding_info: optional(OffboardingInfoSchema()),
    offboarding_checklist: optional(looseObject({
      checklist_status: optional(string()),
      checklist_start_time: optional(string()),
      checklist_finish_time: optional(string()),
      checklist_process_id: optional(string()),
    })),
    offboarding_id: optional(string()),
  })
}

/** Builds the schema of {@link TransferInfo}. */
export function TransferInfoSchema(): GenericSchema<TransferInfo> {
  return looseObject({
    remark: optional(string()),
    offer_info: optional(string()),
    target_dotted_manager_clean: optional(boolean()),
    probation_exist: optional(boolean()),
    original_department: optional(string()),
    target_department: optional(string()),
    original_work_location: optional(string()),
    target_work_location: optional(string()),
    original_direct_manager: optional(string()),
    target_direct_manager: optional(string()),
    original_dotted_manager: optional(string()),
    target_dotted_manager: optional(string()),
    original_job: optional(string()),
    target_job: optional(string()),
    original_job_family: optional(string()),
    target_job_family: optional(string()),
    original_job_level: optional(string()),
    target_job_level: optional(string()),
    original_workforce_type: optional(string()),
    target_workforce_type: optional(string()),
    original_employee_subtype: optional(string()),
    target_employee_subtype: optional(string()),
    original_company: optional(string()),
    target_company: optional(string()),
    original_contract_number: optional(string()),
    target_contract_number: optional(string()),
    original_contract_type: optional(string()),
    target_contract_type: optional(string()),
    original_duration_type: optional(string()),
    target_duration_type: optional(string()),
    original_signing_type: optional(string()),
    target_signing_type: optional(string()),
    original_contract_start_date: optional(string()),
    target_contract_start_date: optional(string()),
    original_contract_end_date: optional(string()),
    target_contract_end_date: optional(string()),
    original_working_hours_type: optional(string()),
    target_working_hours_type: optional(string()),
    original_working_calendar: optional(string()),
    target_working_calendar: optional(string()),
    original_probation_end_date: optional(string()),
    target_probation_end_date: optional(string()),
    original_weekly_working_hours: optional(string()),
    target_weekly_working_hours: optional(string()),
    original_work_shift: optional(string()),
    target_work_shift: optional(string()),
    original_cost_center_rate: optional(array(CostCenterRateSchema())),
    target_cost_center_rate: optional(array(CostCenterRateSchema())),
    original_employment_change: optional(OriginalEmploymentChangeSchema()),
    target_employment_change: optional(OriginalEmploymentChangeSchema()),
    original_job_grade: optional(string()),
    target_job_grade: optional(string()),
    original_compensation_type: optional(string()),
    target_compensation_type: optional(string()),
    original_service_company: optional(string()),
    target_service_company: optional(string()),
    original_position: optional(string()),
    target_position: optional(string()),
    original_pathway: optional(string()),
    target_pathway: optional(string()),
  })
}

/** Builds the schema of {@link TransferInfoOriginalEmploymentChange}. */
export function TransferInfoOriginalEmploymentChangeSchema(): GenericSchema<TransferInfoOriginalEmploymentChange> {
  return looseObject({
    regular_employee_start_date: optional(string()),
    seniority_date: optional(string()),
    employee_number: optional(string()),
    custom_fields: optional(array(OffboardingInfoCustomFieldSchema())),
  })
}

/** Builds the schema of {@link VariableValue}. */
export function VariableValueSchema(): GenericSchema<VariableValue> {
  return looseObject({
    text_value: optional(looseObject({ value: optional(string()) })),
    number_value: optional(looseObject({ value: optional(string()) })),
    date_value: optional(looseObject({ value: optional(number()) })),
    employment_value: optional(EmploymentValueSchema()),
    date_time_value: optional(DateTimeValueSchema()),
    enum_value: optional(EnumValueSchema()),
    null_value: optional(looseObject({})),
    bool_value: optional(looseObject({ value: optional(boolean()) })),
    department_value: optional(looseObject({ value: optional(string()) })),
    file_value: optional(FileValueSchema()),
    i18n_value: optional(looseObject({ value: optional(EnumFieldOptionNameSchema()) })),
    object_value: optional(ObjectValueSchema()),
    list_value: optional(looseObject({
      values: optional(array(looseObject({
        text_value: optional(looseObject({ value: optional(string()) })),
        number_value: optional(looseObject({ value: optional(string()) })),
        date_value: optional(looseObject({ value: optional(number()) })),
        employment_value: optional(EmploymentValueSchema()),
        date_time_value: optional(DateTimeValueSchema()),
        enum_value: optional(EnumValueSchema()),
        null_value: optional(looseObject({})),
        bool_value: optional(looseObject({ value: optional(boolean()) })),
        department_value: optional(looseObject({ value: optional(string()) })),
        file_value: optional(FileValueSchema()),
        i18n_value: optional(looseObject({ value: optional(EnumFieldOptionNameSchema()) })),
        object_value: optional(ObjectValueSchema()),
        record_value: optional(looseObject({
          values: optional(looseObject({
            country_region: optional(looseObject({ object_value: optional(ObjectValueSchema()) })),
          })),
        })),
      }))),
    })),
    record_value: optional(looseObject({
      values: optional(looseObject({
        country_region: optional(looseObject({ object_value: optional(ObjectValueSchema()) })),
      })),
    })),
  })
}

/** Builds the schema of {@link WorkEmail}. */
export function WorkEmailSchema(): GenericSchema<WorkEmail> {
  return looseObject({
    email: string(),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
    email_usage: optional(GenderSchema()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link WorkExperience}. */
export function WorkExperienceSchema(): GenericSchema<WorkExperience> {
  return looseObject({
    company_organization: optional(array(NameSchema())),
    department: optional(array(NameSchema())),
    job: optional(array(NameSchema())),
    description: optional(array(NameSchema())),
    start_date: optional(string()),
    end_date: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link WorkingHoursType}. */
export function WorkingHoursTypeSchema(): GenericSchema<WorkingHoursType> {
  return looseObject({
    id: optional(string()),
    code: optional(string()),
    name: array(NameSchema()),
    country_region_id_list: optional(array(string())),
    default_for_job: boolean(),
    active: boolean(),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}
