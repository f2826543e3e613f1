// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  AdditionalJob,
  AdditionalName,
  AdditionalNationalitie,
  Address,
  ApprovalNode,
  BankAccount,
  BasicInfo,
  BasicInfoAddress,
  BasicInfoCustomField,
  BasicInfoDependent,
  BasicInfoEmergencyContact,
  BasicInfoNationalId,
  BasicInfoPersonForCountrie,
  BasicInfoPersonalProfile,
  BasicInfoPhone,
  BasicInfoUpdate,
  BasicInfoUpdateEmail,
  BasicInfoUpdatePhone,
  BasicInfoUpdateWorkExperience,
  BatchGetItem,
  BatchGetItemAddress,
  BirthCertificateOfChild,
  BriefInfo,
  ChildBirthCertificate,
  CitizenshipStatus,
  CitizenshipStatuse,
  CommonInfo,
  CompanyBatchGetItem,
  CompanyQueryMultiTimelineItem,
  CompensationType,
  ContentInfo,
  ContractInfo,
  CostAllocation,
  CostCenter,
  CostCenterRate,
  CreateAddress,
  CreateBankAccount,
  CreateCostCenter,
  CreateCustomField,
  CreateDependent,
  CreateEducation,
  CreateEmail,
  CreateEmergencyContact,
  CreateEmploymentInfo,
  CreateLegalNameV2,
  CreateNationalId,
  CreatePersonForCountrie,
  CreatePersonalProfile,
  CreatePhone,
  CreateResidentTaxe,
  CreateTransferInfo,
  CreateWorkExperience,
  Currency,
  CustomField,
  CustomGroup,
  CustomOrg,
  CustomOrgWithRate,
  DefaultCostCenter,
  DepartmentChange,
  Dependent,
  DependentAddress,
  DependentName,
  DependentPassport,
  DependentVisa,
  DirectManager,
  Education,
  EducationInfo,
  Email,
  EmergencyContact,
  EmployeeBatchGetItem,
  EmployeesJobDataBatchGetItem,
  EmployeesJobDataQueryItem,
  EmploymentAllBp,
  EmploymentAllBps,
  EmploymentInfo,
  EmploymentInfoNoticePeriodPositiveInvoluntary,
  EmploymentName,
  EndDate,
  EstimatedActiveIndividualsDetail,
  Fax,
  FieldValue,
  FieldValueVariableValue,
  FieldVariableValue,
  HiberarchyCommon,
  InternationalAssignment,
  Item,
  ItemCustomField,
  ItemDirectManager,
  ItemJobData,
  ItemOnboardingInfo,
  ItemPersonInfo,
  Job,
  JobChange,
  JobChangeSearchItem,
  JobChangeTransferInfo,
  JobData,
  LegalName,
  LegalNameV2,
  Links,
  ListByBizIdSignatureFile,
  LocationBatchGetItem,
  LocationQueryMultiTimelineItem,
  MatchRule,
  MultiPeriodValue,
  Name,
  National,
  NationalId,
  NodeName,
  NoticePeriodChangeRecord,
  NoticePeriodPositiveInvoluntary,
  ObjectValue,
  OfferInfo,
  OfferInfoUpdate,
  OfficeAddressInfo,
  OnboardingInfo,
  OrgRole,
  OriginOrgrole,
  OriginalCostCenter,
  OriginalDepartmentIdPath,
  OriginalEmploymentChange,
  Passport,
  PatchPerson,
  Person,
  PersonBankAccount,
  PersonForCountrie,
  PersonInfo,
  PersonInfoDependent,
  PersonalBasicInfo,
  PersonalBasicInfoLegalName,
  PersonalInfo,
  PersonalInfoDependent,
  PersonalProfile,
  Phone,
  PositionAdjustmentInfo,
  PositionAdjustmentInfoCustomField,
  PositionChange,
  PositiveInvoluntary,
  PreHireSearchItem,
  ProbationInfo,
  QueryItem,
  QueryMultiTimelineItem,
  RecordValue,
  ReorganizationInfo,
  ResidentTax,
  ResidentTaxe,
  SearchItem,
  SeniorityAdjustInformation,
  SignatoryLabel,
  SignatureTemplate,
  SystemSettingField,
  TaxInfoMys,
  TemplateRegionInfo,
  TransferInfo,
  TreeItem,
  Value,
  Version,
  Visa,
  WorkExperience,
} from './types.ts'

/** Builds the schema of {@link AdditionalJob}. */
export function AdditionalJobSchema(): GenericSchema<AdditionalJob> {
  return looseObject({
    id: optional(string()),
    employee_type_id: string(),
    working_hours_type_id: optional(string()),
    work_location_id: optional(string()),
    department_id: string(),
    job_id: optional(string()),
    job_level_id: optional(string()),
    job_family_id: optional(string()),
    employment_id: string(),
    start_date: string(),
    end_date: optional(string()),
    direct_manager_id: optional(string()),
    dotted_line_manager_id: optional(string()),
    work_shift: optional(CompensationTypeSchema()),
    compensation_type: optional(CompensationTypeSchema()),
    service_company: optional(string()),
    weekly_working_hours: optional(string()),
    work_calendar_id: optional(string()),
    position_id: optional(string()),
    employee_subtype_id: optional(string()),
  })
}

/** Builds the schema of {@link AdditionalName}. */
export function AdditionalNameSchema(): GenericSchema<AdditionalName> {
  return looseObject({
    full_name: optional(string()),
    first_name: optional(string()),
    middle_name: optional(string()),
    name_primary: optional(string()),
    local_first_name: optional(string()),
    local_middle_name: optional(string()),
    local_primary: optional(string()),
    country_region_id: optional(string()),
    custom_local_name: optional(string()),
    custom_western_name: optional(string()),
    additional_name: optional(string()),
  })
}

/** Builds the schema of {@link AdditionalNationalitie}. */
export function AdditionalNationalitieSchema(): GenericSchema<AdditionalNationalitie> {
  return looseObject({
    nationality_id: optional(string()),
    name: optional(array(NameSchema())),
    alpha_2_code: optional(string()),
    alpha_3_code: optional(string()),
    numeric_code: optional(number()),
    country_region_id: optional(string()),
    status: optional(number()),
  })
}

/** Builds the schema of {@link Address}. */
export function AddressSchema(): GenericSchema<Address> {
  return looseObject({
    full_address_local_script: optional(string()),
    full_address_western_script: optional(string()),
    address_id: optional(string()),
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
    address_type_list: array(CompensationTypeSchema()),
    is_primary: boolean(),
    is_public: boolean(),
    custom_fields: optional(array(CustomFieldSchema())),
    city_subdivision_1: optional(string()),
    city_subdivision_2: optional(string()),
    region_subdivision_1: optional(string()),
    region_subdivision_2: optional(string()),
    city_text: optional(string()),
    local_city_text: optional(string()),
  })
}

/** Builds the schema of {@link ApprovalNode}. */
export function ApprovalNodeSchema(): GenericSchema<ApprovalNode> {
  return looseObject({
    name: optional(string()),
    value: optional(string()),
    approval_type: optional(string()),
    approvers: optional(array(looseObject({
      id: optional(string()),
      name: optional(string()),
      avatar: optional(string()),
      user_id: optional(string()),
      employee_number: optional(string()),
    }))),
    approval_status: optional(string()),
    process_id: optional(string()),
    exception_status: optional(string()),
  })
}

