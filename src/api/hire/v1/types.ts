// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Ability` of catalog/hire.v1.json. */
export interface Ability {
  id: string
  name?: Name
  description?: Name
}

/** Shared shape `Account` of catalog/hire.v1.json. */
export interface Account {
  account_id: string
  assets?: { confirmed_bonus?: PaidBonus; paid_bonus?: PaidBonus }
  status?: number
  referrer?: Referrer
}

/** Shared shape `AdditionalItem` of catalog/hire.v1.json. */
export interface AdditionalItem {
  id: string
  name: string
  description?: string
}

/** Shared shape `Address` of catalog/hire.v1.json. */
export interface Address {
  id?: string
  name?: Name
  district?: City
  city?: City
  state?: City
  country?: City
}

/** Shared shape `AddressCity` of catalog/hire.v1.json. */
export interface AddressCity {
  name?: Name
  code?: string
  location_type?: number
}

/** Shared shape `Agency` of catalog/hire.v1.json. */
export interface Agency {
  id?: string
  name?: string
  contactor_id?: string
  contactor_name?: Name
}

/** Shared shape `Application` of catalog/hire.v1.json. */
export interface Application {
  id?: string
  job_id?: string
  talent_id?: string
  resume_source_id?: string
  stage?: Stage
  active_status?: number
  delivery_type?: number
  resume_source_info?: ResumeSourceInfo
  website_resume_source?: WebsiteResumeSource
  talent_attachment_resume_id?: string
  create_time?: string
  modify_time?: string
  stage_time_list?: StageTime[]
  termination_type?: number
  termination_reason_list?: string[]
  termination_reason_note?: string
  application_preferred_city_list?: City[]
  creator_id?: string
  job_info?: ApplicationDetailJob
}

/** Shared shape `ApplicationDetail` of catalog/hire.v1.json. */
export interface ApplicationDetail {
  basic_info?: {
    id?: string
    job_id?: string
    talent_id?: string
    stage?: Stage
    active_status?: number
    delivery_type?: number
    resume_source_info?: ResumeSourceInfo
    website_resume_source?: WebsiteResumeSource
    talent_attachment_resume_id?: string
    stage_time_list?: StageTime[]
    onboard_status?: number
    application_preferred_city_list?: City[]
    termination_reason?: { id?: string; name?: Name; children?: Creator[] }
    creator_id?: string
    owner_id?: string
    terminator_id?: string
    create_time?: string
    modify_time?: string
    lock_status?: number
    termination_reason_note?: string
  }
  job?: ApplicationDetailJob
  talent?: { id?: string; name?: string; mobile_code?: string; mobile_number?: string; email?: string }
  evaluations?: ApplicationDetailEvaluation[]
  interview_aggregation?: InterviewAggregation
  offer?: ApplicationDetailOffer
  employee?: {
    id?: string
    application_id?: string
    onboard_status?: number
    conversion_status?: number
    onboard_time?: string
    expected_conversion_time?: string
    actual_conversion_time?: string
    overboard_time?: string
    overboard_note?: string
    onboard_city_code?: string
    department_id?: string
    leader_id?: string
    sequence_id?: string
    level_id?: string
    employee_type?: string
    job_requirement_id?: string
  }
  agency?: {
    basic_info?: { hunter_user_name?: Name; hunter_company_name?: string }
    comment_info?: CommentInfo[]
    salary_info?: CommentInfo[]
  }
  portal?: { campus_volunteer_info?: { volunteer_seq?: number } }
  referral?: {
    basic_info?: {
      id?: string
      application_id?: string
      referral_type?: number
      user_info?: Creator
      create_time?: string
      referral_method?: number
    }
    recommend_info?: {
      relationship?: number
      familiarity?: number
      comment?: string
      specific_relationship?: { relation_with_candidate?: number; extra?: string }
      work_ability_familiarity?: number
      match_degree?: number
    }
  }
}

/** Shared shape `ApplicationDetailEvaluation` of catalog/hire.v1.json. */
export interface ApplicationDetailEvaluation {
  id?: string
  application_id?: string
  stage_id?: string
  creator_id?: string
  evaluator_id?: string
  commit_status?: number
  conclusion?: number
  content?: string
  create_time?: string
  update_time?: string
}

/** Shared shape `ApplicationDetailJob` of catalog/hire.v1.json. */
export interface ApplicationDetailJob {
  id?: string
  name?: string
  code?: string
  description?: string
  requirement?: string
  recruitment_type?: RecruitmentType
  department?: Creator
  process_type?: number
  process_id?: string
  city_list?: City
}

/** Shared shape `ApplicationDetailOffer` of catalog/hire.v1.json. */
export interface ApplicationDetailOffer {
  offer_basic?: OfferBasic
  offer_salary?: {
    id?: string
    salary_status?: number
    probation_salary_percentage?: string
    award_salary_multiple?: string
    option_shares?: string
    quarterly_bonus?: string
    half_year_bonus?: string
    total_annual_cash?: string
    customize_info_list?: CustomizeInfo[]
    create_time?: string
  }
}

/** Shared shape `ApplicationInterviewListItem` of catalog/hire.v1.json. */
export interface ApplicationInterviewListItem {
  id?: string
  begin_time?: number
  end_time?: number
  round?: number
  stage_id?: string
  interview_record_list?: InterviewRecord[]
}

/** Shared shape `AssessmentDimension` of catalog/hire.v1.json. */
export interface AssessmentDimension {
  score?: number
  option?: string
  options?: string[]
  content?: string
  assessment_type?: number
  title?: string
  description?: string
}

/** Shared shape `AssessmentScore` of catalog/hire.v1.json. */
export interface AssessmentScore {
  calculate_type: number
  score: number
  full_score?: number
}

/** Shared shape `Attachment` of catalog/hire.v1.json. */
export interface Attachment {
  id?: string
  name?: string
  size?: number
}

/** Shared shape `Award` of catalog/hire.v1.json. */
export interface Award {
  id?: string
  title?: string
  award_time?: string
  desc?: string
  customized_data?: BasicInfoCustomizedData[]
}

/** Shared shape `AwardCustomizedData` of catalog/hire.v1.json. */
export interface AwardCustomizedData {
  object_id?: string
  name?: Name
  object_type?: number
  value?: {
    content?: string
    option?: Option
    option_list?: Option[]
    time_range?: TimeRange
    time?: string
    number?: string
    customized_attachment?: { file_id?: string; name?: string; content_type?: string; file_size?: number }[]
  }
}

/** Shared shape `BasicInfo` of catalog/hire.v1.json. */
export interface BasicInfo {
  department_id?: string
  leader_user_id?: string
  employment_job_id?: string
  employee_type_id?: string
  job_family_id?: string
  job_level_id?: string
  probation_month?: number
  contract_year?: number
  contract_period?: ContractPeriod
  expected_onboard_date?: string
  onboard_address_id?: string
  work_address_id?: string
  owner_user_id?: string
  recommended_words?: string
  job_requirement_id?: string
  job_process_type_id?: number
  attachment_id_list?: string[]
  common_attachment_id_list?: string[]
  attachment_description?: string
  operator_user_id: string
  position_id?: string
  job_offered?: string
  job_grade_id?: string
  pathway_id?: string
}

/** Shared shape `BasicInfoCurrentCity` of catalog/hire.v1.json. */
export interface BasicInfoCurrentCity {
  city_code?: string
  zh_name?: string
  en_name?: string
}

/** Shared shape `BasicInfoCustomizedData` of catalog/hire.v1.json. */
export interface BasicInfoCustomizedData {
  object_id?: string
  value?: string
  children?: CustomizedData[]
}

/** Shared shape `BatchQueryItem` of catalog/hire.v1.json. */
export interface BatchQueryItem {
  order_id?: string
  application_id?: string
  order_status?: number
  account_third_type?: number
  package?: string
  name?: string
  feedback_info_list?: {
    id?: string
    attachment_url?: string
    report_preview_url?: string
    result?: string
    report_type?: number
    create_time?: string
    report_name?: string
  }[]
  process_info_list?: { process?: string; update_time?: string; en_process?: string }[]
  upload_time?: string
  candidate_info?: CandidateInfo
  creator_info?: { user_id?: string }
  contactor_info?: CandidateInfo
  begin_time?: string
  end_time?: string
  conclusion?: string
  provider_info?: { provider_id?: string; provider_name?: Name }
  custom_field_list?: CustomField[]
  custom_data_list?: { key?: string; value?: string }[]
  ext_item_info_list?: { id?: string; name?: string }[]
  update_time?: string
  geo?: 'cn' | 'sg' | 'us' | 'jp'
  location_code?: string
  remark?: string
}

/** Shared shape `BatchUpdateCustomField` of catalog/hire.v1.json. */
export interface BatchUpdateCustomField {
  key: string
  name: Name
  is_required: boolean
  description?: Name
}

/** Shared shape `CampusPermissionCollection` of catalog/hire.v1.json. */
export interface CampusPermissionCollection {
  feature_permissions?: Creator[]
  management_permissions?: Creator[]
  data_permissions?: { id?: string; name?: Name; select_status?: number }[]
  business_management_scopes?: {
    entity?: City
    permission_groups?: { permission_ids?: string[]; scope_rule?: { rule_type?: number } }[]
  }[]
}

/** Shared shape `CandidateInfo` of catalog/hire.v1.json. */
export interface CandidateInfo {
  name?: string
  mobile?: string
  email?: string
  first_name?: string
  last_name?: string
}

/** Shared shape `Career` of catalog/hire.v1.json. */
export interface Career {
  desc?: string
  end_time?: number
  start_time?: number
  title?: string
  company?: string
  customized_data?: CustomizedData[]
}

/** Shared shape `Cash` of catalog/hire.v1.json. */
export interface Cash {
  currency_type: string
  amount: number
}

/** Shared shape `City` of catalog/hire.v1.json. */
export interface City {
  code?: string
  name?: Name
}

/** Shared shape `CityNameInfo` of catalog/hire.v1.json. */
export interface CityNameInfo {
  zh_name?: string
  en_name?: string
  py_name?: string
}

/** Shared shape `CombinedCreateCareer` of catalog/hire.v1.json. */
export interface CombinedCreateCareer {
  id?: string
  company?: string
  title?: string
  desc?: string
  start_time?: string
  end_time?: string
  career_type?: number
  customized_data?: BasicInfoCustomizedData[]
}

/** Shared shape `CommentInfo` of catalog/hire.v1.json. */
export interface CommentInfo {
  name?: Name
  value?: Name
  description?: Name
}

/** Shared shape `ConfigOption` of catalog/hire.v1.json. */
export interface ConfigOption {
  id?: string
  name?: Name
  description?: Name
}

/** Shared shape `ConfirmedBonus` of catalog/hire.v1.json. */
export interface ConfirmedBonus {
  point_bonus?: number
  cash?: Cash
  cash_bonus?: Cash[]
}

/** Shared shape `ContractPeriod` of catalog/hire.v1.json. */
export interface ContractPeriod {
  period_type: number
  period: number
}

/** Shared shape `CreateBasicInfo` of catalog/hire.v1.json. */
export interface CreateBasicInfo {
  department_id: string
  leader_user_id: string
  employment_job_id?: string
  employee_type_id?: string
  job_family_id?: string
  job_level_id?: string
  probation_month?: number
  contract_year?: number
  contract_period?: ContractPeriod
  expected_onboard_date?: string
  onboard_address_id?: string
  work_address_id?: string
  owner_user_id: string
  recommended_words?: string
  job_requirement_id?: string
  job_process_type_id?: number
  attachment_id_list?: string[]
  common_attachment_id_list?: string[]
  attachment_description?: string
  operator_user_id: string
  position_id?: string
  job_offered?: string
  job_grade_id?: string
  pathway_id?: string
}

/** Shared shape `CreateJobRequirement` of catalog/hire.v1.json. */
export interface CreateJobRequirement {
  id?: string
  short_code?: string
  name?: string
  display_progress?: number
  head_count?: number
  recruitment_type?: Creator
  employee_type?: Creator
  max_level?: Creator
  min_level?: Creator
  sequence?: Creator
  category?: number
  department?: Creator
  recruiter_list?: Creator[]
  jr_hiring_managers?: Creator[]
  direct_leader_list?: Creator[]
  start_time?: string
  deadline?: string
  priority?: number
  required_degree?: number
  max_salary?: string
  min_salary?: string
  address?: Creator
  description?: string
  customized_data_list?: ItemCustomizedData[]
  job_id_list?: string[]
  process_type?: number
  job_type?: ItemJobType
  create_time?: string
  creator_id?: string
  update_time?: string
  employment_job_id?: string
  position_id?: string
  completion_time?: string
  approval_status?: number
  count_data?: { offer_count?: number; pre_hire_count?: number; complete_count?: number }
}

/** Shared shape `Creator` of catalog/hire.v1.json. */
export interface Creator {
  id?: string
  name?: Name
}

/** Shared shape `CustomField` of catalog/hire.v1.json. */
export interface CustomField {
  type: 'text' | 'textarea' | 'number' | 'boolean' | 'select' | 'multiselect' | 'date' | 'file' | 'resume'
  key: string
  name: Name
  is_required: boolean
  description?: Name
  options?: { key: string; name: Name }[]
}

/** Shared shape `CustomizeInfo` of catalog/hire.v1.json. */
export interface CustomizeInfo {
  object_id?: string
  customize_value?: string
}