/** Builds the schema of {@link BankAccount}. */
export function BankAccountSchema(): GenericSchema<BankAccount> {
  return looseObject({
    bank_name: optional(string()),
    branch_name: optional(string()),
    bank_account_number: string(),
    account_holder: string(),
    country_region_id: optional(string()),
    bank_account_usages: optional(array(string())),
    bank_account_type: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link BasicInfo}. */
export function BasicInfoSchema(): GenericSchema<BasicInfo> {
  return looseObject({
    name: optional(AdditionalNameSchema()),
    phone_number: optional(string()),
    international_area_code: optional(string()),
    email: optional(string()),
    date_of_birth: optional(string()),
    personal_id_number: optional(string()),
    personal_id_type: optional(string()),
    date_entered_workforce: optional(string()),
    gender_id: optional(string()),
    nationality_id: optional(string()),
    nationality_v2_id: optional(string()),
    additional_nationality_id_list: optional(array(string())),
    citizenship_status_id_list: optional(array(string())),
    home_address: optional(string()),
    worker_id: optional(string()),
    user_geo: optional(string()),
    legal_name: optional(AdditionalNameSchema()),
    additional_name: optional(AdditionalNameSchema()),
    resident_tax_list: optional(array(ResidentTaxSchema())),
    born_country_region: optional(string()),
    is_disabled: optional(boolean()),
    disable_card_number: optional(string()),
    is_old_alone: optional(boolean()),
    is_martyr_family: optional(boolean()),
    martyr_card_number: optional(string()),
    dependent_list: optional(array(BasicInfoDependentSchema())),
    religion: optional(string()),
    bank_account_list: optional(array(BankAccountSchema())),
    national_id_list: optional(array(BasicInfoNationalIdSchema())),
    personal_profile_list: optional(array(BasicInfoPersonalProfileSchema())),
    emergency_contact_list: optional(array(BasicInfoEmergencyContactSchema())),
    address_list: optional(array(BasicInfoAddressSchema())),
    marital_status: optional(string()),
    ethnicity_race: optional(string()),
    native_region: optional(string()),
    hukou_type: optional(string()),
    hukou_location: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    expected_graduate_date: optional(string()),
    political_affiliation: optional(string()),
    legal_names: optional(array(LegalNameSchema())),
    person_for_countries: optional(array(BasicInfoPersonForCountrieSchema())),
    passports: optional(array(PassportSchema())),
    visas: optional(array(VisaSchema())),
    national_id_v2s: optional(array(BasicInfoNationalIdSchema())),
    preferred_name_v2: optional(LegalNameSchema()),
    mother_name: optional(string()),
    city_of_birth: optional(string()),
    region_of_birth: optional(string()),
    tax_info_mys: optional(TaxInfoMysSchema()),
  })
}

/** Builds the schema of {@link BasicInfoAddress}. */
export function BasicInfoAddressSchema(): GenericSchema<BasicInfoAddress> {
  return looseObject({
    address_id: optional(string()),
    country_region_id: string(),
    region_id: optional(string()),
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
    address_types: array(string()),
    is_primary: boolean(),
    is_public: boolean(),
    city_id_v2: optional(string()),
    district_id_v2: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    address_line1: optional(string()),
    address_line2: optional(string()),
    address_line3: optional(string()),
    address_line4: optional(string()),
    address_line5: optional(string()),
    address_line6: optional(string()),
    address_line7: optional(string()),
    address_line8: optional(string()),
    address_line9: optional(string()),
  })
}

/** Builds the schema of {@link BasicInfoCustomField}. */
export function BasicInfoCustomFieldSchema(): GenericSchema<BasicInfoCustomField> {
  return looseObject({ field_name: string(), value: optional(string()) })
}

/** Builds the schema of {@link BasicInfoDependent}. */
export function BasicInfoDependentSchema(): GenericSchema<BasicInfoDependent> {
  return looseObject({
    relationship: string(),
    gender: optional(string()),
    date_of_birth: optional(string()),
    national_ids: optional(array(BasicInfoNationalIdSchema())),
    spouses_working_status: optional(string()),
    is_this_person_covered_by_health_insurance: optional(boolean()),
    is_this_person_allowed_for_tax_deduction: optional(boolean()),
    dependent_name: optional(string()),
    employer: optional(string()),
    job: optional(string()),
    phone: optional(BasicInfoUpdatePhoneSchema()),
    address: optional(BasicInfoAddressSchema()),
    birth_certificate_of_children: optional(array(looseObject({ id: optional(string()) }))),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    reason: optional(string()),
    modify_date: optional(string()),
    visas: optional(array(VisaSchema())),
    passports: optional(array(PassportSchema())),
    citizenship_statuses: optional(array(CitizenshipStatuseSchema())),
    id: optional(string()),
    nationality_v2: optional(string()),
    name: optional(LegalNameSchema()),
    emails: optional(array(BasicInfoUpdateEmailSchema())),
  })
}

/** Builds the schema of {@link BasicInfoEmergencyContact}. */
export function BasicInfoEmergencyContactSchema(): GenericSchema<BasicInfoEmergencyContact> {
  return looseObject({
    legal_name: optional(string()),
    relationship: optional(string()),
    phones: optional(array(BasicInfoUpdatePhoneSchema())),
    address: optional(BasicInfoAddressSchema()),
    email: optional(BasicInfoUpdateEmailSchema()),
    is_primary: optional(boolean()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link BasicInfoNationalId}. */
export function BasicInfoNationalIdSchema(): GenericSchema<BasicInfoNationalId> {
  return looseObject({
    country_region_id: string(),
    national_id_type_id: string(),
    national_id_number: string(),
    issue_date: optional(string()),
    expiration_date: optional(string()),
    issued_by: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    wk_id: optional(string()),
    series: optional(string()),
    effective_for_a_long_time: optional(boolean()),
  })
}

/** Builds the schema of {@link BasicInfoPersonForCountrie}. */
export function BasicInfoPersonForCountrieSchema(): GenericSchema<BasicInfoPersonForCountrie> {
  return looseObject({
    wk_id: optional(string()),
    country_region_id: string(),
    gender: optional(string()),
    religion: optional(string()),
    marital_status: optional(string()),
    ethnicity_race: optional(string()),
    marital_status_date: optional(string()),
  })
}

/** Builds the schema of {@link BasicInfoPersonalProfile}. */
export function BasicInfoPersonalProfileSchema(): GenericSchema<BasicInfoPersonalProfile> {
  return looseObject({
    personal_profile_type: optional(string()),
    files: optional(array(looseObject({ id: optional(string()) }))),
  })
}

/** Builds the schema of {@link BasicInfoPhone}. */
export function BasicInfoPhoneSchema(): GenericSchema<BasicInfoPhone> {
  return looseObject({ international_area_code: optional(string()), phone_number: optional(string()) })
}

/** Builds the schema of {@link BasicInfoUpdate}. */
export function BasicInfoUpdateSchema(): GenericSchema<BasicInfoUpdate> {
  return looseObject({
    names: optional(array(LegalNameSchema())),
    phones: optional(array(BasicInfoUpdatePhoneSchema())),
    emails: optional(array(BasicInfoUpdateEmailSchema())),
    nationality_v2_id: optional(string()),
    additional_nationality_id_list: optional(array(string())),
    resident_tax_list: optional(array(ResidentTaxSchema())),
    born_country_region: optional(string()),
    is_disabled: optional(boolean()),
    disable_card_number: optional(string()),
    is_old_alone: optional(boolean()),
    is_martyr_family: optional(boolean()),
    martyr_card_number: optional(string()),
    dependent_list: optional(array(BasicInfoDependentSchema())),
    religion: optional(string()),
    bank_account_list: optional(array(BankAccountSchema())),
    national_id_list: optional(array(BasicInfoNationalIdSchema())),
    personal_profile_list: optional(array(BasicInfoPersonalProfileSchema())),
    emergency_contact_list: optional(array(BasicInfoEmergencyContactSchema())),
    address_list: optional(array(BasicInfoAddressSchema())),
    marital_status: optional(string()),
    ethnicity_race: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    native_region: optional(string()),
    hukou_type: optional(string()),
    hukou_location: optional(string()),
    gender_id: optional(string()),
    date_of_birth: optional(string()),
    date_entered_workforce: optional(string()),
    expected_graduate_date: optional(string()),
    citizenship_status_id_list: optional(array(string())),
    work_experience: optional(array(BasicInfoUpdateWorkExperienceSchema())),
    education_info: optional(array(EducationInfoSchema())),
    political_affiliation: optional(string()),
    legal_names: optional(array(LegalNameSchema())),
    person_for_countries: optional(array(BasicInfoPersonForCountrieSchema())),
    passports: optional(array(PassportSchema())),
    visas: optional(array(VisaSchema())),
    national_id_v2s: optional(array(BasicInfoNationalIdSchema())),
    preferred_name_v2: optional(LegalNameSchema()),
    mother_name: optional(string()),
    city_of_birth: optional(string()),
    region_of_birth: optional(string()),
    tax_info_mys: optional(TaxInfoMysSchema()),
  })
}

/** Builds the schema of {@link BasicInfoUpdateEmail}. */
export function BasicInfoUpdateEmailSchema(): GenericSchema<BasicInfoUpdateEmail> {
  return looseObject({ email: string(), is_primary: boolean(), is_public: boolean(), email_usage: string() })
}

/** Builds the schema of {@link BasicInfoUpdatePhone}. */
export function BasicInfoUpdatePhoneSchema(): GenericSchema<BasicInfoUpdatePhone> {
  return looseObject({
    international_area_code: string(),
    phone_number: string(),
    device_type: string(),
    phone_usage: string(),
    is_primary: boolean(),
    is_public: boolean(),
  })
}

/** Builds the schema of {@link BasicInfoUpdateWorkExperience}. */
export function BasicInfoUpdateWorkExperienceSchema(): GenericSchema<BasicInfoUpdateWorkExperience> {
  return looseObject({
    company_name: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    job_title: optional(string()),
    description: optional(string()),
    department: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link BatchGetItem}. */
export function BatchGetItemSchema(): GenericSchema<BatchGetItem> {
  return looseObject({
    id: optional(string()),
    version_id: optional(string()),
    department_name: optional(array(NameSchema())),
    sub_type: optional(CompensationTypeSchema()),
    parent_department_id: optional(string()),
    manager: optional(string()),
    tree_order: optional(string()),
    list_order: optional(string()),
    code: optional(string()),
    is_root: boolean(),
    is_confidential: boolean(),
    effective_date: string(),
    expiration_date: optional(string()),
    active: boolean(),
    description: optional(array(NameSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    staffing_model: optional(CompensationTypeSchema()),
    cost_center_id: optional(string()),
    created_time: optional(string()),
    updated_time: optional(string()),
    created_by: optional(string()),
    updated_by: optional(string()),
    record_created_time: optional(string()),
    record_updated_time: optional(string()),
    record_created_by: optional(string()),
    record_updated_by: optional(string()),
  })
}

/** Builds the schema of {@link BatchGetItemAddress}. */
export function BatchGetItemAddressSchema(): GenericSchema<BatchGetItemAddress> {
  return looseObject({
    full_address_local_script: optional(string()),
    full_address_western_script: optional(string()),
    address_id: optional(string()),
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
    address_type_list: array(CompensationTypeSchema()),
    is_primary: boolean(),
    is_public: boolean(),
    custom_fields: optional(array(CustomFieldSchema())),
    city_subdivision_1: optional(string()),
    city_subdivision_2: optional(string()),
    region_subdivision_1: optional(string()),
    region_subdivision_2: optional(string()),
    city_text: optional(string()),
    local_city_text: optional(string()),
  })
}

/** Builds the schema of {@link BirthCertificateOfChild}. */
export function BirthCertificateOfChildSchema(): GenericSchema<BirthCertificateOfChild> {
  return looseObject({ id: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link BriefInfo}. */
export function BriefInfoSchema(): GenericSchema<BriefInfo> {
  return looseObject({
    id: optional(string()),
    label: optional(array(NameSchema())),
    category: optional(CompensationTypeSchema()),
    usage: optional(CompensationTypeSchema()),
    signatory_labels: optional(array(SignatoryLabelSchema())),
    active: optional(boolean()),
    create_by: optional(string()),
    modify_by: optional(string()),
    applicability: optional(CompensationTypeSchema()),
    creation_method: optional(string()),
    version: optional(string()),
    update_time: optional(string()),
    create_time: optional(string()),
    template_setting: optional(looseObject({ page_seal_types: optional(array(string())) })),
    template_region_info: optional(TemplateRegionInfoSchema()),
    template_code: optional(string()),
    template_desc: optional(array(NameSchema())),
  })
}

/** Builds the schema of {@link ChildBirthCertificate}. */
export function ChildBirthCertificateSchema(): GenericSchema<ChildBirthCertificate> {
  return looseObject({
    file_id: optional(string()),
    mime_type: optional(string()),
    name: optional(string()),
    size: optional(string()),
    token: optional(string()),
  })
}

/** Builds the schema of {@link CitizenshipStatus}. */
export function CitizenshipStatusSchema(): GenericSchema<CitizenshipStatus> {
  return looseObject({
    id: optional(string()),
    country_region_id: optional(string()),
    active: optional(boolean()),
    name: optional(array(NameSchema())),
    citizenship_status: optional(array(NameSchema())),
    view_order: optional(string()),
  })
}

/** Builds the schema of {@link CitizenshipStatuse}. */
export function CitizenshipStatuseSchema(): GenericSchema<CitizenshipStatuse> {
  return looseObject({ country_region: optional(string()), citizenship_status: optional(string()) })
}

/** Builds the schema of {@link CommonInfo}. */
export function CommonInfoSchema(): GenericSchema<CommonInfo> {
  return looseObject({ source: CompensationTypeSchema(), apiname: string() })
}

/** Builds the schema of {@link CompanyBatchGetItem}. */
export function CompanyBatchGetItemSchema(): GenericSchema<CompanyBatchGetItem> {
  return looseObject({
    company_id: optional(string()),
    hiberarchy_common: HiberarchyCommonSchema(),
    type: optional(CompensationTypeSchema()),
    industry_list: optional(array(CompensationTypeSchema())),
    legal_representative: optional(array(NameSchema())),
    post_code: optional(string()),
    tax_payer_id: optional(string()),
    confidential: optional(boolean()),
    sub_type_list: optional(array(CompensationTypeSchema())),
    branch_company: optional(boolean()),
    primary_manager: optional(array(NameSchema())),
    currency: optional(CurrencySchema()),
    phone: optional(FaxSchema()),
    fax: optional(FaxSchema()),
    registered_office_address: optional(array(NameSchema())),
    office_address: optional(array(NameSchema())),
    registered_office_address_info: optional(AddressSchema()),
    office_address_info: optional(AddressSchema()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link CompanyQueryMultiTimelineItem}. */
export function CompanyQueryMultiTimelineItemSchema(): GenericSchema<CompanyQueryMultiTimelineItem> {
  return looseObject({
    company_version_data: optional(array(looseObject({
      company_id: optional(string()),
      company_version_id: optional(string()),
      company_names: optional(array(NameSchema())),
      parent_company_id: optional(string()),
      effective_date: optional(string()),
      expiration_date: optional(string()),
      active: optional(boolean()),
      descriptions: optional(array(NameSchema())),
      code: optional(string()),
    }))),
    type: optional(CompensationTypeSchema()),
    industry_list: optional(array(CompensationTypeSchema())),
    legal_representative: optional(array(NameSchema())),
    post_code: optional(string()),
    tax_payer_id: optional(string()),
    confidential: optional(boolean()),
    sub_type_list: optional(array(CompensationTypeSchema())),
    branch_company: optional(boolean()),
    primary_manager: optional(array(NameSchema())),
    currency: optional(CurrencySchema()),
    phone: optional(FaxSchema()),
    fax: optional(FaxSchema()),
    registered_office_address: optional(array(NameSchema())),
    office_address: optional(array(NameSchema())),
    registered_office_address_info: optional(OfficeAddressInfoSchema()),
    office_address_info: optional(OfficeAddressInfoSchema()),
  })
}

/** Builds the schema of {@link CompensationType}. */
export function CompensationTypeSchema(): GenericSchema<CompensationType> {
  return looseObject({ enum_name: string(), display: optional(array(NameSchema())) })
}

/** Builds the schema of {@link ContentInfo}. */
export function ContentInfoSchema(): GenericSchema<ContentInfo> {
  return looseObject({
    contents: optional(array(looseObject({
      content_type: CompensationTypeSchema(),
      filter_apiname: optional(string()),
      content: optional(string()),
      label: optional(array(NameSchema())),
      content_desc: optional(string()),
    }))),
    custom_fields: optional(array(looseObject({
      label: optional(array(NameSchema())),
      apiname: string(),
      custom_field_type: CompensationTypeSchema(),
      used: boolean(),
      is_required: optional(boolean()),
      custom_desc: optional(string()),
      common_info: optional(CommonInfoSchema()),
    }))),
    filter_fields: optional(array(looseObject({
      label: array(NameSchema()),
      apiname: string(),
      filters: optional(array(looseObject({
        left: string(),
        rights: optional(array(string())),
        op: CompensationTypeSchema(),
      }))),
      logic: optional(CompensationTypeSchema()),
      is_checked: optional(boolean()),
      filter_desc: optional(string()),
      criterion_list: optional(string()),
    }))),
    using_fields: optional(array(CommonInfoSchema())),
    system_setting_fields: optional(array(SystemSettingFieldSchema())),
  })
}

/** Builds the schema of {@link ContractInfo}. */
export function ContractInfoSchema(): GenericSchema<ContractInfo> {
  return looseObject({
    contract_start_date: optional(string()),
    contract_end_date: optional(string()),
    contract_type: optional(string()),
    duration_type: optional(string()),
    signing_type: optional(string()),
    contract_file_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link CostAllocation}. */
export function CostAllocationSchema(): GenericSchema<CostAllocation> {
  return looseObject({
    effective_time: optional(string()),
    expiration_time: optional(string()),
    cost_center_rates: optional(array(CostCenterRateSchema())),
  })
}

/** Builds the schema of {@link CostCenter}. */
export function CostCenterSchema(): GenericSchema<CostCenter> {
  return looseObject({ id: string(), name: optional(array(NameSchema())) })
}

/** Builds the schema of {@link CostCenterRate}. */
export function CostCenterRateSchema(): GenericSchema<CostCenterRate> {
  return looseObject({ cost_center_id: optional(string()), rate: optional(number()), new_rate: optional(number()) })
}

/** Builds the schema of {@link CreateAddress}. */
export function CreateAddressSchema(): GenericSchema<CreateAddress> {
  return looseObject({
    address_id: optional(string()),
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
    address_type_list: array(looseObject({ enum_name: string() })),
    is_primary: boolean(),
    is_public: boolean(),
    custom_fields: optional(array(CreateCustomFieldSchema())),
    city_subdivision_1: optional(string()),
    city_subdivision_2: optional(string()),
    region_subdivision_1: optional(string()),
    region_subdivision_2: optional(string()),
    city_text: optional(string()),
    local_city_text: optional(string()),
  })
}

/** Builds the schema of {@link CreateBankAccount}. */
export function CreateBankAccountSchema(): GenericSchema<CreateBankAccount> {
  return looseObject({
    bank_name: optional(string()),
    bank_account_number: string(),
    account_holder: string(),
    bank: optional(looseObject({ enum_name: string() })),
    bank_identification_code: optional(string()),
    branch_name: optional(string()),
    bank_id: optional(string()),
    branch_id: optional(string()),
    bank_id_v2: optional(string()),
    branch_id_v2: optional(string()),
    country_region_id: optional(string()),
    bank_account_usage: optional(array(looseObject({ enum_name: string() }))),
    bank_account_type: optional(looseObject({ enum_name: string() })),
    payment_type: optional(looseObject({ enum_name: string() })),
    payment_rate: optional(string()),
    payment_amount: optional(string()),
    priority: optional(number()),
    currency_id: optional(string()),
    custom_fields: optional(array(CreateCustomFieldSchema())),
  })
}

/** Builds the schema of {@link CreateCostCenter}. */
export function CreateCostCenterSchema(): GenericSchema<CreateCostCenter> {
  return looseObject({
    cost_center_id: optional(string()),
    cost_center_version_id: optional(string()),
    name: array(NameSchema()),
    code: optional(string()),
    parent_cost_center_id: optional(string()),
    managers: optional(array(string())),
    description: optional(array(NameSchema())),
    effective_time: string(),
    expiration_time: optional(string()),
    active: optional(boolean()),
  })
}

/** Builds the schema of {@link CreateCustomField}. */
export function CreateCustomFieldSchema(): GenericSchema<CreateCustomField> {
  return looseObject({ custom_api_name: string(), value: string() })
}

/** Builds the schema of {@link CreateDependent}. */
export function CreateDependentSchema(): GenericSchema<CreateDependent> {
  return looseObject({
    id: optional(string()),
    relationship: looseObject({ enum_name: string() }),
    gender: optional(looseObject({ enum_name: string() })),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    nationality_id_v2: optional(string()),
    national_id_list: optional(array(CreateNationalIdSchema())),
    spouses_working_status: optional(looseObject({ enum_name: string() })),
    is_this_person_covered_by_health_insurance: optional(boolean()),
    is_this_person_allowed_for_tax_deduction: optional(boolean()),
    custom_fields: optional(array(CreateCustomFieldSchema())),
    dependent_name: optional(string()),
    employer: optional(string()),
    job: optional(string()),
    phone: optional(CreatePhoneSchema()),
    address: optional(looseObject({
      address_id: optional(string()),
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
      custom_fields: optional(array(CreateCustomFieldSchema())),
      city_subdivision_1: optional(string()),
      city_subdivision_2: optional(string()),
      region_subdivision_1: optional(string()),
      region_subdivision_2: optional(string()),
      city_text: optional(string()),
      local_city_text: optional(string()),
    })),
    birth_certificate_of_child: optional(array(looseObject({ id: optional(string()) }))),
    reason: optional(looseObject({ enum_name: string() })),
    modify_date: optional(string()),
    visas: optional(array(VisaSchema())),
    passports: optional(array(PassportSchema())),
    citizenship_statuses: optional(array(CitizenshipStatusSchema())),
    emails: optional(array(CreateEmailSchema())),
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
    custom_fields: optional(array(CreateCustomFieldSchema())),
  })
}

/** Builds the schema of {@link CreateEmail}. */
export function CreateEmailSchema(): GenericSchema<CreateEmail> {
  return looseObject({
    email: string(),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
    email_usage: optional(looseObject({ enum_name: string() })),
  })
}

/** Builds the schema of {@link CreateEmergencyContact}. */
export function CreateEmergencyContactSchema(): GenericSchema<CreateEmergencyContact> {
  return looseObject({
    id: optional(string()),
    name: optional(CreateLegalNameV2Schema()),
    relationship: optional(looseObject({ enum_name: string() })),
    phone_ist: optional(array(CreatePhoneSchema())),
    legal_name: optional(string()),
    custom_fields: optional(array(CreateCustomFieldSchema())),
    address: optional(CreateAddressSchema()),
    email: optional(CreateEmailSchema()),
    is_primary: optional(boolean()),
  })
}

/** Builds the schema of {@link CreateEmploymentInfo}. */
export function CreateEmploymentInfoSchema(): GenericSchema<CreateEmploymentInfo> {
  return looseObject({
    basic_info: optional(looseObject({
      employee_number: optional(string()),
      rehire: optional(boolean()),
      employment_info_before_rehire: optional(string()),
      effective_time: optional(string()),
      regular_employee_start_date: optional(string()),
      seniority_date: optional(string()),
      work_email: optional(string()),
      phone: optional(BasicInfoPhoneSchema()),
      user_geo: optional(string()),
      custom_fields: optional(array(BasicInfoCustomFieldSchema())),
    })),
    probation_info: optional(looseObject({
      probation_start_date: optional(string()),
      probation_expected_end_date: optional(string()),
      actual_probation_end_date: optional(string()),
    })),
    employment_record: optional(looseObject({
      employee_type: optional(string()),
      department: optional(string()),
      direct_manager: optional(string()),
      working_hours_type: optional(string()),
      cost_centers: optional(array(looseObject({ id: optional(string()), rate: optional(number()) }))),
      direct_manager_effective_time: optional(string()),
      dotted_line_manager: optional(string()),
      dotted_line_manager_effective_time: optional(string()),
      job: optional(string()),
      job_family: optional(string()),
      job_level: optional(string()),
      job_grade: optional(string()),
      work_location: optional(string()),
      weekly_working_hours: optional(number()),
      position: optional(string()),
      pathway: optional(string()),
    })),
    emp_contract_record: optional(looseObject({
      contract_number: optional(string()),
      contract_type: optional(string()),
      first_party: optional(string()),
      effective_time: optional(string()),
      duration_type: optional(string()),
      contract_end_date: optional(string()),
    })),
    custom_groups: optional(array(CustomGroupSchema())),
    custom_org_groups: optional(array(looseObject({
      effective_time: string(),
      start_reason: optional(string()),
      custom_org_with_rates: array(looseObject({ id: string(), rate: optional(number()) })),
      object_api_name: string(),
    }))),
    seniority_adjust_informations: optional(array(looseObject({
      seniority_adjustment_type: picklist(['increase', 'decrease']),
      start_date: optional(string()),
      end_date: optional(string()),
      reasons_for_seniority_adjustment: optional(string()),
      seniority_adjustment: number(),
      custom_fields: optional(array(BasicInfoCustomFieldSchema())),
    }))),
    default_cost_center: optional(looseObject({
      reason: optional(string()),
      is_inherit: optional(boolean()),
      cost_center_id: optional(looseObject({ wk_id: optional(string()) })),
    })),
    cost_allocation: optional(CostAllocationSchema()),
  })
}

/** Builds the schema of {@link CreateLegalNameV2}. */
export function CreateLegalNameV2Schema(): GenericSchema<CreateLegalNameV2> {
  return looseObject({
    local_primary: optional(string()),
    local_first_name: optional(string()),
    country_region_id: string(),
    name_type: looseObject({ enum_name: string() }),
    local_first_name_2: optional(string()),
    local_primary_2: optional(string()),
    additional_name: optional(string()),
    additional_name_type: optional(looseObject({ enum_name: string() })),
    first_name: optional(string()),
    full_name: optional(string()),
    hereditary: optional(string()),
    custom_name: optional(string()),
    custom_local_name: optional(string()),
    middle_name: optional(string()),
    name_primary: optional(string()),
    secondary: optional(string()),
    tertiary: optional(string()),
    social: optional(looseObject({ enum_name: string() })),
    title: optional(looseObject({ enum_name: string() })),
    local_middle_name: optional(string()),
    local_secondary: optional(string()),
    wk_id: optional(string()),
  })
}

/** Builds the schema of {@link CreateNationalId}. */
export function CreateNationalIdSchema(): GenericSchema<CreateNationalId> {
  return looseObject({
    national_id_type_id: string(),
    national_id_number: string(),
    issue_date: optional(string()),
    expiration_date: optional(string()),
    country_region_id: string(),
    issued_by: optional(string()),
    custom_fields: optional(array(CreateCustomFieldSchema())),
    wk_id: optional(string()),
    series: optional(string()),
    effective_for_a_long_time: optional(boolean()),
  })
}

/** Builds the schema of {@link CreatePersonForCountrie}. */
export function CreatePersonForCountrieSchema(): GenericSchema<CreatePersonForCountrie> {
  return looseObject({
    wk_id: optional(string()),
    country_region_id: string(),
    gender: optional(looseObject({ enum_name: string() })),
    religion: optional(looseObject({ enum_name: string() })),
    marital_status: optional(looseObject({ enum_name: string() })),
    ethnicity_race: optional(looseObject({ enum_name: string() })),
    marital_status_date: optional(string()),
  })
}

/** Builds the schema of {@link CreatePersonalProfile}. */
export function CreatePersonalProfileSchema(): GenericSchema<CreatePersonalProfile> {
  return looseObject({
    personal_profile_id: optional(string()),
    personal_profile_type: optional(looseObject({ enum_name: string() })),
    files: optional(array(looseObject({ id: optional(string()) }))),
  })
}

/** Builds the schema of {@link CreatePhone}. */
export function CreatePhoneSchema(): GenericSchema<CreatePhone> {
  return looseObject({
    international_area_code: optional(looseObject({ enum_name: string() })),
    phone_number: string(),
  })
}

/** Builds the schema of {@link CreateResidentTaxe}. */
export function CreateResidentTaxeSchema(): GenericSchema<CreateResidentTaxe> {
  return looseObject({
    year_resident_tax: string(),
    resident_status: optional(looseObject({ enum_name: string() })),
    tax_country_region_id: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link CreateTransferInfo}. */
export function CreateTransferInfoSchema(): GenericSchema<CreateTransferInfo> {
  return looseObject({
    remark: optional(string()),
    offer_info: optional(string()),
    target_dotted_manager_clean: optional(boolean()),
    probation_exist: optional(boolean()),
    target_department: optional(string()),
    target_work_location: optional(string()),
    target_direct_manager: optional(string()),
    target_dotted_manager: optional(string()),
    target_job: optional(string()),
    target_job_family: optional(string()),
    target_job_level: optional(string()),
    target_workforce_type: optional(string()),
    target_employee_subtype: optional(string()),
    target_company: optional(string()),
    target_contract_number: optional(string()),
    target_contract_type: optional(string()),
    target_duration_type: optional(string()),
    target_signing_type: optional(string()),
    target_contract_start_date: optional(string()),
    target_contract_end_date: optional(string()),
    target_working_hours_type: optional(string()),
    target_working_calendar: optional(string()),
    target_probation_end_date: optional(string()),
    target_weekly_working_hours: optional(string()),
    target_work_shift: optional(string()),
    target_cost_center_rates: optional(array(CostCenterRateSchema())),
    target_employment_change: optional(looseObject({
      regular_employee_start_date: optional(string()),
      seniority_date: optional(string()),
      employee_number: optional(string()),
      custom_fields: optional(array(CreateCustomFieldSchema())),
      notice_period_change_record: optional(NoticePeriodChangeRecordSchema()),
    })),
    target_job_grade: optional(string()),
    target_compensation_type: optional(string()),
    target_service_company: optional(string()),
    target_position: optional(string()),
    target_social_security_city: optional(string()),
    is_transfer_with_workforce: optional(boolean()),
    target_pathway: optional(string()),
    target_allocation_effective_time: optional(string()),
    target_allocation_expiration_time: optional(string()),
    target_default_cost_center: optional(string()),
    target_is_default_cost_center_inherited: optional(boolean()),
  })
}

/** Builds the schema of {@link CreateWorkExperience}. */
export function CreateWorkExperienceSchema(): GenericSchema<CreateWorkExperience> {
  return looseObject({
    company_organization: optional(array(NameSchema())),
    department: optional(array(NameSchema())),
    job: optional(array(NameSchema())),
    description: optional(array(NameSchema())),
    start_date: optional(string()),
    end_date: optional(string()),
    custom_fields: optional(array(CreateCustomFieldSchema())),
  })
}

/** Builds the schema of {@link Currency}. */
export function CurrencySchema(): GenericSchema<Currency> {
  return looseObject({
    currency_id: optional(string()),
    country_region_id_list: optional(array(string())),
    currency_name: optional(array(NameSchema())),
    numeric_code: optional(number()),
    currency_alpha_3_code: optional(string()),
    status: optional(number()),
  })
}

/** Builds the schema of {@link CustomField}. */
export function CustomFieldSchema(): GenericSchema<CustomField> {
  return looseObject({
    custom_api_name: string(),
    name: optional(NodeNameSchema()),
    type: optional(number()),
    value: string(),
  })
}

/** Builds the schema of {@link CustomGroup}. */
export function CustomGroupSchema(): GenericSchema<CustomGroup> {
  return looseObject({
    group_name: optional(string()),
    items: optional(array(looseObject({ custom_fields: optional(array(BasicInfoCustomFieldSchema())) }))),
  })
}

/** Builds the schema of {@link CustomOrg}. */
export function CustomOrgSchema(): GenericSchema<CustomOrg> {
  return looseObject({
    custom_org_list: optional(array(looseObject({
      custom_org_name: optional(NodeNameSchema()),
      custom_org_id: optional(string()),
      rate: optional(string()),
    }))),
    effective_time: optional(string()),
    start_reason: optional(string()),
    job_data_custom_org_id: optional(string()),
    version_id: optional(string()),
    object_api_name: optional(string()),
    user_id: optional(string()),
  })
}

/** Builds the schema of {@link CustomOrgWithRate}. */
export function CustomOrgWithRateSchema(): GenericSchema<CustomOrgWithRate> {
  return looseObject({ id: string(), rate: optional(string()) })
}

/** Builds the schema of {@link DefaultCostCenter}. */
export function DefaultCostCenterSchema(): GenericSchema<DefaultCostCenter> {
  return looseObject({ cost_center_id: string(), is_herit: boolean() })
}

/** Builds the schema of {@link DepartmentChange}. */
export function DepartmentChangeSchema(): GenericSchema<DepartmentChange> {
  return looseObject({
    department_change_id: optional(string()),
    department_id: optional(string()),
    draft_department_id: optional(string()),
    department_change_type: optional(picklist(['Unknown', 'Create', 'Modify', 'Inactive'])),
    department_change_status: optional(number()),
    reorganization_info: optional(ReorganizationInfoSchema()),
  })
}

/** Builds the schema of {@link Dependent}. */
export function DependentSchema(): GenericSchema<Dependent> {
  return looseObject({
    id: optional(string()),
    name: optional(DependentNameSchema()),
    relationship: CompensationTypeSchema(),
    gender: optional(CompensationTypeSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    nationality_id_v2: optional(string()),
    national_id_list: optional(array(NationalIdSchema())),
    spouses_working_status: optional(CompensationTypeSchema()),
    is_this_person_covered_by_health_insurance: optional(boolean()),
    is_this_person_allowed_for_tax_deduction: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    dependent_name: optional(string()),
    employer: optional(string()),
    job: optional(string()),
    phone: optional(PhoneSchema()),
    address: optional(AddressSchema()),
    birth_certificate_of_child: optional(array(BirthCertificateOfChildSchema())),
    reason: optional(CompensationTypeSchema()),
    modify_date: optional(string()),
    visas: optional(array(VisaSchema())),
    passports: optional(array(PassportSchema())),
    citizenship_statuses: optional(array(CitizenshipStatusSchema())),
    emails: optional(array(EmailSchema())),
  })
}

/** Builds the schema of {@link DependentAddress}. */
export function DependentAddressSchema(): GenericSchema<DependentAddress> {
  return looseObject({
    address_type: optional(string()),
    country_region: optional(string()),
    region: optional(string()),
    region_subdivision_1: optional(string()),
    region_subdivision_2: optional(string()),
    city_v2: optional(string()),
    city_text: optional(string()),
    local_city_text: optional(string()),
    city_subdivision_1: optional(string()),
    city_subdivision_2: optional(string()),
    district_v2: optional(string()),
    postal_code: optional(string()),
    address_line_1: optional(string()),
    local_address_line_1: optional(string()),
    address_line_2: optional(string()),
    local_address_line_2: optional(string()),
    address_line_3: optional(string()),
    local_address_line_3: optional(string()),
    address_line_4: optional(string()),
    local_address_line_5: optional(string()),
    address_line_6: optional(string()),
    local_address_line_6: optional(string()),
    address_line_7: optional(string()),
    local_address_line_7: optional(string()),
    address_line_8: optional(string()),
    local_address_line_8: optional(string()),
    address_line_9: optional(string()),
    local_address_line_9: optional(string()),
    local_address_line_4: optional(string()),
    address_line_5: optional(string()),
  })
}

/** Builds the schema of {@link DependentName}. */
export function DependentNameSchema(): GenericSchema<DependentName> {
  return looseObject({
    local_primary: optional(string()),
    local_first_name: optional(string()),
    country_region_id: string(),
    name_type: CompensationTypeSchema(),
    local_first_name_2: optional(string()),
    local_primary_2: optional(string()),
    additional_name: optional(string()),
    additional_name_type: optional(CompensationTypeSchema()),
    first_name: optional(string()),
    full_name: optional(string()),
    hereditary: optional(string()),
    custom_name: optional(string()),
    custom_local_name: optional(string()),
    middle_name: optional(string()),
    name_primary: optional(string()),
    secondary: optional(string()),
    tertiary: optional(string()),
    social: optional(CompensationTypeSchema()),
    title: optional(CompensationTypeSchema()),
    local_middle_name: optional(string()),
    local_secondary: optional(string()),
    display_name_local_and_western_script: optional(string()),
    display_name_local_script: optional(string()),
    display_name_western_script: optional(string()),
    wk_id: optional(string()),
  })
}

/** Builds the schema of {@link DependentPassport}. */
export function DependentPassportSchema(): GenericSchema<DependentPassport> {
  return looseObject({
    country_region: string(),
    national_id_type: string(),
    passport_number: string(),
    issued_date: optional(string()),
    expiration_date: optional(string()),
    issued_by: optional(string()),
  })
}

/** Builds the schema of {@link DependentVisa}. */
export function DependentVisaSchema(): GenericSchema<DependentVisa> {
  return looseObject({
    country_region: string(),
    national_id_type: string(),
    visa_number: string(),
    issued_date: optional(string()),
    expiration_date: optional(string()),
    issued_by: optional(string()),
  })
}

/** Builds the schema of {@link DirectManager}. */
export function DirectManagerSchema(): GenericSchema<DirectManager> {
  return looseObject({ job_data_id: optional(string()), employment_id: optional(string()) })
}

/** Builds the schema of {@link Education}. */
export function EducationSchema(): GenericSchema<Education> {
  return looseObject({
    school: array(NameSchema()),
    level_of_education: optional(CompensationTypeSchema()),
    start_date: optional(string()),
    end_date: optional(string()),
    field_of_study: optional(array(NameSchema())),
    degree: optional(CompensationTypeSchema()),
    school_name: optional(CompensationTypeSchema()),
    field_of_study_name: optional(CompensationTypeSchema()),
    country_region_id: optional(string()),
    expected_end_date: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link EducationInfo}. */
export function EducationInfoSchema(): GenericSchema<EducationInfo> {
  return looseObject({
    school_name: optional(string()),
    education: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    field_of_study: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    degree: optional(string()),
  })
}

/** Builds the schema of {@link Email}. */
export function EmailSchema(): GenericSchema<Email> {
  return looseObject({
    email: string(),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
    email_usage: optional(CompensationTypeSchema()),
  })
}

/** Builds the schema of {@link EmergencyContact}. */
export function EmergencyContactSchema(): GenericSchema<EmergencyContact> {
  return looseObject({
    id: optional(string()),
    name: optional(DependentNameSchema()),
    relationship: optional(CompensationTypeSchema()),
    phone_ist: optional(array(PhoneSchema())),
    phone_list: optional(array(PhoneSchema())),
    legal_name: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    address: optional(AddressSchema()),
    email: optional(EmailSchema()),
    is_primary: optional(boolean()),
  })
}

/** Builds the schema of {@link EmployeeBatchGetItem}. */
export function EmployeeBatchGetItemSchema(): GenericSchema<EmployeeBatchGetItem> {
  return looseObject({
    employment_id: optional(string()),
    employment_id_v2: optional(string()),
    ats_application_id: optional(string()),
    prehire_id: optional(string()),
    employee_number: optional(string()),
    employee_type_id: optional(string()),
    employee_subtype_id: optional(string()),
    department_id: optional(string()),
    department_id_v2: optional(string()),
    job_level_id: optional(string()),
    job_level: optional(looseObject({
      id: optional(string()),
      level_order: number(),
      code: optional(string()),
      name: array(NameSchema()),
      description: optional(array(NameSchema())),
      active: boolean(),
      custom_fields: optional(array(CustomFieldSchema())),
    })),
    pathway_id: optional(string()),
    pathway: optional(looseObject({
      id: optional(string()),
      code: optional(string()),
      name: array(NameSchema()),
      description: optional(array(NameSchema())),
      active: boolean(),
      custom_fields: optional(array(CustomFieldSchema())),
    })),
    job_grade_id: optional(string()),
    work_location_id: optional(string()),
    job_family_id: optional(string()),
    job_family: optional(looseObject({
      id: optional(string()),
      name: array(NameSchema()),
      active: boolean(),
      parent_id: optional(string()),
      effective_time: string(),
      expiration_time: optional(string()),
      code: optional(string()),
      custom_fields: optional(array(CustomFieldSchema())),
    })),
    position_id: optional(string()),
    position: optional(looseObject({
      position_id: optional(string()),
      code: optional(string()),
      names: optional(array(NameSchema())),
      descriptions: optional(array(NameSchema())),
      active: boolean(),
      created_by: optional(string()),
    })),
    job_id: optional(string()),
    job: optional(JobSchema()),
    company_id: optional(string()),
    working_hours_type_id: optional(string()),
    tenure: optional(string()),
    seniority_date: optional(string()),
    effective_date: string(),
    primary_employment: boolean(),
    probation_period: optional(number()),
    on_probation: optional(boolean()),
    probation_end_date: optional(string()),
    direct_manager_id: optional(string()),
    dotted_line_manager_id: optional(string()),
    direct_manager_id_v2: optional(string()),
    dotted_line_manager_id_v2: optional(string()),
    employment_type: CompensationTypeSchema(),
    employment_status: optional(CompensationTypeSchema()),
    expiration_date: optional(string()),
    reason_for_offboarding: optional(CompensationTypeSchema()),
    email_address: optional(string()),
    user_name: optional(string()),
    work_email_list: optional(array(looseObject({ email: string(), email_usage: optional(CompensationTypeSchema()) }))),
    cost_center_list: optional(array(CostCenterRateSchema())),
    rehire: optional(CompensationTypeSchema()),
    rehire_employment_id: optional(string()),
    person_info: optional(ItemPersonInfoSchema()),
    custom_fields: optional(array(CustomFieldSchema())),
    noncompete_status: optional(CompensationTypeSchema()),
    past_offboarding: optional(boolean()),
    regular_employee_start_date: optional(string()),
    external_id: optional(string()),
    times_employed: optional(number()),
    recruitment_type: optional(CompensationTypeSchema()),
    avatar_url: optional(string()),
    primary_contract_id: optional(string()),
    contract_start_date: optional(string()),
    contract_end_date: optional(string()),
    contract_expected_end_date: optional(string()),
    pay_group_id: optional(string()),
    assignment_pay_group_id: optional(string()),
    international_assignment: optional(boolean()),
    work_calendar_id: optional(string()),
    department: optional(looseObject({
      id: optional(string()),
      id_v2: optional(string()),
      department_name: optional(array(NameSchema())),
    })),
    direct_manager: optional(ItemDirectManagerSchema()),
    dotted_line_manager: optional(ItemDirectManagerSchema()),
    time_zone: optional(string()),
    primary_international_assignment: optional(looseObject({
      id: optional(string()),
      assignment_city_id: optional(string()),
      assignment_company_id: optional(string()),
      assignment_country_id: optional(string()),
      assignment_reason: optional(NameSchema()),
      effective_time: optional(string()),
      start_assignment_process_id: optional(string()),
      end_assignment_process_id: optional(string()),
      expiration_time: optional(string()),
      international_assignment_status: optional(CompensationTypeSchema()),
      international_assignment_type: optional(CompensationTypeSchema()),
    })),
    service_company: optional(string()),
    compensation_type: optional(CompensationTypeSchema()),
    work_shift: optional(CompensationTypeSchema()),
    talent_pool_id_list: optional(array(string())),
    custom_org: optional(string()),
    seniority_adjust_information_list: optional(array(looseObject({
      seniority_adjustment_type: CompensationTypeSchema(),
      start_date: optional(string()),
      end_date: optional(string()),
      seniority_adjustment: number(),
      reasons_for_seniority_adjustment: optional(string()),
      custom_fields: optional(array(CustomFieldSchema())),
    }))),
    employment_direct_bps: optional(EmploymentAllBpsSchema()),
    employment_all_bps: optional(EmploymentAllBpsSchema()),
    contract_type: optional(CompensationTypeSchema()),
    archive_cpst_plan_id: optional(string()),
    attendance_group_id: optional(string()),
    individuals_with_headcount_or_not: optional(CompensationTypeSchema()),
    is_direct_leader: optional(boolean()),
    is_dotted_leader: optional(boolean()),
    company_talent_pool_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link EmployeesJobDataBatchGetItem}. */
export function EmployeesJobDataBatchGetItemSchema(): GenericSchema<EmployeesJobDataBatchGetItem> {
  return looseObject({ employment_id: string(), job_datas: optional(array(JobDataSchema())) })
}

/** Builds the schema of {@link EmployeesJobDataQueryItem}. */
export function EmployeesJobDataQueryItemSchema(): GenericSchema<EmployeesJobDataQueryItem> {
  return looseObject({ employment_id: string(), job_datas: optional(array(ItemJobDataSchema())) })
}

/** Builds the schema of {@link EmploymentAllBp}. */
export function EmploymentAllBpSchema(): GenericSchema<EmploymentAllBp> {
  return looseObject({
    employment_id: optional(string()),
    hrbp_ids: optional(array(string())),
    location_bp_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link EmploymentAllBps}. */
export function EmploymentAllBpsSchema(): GenericSchema<EmploymentAllBps> {
  return looseObject({ hrbp_ids: optional(array(string())), location_bp_ids: optional(array(string())) })
}

/** Builds the schema of {@link EmploymentInfo}. */
export function EmploymentInfoSchema(): GenericSchema<EmploymentInfo> {
  return looseObject({
    department_id: optional(string()),
    cost_center_rates: optional(array(CostCenterRateSchema())),
    office_location_id: optional(string()),
    work_location_id: optional(string()),
    work_station: optional(string()),
    worker_id: optional(string()),
    compensation_type: optional(CompensationTypeSchema()),
    direct_leader_id: optional(string()),
    dotted_line_manager_id: optional(string()),
    job_id: optional(string()),
    job_family_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    job_title: optional(string()),
    employee_type_id: optional(string()),
    employee_subtype_id: optional(string()),
    employment_type: optional(string()),
    work_email: optional(string()),
    company_id: optional(string()),
    social_security_city_id: optional(string()),
    non_compete_covenant: optional(boolean()),
    weekly_working_hours: optional(number()),
    rehire: optional(picklist(['yes', 'no', 'to_be_confirmed'])),
    rehire_employment_id: optional(string()),
    working_hours_type: optional(string()),
    weekly_working_hours_v2: optional(number()),
    office_address: optional(AddressSchema()),
    working_calendar_id: optional(string()),
    updated_at: optional(string()),
    suspected_rehiring: optional(boolean()),
    condition_worker: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    position_id: optional(string()),
    company_manual_updated: optional(boolean()),
    pay_group: optional(looseObject({ name: optional(array(NameSchema())), id: optional(string()) })),
    whether_the_information_is_abnormal: optional(boolean()),
    abnormal_reason: optional(array(looseObject({ descriptions: optional(array(NameSchema())) }))),
    has_offer_salary: optional(boolean()),
    recruitment_project_id: optional(string()),
    work_shift: optional(CompensationTypeSchema()),
    created_at: optional(string()),
    created_by: optional(string()),
    updated_by: optional(string()),
    seniority_date: optional(string()),
    background_check_order_id: optional(string()),
    background_check_order_name: optional(string()),
    background_check_order_package_name: optional(string()),
    background_check_order_result: optional(string()),
    background_check_order_supplier_name: optional(string()),
    background_check_order_account_name: optional(string()),
    background_check_order_start_time: optional(string()),
    background_check_order_complete_time: optional(string()),
    background_check_order_status: optional(CompensationTypeSchema()),
    seniority_adjust_information_list: optional(array(looseObject({
      seniority_adjustment: optional(number()),
      seniority_adjustment_type: optional(CompensationTypeSchema()),
      reasons_for_seniority_adjustment: optional(string()),
      start_date: optional(string()),
      end_date: optional(string()),
      custom_fields: optional(array(CustomFieldSchema())),
    }))),
    notice_period_positive_voluntary: optional(EmploymentInfoNoticePeriodPositiveInvoluntarySchema()),
    notice_period_probation_involuntary: optional(EmploymentInfoNoticePeriodPositiveInvoluntarySchema()),
    notice_period_positive_involuntary: optional(EmploymentInfoNoticePeriodPositiveInvoluntarySchema()),
    notice_period_probation_voluntary: optional(EmploymentInfoNoticePeriodPositiveInvoluntarySchema()),
    working_hours_type_manual_updated: optional(boolean()),
    is_over_due: optional(boolean()),
    task_completed: optional(boolean()),
    expected_graduate_date: optional(string()),
    service_company: optional(string()),
    pathway: optional(string()),
    default_cost_center: optional(looseObject({
      cost_center_id: optional(string()),
      effective_time: optional(string()),
      is_herit: optional(boolean()),
      inherit_source: optional(string()),
    })),
    cost_allocation: optional(CostAllocationSchema()),
    reuse_feishu_account: optional(string()),
    reused_feishu_account_id: optional(string()),
    work_country_id: optional(string()),
  })
}

/** Builds the schema of {@link EmploymentInfoNoticePeriodPositiveInvoluntary}. */
export function EmploymentInfoNoticePeriodPositiveInvoluntarySchema(): GenericSchema<EmploymentInfoNoticePeriodPositiveInvoluntary> {
  return looseObject({
    wk_id: optional(string()),
    value: optional(number()),
    value_unit: optional(string()),
    name: optional(NameSchema()),
  })
}

/** Builds the schema of {@link EmploymentName}. */
export function EmploymentNameSchema(): GenericSchema<EmploymentName> {
  return looseObject({ id: optional(string()), name: optional(NodeNameSchema()) })
}

/** Builds the schema of {@link EndDate}. */
export function EndDateSchema(): GenericSchema<EndDate> {
  return looseObject({ start: string(), end: string() })
}

/** Builds the schema of {@link EstimatedActiveIndividualsDetail}. */
export function EstimatedActiveIndividualsDetailSchema(): GenericSchema<EstimatedActiveIndividualsDetail> {
  return looseObject({ date: optional(string()), estimated_active_individuals: optional(string()) })
}

/** Builds the schema of {@link Fax}. */
export function FaxSchema(): GenericSchema<Fax> {
  return looseObject({ area_code: CompensationTypeSchema(), phone_number: string() })
}

/** Builds the schema of {@link FieldValue}. */
export function FieldValueSchema(): GenericSchema<FieldValue> {
  return looseObject({
    variable_api_name: optional(string()),
    variable_value: optional(FieldValueVariableValueSchema()),
    sub_values: optional(array(looseObject({
      key: optional(string()),
      value: optional(FieldValueVariableValueSchema()),
    }))),
  })
}

/** Builds the schema of {@link FieldValueVariableValue}. */
export function FieldValueVariableValueSchema(): GenericSchema<FieldValueVariableValue> {
  return looseObject({
    text_value: optional(string()),
    bool_value: optional(boolean()),
    number_value: optional(string()),
    enum_value: optional(string()),
    date_value: optional(string()),
    date_time_value: optional(string()),
    i18n_value: optional(NodeNameSchema()),
    object_value: optional(ObjectValueSchema()),
    department_value: optional(string()),
    employment_value: optional(string()),
    list_values: optional(array(string())),
    file_value: optional(looseObject({
      open_file_id: optional(string()),
      file_name: optional(string()),
      length: optional(number()),
    })),
    record_values: optional(array(RecordValueSchema())),
  })
}

/** Builds the schema of {@link FieldVariableValue}. */
export function FieldVariableValueSchema(): GenericSchema<FieldVariableValue> {
  return looseObject({
    variable_api_name: optional(string()),
    variable_name: optional(NodeNameSchema()),
    variable_value: optional(ValueSchema()),
    sub_values: optional(array(looseObject({ key: optional(string()), value: optional(ValueSchema()) }))),
  })
}

/** Builds the schema of {@link HiberarchyCommon}. */
export function HiberarchyCommonSchema(): GenericSchema<HiberarchyCommon> {
  return looseObject({
    parent_id: optional(string()),
    name: array(NameSchema()),
    type: CompensationTypeSchema(),
    active: boolean(),
    effective_time: optional(string()),
    expiration_time: optional(string()),
    code: optional(string()),
    description: optional(array(NameSchema())),
    tree_order: optional(string()),
    list_order: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link InternationalAssignment}. */
export function InternationalAssignmentSchema(): GenericSchema<InternationalAssignment> {
  return looseObject({
    work_location_id: optional(string()),
    service_company: optional(string()),
    work_shift: optional(CompensationTypeSchema()),
    working_hours_type_id: optional(string()),
    employee_type_id: optional(string()),
    weekly_working_hours_v2: optional(number()),
    department_id: optional(string()),
    job_id: optional(string()),
    job_family_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    compensation_type: optional(CompensationTypeSchema()),
    direct_manager_id: optional(string()),
    dotted_line_manager_id: optional(string()),
    work_calendar_id: optional(string()),
    position_id: optional(string()),
    employment_id: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    international_assignment_reason: optional(string()),
    description: optional(string()),
    international_assignment_expected_end_date: optional(string()),
    international_assignment_status: optional(CompensationTypeSchema()),
    international_assignment_type: optional(CompensationTypeSchema()),
    effective_time: optional(string()),
    expiration_time: optional(string()),
    id: optional(string()),
    accommodation: optional(boolean()),
    international_assignment_allowance: optional(boolean()),
  })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    dimensions: array(looseObject({ dimension_key: string(), dimension_value: string() })),
    eai_details: optional(array(EstimatedActiveIndividualsDetailSchema())),
    plan_value: optional(string()),
    multi_period_values: optional(array(MultiPeriodValueSchema())),
  })
}

/** Builds the schema of {@link ItemCustomField}. */
export function ItemCustomFieldSchema(): GenericSchema<ItemCustomField> {
  return looseObject({ field_name: string(), value: string() })
}

/** Builds the schema of {@link ItemDirectManager}. */
export function ItemDirectManagerSchema(): GenericSchema<ItemDirectManager> {
  return looseObject({
    employment_id: optional(string()),
    employment_id_v2: optional(string()),
    employee_number: optional(string()),
    email_address: optional(string()),
    person_info: optional(looseObject({
      person_id: optional(string()),
      preferred_name: optional(string()),
      preferred_local_full_name: optional(string()),
      preferred_english_full_name: optional(string()),
    })),
  })
}

/** Builds the schema of {@link ItemJobData}. */
export function ItemJobDataSchema(): GenericSchema<ItemJobData> {
  return looseObject({
    job_data_id: optional(string()),
    version_id: optional(string()),
    employee_type_id: string(),
    working_hours_type_id: optional(string()),
    work_location_id: optional(string()),
    department_id: optional(string()),
    position_id: optional(string()),
    job_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    job_family_id: optional(string()),
    probation_start_date: optional(string()),
    probation_end_date: optional(string()),
    primary_job_data: boolean(),
    employment_id: string(),
    effective_time: string(),
    expiration_time: optional(string()),
    assignment_start_reason: optional(CompensationTypeSchema()),
    probation_expected_end_date: optional(string()),
    probation_outcome: optional(CompensationTypeSchema()),
    direct_manager: optional(DirectManagerSchema()),
    dotted_line_managers: optional(array(DirectManagerSchema())),
    second_direct_manager: optional(DirectManagerSchema()),
    cost_center_rates: optional(array(CostCenterRateSchema())),
    work_shift: optional(CompensationTypeSchema()),
    compensation_type: optional(CompensationTypeSchema()),
    service_company: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    weekly_working_hours_v2: optional(number()),
    weekly_working_hours: optional(number()),
    employee_subtype_id: optional(string()),
    job_data_reason: optional(CompensationTypeSchema()),
    pathway_id: optional(string()),
    work_calendar_id: optional(string()),
  })
}

/** Builds the schema of {@link ItemOnboardingInfo}. */
export function ItemOnboardingInfoSchema(): GenericSchema<ItemOnboardingInfo> {
  return looseObject({
    offer_id: optional(string()),
    offer_hr_id: optional(string()),
    offer_hr_id_v2: optional(string()),
    entry_mode: optional(string()),
    onboarding_date: optional(string()),
    ats_application_id: optional(string()),
    recruitment_type: optional(string()),
    onboarding_location_id: optional(string()),
    company_sponsored_visa: optional(boolean()),
    onboarding_status: optional(picklist(['deleted', 'completed', 'preboarding', 'day_one', 'withdrawn'])),
    onboarding_task_list: optional(array(looseObject({
      task_name: optional(string()),
      task_status: optional(picklist([
        'failed',
        'rejected',
        'completed',
        'not_started',
        'terminated',
        'initiating',
        'exception',
        'in_progress',
        'skipped',
        'uninitialized',
        'in_review',
      ])),
      operator_id: optional(string()),
      task_code: optional(string()),
    }))),
    onboarding_address: optional(AddressSchema()),
    flow_name: optional(array(NameSchema())),
    flow_id: optional(string()),
    check_in_time: optional(string()),
    check_in_method: optional(CompensationTypeSchema()),
    withdrawn_reason: optional(string()),
  })
}

/** Builds the schema of {@link ItemPersonInfo}. */
export function ItemPersonInfoSchema(): GenericSchema<ItemPersonInfo> {
  return looseObject({
    person_id: optional(string()),
    phone_number: optional(string()),
    legal_name: optional(string()),
    preferred_name: optional(string()),
    additional_name: optional(string()),
    preferred_local_full_name: optional(string()),
    preferred_english_full_name: optional(string()),
    name_list: optional(array(DependentNameSchema())),
    gender: optional(CompensationTypeSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    nationality_id_v2: optional(string()),
    additional_nationalities: optional(array(AdditionalNationalitieSchema())),
    citizenship_status: optional(array(CitizenshipStatusSchema())),
    race: optional(CompensationTypeSchema()),
    marital_status: optional(CompensationTypeSchema()),
    phone_list: optional(array(PhoneSchema())),
    address_list: optional(array(AddressSchema())),
    email_list: optional(array(EmailSchema())),
    work_experience_list: optional(array(WorkExperienceSchema())),
    education_list: optional(array(EducationSchema())),
    bank_account_list: optional(array(looseObject({
      bank_name: optional(string()),
      bank_account_number: string(),
      account_holder: string(),
      bank: optional(CompensationTypeSchema()),
      bank_identification_code: optional(string()),
      branch_name: optional(string()),
      bank_id: optional(string()),
      branch_id: optional(string()),
      bank_id_v2: optional(string()),
      branch_id_v2: optional(string()),
      country_region_id: optional(string()),
      bank_account_usage: optional(array(CompensationTypeSchema())),
      bank_account_type: optional(CompensationTypeSchema()),
      payment_type: optional(CompensationTypeSchema()),
      payment_rate: optional(string()),
      payment_amount: optional(string()),
      priority: optional(number()),
      currency_id: optional(string()),
      IBAN: optional(string()),
      custom_fields: optional(array(CustomFieldSchema())),
    }))),
    national_id_list: optional(array(NationalIdSchema())),
    dependent_list: optional(array(DependentSchema())),
    emergency_contact_list: optional(array(EmergencyContactSchema())),
    date_entered_workforce: optional(string()),
    working_years: optional(number()),
    profile_image_id: optional(string()),
    email_address: optional(string()),
    age: optional(number()),
    highest_level_of_education: optional(EducationSchema()),
    highest_degree_of_education: optional(EducationSchema()),
    personal_profile: optional(array(PersonalProfileSchema())),
    native_region: optional(string()),
    hukou_type: optional(CompensationTypeSchema()),
    hukou_location: optional(string()),
    political_affiliations: optional(array(CompensationTypeSchema())),
    talent_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    national_id_number: optional(string()),
    family_address: optional(string()),
    born_country_region: optional(string()),
    is_disabled: optional(boolean()),
    disable_card_number: optional(string()),
    is_martyr_family: optional(boolean()),
    martyr_card_number: optional(string()),
    is_old_alone: optional(boolean()),
    resident_taxes: optional(array(ResidentTaxeSchema())),
    first_entry_time: optional(string()),
    leave_time: optional(string()),
    religion: optional(CompensationTypeSchema()),
    working_years_v2: optional(number()),
    legal_name_v2s: optional(array(DependentNameSchema())),
    national_id_v2s: optional(array(NationalIdSchema())),
    visas: optional(array(VisaSchema())),
    passports: optional(array(PassportSchema())),
    person_for_countries: optional(array(PersonForCountrieSchema())),
    preferred_name_v2: optional(DependentNameSchema()),
    mother_name: optional(string()),
    city_of_birth: optional(string()),
    region_of_birth: optional(string()),
    tax_info_mys: optional(TaxInfoMysSchema()),
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
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link JobChange}. */
export function JobChangeSchema(): GenericSchema<JobChange> {
  return looseObject({
    job_change_id: optional(string()),
    employment_id: optional(string()),
    transfer_info: optional(JobChangeTransferInfoSchema()),
    employment_name: optional(EmploymentNameSchema()),
    exception_status: optional(string()),
    no_permission_fields: optional(array(string())),
    approval_nodes: optional(array(ApprovalNodeSchema())),
  })
}

/** Builds the schema of {@link JobChangeSearchItem}. */
export function JobChangeSearchItemSchema(): GenericSchema<JobChangeSearchItem> {
  return looseObject({
    job_change_id: optional(string()),
    employment_id: optional(string()),
    status: optional(picklist(['Approving', 'Approved', 'Rejected', 'NoNeedApproval', 'Transformed', 'Cancelled'])),
    transfer_type_unique_identifier: optional(string()),
    transfer_reason_unique_identifier: optional(string()),
    process_id: optional(string()),
    effective_date: optional(string()),
    created_time: optional(string()),
    updated_time: optional(string()),
    transfer_info: optional(TransferInfoSchema()),
    is_adjust_salary: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    details_of_job_status_change: optional(array(string())),
    employment_name: optional(EmploymentNameSchema()),
    exception_status: optional(string()),
    no_permission_fields: optional(array(string())),
    approval_nodes: optional(array(ApprovalNodeSchema())),
  })
}

/** Builds the schema of {@link JobChangeTransferInfo}. */
export function JobChangeTransferInfoSchema(): GenericSchema<JobChangeTransferInfo> {
  return looseObject({
    original_department: optional(string()),
    target_department: optional(string()),
    target_draft_department: optional(string()),
    original_department_id_path: optional(array(OriginalDepartmentIdPathSchema())),
    target_department_id_path: optional(array(OriginalDepartmentIdPathSchema())),
    original_direct_manager: optional(string()),
    target_direct_manager: optional(string()),
    original_job: optional(string()),
    target_job: optional(string()),
    original_job_family: optional(string()),
    target_job_family: optional(string()),
    original_job_level: optional(string()),
    target_job_level: optional(string()),
    original_cost_center_rate: optional(array(CostCenterRateSchema())),
    target_cost_center_rate: optional(array(CostCenterRateSchema())),
    target_allocation_expiration_time: optional(string()),
    original_allocation_expiration_time: optional(string()),
    target_allocation_effective_time: optional(string()),
    original_allocation_effective_time: optional(string()),
    original_default_cost_center: optional(string()),
    target_default_cost_center: optional(string()),
    original_is_default_cost_center_inherited: optional(boolean()),
    target_is_default_cost_center_inherited: optional(boolean()),
    original_job_grade: optional(string()),
    target_job_grade: optional(string()),
    original_position: optional(string()),
    target_position: optional(string()),
    target_draft_position: optional(string()),
    original_department_name: optional(EmploymentNameSchema()),
    target_department_name: optional(EmploymentNameSchema()),
    original_work_location_name: optional(EmploymentNameSchema()),
    target_work_location_name: optional(EmploymentNameSchema()),
    original_direct_manager_name: optional(EmploymentNameSchema()),
    target_direct_manager_name: optional(EmploymentNameSchema()),
    original_job_name: optional(EmploymentNameSchema()),
    target_job_name: optional(EmploymentNameSchema()),
    original_job_family_name: optional(EmploymentNameSchema()),
    target_job_family_name: optional(EmploymentNameSchema()),
    original_job_level_name: optional(EmploymentNameSchema()),
    target_job_level_name: optional(EmploymentNameSchema()),
    original_workforce_type_name: optional(EmploymentNameSchema()),
    target_workforce_type_name: optional(EmploymentNameSchema()),
    original_company_name: optional(EmploymentNameSchema()),
    target_company_name: optional(EmploymentNameSchema()),
    original_contract_type_name: optional(EmploymentNameSchema()),
    target_contract_type_name: optional(EmploymentNameSchema()),
    original_duration_type_name: optional(EmploymentNameSchema()),
    target_duration_type_name: optional(EmploymentNameSchema()),
    original_signing_type_name: optional(EmploymentNameSchema()),
    target_signing_type_name: optional(EmploymentNameSchema()),
    original_working_hours_type_name: optional(EmploymentNameSchema()),
    target_working_hours_type_name: optional(EmploymentNameSchema()),
    original_working_calendar_name: optional(EmploymentNameSchema()),
    target_working_calendar_name: optional(EmploymentNameSchema()),
    original_work_shift_name: optional(EmploymentNameSchema()),
    target_work_shift_name: optional(EmploymentNameSchema()),
    original_job_grade_name: optional(EmploymentNameSchema()),
    target_job_grade_name: optional(EmploymentNameSchema()),
    original_compensation_type_name: optional(EmploymentNameSchema()),
    target_compensation_type_name: optional(EmploymentNameSchema()),
    original_service_company_name: optional(EmploymentNameSchema()),
    target_service_company_name: optional(EmploymentNameSchema()),
    original_position_name: optional(EmploymentNameSchema()),
    target_position_name: optional(EmploymentNameSchema()),
    original_employee_subtype_name: optional(EmploymentNameSchema()),
    target_employee_subtype_name: optional(EmploymentNameSchema()),
    original_pathway_name: optional(EmploymentNameSchema()),
    target_pathway_name: optional(EmploymentNameSchema()),
    original_default_cost_center_name: optional(EmploymentNameSchema()),
    target_default_cost_center_name: optional(EmploymentNameSchema()),
    original_dotted_manager_name: optional(EmploymentNameSchema()),
    target_dotted_manager_name: optional(EmploymentNameSchema()),
    initiator_name: optional(EmploymentNameSchema()),
    exception_handler_name: optional(EmploymentNameSchema()),
    original_social_security_city_name: optional(EmploymentNameSchema()),
    target_social_security_city_name: optional(EmploymentNameSchema()),
    wk_created_at: optional(string()),
    transform_source: optional(NodeNameSchema()),
    details_of_job_status_change: optional(array(NodeNameSchema())),
  })
}

/** Builds the schema of {@link JobData}. */
export function JobDataSchema(): GenericSchema<JobData> {
  return looseObject({
    job_data_id: optional(string()),
    version_id: optional(string()),
    employee_type_id: string(),
    working_hours_type_id: optional(string()),
    work_location_id: optional(string()),
    department_id: optional(string()),
    position_id: optional(string()),
    job_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    job_family_id: optional(string()),
    probation_start_date: optional(string()),
    probation_end_date: optional(string()),
    primary_job_data: boolean(),
    employment_id: string(),
    effective_time: string(),
    expiration_time: optional(string()),
    assignment_start_reason: optional(CompensationTypeSchema()),
    probation_expected_end_date: optional(string()),
    probation_outcome: optional(CompensationTypeSchema()),
    direct_manager: optional(DirectManagerSchema()),
    dotted_line_managers: optional(array(DirectManagerSchema())),
    second_direct_manager: optional(DirectManagerSchema()),
    cost_center_rates: optional(array(CostCenterRateSchema())),
    work_shift: optional(CompensationTypeSchema()),
    compensation_type: optional(CompensationTypeSchema()),
    service_company: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    created_at: optional(string()),
    weekly_working_hours_v2: optional(number()),
    weekly_working_hours: optional(number()),
    employee_subtype_id: optional(string()),
    job_data_reason: optional(CompensationTypeSchema()),
    pathway_id: optional(string()),
    work_calendar_id: optional(string()),
  })
}

/** Builds the schema of {@link LegalName}. */
export function LegalNameSchema(): GenericSchema<LegalName> {
  return looseObject({
    full_name: optional(string()),
    first_name: optional(string()),
    middle_name: optional(string()),
    name_primary: optional(string()),
    local_first_name: optional(string()),
    local_middle_name: optional(string()),
    local_primary: optional(string()),
    custom_local_name: optional(string()),
    custom_western_name: optional(string()),
    country_region: string(),
    name_type: string(),
    additional_name: optional(string()),
    wk_id: optional(string()),
    hereditary: optional(string()),
    secondary: optional(string()),
    social: optional(string()),
    tertiary: optional(string()),
    title: optional(string()),
    local_secondary: optional(string()),
    local_first_name_2: optional(string()),
    local_primary_2: optional(string()),
  })
}

/** Builds the schema of {@link LegalNameV2}. */
export function LegalNameV2Schema(): GenericSchema<LegalNameV2> {
  return looseObject({
    additional_name_type: optional(string()),
    country_region: optional(string()),
    full_name: optional(string()),
    hereditary: optional(string()),
    middle_name: optional(string()),
    secondary: optional(string()),
    social: optional(string()),
    tertiary: optional(string()),
    local_first_name_2: optional(string()),
    local_middle_name: optional(string()),
    local_primary: optional(string()),
    local_primary_2: optional(string()),
    local_secondary: optional(string()),
    title: optional(string()),
    local_first_name: optional(string()),
    custom_local_name: optional(string()),
    custom_western_name: optional(string()),
    name_type: optional(string()),
    first_name: optional(string()),
    name_primary: optional(string()),
  })
}

/** Builds the schema of {@link Links}. */
export function LinksSchema(): GenericSchema<Links> {
  return looseObject({ web_link: optional(string()), pc_link: optional(string()), mobile_link: optional(string()) })
}

/** Builds the schema of {@link ListByBizIdSignatureFile}. */
export function ListByBizIdSignatureFileSchema(): GenericSchema<ListByBizIdSignatureFile> {
  return looseObject({
    signature_file_id: string(),
    names: optional(array(NameSchema())),
    create_time: optional(string()),
    update_time: optional(string()),
    employment_id: optional(string()),
    pre_hire_id: optional(string()),
    signature_file_state: optional(CompensationTypeSchema()),
    contract_code: optional(string()),
    effective_date: optional(string()),
    template_id: optional(string()),
    sign_url: optional(string()),
  })
}

/** Builds the schema of {@link LocationBatchGetItem}. */
export function LocationBatchGetItemSchema(): GenericSchema<LocationBatchGetItem> {
  return looseObject({
    location_id: optional(string()),
    hiberarchy_common: HiberarchyCommonSchema(),
    location_usage_list: optional(array(CompensationTypeSchema())),
    address: optional(array(BatchGetItemAddressSchema())),
    working_hours_type_id: optional(string()),
    effective_time: string(),
    expiration_time: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    locale: optional(CompensationTypeSchema()),
    time_zone_id: optional(string()),
    display_language_id: optional(string()),
  })
}

/** Builds the schema of {@link LocationQueryMultiTimelineItem}. */
export function LocationQueryMultiTimelineItemSchema(): GenericSchema<LocationQueryMultiTimelineItem> {
  return looseObject({
    location_version_data: optional(array(looseObject({
      location_id: optional(string()),
      location_version_id: optional(string()),
      location_names: optional(array(NameSchema())),
      parent_location_id: optional(string()),
      effective_date: optional(string()),
      expiration_date: optional(string()),
      active: optional(boolean()),
      descriptions: optional(array(NameSchema())),
      code: optional(string()),
      location_usages: optional(array(CompensationTypeSchema())),
      locale: optional(CompensationTypeSchema()),
      time_zone_id: optional(string()),
      display_language_id: optional(string()),
      working_hours_type_id: optional(string()),
    }))),
    address: optional(array(looseObject({
      full_address_local_script: optional(string()),
      full_address_western_script: optional(string()),
      address_id: optional(string()),
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
      address_type_list: array(CompensationTypeSchema()),
      is_primary: boolean(),
      is_public: boolean(),
      city_subdivision_1: optional(string()),
      city_subdivision_2: optional(string()),
      region_subdivision_1: optional(string()),
      region_subdivision_2: optional(string()),
      city_text: optional(string()),
      local_city_text: optional(string()),
    }))),
  })
}

/** Builds the schema of {@link MatchRule}. */
export function MatchRuleSchema(): GenericSchema<MatchRule> {
  return looseObject({
    left_value: picklist([
      'department',
      'department_hierarchy',
      'work_location',
      'work_location_hierarchy',
      'cost_center',
      'cost_center_hierarchy',
      'job',
      'job_level',
      'job_family',
      'job_family_hierarchy',
      'employee_type',
    ]),
    operator: picklist(['contains', 'notContains']),
    right_values: optional(array(string())),
    ref_key: optional(picklist(['specified', 'reference'])),
  })
}

/** Builds the schema of {@link MultiPeriodValue}. */
export function MultiPeriodValueSchema(): GenericSchema<MultiPeriodValue> {
  return looseObject({
    period_date: optional(string()),
    workforce_plan: optional(string()),
    individuals_to_be_added: optional(string()),
    individuals_to_be_removed: optional(string()),
  })
}

/** Builds the schema of {@link Name}. */
export function NameSchema(): GenericSchema<Name> {
  return looseObject({ lang: string(), value: string() })
}

/** Builds the schema of {@link National}. */
export function NationalSchema(): GenericSchema<National> {
  return looseObject({
    country_region: optional(string()),
    national_id_type: optional(string()),
    national_id_number: optional(string()),
    issued_date: optional(string()),
    issued_by: optional(string()),
    expiration_date: optional(string()),
    custom_fields: optional(array(BasicInfoCustomFieldSchema())),
    series: optional(string()),
    effective_for_a_long_time: optional(boolean()),
  })
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
    wk_id: optional(string()),
    series: optional(string()),
    effective_for_a_long_time: optional(boolean()),
  })
}

/** Builds the schema of {@link NodeName}. */
export function NodeNameSchema(): GenericSchema<NodeName> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()) })
}

/** Builds the schema of {@link NoticePeriodChangeRecord}. */
export function NoticePeriodChangeRecordSchema(): GenericSchema<NoticePeriodChangeRecord> {
  return looseObject({
    probation_voluntary: optional(PositiveInvoluntarySchema()),
    probation_involuntary: optional(PositiveInvoluntarySchema()),
    positive_voluntary: optional(PositiveInvoluntarySchema()),
    positive_involuntary: optional(PositiveInvoluntarySchema()),
  })
}

/** Builds the schema of {@link NoticePeriodPositiveInvoluntary}. */
export function NoticePeriodPositiveInvoluntarySchema(): GenericSchema<NoticePeriodPositiveInvoluntary> {
  return looseObject({ wk_id: optional(string()), value: optional(number()), value_unit: optional(string()) })
}

/** Builds the schema of {@link ObjectValue}. */
export function ObjectValueSchema(): GenericSchema<ObjectValue> {
  return looseObject({ wk_id: optional(string()), wk_api_name: optional(string()) })
}

/** Builds the schema of {@link OfferInfo}. */
export function OfferInfoSchema(): GenericSchema<OfferInfo> {
  return looseObject({
    offer_id: optional(string()),
    offer: optional(string()),
    offer_hr_id: optional(string()),
    department_id: optional(string()),
    direct_leader_id: optional(string()),
    dotted_line_manager_id: optional(string()),
    job_id: optional(string()),
    job_family_id: optional(string()),
    job_level_id: optional(string()),
    job_title: optional(string()),
    probation_start_date: optional(string()),
    probation_end_date: optional(string()),
    contract_start_date: optional(string()),
    contract_end_date: optional(string()),
    duration_period: optional(number()),
    duration_unit: optional(string()),
    onboarding_date: optional(string()),
    onboarding_location_id: optional(string()),
    office_location_id: optional(string()),
    recruitment_type_id: optional(string()),
    probation_period: optional(string()),
    employee_type_id: optional(string()),
    employee_subtype_id: optional(string()),
    employment_type_id: optional(string()),
    work_email: optional(string()),
    duration_type_id: optional(string()),
    signing_type_id: optional(string()),
    entry_mode: optional(string()),
    social_security_city_id: optional(string()),
    contract_type: optional(string()),
    company: optional(string()),
    cost_center_rate: optional(array(CostCenterRateSchema())),
    job_grade_id: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    service_company: optional(string()),
    work_shift: optional(string()),
    compensation_type: optional(string()),
    work_location_id: optional(string()),
    onboarding_address_id: optional(string()),
    office_address_id: optional(string()),
    position_id: optional(string()),
    working_calendar_id: optional(string()),
    working_hours_type: optional(string()),
    pay_group_id: optional(string()),
    flow_id: optional(string()),
    check_in_time: optional(string()),
    check_in_method: optional(string()),
    seniority_date: optional(string()),
    seniority_adjust_information_list: optional(array(SeniorityAdjustInformationSchema())),
    notice_period_probation_voluntary: optional(NoticePeriodPositiveInvoluntarySchema()),
    notice_period_probation_involuntary: optional(NoticePeriodPositiveInvoluntarySchema()),
    notice_period_positive_voluntary: optional(NoticePeriodPositiveInvoluntarySchema()),
    notice_period_positive_involuntary: optional(NoticePeriodPositiveInvoluntarySchema()),
    condition_worker: optional(boolean()),
    non_compete_covenant: optional(boolean()),
    company_sponsored_visa: optional(boolean()),
    has_offer_salary: optional(boolean()),
    work_station: optional(string()),
    pathway: optional(string()),
    default_cost_center: optional(DefaultCostCenterSchema()),
    cost_allocation: optional(CostAllocationSchema()),
    talent_id: optional(string()),
    reuse_feishu_account: optional(string()),
    reused_feishu_account_id: optional(string()),
  })
}

/** Builds the schema of {@link OfferInfoUpdate}. */
export function OfferInfoUpdateSchema(): GenericSchema<OfferInfoUpdate> {
  return looseObject({
    onboarding_date: optional(string()),
    ats_application_id: optional(string()),
    onboarding_location_id: optional(string()),
    onboarding_address_id: optional(string()),
    office_location_id: optional(string()),
    office_address_id: optional(string()),
    employment_type: optional(string()),
    onboarding_method: optional(string()),
    work_emails: optional(array(BasicInfoUpdateEmailSchema())),
    cost_center_rates: optional(array(CostCenterRateSchema())),
    custom_fields: optional(array(ItemCustomFieldSchema())),
    position_id: optional(string()),
    probation_period: optional(number()),
    probation_start_date: optional(string()),
    probation_end_date: optional(string()),
    contract_start_date: optional(string()),
    contract_end_date: optional(string()),
    contract_type: optional(string()),
    duration_type_id: optional(string()),
    signing_type_id: optional(string()),
    worker_id: optional(string()),
    check_in_time: optional(string()),
    check_in_method: optional(string()),
    company: optional(string()),
    work_shift: optional(string()),
    recruitment_type_id: optional(string()),
    compensation_type: optional(string()),
    pay_group_id: optional(string()),
    offer_hr_id: optional(string()),
    job_id: optional(string()),
    job_family_id: optional(string()),
    job_level_id: optional(string()),
    job_grade_id: optional(string()),
    employee_type_id: optional(string()),
    employee_subtype_id: optional(string()),
    direct_leader_id: optional(string()),
    dotted_line_manager_id: optional(string()),
    department_id: optional(string()),
    social_security_city: optional(string()),
    work_location_id: optional(string()),
    working_calendar: optional(string()),
    working_hours_type: optional(string()),
    seniority_date: optional(string()),
    seniority_adjust_information_list: optional(array(SeniorityAdjustInformationSchema())),
    notice_period_probation_voluntary: optional(NoticePeriodPositiveInvoluntarySchema()),
    notice_period_probation_involuntary: optional(NoticePeriodPositiveInvoluntarySchema()),
    notice_period_positive_voluntary: optional(NoticePeriodPositiveInvoluntarySchema()),
    notice_period_positive_involuntary: optional(NoticePeriodPositiveInvoluntarySchema()),
    condition_worker: optional(boolean()),
    company_sponsored_visa: optional(boolean()),
    weekly_working_hours_v2: optional(number()),
    work_station: optional(string()),
    has_offer_salary: optional(boolean()),
    service_company: optional(string()),
    non_compete_covenant: optional(boolean()),
    pathway: optional(string()),
    default_cost_center: optional(DefaultCostCenterSchema()),
    cost_allocation: optional(CostAllocationSchema()),
    reuse_feishu_account: optional(string()),
    reused_feishu_account_id: optional(string()),
  })
}

/** Builds the schema of {@link OfficeAddressInfo}. */
export function OfficeAddressInfoSchema(): GenericSchema<OfficeAddressInfo> {
  return looseObject({
    full_address_local_script: optional(string()),
    full_address_western_script: optional(string()),
    address_id: optional(string()),
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
    address_type_list: array(CompensationTypeSchema()),
    is_primary: boolean(),
    is_public: boolean(),
    city_subdivision_1: optional(string()),
    city_subdivision_2: optional(string()),
    region_subdivision_1: optional(string()),
    region_subdivision_2: optional(string()),
    city_text: optional(string()),
    local_city_text: optional(string()),
  })
}

/** Builds the schema of {@link OnboardingInfo}. */
export function OnboardingInfoSchema(): GenericSchema<OnboardingInfo> {
  return looseObject({
    offer_id: optional(string()),
    offer_hr_id: optional(string()),
    offer_hr_id_v2: optional(string()),
    entry_mode: optional(string()),
    onboarding_date: optional(string()),
    ats_application_id: optional(string()),
    recruitment_type: optional(string()),
    onboarding_location_id: optional(string()),
    company_sponsored_visa: optional(boolean()),
    onboarding_status: optional(picklist(['deleted', 'completed', 'preboarding', 'day_one', 'withdrawn'])),
    onboarding_task_list: optional(array(looseObject({
      task_name: optional(string()),
      task_status: optional(picklist([
        'failed',
        'rejected',
        'completed',
        'not_started',
        'terminated',
        'initiating',
        'exception',
        'in_progress',
        'skipped',
        'uninitialized',
        'in_review',
      ])),
      operator_id: optional(string()),
      task_code: optional(string()),
      current_operators: optional(array(string())),
    }))),
    onboarding_address: optional(AddressSchema()),
    flow_name: optional(array(NameSchema())),
    flow_id: optional(string()),
    check_in_time: optional(string()),
    check_in_method: optional(CompensationTypeSchema()),
    withdrawn_reason: optional(string()),
  })
}

/** Builds the schema of {@link OrgRole}. */
export function OrgRoleSchema(): GenericSchema<OrgRole> {
  return looseObject({
    api_name: string(),
    security_group_id: optional(string()),
    employment_ids: optional(array(string())),
  })
}

/** Builds the schema of {@link OriginOrgrole}. */
export function OriginOrgroleSchema(): GenericSchema<OriginOrgrole> {
  return looseObject({
    grantee_id: string(),
    management_scopes: optional(array(looseObject({
      org_id: string(),
      org_type: picklist([
        'department',
        'location',
        'custom_org_01',
        'custom_org_02',
        'custom_org_03',
        'custom_org_04',
        'custom_org_05',
        'custom_org_06',
        'custom_org_07',
        'custom_org_08',
        'custom_org_09',
        'custom_org_10',
      ]),
      org_name: optional(string()),
    }))),
  })
}

/** Builds the schema of {@link OriginalCostCenter}. */
export function OriginalCostCenterSchema(): GenericSchema<OriginalCostCenter> {
  return looseObject({
    cost_center_id: optional(string()),
    cost_center_version_id: optional(string()),
    name: array(NameSchema()),
    code: optional(string()),
    parent_cost_center_id: optional(string()),
    managers: optional(array(string())),
    description: optional(array(NameSchema())),
    effective_time: string(),
    expiration_time: optional(string()),
    active: optional(boolean()),
    operation_reason: optional(string()),
    is_prefer_manual_encoding: optional(boolean()),
  })
}

/** Builds the schema of {@link OriginalDepartmentIdPath}. */
export function OriginalDepartmentIdPathSchema(): GenericSchema<OriginalDepartmentIdPath> {
  return looseObject({ department_id: optional(string()), draft_department_id: optional(string()) })
}

/** Builds the schema of {@link OriginalEmploymentChange}. */
export function OriginalEmploymentChangeSchema(): GenericSchema<OriginalEmploymentChange> {
  return looseObject({
    regular_employee_start_date: optional(string()),
    seniority_date: optional(string()),
    employee_number: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    notice_period_change_record: optional(NoticePeriodChangeRecordSchema()),
  })
}

/** Builds the schema of {@link Passport}. */
export function PassportSchema(): GenericSchema<Passport> {
  return looseObject({
    wk_id: optional(string()),
    country_region_id: string(),
    national_id_type_id: string(),
    passport_number: string(),
    issued_date: optional(string()),
    expiration_date: optional(string()),
    issued_by: optional(string()),
  })
}

/** Builds the schema of {@link PatchPerson}. */
export function PatchPersonSchema(): GenericSchema<PatchPerson> {
  return looseObject({
    person_id: optional(string()),
    phone_number: optional(string()),
    legal_name: optional(string()),
    preferred_name: optional(string()),
    additional_name: optional(string()),
    preferred_local_full_name: optional(string()),
    preferred_english_full_name: optional(string()),
    name_list: optional(array(DependentNameSchema())),
    gender: optional(CompensationTypeSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    nationality_id_v2: optional(string()),
    citizenship_status: optional(array(CitizenshipStatusSchema())),
    race: optional(CompensationTypeSchema()),
    marital_status: optional(CompensationTypeSchema()),
    phone_list: optional(array(PhoneSchema())),
    address_list: optional(array(AddressSchema())),
    email_list: optional(array(EmailSchema())),
    work_experience_list: optional(array(WorkExperienceSchema())),
    education_list: optional(array(EducationSchema())),
    bank_account_list: optional(array(PersonBankAccountSchema())),
    national_id_list: optional(array(NationalIdSchema())),
    dependent_list: optional(array(DependentSchema())),
    emergency_contact_list: optional(array(EmergencyContactSchema())),
    date_entered_workforce: optional(string()),
    working_years: optional(number()),
    profile_image_id: optional(string()),
    email_address: optional(string()),
    age: optional(number()),
    highest_level_of_education: optional(EducationSchema()),
    highest_degree_of_education: optional(EducationSchema()),
    personal_profile: optional(array(PersonalProfileSchema())),
    native_region: optional(string()),
    hukou_type: optional(CompensationTypeSchema()),
    hukou_location: optional(string()),
    talent_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    national_id_number: optional(string()),
    family_address: optional(string()),
    born_country_region: optional(string()),
    is_disabled: optional(boolean()),
    disable_card_number: optional(string()),
    is_martyr_family: optional(boolean()),
    martyr_card_number: optional(string()),
    is_old_alone: optional(boolean()),
    resident_taxes: optional(array(ResidentTaxeSchema())),
    first_entry_time: optional(string()),
    leave_time: optional(string()),
    legal_name_v2s: optional(array(DependentNameSchema())),
    national_id_v2s: optional(array(NationalIdSchema())),
    visas: optional(array(VisaSchema())),
    passports: optional(array(PassportSchema())),
    person_for_countries: optional(array(PersonForCountrieSchema())),
    preferred_name_v2: optional(DependentNameSchema()),
    mother_name: optional(string()),
    city_of_birth: optional(string()),
    region_of_birth: optional(string()),
    tax_info_mys: optional(TaxInfoMysSchema()),
  })
}

/** Builds the schema of {@link Person}. */
export function PersonSchema(): GenericSchema<Person> {
  return looseObject({
    person_id: optional(string()),
    phone_number: optional(string()),
    legal_name: optional(string()),
    preferred_name: optional(string()),
    additional_name: optional(string()),
    preferred_local_full_name: optional(string()),
    preferred_english_full_name: optional(string()),
    name_list: optional(array(DependentNameSchema())),
    gender: optional(CompensationTypeSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    nationality_id_v2: optional(string()),
    citizenship_status: optional(array(CitizenshipStatusSchema())),
    race: optional(CompensationTypeSchema()),
    marital_status: optional(CompensationTypeSchema()),
    phone_list: optional(array(PhoneSchema())),
    address_list: optional(array(AddressSchema())),
    email_list: optional(array(EmailSchema())),
    work_experience_list: optional(array(WorkExperienceSchema())),
    education_list: optional(array(EducationSchema())),
    bank_account_list: optional(array(PersonBankAccountSchema())),
    national_id_list: optional(array(NationalIdSchema())),
    dependent_list: optional(array(DependentSchema())),
    emergency_contact_list: optional(array(EmergencyContactSchema())),
    date_entered_workforce: optional(string()),
    working_years: optional(number()),
    profile_image_id: optional(string()),
    email_address: optional(string()),
    age: optional(number()),
    highest_level_of_education: optional(EducationSchema()),
    highest_degree_of_education: optional(EducationSchema()),
    personal_profile: optional(array(PersonalProfileSchema())),
    native_region: optional(string()),
    hukou_type: optional(CompensationTypeSchema()),
    hukou_location: optional(string()),
    talent_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    national_id_number: optional(string()),
    family_address: optional(string()),
    born_country_region: optional(string()),
    is_disabled: optional(boolean()),
    disable_card_number: optional(string()),
    is_martyr_family: optional(boolean()),
    martyr_card_number: optional(string()),
    is_old_alone: optional(boolean()),
    resident_taxes: optional(array(ResidentTaxeSchema())),
    first_entry_time: optional(string()),
    leave_time: optional(string()),
    passport_number: optional(string()),
    legal_name_v2s: optional(array(DependentNameSchema())),
    national_id_v2s: optional(array(NationalIdSchema())),
    visas: optional(array(VisaSchema())),
    passports: optional(array(PassportSchema())),
    person_for_countries: optional(array(PersonForCountrieSchema())),
    preferred_name_v2: optional(DependentNameSchema()),
    mother_name: optional(string()),
    city_of_birth: optional(string()),
    region_of_birth: optional(string()),
    tax_info_mys: optional(TaxInfoMysSchema()),
  })
}

/** Builds the schema of {@link PersonBankAccount}. */
export function PersonBankAccountSchema(): GenericSchema<PersonBankAccount> {
  return looseObject({
    bank_name: optional(string()),
    bank_account_number: string(),
    account_holder: string(),
    bank: optional(CompensationTypeSchema()),
    bank_identification_code: optional(string()),
    branch_name: optional(string()),
    bank_id: optional(string()),
    branch_id: optional(string()),
    bank_id_v2: optional(string()),
    branch_id_v2: optional(string()),
    country_region_id: optional(string()),
    bank_account_usage: optional(array(CompensationTypeSchema())),
    bank_account_type: optional(CompensationTypeSchema()),
    payment_type: optional(CompensationTypeSchema()),
    payment_rate: optional(string()),
    payment_amount: optional(string()),
    priority: optional(number()),
    currency_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
  })
}

/** Builds the schema of {@link PersonForCountrie}. */
export function PersonForCountrieSchema(): GenericSchema<PersonForCountrie> {
  return looseObject({
    wk_id: optional(string()),
    country_region_id: string(),
    gender: optional(CompensationTypeSchema()),
    religion: optional(CompensationTypeSchema()),
    marital_status: optional(CompensationTypeSchema()),
    ethnicity_race: optional(CompensationTypeSchema()),
    marital_status_date: optional(string()),
  })
}

/** Builds the schema of {@link PersonInfo}. */
export function PersonInfoSchema(): GenericSchema<PersonInfo> {
  return looseObject({
    person_id: optional(string()),
    phone_number: optional(string()),
    legal_name: optional(string()),
    preferred_name: optional(string()),
    additional_name: optional(string()),
    preferred_local_full_name: optional(string()),
    preferred_english_full_name: optional(string()),
    name_list: optional(array(DependentNameSchema())),
    gender: optional(CompensationTypeSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    nationality_id_v2: optional(string()),
    additional_nationalities: optional(array(AdditionalNationalitieSchema())),
    citizenship_status: optional(array(CitizenshipStatusSchema())),
    race: optional(CompensationTypeSchema()),
    marital_status: optional(CompensationTypeSchema()),
    phone_list: optional(array(PhoneSchema())),
    address_list: optional(array(AddressSchema())),
    email_list: optional(array(EmailSchema())),
    work_experience_list: optional(array(WorkExperienceSchema())),
    education_list: optional(array(EducationSchema())),
    bank_account_list: optional(array(looseObject({
      bank_name: optional(string()),
      bank_account_number: string(),
      account_holder: string(),
      bank: optional(CompensationTypeSchema()),
      bank_identification_code: optional(string()),
      branch_name: optional(string()),
      bank_id: optional(string()),
      branch_id: optional(string()),
      country_region_id: optional(string()),
      bank_account_usage: optional(array(CompensationTypeSchema())),
      bank_account_type: optional(CompensationTypeSchema()),
      payment_type: optional(CompensationTypeSchema()),
      payment_rate: optional(string()),
      payment_amount: optional(string()),
      priority: optional(number()),
      currency_id: optional(string()),
      custom_fields: optional(array(CustomFieldSchema())),
    }))),
    national_id_list: optional(array(NationalIdSchema())),
    dependent_list: optional(array(PersonInfoDependentSchema())),
    emergency_contact_list: optional(array(EmergencyContactSchema())),
    date_entered_workforce: optional(string()),
    working_years: optional(number()),
    profile_image_id: optional(string()),
    email_address: optional(string()),
    age: optional(number()),
    highest_level_of_education: optional(EducationSchema()),
    highest_degree_of_education: optional(EducationSchema()),
    personal_profile: optional(array(PersonalProfileSchema())),
    talent_id: optional(string()),
    custom_fields: optional(array(CustomFieldSchema())),
    national_id_number: optional(string()),
    family_address: optional(string()),
    person_info_chns: optional(array(looseObject({
      native_region: optional(string()),
      hukou_type: optional(CompensationTypeSchema()),
      hukou_location: optional(string()),
      political_affiliations: optional(array(CompensationTypeSchema())),
    }))),
    born_country_region: optional(string()),
    is_disabled: optional(boolean()),
    disable_card_number: optional(string()),
    is_martyr_family: optional(boolean()),
    martyr_card_number: optional(string()),
    is_old_alone: optional(boolean()),
    resident_taxes: optional(array(ResidentTaxeSchema())),
    religion: optional(CompensationTypeSchema()),
    working_years_v2: optional(number()),
    created_at: optional(string()),
    updated_at: optional(string()),
    created_by: optional(string()),
    updated_by: optional(string()),
    bank_account_number: optional(string()),
    passport_number: optional(string()),
    former_employer: optional(array(NameSchema())),
    legal_name_v2s: optional(array(DependentNameSchema())),
    national_id_v2s: optional(array(NationalIdSchema())),
    visas: optional(array(VisaSchema())),
    passports: optional(array(PassportSchema())),
    person_for_countries: optional(array(PersonForCountrieSchema())),
    preferred_name_v2: optional(DependentNameSchema()),
    mother_name: optional(string()),
    city_of_birth: optional(string()),
    region_of_birth: optional(string()),
    tax_info_mys: optional(TaxInfoMysSchema()),
  })
}

/** Builds the schema of {@link PersonInfoDependent}. */
export function PersonInfoDependentSchema(): GenericSchema<PersonInfoDependent> {
  return looseObject({
    id: optional(string()),
    name: optional(DependentNameSchema()),
    relationship: CompensationTypeSchema(),
    gender: optional(CompensationTypeSchema()),
    date_of_birth: optional(string()),
    nationality_id: optional(string()),
    national_id_list: optional(array(NationalIdSchema())),
    spouses_working_status: optional(CompensationTypeSchema()),
    is_this_person_covered_by_health_insurance: optional(boolean()),
    is_this_person_allowed_for_tax_deduction: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    dependent_name: optional(string()),
    employer: optional(string()),
    job: optional(string()),
    phone: optional(PhoneSchema()),
    address: optional(BatchGetItemAddressSchema()),
    birth_certificate_of_child: optional(array(BirthCertificateOfChildSchema())),
    reason: optional(CompensationTypeSchema()),
    modify_date: optional(string()),
    visas: optional(array(VisaSchema())),
    passports: optional(array(PassportSchema())),
    citizenship_statuses: optional(array(CitizenshipStatusSchema())),
    emails: optional(array(EmailSchema())),
  })
}

/** Builds the schema of {@link PersonalBasicInfo}. */
export function PersonalBasicInfoSchema(): GenericSchema<PersonalBasicInfo> {
  return looseObject({
    legal_name: optional(PersonalBasicInfoLegalNameSchema()),
    preferred_name: optional(PersonalBasicInfoLegalNameSchema()),
    additional_name: optional(string()),
    gender: optional(string()),
    nationality_v2: optional(string()),
    ethnicity_race: optional(string()),
    phone: optional(BasicInfoPhoneSchema()),
    email: optional(string()),
    date_of_birth: optional(string()),
    marital_status: optional(string()),
    is_disabled: optional(boolean()),
    disable_card_number: optional(string()),
    is_martyr_family: optional(boolean()),
    martyr_card_number: optional(string()),
    is_old_alone: optional(boolean()),
    born_country_region: optional(string()),
    political_affiliation: optional(string()),
    native_region: optional(string()),
    date_entered_workforce: optional(string()),
    first_entry_time: optional(string()),
    leave_time: optional(string()),
    custom_fields: optional(array(BasicInfoCustomFieldSchema())),
    additional_nationalities: optional(array(string())),
    legal_name_v2s: optional(array(LegalNameV2Schema())),
  })
}

/** Builds the schema of {@link PersonalBasicInfoLegalName}. */
export function PersonalBasicInfoLegalNameSchema(): GenericSchema<PersonalBasicInfoLegalName> {
  return looseObject({
    additional_name_type: optional(string()),
    country_region: optional(string()),
    full_name: optional(string()),
    hereditary: optional(string()),
    middle_name: optional(string()),
    secondary: optional(string()),
    social: optional(string()),
    tertiary: optional(string()),
    local_first_name_2: optional(string()),
    local_middle_name: optional(string()),
    local_primary: optional(string()),
    local_primary_2: optional(string()),
    local_secondary: optional(string()),
    title: optional(string()),
    local_first_name: optional(string()),
    custom_local_name: optional(string()),
    custom_western_name: optional(string()),
    first_name: optional(string()),
    name_primary: optional(string()),
  })
}

/** Builds the schema of {@link PersonalInfo}. */
export function PersonalInfoSchema(): GenericSchema<PersonalInfo> {
  return looseObject({
    personal_basic_info: optional(PersonalBasicInfoSchema()),
    emergency_contacts: optional(array(looseObject({
      legal_name: optional(string()),
      relationship: optional(string()),
      is_primary: optional(boolean()),
      phone: optional(BasicInfoPhoneSchema()),
      email: optional(string()),
      address: optional(DependentAddressSchema()),
      custom_fields: optional(array(BasicInfoCustomFieldSchema())),
    }))),
    bank_accounts: optional(array(looseObject({
      country_region: optional(string()),
      bank_name: optional(string()),
      branch_name: optional(string()),
      account_holder: optional(string()),
      bank_account_number: optional(string()),
      bank_account_usages: optional(array(string())),
      bank_account_type: optional(string()),
      bank_id: optional(string()),
      branch_id: optional(string()),
      payment_type: optional(picklist(['percent', 'amount', 'balance'])),
      payment_rate: optional(string()),
      payment_amount: optional(string()),
      priority: optional(string()),
    }))),
    nationals: optional(array(NationalSchema())),
    resident_taxes: optional(array(looseObject({
      year_resident_tax: optional(string()),
      tax_country_region: optional(string()),
      resident_status: optional(string()),
      custom_fields: optional(array(BasicInfoCustomFieldSchema())),
    }))),
    dependents: optional(array(PersonalInfoDependentSchema())),
    hukou: optional(looseObject({
      hukou_type: optional(string()),
      hukou_location: optional(string()),
      custom_fields: optional(array(BasicInfoCustomFieldSchema())),
    })),
    contact_addresses: optional(array(DependentAddressSchema())),
    custom_groups: optional(array(CustomGroupSchema())),
    citizenship_statuses: optional(array(CitizenshipStatuseSchema())),
    person_for_countries: optional(array(looseObject({
      country_region: string(),
      gender: optional(string()),
      religion: optional(string()),
      marital_status: optional(string()),
      ethnicity_race: optional(string()),
      marital_status_date: optional(string()),
    }))),
    visas: optional(array(DependentVisaSchema())),
    passports: optional(array(DependentPassportSchema())),
    national_v2s: optional(array(NationalSchema())),
  })
}

/** Builds the schema of {@link PersonalInfoDependent}. */
export function PersonalInfoDependentSchema(): GenericSchema<PersonalInfoDependent> {
  return looseObject({
    legal_name: optional(string()),
    date_of_birth: optional(string()),
    relationship_with_dependent: optional(string()),
    gender: optional(string()),
    phone: optional(BasicInfoPhoneSchema()),
    job: optional(string()),
    child_birth_certificates: optional(array(ChildBirthCertificateSchema())),
    employer: optional(string()),
    custom_fields: optional(array(BasicInfoCustomFieldSchema())),
    address: optional(DependentAddressSchema()),
    reason: optional(string()),
    modify_date: optional(string()),
    visas: optional(array(DependentVisaSchema())),
    passports: optional(array(DependentPassportSchema())),
    citizenship_statuses: optional(array(CitizenshipStatuseSchema())),
    national_ids: optional(array(NationalSchema())),
    nationality_v2: optional(string()),
    spouses_working_status: optional(string()),
    is_this_person_covered_by_health_insurance: optional(boolean()),
    is_this_person_allowed_for_tax_deduction: optional(boolean()),
    name: optional(LegalNameV2Schema()),
  })
}

/** Builds the schema of {@link PersonalProfile}. */
export function PersonalProfileSchema(): GenericSchema<PersonalProfile> {
  return looseObject({
    personal_profile_id: optional(string()),
    personal_profile_type: optional(CompensationTypeSchema()),
    files: optional(array(BirthCertificateOfChildSchema())),
  })
}

/** Builds the schema of {@link Phone}. */
export function PhoneSchema(): GenericSchema<Phone> {
  return looseObject({
    international_area_code: optional(CompensationTypeSchema()),
    phone_number: string(),
    formatted_phone_number: optional(string()),
    device_type: optional(CompensationTypeSchema()),
    phone_usage: optional(CompensationTypeSchema()),
    is_primary: optional(boolean()),
    is_public: optional(boolean()),
  })
}

/** Builds the schema of {@link PositionAdjustmentInfo}. */
export function PositionAdjustmentInfoSchema(): GenericSchema<PositionAdjustmentInfo> {
  return looseObject({
    original_job_families: optional(array(string())),
    target_job_families: optional(array(string())),
    original_department: optional(string()),
    target_department: optional(string()),
    target_draft_department: optional(string()),
    original_cost_center: optional(string()),
    target_cost_center: optional(string()),
    original_working_hours_type: optional(string()),
    target_working_hours_type: optional(string()),
    original_job: optional(string()),
    target_job: optional(string()),
    original_is_key_position: optional(boolean()),
    target_is_key_position: optional(boolean()),
    original_employee_types: optional(array(string())),
    target_employee_types: optional(array(string())),
    original_names: optional(array(NameSchema())),
    target_names: optional(array(NameSchema())),
    original_job_grades: optional(array(string())),
    target_job_grades: optional(array(string())),
    original_code: optional(string()),
    target_code: optional(string()),
    original_job_levels: optional(array(string())),
    target_job_levels: optional(array(string())),
    original_active: optional(boolean()),
    target_active: optional(boolean()),
    original_direct_leader: optional(string()),
    target_direct_leader: optional(string()),
    target_draft_direct_leader: optional(string()),
    original_work_locations: optional(array(string())),
    target_work_locations: optional(array(string())),
    original_descriptions: optional(array(NameSchema())),
    target_descriptions: optional(array(NameSchema())),
    original_department_id_paths: optional(array(OriginalDepartmentIdPathSchema())),
    target_department_id_paths: optional(array(OriginalDepartmentIdPathSchema())),
    custom_fields: optional(array(PositionAdjustmentInfoCustomFieldSchema())),
  })
}

/** Builds the schema of {@link PositionAdjustmentInfoCustomField}. */
export function PositionAdjustmentInfoCustomFieldSchema(): GenericSchema<PositionAdjustmentInfoCustomField> {
  return looseObject({ origin_value: optional(CustomFieldSchema()), target_value: optional(CustomFieldSchema()) })
}

/** Builds the schema of {@link PositionChange}. */
export function PositionChangeSchema(): GenericSchema<PositionChange> {
  return looseObject({
    position_change_id: optional(string()),
    position_id: optional(string()),
    draft_position_id: optional(string()),
    position_change_type: optional(picklist(['Unknown', 'Create', 'Modify', 'Inactive'])),
    position_adjustment_info: optional(PositionAdjustmentInfoSchema()),
  })
}

/** Builds the schema of {@link PositiveInvoluntary}. */
export function PositiveInvoluntarySchema(): GenericSchema<PositiveInvoluntary> {
  return looseObject({ value: optional(number()), value_unit: optional(string()) })
}

/** Builds the schema of {@link PreHireSearchItem}. */
export function PreHireSearchItemSchema(): GenericSchema<PreHireSearchItem> {
  return looseObject({
    person_info: optional(PersonInfoSchema()),
    employment_info: optional(EmploymentInfoSchema()),
    onboarding_info: optional(ItemOnboardingInfoSchema()),
    probation_info: optional(ProbationInfoSchema()),
    contract_info: optional(ContractInfoSchema()),
    pre_hire_id: optional(string()),
    people_fields_json: optional(string()),
  })
}

/** Builds the schema of {@link ProbationInfo}. */
export function ProbationInfoSchema(): GenericSchema<ProbationInfo> {
  return looseObject({
    probation_start_date: optional(string()),
    probation_end_date: optional(string()),
    probation_period: optional(number()),
  })
}

/** Builds the schema of {@link QueryItem}. */
export function QueryItemSchema(): GenericSchema<QueryItem> {
  return looseObject({
    person_info: optional(PersonInfoSchema()),
    employment_info: optional(EmploymentInfoSchema()),
    onboarding_info: optional(OnboardingInfoSchema()),
    probation_info: optional(ProbationInfoSchema()),
    contract_info: optional(ContractInfoSchema()),
    pre_hire_id: optional(string()),
    people_fields_json: optional(string()),
  })
}

/** Builds the schema of {@link QueryMultiTimelineItem}. */
export function QueryMultiTimelineItemSchema(): GenericSchema<QueryMultiTimelineItem> {
  return looseObject({
    id: optional(string()),
    version_id: optional(string()),
    names: optional(array(NameSchema())),
    sub_type: optional(CompensationTypeSchema()),
    parent_department_id: optional(string()),
    manager: optional(string()),
    code: optional(string()),
    effective_date: optional(string()),
    active: optional(boolean()),
    descriptions: optional(array(NameSchema())),
    custom_fields: optional(array(CustomFieldSchema())),
    expiration_date: optional(string()),
    tree_order: optional(string()),
    list_order: optional(string()),
    is_root: boolean(),
    is_confidential: boolean(),
    staffing_model: optional(CompensationTypeSchema()),
    cost_center_id: optional(string()),
  })
}

/** Builds the schema of {@link RecordValue}. */
export function RecordValueSchema(): GenericSchema<RecordValue> {
  return looseObject({
    variable_api_name: optional(string()),
    sub_value_key: optional(string()),
    record_id: optional(string()),
  })
}

/** Builds the schema of {@link ReorganizationInfo}. */
export function ReorganizationInfoSchema(): GenericSchema<ReorganizationInfo> {
  return looseObject({
    original_department_names: optional(array(NameSchema())),
    target_department_names: optional(array(NameSchema())),
    original_department_code: optional(string()),
    target_department_code: optional(string()),
    original_sub_type: optional(CompensationTypeSchema()),
    target_sub_type: optional(CompensationTypeSchema()),
    original_department_manager: optional(string()),
    target_department_manager: optional(string()),
    original_descriptions: optional(array(NameSchema())),
    target_descriptions: optional(array(NameSchema())),
    original_cost_center: optional(OriginalCostCenterSchema()),
    target_cost_center: optional(OriginalCostCenterSchema()),
    original_is_confidential: optional(boolean()),
    target_is_confidential: optional(boolean()),
    original_staffing_model: optional(boolean()),
    target_staffing_model: optional(boolean()),
    original_staffing_mode_option: optional(CompensationTypeSchema()),
    target_staffing_mode_option: optional(CompensationTypeSchema()),
    original_parent_department_id: optional(string()),
    target_parent_department_id: optional(string()),
    draft_target_parent_department_id: optional(string()),
    original_department_id_path: optional(array(OriginalDepartmentIdPathSchema())),
    target_department_id_path: optional(array(OriginalDepartmentIdPathSchema())),
    custom_fields: optional(array(PositionAdjustmentInfoCustomFieldSchema())),
    orgrole_infos: optional(array(looseObject({
      role_id: string(),
      origin_orgroles: optional(array(OriginOrgroleSchema())),
      target_orgroles: optional(array(OriginOrgroleSchema())),
    }))),
  })
}

/** Builds the schema of {@link ResidentTax}. */
export function ResidentTaxSchema(): GenericSchema<ResidentTax> {
  return looseObject({
    tax_country_region: optional(string()),
    resident_status: optional(string()),
    tax_address: optional(BasicInfoAddressSchema()),
    resident_status_specification: optional(string()),
    year_resident_tax: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link ResidentTaxe}. */
export function ResidentTaxeSchema(): GenericSchema<ResidentTaxe> {
  return looseObject({
    year_resident_tax: string(),
    resident_status: optional(CompensationTypeSchema()),
    tax_country_region_id: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link SearchItem}. */
export function SearchItemSchema(): GenericSchema<SearchItem> {
  return looseObject({
    employment_id: optional(string()),
    probation_id: optional(string()),
    probation_start_date: optional(string()),
    probation_expected_end_date: optional(string()),
    actual_probation_end_date: optional(string()),
    initiating_time: optional(string()),
    submission_type: optional(CompensationTypeSchema()),
    initiator_id: optional(string()),
    probation_status: optional(CompensationTypeSchema()),
    self_review: optional(string()),
    notes: optional(string()),
    process_id: optional(string()),
    converted_via_bpm: optional(boolean()),
    custom_fields: optional(array(CustomFieldSchema())),
    final_assessment_status: optional(CompensationTypeSchema()),
    final_assessment_result: optional(CompensationTypeSchema()),
    final_assessment_score: optional(number()),
    final_assessment_grade: optional(CompensationTypeSchema()),
    final_assessment_comment: optional(string()),
    final_assessment_detail: optional(string()),
    assessments: optional(array(looseObject({
      assessment_id: optional(string()),
      assessment_status: optional(CompensationTypeSchema()),
      assessment_result: optional(CompensationTypeSchema()),
      assessment_score: optional(number()),
      assessment_grade: optional(CompensationTypeSchema()),
      assessment_comment: optional(string()),
      assessment_detail: optional(string()),
      is_final_asssessment: optional(boolean()),
    }))),
    probation_extend_expected_end_date: optional(string()),
    extended_probation_period_duration: optional(number()),
    extended_probation_period_unit: optional(CompensationTypeSchema()),
    probation_outcome: optional(CompensationTypeSchema()),
  })
}

/** Builds the schema of {@link SeniorityAdjustInformation}. */
export function SeniorityAdjustInformationSchema(): GenericSchema<SeniorityAdjustInformation> {
  return looseObject({
    seniority_adjustment: optional(number()),
    seniority_adjustment_type: picklist(['decrease', 'increase']),
    reasons_for_seniority_adjustment: optional(string()),
    start_date: optional(string()),
    end_date: optional(string()),
    custom_fields: optional(array(ItemCustomFieldSchema())),
  })
}

/** Builds the schema of {@link SignatoryLabel}. */
export function SignatoryLabelSchema(): GenericSchema<SignatoryLabel> {
  return looseObject({
    template_signatory_type: CompensationTypeSchema(),
    label: array(NameSchema()),
    apiname: optional(string()),
  })
}

/** Builds the schema of {@link SignatureTemplate}. */
export function SignatureTemplateSchema(): GenericSchema<SignatureTemplate> {
  return looseObject({
    id: optional(string()),
    brief_info: optional(BriefInfoSchema()),
    content_info: optional(ContentInfoSchema()),
  })
}

/** Builds the schema of {@link SystemSettingField}. */
export function SystemSettingFieldSchema(): GenericSchema<SystemSettingField> {
  return looseObject({
    field_type: CompensationTypeSchema(),
    label: optional(array(NameSchema())),
    common_info: optional(CommonInfoSchema()),
    combination_info: optional(looseObject({
      total_apiname: string(),
      apiname: string(),
      title: array(NameSchema()),
      contents: optional(array(array(looseObject({
        field_type: CompensationTypeSchema(),
        info: optional(CommonInfoSchema()),
        label: optional(array(NameSchema())),
      })))),
      source: CompensationTypeSchema(),
    })),
    children: optional(string()),
    combination_info_v2: optional(looseObject({
      total_apiname: string(),
      apiname: string(),
      source: optional(CompensationTypeSchema()),
    })),
  })
}

/** Builds the schema of {@link TaxInfoMys}. */
export function TaxInfoMysSchema(): GenericSchema<TaxInfoMys> {
  return looseObject({
    epf_ee_tp3: optional(string()),
    fresh_graduate: optional(boolean()),
    monthly_gross: optional(string()),
    mtd: optional(string()),
    previous_income_in_the_current_year: optional(boolean()),
    socso: optional(string()),
    tax_relief_1: optional(string()),
    tax_relief_2: optional(string()),
    tax_relief_3: optional(string()),
    tax_relief_4: optional(string()),
    tax_relief_5: optional(string()),
  })
}

/** Builds the schema of {@link TemplateRegionInfo}. */
export function TemplateRegionInfoSchema(): GenericSchema<TemplateRegionInfo> {
  return looseObject({
    is_global_scope: optional(string()),
    meta_infos: optional(array(looseObject({
      api_name: optional(string()),
      wk_id: optional(string()),
      label: optional(array(NameSchema())),
    }))),
    country_region_ids: optional(array(string())),
    country_region_subdivision_ids: optional(array(string())),
    subregion_l3_ids: optional(array(string())),
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
    target_allocation_expiration_time: optional(string()),
    original_allocation_expiration_time: optional(string()),
    target_allocation_effective_time: optional(string()),
    original_allocation_effective_time: optional(string()),
    original_default_cost_center: optional(string()),
    target_default_cost_center: optional(string()),
    original_is_default_cost_center_inherited: optional(boolean()),
    target_is_default_cost_center_inherited: optional(boolean()),
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
    original_social_security_city: optional(string()),
    target_social_security_city: optional(string()),
    original_pathway: optional(string()),
    target_pathway: optional(string()),
    is_transfer_with_workforce: optional(boolean()),
    original_department_name: optional(EmploymentNameSchema()),
    target_department_name: optional(EmploymentNameSchema()),
    original_work_location_name: optional(EmploymentNameSchema()),
    target_work_location_name: optional(EmploymentNameSchema()),
    original_direct_manager_name: optional(EmploymentNameSchema()),
    target_direct_manager_name: optional(EmploymentNameSchema()),
    original_job_name: optional(EmploymentNameSchema()),
    target_job_name: optional(EmploymentNameSchema()),
    original_job_family_name: optional(EmploymentNameSchema()),
    target_job_family_name: optional(EmploymentNameSchema()),
    original_job_level_name: optional(EmploymentNameSchema()),
    target_job_level_name: optional(EmploymentNameSchema()),
    original_workforce_type_name: optional(EmploymentNameSchema()),
    target_workforce_type_name: optional(EmploymentNameSchema()),
    original_company_name: optional(EmploymentNameSchema()),
    target_company_name: optional(EmploymentNameSchema()),
    original_contract_type_name: optional(EmploymentNameSchema()),
    target_contract_type_name: optional(EmploymentNameSchema()),
    original_duration_type_name: optional(EmploymentNameSchema()),
    target_duration_type_name: optional(EmploymentNameSchema()),
    original_signing_type_name: optional(EmploymentNameSchema()),
    target_signing_type_name: optional(EmploymentNameSchema()),
    original_working_hours_type_name: optional(EmploymentNameSchema()),
    target_working_hours_type_name: optional(EmploymentNameSchema()),
    original_working_calendar_name: optional(EmploymentNameSchema()),
    target_working_calendar_name: optional(EmploymentNameSchema()),
    original_work_shift_name: optional(EmploymentNameSchema()),
    target_work_shift_name: optional(EmploymentNameSchema()),
    original_job_grade_name: optional(EmploymentNameSchema()),
    target_job_grade_name: optional(EmploymentNameSchema()),
    original_compensation_type_name: optional(EmploymentNameSchema()),
    target_compensation_type_name: optional(EmploymentNameSchema()),
    original_service_company_name: optional(EmploymentNameSchema()),
    target_service_company_name: optional(EmploymentNameSchema()),
    original_position_name: optional(EmploymentNameSchema()),
    target_position_name: optional(EmploymentNameSchema()),
    original_employee_subtype_name: optional(EmploymentNameSchema()),
    target_employee_subtype_name: optional(EmploymentNameSchema()),
    original_pathway_name: optional(EmploymentNameSchema()),
    target_pathway_name: optional(EmploymentNameSchema()),
    original_default_cost_center_name: optional(EmploymentNameSchema()),
    target_default_cost_center_name: optional(EmploymentNameSchema()),
    original_dotted_manager_name: optional(EmploymentNameSchema()),
    target_dotted_manager_name: optional(EmploymentNameSchema()),
    initiator_name: optional(EmploymentNameSchema()),
    exception_handler_name: optional(EmploymentNameSchema()),
    original_social_security_city_name: optional(EmploymentNameSchema()),
    target_social_security_city_name: optional(EmploymentNameSchema()),
    wk_created_at: optional(string()),
    transform_source: optional(NodeNameSchema()),
    details_of_job_status_change: optional(array(NodeNameSchema())),
  })
}

/** Builds the schema of {@link TreeItem}. */
export function TreeItemSchema(): GenericSchema<TreeItem> {
  return looseObject({ id: optional(string()), level: optional(number()), children: optional(array(string())) })
}

/** Builds the schema of {@link Value}. */
export function ValueSchema(): GenericSchema<Value> {
  return looseObject({
    text_value: optional(string()),
    bool_value: optional(boolean()),
    number_value: optional(string()),
    enum_value: optional(string()),
    date_value: optional(string()),
    date_time_value: optional(string()),
    i18n_value: optional(NodeNameSchema()),
    object_value: optional(ObjectValueSchema()),
    user_value: optional(string()),
    department_value: optional(string()),
    record_values: optional(array(RecordValueSchema())),
    employment_value: optional(string()),
    list_values: optional(array(string())),
    file_value: optional(looseObject({
      open_file_id: optional(string()),
      file_name: optional(string()),
      length: optional(number()),
      mime_type: optional(string()),
    })),
  })
}

/** Builds the schema of {@link Version}. */
export function VersionSchema(): GenericSchema<Version> {
  return looseObject({
    cost_center_id: optional(string()),
    version_id: optional(string()),
    name: array(NameSchema()),
    code: optional(string()),
    parent_cost_center_id: optional(string()),
    managers: optional(array(string())),
    description: optional(array(NameSchema())),
    effective_time: string(),
    expiration_time: optional(string()),
    active: optional(boolean()),
  })
}

/** Builds the schema of {@link Visa}. */
export function VisaSchema(): GenericSchema<Visa> {
  return looseObject({
    wk_id: optional(string()),
    country_region_id: string(),
    national_id_type_id: string(),
    visa_number: string(),
    issued_date: optional(string()),
    expiration_date: optional(string()),
    issued_by: optional(string()),
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