/** Shared shape `CustomizedData` of catalog/hire.v1.json. */
export interface CustomizedData {
  object_id?: string
  value?: string
}

/** Shared shape `CustomizedInfo` of catalog/hire.v1.json. */
export interface CustomizedInfo {
  id?: string
  value?: string
}

/** Shared shape `CustomizedModule` of catalog/hire.v1.json. */
export interface CustomizedModule {
  ID?: string
  object_list?: CustomizeInfo[]
}

/** Shared shape `Delivery` of catalog/hire.v1.json. */
export interface Delivery {
  application_id?: string
  id?: string
  job_id?: string
  job_post_id?: string
  portal_resume_id?: string
  user_id?: string
  talent_id?: string
}

/** Shared shape `DimensionAssessment` of catalog/hire.v1.json. */
export interface DimensionAssessment {
  id?: string
  name?: Name
  full_score?: number
  content?: string
  dimension_id?: string
  dimension_score?: DimensionScore
  dimension_score_list?: DimensionScore[]
  dimension_custom_score?: number
  ability_list?: Ability[]
  question_list?: Question[]
  dimension_type?: number
}

/** Shared shape `DimensionOption` of catalog/hire.v1.json. */
export interface DimensionOption {
  id?: string
  name?: Name
  score_val?: number
  alias_name?: Name
}

/** Shared shape `DimensionScore` of catalog/hire.v1.json. */
export interface DimensionScore {
  id?: string
  name?: Name
  score_val?: number
}

/** Shared shape `Education` of catalog/hire.v1.json. */
export interface Education {
  id?: string
  degree?: number
  school?: string
  field_of_study?: string
  start_time?: string
  end_time?: string
  education_type?: number
  academic_ranking?: number
  customized_data?: BasicInfoCustomizedData[]
}

/** Shared shape `Employee` of catalog/hire.v1.json. */
export interface Employee {
  id?: string
  application_id?: string
  onboard_status?: number
  conversion_status?: number
  onboard_time?: number
  expected_conversion_time?: number
  actual_conversion_time?: number
  overboard_time?: number
  overboard_note?: string
  onboard_city_code?: string
  department?: string
  leader?: string
  sequence?: string
  level?: string
  employee_type?: string
  job_requirement_id?: string
  external_employment_id?: string
}

/** Shared shape `Evaluation` of catalog/hire.v1.json. */
export interface Evaluation {
  talent_id?: string
  job_id?: string
  application_id?: string
  id?: string
}

/** Shared shape `ExternalApplication` of catalog/hire.v1.json. */
export interface ExternalApplication {
  id?: string
  external_id?: string
  job_recruitment_type?: number
  job_title?: string
  resume_source?: string
  stage?: string
  talent_id: string
  termination_reason?: string
  delivery_type?: number
  modify_time?: number
  create_time?: number
  termination_type?: string
}

/** Shared shape `ExternalBackgroundCheck` of catalog/hire.v1.json. */
export interface ExternalBackgroundCheck {
  id?: string
  external_id?: string
  external_application_id: string
  date?: number
  name?: string
  result?: string
  attachment_id_list?: string[]
  attachment_list?: Attachment[]
}

/** Shared shape `ExternalInfo` of catalog/hire.v1.json. */
export interface ExternalInfo {
  talent_id?: string
  external_create_time?: string
}

/** Shared shape `ExternalInterview` of catalog/hire.v1.json. */
export interface ExternalInterview {
  external_id?: string
  external_application_id: string
  id?: string
  participate_status?: number
  begin_time?: number
  end_time?: number
  interview_assessments?: ExternalInterviewAssessment[]
}

/** Shared shape `ExternalInterviewAssessment` of catalog/hire.v1.json. */
export interface ExternalInterviewAssessment {
  id?: string
  external_id?: string
  username?: string
  conclusion?: number
  assessment_dimension_list?: AssessmentDimension[]
  content?: string
  external_interview_id?: string
}

/** Shared shape `ExternalOffer` of catalog/hire.v1.json. */
export interface ExternalOffer {
  id?: string
  external_id?: string
  external_application_id: string
  biz_create_time?: string
  owner?: string
  creator?: string
  offer_status?: string
  attachment_id_list?: string[]
  attachment_list?: Attachment[]
}

/** Shared shape `GetByTalentItem` of catalog/hire.v1.json. */
export interface GetByTalentItem {
  application_id?: string
  interview_list?: Interview[]
}

/** Shared shape `GetJobPost` of catalog/hire.v1.json. */
export interface GetJobPost {
  id?: string
  title?: string
  job_id?: string
  job_code?: string
  job_expire_time?: string
  job_active_status?: number
  job_process_type?: number
  job_recruitment_type?: Creator
  job_department?: Creator
  job_type?: Creator
  min_job_level?: Creator
  max_job_level?: Creator
  address?: Address
  min_salary?: string
  max_salary?: string
  required_degree?: number
  experience?: number
  headcount?: number
  high_light_list?: Creator[]
  description?: string
  requirement?: string
  creator?: Creator
  create_time?: string
  modify_time?: string
  customized_data_list?: ItemCustomizedData[]
  job_function?: Creator
  subject?: Creator
  address_list?: Address[]
  job_sequence_info?: Creator
  currency?: number
  target_major_list?: Creator[]
}

/** Shared shape `GetOffer` of catalog/hire.v1.json. */
export interface GetOffer {
  id?: string
  application_id?: string
  basic_info?: OfferBasicInfo
  salary_plan?: SalaryPlan
  schema_id?: string
  offer_status?: number
  offer_type?: number
  job_info?: JobInfo
  customized_module_list?: CustomizedModule[]
  job_requirement_id?: string
  offer_send_record_list?: OfferSendRecord[]
}

/** Shared shape `Identification` of catalog/hire.v1.json. */
export interface Identification {
  identification_type?: number
  identification_number?: string
}

/** Shared shape `Image` of catalog/hire.v1.json. */
export interface Image {
  id: string
  url: string
  name?: string
  mime?: string
  create_time?: string
}

/** Shared shape `Interview` of catalog/hire.v1.json. */
export interface Interview {
  id?: string
  begin_time?: number
  end_time?: number
  round?: number
  interview_record_list?: InterviewInterviewRecord[]
  feedback_submit_time?: number
  stage_id?: string
  application_id?: string
  stage?: Creator
  creator?: Creator
  biz_create_time?: number
  biz_modify_time?: number
  interview_round_summary?: number
  interview_arrangement_id?: string
  interview_type?: number
  talent_time_zone?: City
  contact_user?: Creator
  contact_mobile?: string
  remark?: string
  address?: Address
  video_type?: number
  arrangement_status?: number
  arrangement_type?: number
  arrangement_appointment_kind?: number
  meeting_room_list?: MeetingRoom[]
  interview_round_type?: Creator
}

/** Shared shape `InterviewAddress` of catalog/hire.v1.json. */
export interface InterviewAddress {
  id?: string
  name?: Name
  district?: AddressCity
  city?: AddressCity
  state?: AddressCity
  country?: AddressCity
}

/** Shared shape `InterviewAggregation` of catalog/hire.v1.json. */
export interface InterviewAggregation {
  interviews?: InterviewAggregationInterview[]
}

/** Shared shape `InterviewAggregationInterview` of catalog/hire.v1.json. */
export interface InterviewAggregationInterview {
  id?: string
  begin_time?: string
  end_time?: string
  round?: number
  interview_record_list?: InterviewAggregationInterviewInterviewRecord[]
  feedback_submit_time?: string
  stage_id?: string
  application_id?: string
  stage?: Creator
  creator?: Creator
  create_time?: string
  update_time?: string
  interview_round_summary?: number
  interview_arrangement_id?: string
  interview_type?: number
  talent_time_zone?: City
  contact_user?: Creator
  contact_mobile?: string
  remark?: string
  address?: InterviewAddress
  video_type?: number
  arrangement_status?: number
  arrangement_type?: number
  arrangement_appointment_kind?: number
  meeting_room_list?: MeetingRoom[]
  interview_round_type?: Creator
}

/** Shared shape `InterviewAggregationInterviewInterviewRecord` of catalog/hire.v1.json. */
export interface InterviewAggregationInterviewInterviewRecord {
  id?: string
  feedback_form_id?: string
  commit_status?: number
  submit_time?: string
  record_score?: { score?: number; total_score?: number }
  interviewer?: Creator
  attachments?: { file_id?: string; file_name?: string; content_type?: string; create_time?: string }[]
  module_assessments?: ModuleAssessment[]
}

/** Shared shape `InterviewAppointmentConfig` of catalog/hire.v1.json. */
export interface InterviewAppointmentConfig {
  enable_interview_appointment_by_interviewer?: boolean
  config?: {
    interview_type?: number
    talent_timezone_code?: string
    contact_user_id?: string
    contact_mobile?: string
    contact_email?: string
    address_id?: string
    video_type?: number
    cc?: string[]
    remark?: string
    interview_notification_template_id?: string
    appointment_notification_template_id?: string
    cancel_interview_notification_template_id?: string
  }
}

/** Shared shape `InterviewAssessment` of catalog/hire.v1.json. */
export interface InterviewAssessment {
  username?: string
  conclusion?: number
  assessment_dimension_list?: AssessmentDimension[]
  content?: string
}

/** Shared shape `InterviewFeedbackFormListItem` of catalog/hire.v1.json. */
export interface InterviewFeedbackFormListItem {
  id?: string
  version?: number
  name?: Name
  type?: number
  score_calculation_config?: { enabled?: boolean; calculation_mode?: number }
  modules?: Module[]
}

/** Shared shape `InterviewInterviewRecord` of catalog/hire.v1.json. */
export interface InterviewInterviewRecord {
  id?: string
  user_id?: string
  content?: string
  min_job_level_id?: string
  max_job_level_id?: string
  commit_status?: number
  conclusion?: number
  interview_score?: InterviewScore
  assessment_score?: AssessmentScore
  question_list?: Question[]
  code_question_list?: Question[]
  interviewer?: Creator
  image_list?: Image[]
  dimension_assessment_list?: DimensionAssessment[]
}

/** Shared shape `InterviewRecord` of catalog/hire.v1.json. */
export interface InterviewRecord {
  id?: string
  user_id?: string
  content?: string
  min_job_level_id?: string
  max_job_level_id?: string
  commit_status?: number
  feedback_submit_time?: number
  conclusion?: number
  interview_score?: InterviewScore
  assessment_score?: AssessmentScore
  question_list?: Question[]
  code_question_list?: Question[]
  interviewer?: Creator
  image_list?: Image[]
  dimension_assessment_list?: DimensionAssessment[]
}

/** Shared shape `InterviewRound` of catalog/hire.v1.json. */
export interface InterviewRound {
  interviewer_list?: Creator[]
  round?: number
}

/** Shared shape `InterviewRoundType` of catalog/hire.v1.json. */
export interface InterviewRoundType {
  assessment_round?: Creator
  assessment_template?: Creator
}

/** Shared shape `InterviewScore` of catalog/hire.v1.json. */
export interface InterviewScore {
  id?: string
  level?: number
  zh_name?: string
  zh_description?: string
  en_name?: string
  en_description?: string
}

/** Shared shape `Interviewer` of catalog/hire.v1.json. */
export interface Interviewer {
  user_id?: string
  verify_status?: number
}

/** Shared shape `Item` of catalog/hire.v1.json. */
export interface Item {
  id?: string
  job_id?: string
  talent_id?: string
  application_id?: string
  activity_status?: number
}

/** Shared shape `ItemCustomizedData` of catalog/hire.v1.json. */
export interface ItemCustomizedData {
  object_id?: string
  name?: Name
  object_type?: number
  value?: {
    content?: string
    option?: Option
    option_list?: Option[]
    time_range?: TimeRange
    time?: string
    number?: string
  }
}

/** Shared shape `ItemJobType` of catalog/hire.v1.json. */
export interface ItemJobType {
  id: string
  name: Name
  parent_id?: string
}

/** Shared shape `ItemObject` of catalog/hire.v1.json. */
export interface ItemObject {
  id?: string
  name?: Name
  description?: Name
  setting?: Setting
  is_customized?: boolean
  is_required?: boolean
  is_visible?: boolean
  active_status?: number
  children_list?: {
    id?: string
    name?: Name
    description?: Name
    setting?: Setting
    parent_id?: string
    is_customized?: boolean
    is_required?: boolean
    is_visible?: boolean
    active_status?: number
  }[]
}

/** Shared shape `Job` of catalog/hire.v1.json. */
export interface Job {
  id?: string
  title?: string
  description?: string
  code?: string
  requirement?: string
  recruitment_type?: JobCategory
  department?: TargetMajor
  city?: BasicInfoCurrentCity
  min_job_level?: JobCategory
  max_job_level?: JobCategory
  highlight_list?: TargetMajor[]
  job_category?: JobCategory
  job_type?: TargetMajor
  active_status?: number
  create_user_id?: string
  create_time?: number
  update_time?: number
  process_type?: number
  process_id?: string
  process_name?: string
  process_en_name?: string
  customized_data_list?: ItemCustomizedData[]
  job_function?: Creator
  subject?: Creator
  head_count?: number
  experience?: number
  expiry_time?: number
  min_salary?: number
  max_salary?: number
  required_degree?: number
  city_list?: City[]
  job_attribute?: number
  create_timestamp?: string
  update_timestamp?: string
  expiry_timestamp?: string
  target_major_list?: TargetMajor[]
}

/** Shared shape `JobCategory` of catalog/hire.v1.json. */
export interface JobCategory {
  id?: string
  zh_name?: string
  en_name?: string
  active_status?: number
}

/** Shared shape `JobConfig` of catalog/hire.v1.json. */
export interface JobConfig {
  offer_apply_schema?: Creator
  offer_process_conf?: Creator
  recommended_evaluator_list?: Creator[]
  assessment_template?: Creator
  id?: string
  interview_round_list?: InterviewRound[]
  job_requirement_list?: Creator[]
  interview_registration?: PortalWebsiteApplyFormSchemaInfo
  onboard_registration?: PortalWebsiteApplyFormSchemaInfo
  interview_round_type_list?: InterviewRoundType[]
  related_job_list?: Creator[]
  job_attribute?: number
  interview_appointment_config?: InterviewAppointmentConfig
  portal_website_apply_form_schema_info?: PortalWebsiteApplyFormSchemaInfo
}

/** Shared shape `JobDetail` of catalog/hire.v1.json. */
export interface JobDetail {
  basic_info?: JobDetailBasicInfo
  recruiter?: Creator
  assistant_list?: Creator[]
  hiring_manager_list?: Creator[]
  job_requirement_list?: { id?: string; short_code?: string; name?: string; department_id?: string }[]
  address_list?: Address[]
  job_config?: JobDetailJobConfig
  storefront_list?: {
    id?: string
    name?: Name
    active_status?: number
    department?: Creator
    address?: Address
    manager?: Creator
    create_time?: string
    remark?: Name
  }[]
  tag_list?: { id?: string; name?: Name; order?: number }[]
  stage_count_list?: { count?: number; stage?: Stage }[]
}

/** Shared shape `JobDetailBasicInfo` of catalog/hire.v1.json. */
export interface JobDetailBasicInfo {
  id?: string
  title?: string
  description?: string
  code?: string
  requirement?: string
  recruitment_type?: RecruitmentType
  department?: Creator
  min_job_level?: RecruitmentType
  max_job_level?: RecruitmentType
  highlight_list?: Creator[]
  job_category?: RecruitmentType
  job_type?: Creator
  active_status?: number
  creator_id?: string
  create_time?: string
  update_time?: string
  process_type?: number
  process_id?: string
  process_name?: Name
  customized_data_list?: ItemCustomizedData[]
  job_function?: Creator
  subject?: Creator
  head_count?: number
  experience?: number
  expiry_time?: string
  min_salary?: number
  max_salary?: number
  required_degree?: number
  city_list?: City[]
  job_attribute?: number
  target_major_list?: Creator[]
  storefront_mode?: number
}

/** Shared shape `JobDetailJobConfig` of catalog/hire.v1.json. */
export interface JobDetailJobConfig {
  offer_apply_schema?: Creator
  offer_process_conf?: Creator
  recommended_evaluator_list?: Creator[]
  assessment_template?: Creator
  id?: string
  interview_round_list?: InterviewRound[]
  interview_registration?: PortalWebsiteApplyFormSchemaInfo
  onboard_registration?: PortalWebsiteApplyFormSchemaInfo
  interview_round_type_list?: InterviewRoundType[]
  related_job_list?: Creator[]
  job_attribute?: number
  interview_appointment_config?: InterviewAppointmentConfig
  internship_offer_apply_schema?: Creator
}

/** Shared shape `JobInfo` of catalog/hire.v1.json. */
export interface JobInfo {
  job_id?: string
  job_name?: string
}

/** Shared shape `JobListItem` of catalog/hire.v1.json. */
export interface JobListItem {
  id?: string
  title?: string
  description?: string
  code?: string
  requirement?: string
  recruitment_type?: JobCategory
  department?: TargetMajor
  city?: BasicInfoCurrentCity
  min_job_level?: JobCategory
  max_job_level?: JobCategory
  highlight_list?: TargetMajor[]
  job_category?: JobCategory
  job_type?: TargetMajor
  active_status?: number
  create_user_id?: string
  create_time?: number
  update_time?: number
  process_type?: number
  process_id?: string
  process_name?: string
  process_en_name?: string
  job_function?: Creator
  subject?: Creator
  head_count?: number
  experience?: number
  expiry_time?: number
  min_salary?: number
  max_salary?: number
  required_degree?: number
  city_list?: City[]
  job_attribute?: number
  create_timestamp?: string
  update_timestamp?: string
  expiry_timestamp?: string
  target_major_list?: TargetMajor[]
}

/** Shared shape `JobManager` of catalog/hire.v1.json. */
export interface JobManager {
  id?: string
  recruiter_id: string
  hiring_manager_id_list: string[]
  assistant_id_list?: string[]
}

/** Shared shape `JobPost` of catalog/hire.v1.json. */
export interface JobPost {
  id?: string
  title?: string
  job_id?: string
  job_code?: string
  job_expire_time?: string
  job_active_status?: number
  job_process_type?: number
  job_recruitment_type?: Creator
  job_department?: Creator
  job_type?: Creator
  min_job_level?: Creator
  max_job_level?: Creator
  address?: Address
  min_salary?: string
  max_salary?: string
  required_degree?: number
  experience?: number
  headcount?: number
  high_light_list?: Creator[]
  description?: string
  requirement?: string
  creator?: Creator
  create_time?: string
  modify_time?: string
  customized_data_list?: ItemCustomizedData[]
  job_function?: Creator
  subject?: Creator
  address_list?: Address[]
}

/** Shared shape `Language` of catalog/hire.v1.json. */
export interface Language {
  id?: string
  language?: number
  proficiency?: number
  customized_data?: BasicInfoCustomizedData[]
}

/** Shared shape `ListItem` of catalog/hire.v1.json. */
export interface ListItem {
  id?: string
  title?: string
  job_id?: string
  job_code?: string
  job_expire_time?: string
  job_active_status?: number
  job_process_type?: number
  job_recruitment_type?: Creator
  job_department?: Creator
  job_type?: Creator
  min_job_level?: Creator
  max_job_level?: Creator
  address?: Address
  min_salary?: string
  max_salary?: string
  required_degree?: number
  experience?: number
  headcount?: number
  high_light_list?: Creator[]
  description?: string
  requirement?: string
  creator?: Creator
  create_time?: string
  modify_time?: string
  customized_data_list?: ItemCustomizedData[]
  address_list?: Address[]
  job_sequence_info?: Creator
  currency?: number
  target_major_list?: Creator[]
}

/** Shared shape `MeetingRoom` of catalog/hire.v1.json. */
export interface MeetingRoom {
  room_id?: string
  room_name?: string
  building_name?: string
  reserved_status?: number
  floor_name?: string
}

/** Shared shape `MentionEntity` of catalog/hire.v1.json. */
export interface MentionEntity {
  offset: number
  user_id: string
}

/** Shared shape `Module` of catalog/hire.v1.json. */
export interface Module {
  id?: string
  name?: Name
  description?: Name
  type?: number
  sequence?: number
  weight?: number
  dimensions?: {
    id?: string
    name?: Name
    description?: Name
    type?: number
    enabled?: boolean
    sequence?: number
    is_required?: boolean
    weight?: number
    score_dimension_config?: { score_dimension_type?: number; lower_limit_score?: number; upper_limit_score?: number }
    option_items?: { id?: string; name?: Name; description?: Name; score_val?: number; alias_name?: Name }[]
    display_not_evident?: boolean
    ability_list?: ConfigOption[]
    related_dimension_config?: {
      type?: number
      related_dimension_settings?: {
        dimension_id?: string
        related_operator_type?: number
        dimension_option_ids?: string[]
      }[]
    }
    dimension_ability_args?: { ability_id?: string; place_holder?: string; en_place_holder?: string }[]
  }[]
}

/** Shared shape `ModuleAssessment` of catalog/hire.v1.json. */
export interface ModuleAssessment {
  interview_feedback_form_module_id?: string
  module_name?: Name
  module_type?: number
  module_weight?: number
  module_score?: number
  dimension_assessments?: {
    interview_feedback_form_dimension_id?: string
    dimension_name?: Name
    dimension_type?: number
    weight?: number
    dimension_content?: string
    dimension_option?: DimensionOption
    dimension_options?: DimensionOption[]
    dimension_score?: number
    recommended_job_level?: { lower_limit_job_level_name?: Name; higher_limit_job_level_name?: Name }
    question_assessments?: {
      question_type?: number
      title?: Name
      description?: Name
      content?: string
      abilities?: Ability[]
    }[]
    ability_assessments?: { id?: string; ability_id?: string; content?: string }[]
  }[]
}

/** Shared shape `Name` of catalog/hire.v1.json. */
export interface Name {
  zh_cn?: string
  en_us?: string
}

/** Shared shape `Nationality` of catalog/hire.v1.json. */
export interface Nationality {
  nationality_code?: string
  zh_name?: string
  en_name?: string
}

/** Shared shape `Note` of catalog/hire.v1.json. */
export interface Note {
  id?: string
  talent_id: string
  application_id?: string
  is_private?: boolean
  create_time?: number
  modify_time?: number
  creator_id?: string
  content: string
  notify_mentioned_user?: boolean
  mention_entity_list?: MentionEntity[]
}

/** Shared shape `Object` of catalog/hire.v1.json. */
export interface Object {
  id?: string
  name?: Name
  description?: Name
  setting?: Setting
  is_customized?: boolean
  is_required?: boolean
  active_status?: number
  children_list?: {
    id?: string
    name?: Name
    description?: Name
    setting?: Setting
    parent_id?: string
    is_customized?: boolean
    is_required?: boolean
    active_status?: number
  }[]
}

/** Shared shape `OffboardingInfo` of catalog/hire.v1.json. */
export interface OffboardingInfo {
  actual_offboarding_date: string
  notes?: string
}

/** Shared shape `Offer` of catalog/hire.v1.json. */
export interface Offer {
  id?: string
  application_id?: string
  basic_info?: OfferBasicInfo
  salary_plan?: SalaryPlan
  schema_id?: string
  offer_status?: number
  job_info?: JobInfo
  customized_module_list?: CustomizedModule[]
  job_requirement_id?: string
  offer_send_record_list?: OfferSendRecord[]
}

/** Shared shape `OfferApplyForm` of catalog/hire.v1.json. */
export interface OfferApplyForm {
  id?: string
  name?: Name
  schema?: {
    id?: string
    module_list?: {
      id?: string
      name?: Name
      is_customized?: boolean
      active_status?: number
      hint?: Name
      object_list?: {
        id?: string
        name?: Name
        description?: Name
        module_id?: string
        is_customized?: boolean
        is_required?: boolean
        active_status?: number
        need_approve?: boolean
        is_sensitive?: boolean
        object_type?: number
        object_type_v2?:
          | 'number'
          | 'boolean'
          | 'default'
          | 'text'
          | 'file'
          | 'formula'
          | 'amount'
          | 'select'
          | 'long_text'
          | 'multi_select'
          | 'date_select'
          | 'month_select'
          | 'year_select'
          | 'personnel_select'
          | 'personnel_multi_select'
          | 'city_single_select'
          | 'corehr_text'
          | 'corehr_long_text'
          | 'corehr_select'
          | 'corehr_multi_select'
          | 'corehr_date_select'
          | 'corehr_number'
          | 'corehr_boolean'
          | 'corehr_attachment'
          | 'corehr_personnel_select'
          | 'corehr_personnel_multi_select'
        config?: {
          options?: ConfigOption[]
          formula?: { value?: string; result?: number; extra_map?: { key?: string; value?: Name }[] }
          object_display_config?: {
            display_condition?: number
            pre_object_config_list?: { id?: string; operator?: number; value?: string[] }[]
          }
        }
      }[]
    }[]
  }
}

/** Shared shape `OfferBasic` of catalog/hire.v1.json. */
export interface OfferBasic {
  id?: string
  offer_status?: number
  leader?: Creator
  employee_type?: Creator
  department?: Creator
  sequence?: Creator
  level?: Creator
  company_main_body?: Creator
  job_requirement_id?: string
  probation_month?: number
  contract_period?: ContractPeriod
  onboard_date?: string
  owner?: Creator
  onboard_address?: InterviewAddress
  work_address?: InterviewAddress
  remark?: string
  attachment_list?: { id?: string; name?: string; size?: number; common_attachment_id?: string }[]
  customize_info_list?: CustomizeInfo[]
  create_time?: string
}

/** Shared shape `OfferBasicInfo` of catalog/hire.v1.json. */
export interface OfferBasicInfo {
  offer_type?: number
  remark?: string
  expire_time?: number
  owner_user_id?: string
  creator_user_id?: string
  employee_type?: TargetMajor
  create_time?: string
  leader_user_id?: string
  onboard_date?: string
  department_id?: string
  probation_month?: number
  contract_year?: number
  contract_period?: ContractPeriod
  recruitment_type?: TargetMajor
  sequence?: TargetMajor
  level?: TargetMajor
  onboard_address?: OnboardAddress
  work_address?: OnboardAddress
  customize_info_list?: CustomizeInfo[]
  work_location_address_info?: { location_info?: TargetMajor; address_info?: TargetMajor }
  position_id?: string
  job_offered?: string
  job_grade_id?: string
  common_attachment_id_list?: string[]
  pathway_id?: string
}

/** Shared shape `OfferSendRecord` of catalog/hire.v1.json. */
export interface OfferSendRecord {
  offer_send_record_id?: string
  operator_user_id?: string
  send_time?: string
  offer_letter_status?: number
  email_info?: { cc_email_list?: string[]; receiver_email_list?: string[]; content?: string }
  acceptance_list?: { operator_type?: number; conclusion?: number; memo?: string; operate_time?: string }[]
  offer_file_list?: {
    id?: string
    file_template_id?: string
    file_template_name?: string
    file_template_type_id?: string
    file_template_type_name?: string
  }[]
  offer_signature_info?: {
    id?: string
    signature_status?: number
    attachment_list?: {
      id?: string
      file_name?: string
      file_template_id?: string
      file_template_name?: string
      file_template_type_id?: string
      file_template_type_name?: string
    }[]
  }
}

/** Shared shape `OnboardAddress` of catalog/hire.v1.json. */
export interface OnboardAddress {
  id?: string
  zh_name?: string
  en_name?: string
  district?: OnboardAddressCity
  city?: OnboardAddressCity
  state?: OnboardAddressCity
  country?: OnboardAddressCity
}

/** Shared shape `OnboardAddressCity` of catalog/hire.v1.json. */
export interface OnboardAddressCity {
  zh_name?: string
  en_name?: string
  code?: string
  location_type?: number
}

/** Shared shape `OnboardedProtection` of catalog/hire.v1.json. */
export interface OnboardedProtection {
  protection_type?: number
  application_id?: string
  start_time?: string
  expire_time?: string
  agency_supplier_id?: string
  agency_supplier_name?: Name
  agency_supplier_user_id?: string
  agency_supplier_user_name?: Name
}

/** Shared shape `Option` of catalog/hire.v1.json. */
export interface Option {
  key?: string
  name?: Name
}

/** Shared shape `PaidBonus` of catalog/hire.v1.json. */
export interface PaidBonus {
  bonus_type?: number
  point_bonus?: number
  cash?: Cash
  cash_bonus?: Cash[]
}

/** Shared shape `Paper` of catalog/hire.v1.json. */
export interface Paper {
  id: string
  name: string
  duration?: number
  question_count?: number
  start_time?: string
  end_time?: string
}

/** Shared shape `PortalApplySchemaListItem` of catalog/hire.v1.json. */
export interface PortalApplySchemaListItem {
  id?: string
  name?: string
  scenarios?: number[]
  objects?: ItemObject[]
}

/** Shared shape `PortalWebsiteApplyFormSchemaInfo` of catalog/hire.v1.json. */
export interface PortalWebsiteApplyFormSchemaInfo {
  schema_id?: string
  name?: string
}

/** Shared shape `Project` of catalog/hire.v1.json. */
export interface Project {
  id?: string
  name?: string
  role?: string
  link?: string
  desc?: string
  start_time?: string
  end_time?: string
  customized_data?: BasicInfoCustomizedData[]
}

/** Shared shape `Question` of catalog/hire.v1.json. */
export interface Question {
  id: string
  title?: Name
  description?: Name
  content?: string
  ability_list?: Ability[]
}

/** Shared shape `RecruitmentType` of catalog/hire.v1.json. */
export interface RecruitmentType {
  id?: string
  name?: Name
  active_status?: number
}

/** Shared shape `ReferralWebsiteJobPostListItem` of catalog/hire.v1.json. */
export interface ReferralWebsiteJobPostListItem {
  id?: string
  title?: string
  job_id?: string
  job_code?: string
  job_expire_time?: string
  job_active_status?: number
  job_process_type?: number
  job_recruitment_type?: Creator
  job_department?: Creator
  job_type?: Creator
  min_job_level?: Creator
  max_job_level?: Creator
  address?: Address
  min_salary?: string
  max_salary?: string
  required_degree?: number
  experience?: number
  headcount?: number
  high_light_list?: Creator[]
  description?: string
  requirement?: string
  creator?: Creator
  create_time?: string
  modify_time?: string
  customized_data_list?: ItemCustomizedData[]
  job_function?: Creator
  address_list?: Address[]
}

/** Shared shape `Referrer` of catalog/hire.v1.json. */
export interface Referrer {
  id?: string
  name?: Name
  email?: string
  mobile?: string
}

/** Shared shape `ReportFile` of catalog/hire.v1.json. */
export interface ReportFile {
  report_name: string
  report_url: string
  report_url_type?: number
}

/** Shared shape `Resume` of catalog/hire.v1.json. */
export interface Resume {
  internship_list?: Career[]
  basic_info: {
    nationality_id?: string
    start_work_time?: number
    current_home_address?: string
    hometown_city_code?: string
    mobile_country_code?: string
    identification?: { identification_number?: string; identification_type?: number }
    marital_status?: number
    mobile?: string
    current_city_code?: string
    experience_years?: number
    gender?: number
    birthday?: number
    name: string
    preferred_city_code_list?: string[]
    resume_source_id?: string
    age?: number
    customized_data?: CustomizedData[]
    email?: string
  }
  education_list?: {
    education_type?: number
    end_time?: number
    end_time_v2?: number
    field_of_study?: string
    school?: string
    start_time?: number
    academic_ranking?: number
    customized_data?: CustomizedData[]
    degree?: number
  }[]
  self_evaluation?: { content?: string; customized_data?: CustomizedData[] }
  career_list?: Career[]
  customized_data?: { object_id?: string; children?: CustomizedData[] }[]
  resume_attachment_id?: string
  sns_list?: { sns_type?: number; customized_data?: CustomizedData[]; link?: string }[]
  works_list?: { desc?: string; link?: string; attachment?: { file_id?: string }; customized_data?: CustomizedData[] }[]
  award_list?: { customized_data?: CustomizedData[]; desc?: string; title?: string; award_time?: number }[]
  project_list?: {
    customized_data?: CustomizedData[]
    desc?: string
    end_time?: number
    link?: string
    name?: string
    role?: string
    start_time?: number
  }[]
  language_list?: { customized_data?: CustomizedData[]; language?: number; proficiency?: number }[]
}

/** Shared shape `ResumeSourceInfo` of catalog/hire.v1.json. */
export interface ResumeSourceInfo {
  id?: string
  name?: Name
  resume_source_type?: number
}

/** Shared shape `Role` of catalog/hire.v1.json. */
export interface Role {
  id?: string
  name?: Name
  description?: Name
  modify_time?: string
  role_status?: number
  role_type?: number
  scope_of_application?: number
  has_business_management_scope?: boolean
  socail_permission_collection?: CampusPermissionCollection
  campus_permission_collection?: CampusPermissionCollection
}

/** Shared shape `SalaryInfo` of catalog/hire.v1.json. */
export interface SalaryInfo {
  currency: string
  basic_salary?: string
  probation_salary_percentage?: string
  award_salary_multiple?: string
  option_shares?: string
  quarterly_bonus?: string
  half_year_bonus?: string
}

/** Shared shape `SalaryPlan` of catalog/hire.v1.json. */
export interface SalaryPlan {
  currency?: string
  basic_salary?: string
  probation_salary_percentage?: string
  award_salary_multiple?: string
  option_shares?: string
  quarterly_bonus?: string
  half_year_bonus?: string
  total_annual_cash?: string
  customize_info_list?: CustomizeInfo[]
}

/** Shared shape `SelfEvaluation` of catalog/hire.v1.json. */
export interface SelfEvaluation {
  id?: string
  content?: string
  customized_data?: BasicInfoCustomizedData[]
}

/** Shared shape `Setting` of catalog/hire.v1.json. */
export interface Setting {
  object_type?: number
  config?: { options?: { key?: string; name?: Name; description?: Name; active_status?: number }[] }
}

/** Shared shape `Sns` of catalog/hire.v1.json. */
export interface Sns {
  id?: string
  sns_type?: number
  link?: string
  customized_data?: BasicInfoCustomizedData[]
}

/** Shared shape `Stage` of catalog/hire.v1.json. */
export interface Stage {
  id?: string
  zh_name?: string
  en_name?: string
  type?: number
}

/** Shared shape `StageTime` of catalog/hire.v1.json. */
export interface StageTime {
  stage_id?: string
  enter_time?: string
  exit_time?: string
}

/** Shared shape `Talent` of catalog/hire.v1.json. */
export interface Talent {
  id?: string
  is_in_agency_period?: boolean
  is_onboarded?: boolean
  basic_info?: TalentBasicInfo
  education_list?: {
    id?: string
    degree?: number
    school?: string
    field_of_study?: string
    start_time?: string
    end_time?: string
    end_time_v2?: string
    education_type?: number
    academic_ranking?: number
    tag_list?: number[]
    customized_data_list?: AwardCustomizedData[]
  }[]
  career_list?: {
    id?: string
    company?: string
    title?: string
    desc?: string
    start_time?: string
    end_time?: string
    career_type?: number
    tag_list?: number[]
    customized_data_list?: AwardCustomizedData[]
  }[]
  project_list?: {
    id?: string
    name?: string
    role?: string
    link?: string
    desc?: string
    start_time?: string
    end_time?: string
    customized_data_list?: AwardCustomizedData[]
  }[]
  works_list?: {
    id?: string
    link?: string
    desc?: string
    name?: string
    customized_data_list?: AwardCustomizedData[]
  }[]
  award_list?: {
    id?: string
    title?: string
    award_time?: string
    desc?: string
    customized_data_list?: AwardCustomizedData[]
  }[]
  language_list?: {
    id?: string
    language?: number
    proficiency?: number
    customized_data_list?: AwardCustomizedData[]
  }[]
  sns_list?: { id?: string; sns_type?: number; link?: string; customized_data_list?: AwardCustomizedData[] }[]
  resume_source_list?: TargetMajor[]
  interview_registration_list?: { id?: string; registration_time?: number; download_url?: string }[]
  registration_list?: { id?: string; registration_time?: number; download_url?: string; scenario?: number }[]
  resume_attachment_id_list?: string[]
  customized_data_list?: { object_id?: string; name?: Name; object_type?: number; children?: AwardCustomizedData[] }[]
  top_degree?: number
  first_degree?: number
}

/** Shared shape `TalentBasicInfo` of catalog/hire.v1.json. */
export interface TalentBasicInfo {
  name: string
  mobile?: string
  mobile_code?: string
  mobile_country_code?: string
  email?: string
  experience_years?: number
  age?: number
  nationality?: Nationality
  gender?: number
  current_city?: BasicInfoCurrentCity
  hometown_city?: BasicInfoCurrentCity
  preferred_city_list?: BasicInfoCurrentCity[]
  identification_type?: number
  identification_number?: string
  identification?: Identification
  birthday?: number
  creator_id?: string
  marital_status?: number
  current_home_address?: string
  customized_data_list?: AwardCustomizedData[]
  modify_time?: string
  hukou_location_code?: string
}

/** Shared shape `TalentListItem` of catalog/hire.v1.json. */
export interface TalentListItem {
  id?: string
  is_in_agency_period?: boolean
  is_onboarded?: boolean
  basic_info?: {
    name: string
    mobile?: string
    mobile_code?: string
    mobile_country_code?: string
    email?: string
    experience_years?: number
    age?: number
    nationality?: Nationality
    gender?: number
    current_city?: BasicInfoCurrentCity
    hometown_city?: BasicInfoCurrentCity
    preferred_city_list?: BasicInfoCurrentCity[]
    identification_type?: number
    identification_number?: string
    identification?: Identification
    birthday?: number
    creator_id?: string
    marital_status?: number
    current_home_address?: string
    modify_time?: string
  }
  education_list?: {
    id?: string
    degree?: number
    school?: string
    field_of_study?: string
    start_time?: string
    end_time?: string
    end_time_v2?: string
    education_type?: number
    academic_ranking?: number
    tag_list?: number[]
  }[]
  career_list?: {
    id?: string
    company?: string
    title?: string
    desc?: string
    start_time?: string
    end_time?: string
    career_type?: number
    tag_list?: number[]
  }[]
  project_list?: {
    id?: string
    name?: string
    role?: string
    link?: string
    desc?: string
    start_time?: string
    end_time?: string
  }[]
  works_list?: { id?: string; link?: string; desc?: string; name?: string }[]
  award_list?: { id?: string; title?: string; award_time?: string; desc?: string }[]
  language_list?: { id?: string; language?: number; proficiency?: number }[]
  sns_list?: { id?: string; sns_type?: number; link?: string }[]
  resume_source_list?: TargetMajor[]
  interview_registration_list?: { id?: string; registration_time?: number }[]
  resume_attachment_id_list?: string[]
  top_degree?: number
  first_degree?: number
}

/** Shared shape `TargetMajor` of catalog/hire.v1.json. */
export interface TargetMajor {
  id?: string
  zh_name?: string
  en_name?: string
}

/** Shared shape `TimeRange` of catalog/hire.v1.json. */
export interface TimeRange {
  start_time?: string
  end_time?: string
}

/** Shared shape `WebsiteResumeSource` of catalog/hire.v1.json. */
export interface WebsiteResumeSource {
  website_id?: string
  website_name?: Name
  channel?: { channel_id?: string; channel_name?: Name }
}

/** Shared shape `Works` of catalog/hire.v1.json. */
export interface Works {
  id?: string
  link?: string
  desc?: string
  attachment_id?: string
  customized_data?: BasicInfoCustomizedData[]
}
