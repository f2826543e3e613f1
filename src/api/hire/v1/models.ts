// Generated from catalog/hire.v1.json by codegen. Do not edit; run `npm run generate`.
import type { GenericSchema } from 'valibot'
import { array, boolean, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import type {
  Ability,
  Account,
  AdditionalItem,
  Address,
  AddressCity,
  Agency,
  Application,
  ApplicationDetail,
  ApplicationDetailEvaluation,
  ApplicationDetailJob,
  ApplicationDetailOffer,
  ApplicationInterviewListItem,
  AssessmentDimension,
  AssessmentScore,
  Attachment,
  Award,
  AwardCustomizedData,
  BasicInfo,
  BasicInfoCurrentCity,
  BasicInfoCustomizedData,
  BatchQueryItem,
  BatchUpdateCustomField,
  CampusPermissionCollection,
  CandidateInfo,
  Career,
  Cash,
  City,
  CityNameInfo,
  CombinedCreateCareer,
  CommentInfo,
  ConfigOption,
  ConfirmedBonus,
  ContractPeriod,
  CreateBasicInfo,
  CreateJobRequirement,
  Creator,
  CustomField,
  CustomizeInfo,
  CustomizedData,
  CustomizedInfo,
  CustomizedModule,
  Delivery,
  DimensionAssessment,
  DimensionOption,
  DimensionScore,
  Education,
  Employee,
  Evaluation,
  ExternalApplication,
  ExternalBackgroundCheck,
  ExternalInfo,
  ExternalInterview,
  ExternalInterviewAssessment,
  ExternalOffer,
  GetByTalentItem,
  GetJobPost,
  GetOffer,
  Identification,
  Image,
  Interview,
  InterviewAddress,
  InterviewAggregation,
  InterviewAggregationInterview,
  InterviewAggregationInterviewInterviewRecord,
  InterviewAppointmentConfig,
  InterviewAssessment,
  InterviewFeedbackFormListItem,
  InterviewInterviewRecord,
  InterviewRecord,
  InterviewRound,
  InterviewRoundType,
  InterviewScore,
  Interviewer,
  Item,
  ItemCustomizedData,
  ItemJobType,
  ItemObject,
  Job,
  JobCategory,
  JobConfig,
  JobDetail,
  JobDetailBasicInfo,
  JobDetailJobConfig,
  JobInfo,
  JobListItem,
  JobManager,
  JobPost,
  Language,
  ListItem,
  MeetingRoom,
  MentionEntity,
  Module,
  ModuleAssessment,
  Name,
  Nationality,
  Note,
  Object,
  OffboardingInfo,
  Offer,
  OfferApplyForm,
  OfferBasic,
  OfferBasicInfo,
  OfferSendRecord,
  OnboardAddress,
  OnboardAddressCity,
  OnboardedProtection,
  Option,
  PaidBonus,
  Paper,
  PortalApplySchemaListItem,
  PortalWebsiteApplyFormSchemaInfo,
  Project,
  Question,
  RecruitmentType,
  ReferralWebsiteJobPostListItem,
  Referrer,
  ReportFile,
  Resume,
  ResumeSourceInfo,
  Role,
  SalaryInfo,
  SalaryPlan,
  SelfEvaluation,
  Setting,
  Sns,
  Stage,
  StageTime,
  Talent,
  TalentBasicInfo,
  TalentListItem,
  TargetMajor,
  TimeRange,
  WebsiteResumeSource,
  Works,
} from './types.ts'

/** Builds the schema of {@link Ability}. */
export function AbilitySchema(): GenericSchema<Ability> {
  return looseObject({ id: string(), name: optional(NameSchema()), description: optional(NameSchema()) })
}

/** Builds the schema of {@link Account}. */
export function AccountSchema(): GenericSchema<Account> {
  return looseObject({
    account_id: string(),
    assets: optional(looseObject({
      confirmed_bonus: optional(PaidBonusSchema()),
      paid_bonus: optional(PaidBonusSchema()),
    })),
    status: optional(number()),
    referrer: optional(ReferrerSchema()),
  })
}

/** Builds the schema of {@link AdditionalItem}. */
export function AdditionalItemSchema(): GenericSchema<AdditionalItem> {
  return looseObject({ id: string(), name: string(), description: optional(string()) })
}

/** Builds the schema of {@link Address}. */
export function AddressSchema(): GenericSchema<Address> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    district: optional(CitySchema()),
    city: optional(CitySchema()),
    state: optional(CitySchema()),
    country: optional(CitySchema()),
  })
}

/** Builds the schema of {@link AddressCity}. */
export function AddressCitySchema(): GenericSchema<AddressCity> {
  return looseObject({ name: optional(NameSchema()), code: optional(string()), location_type: optional(number()) })
}

/** Builds the schema of {@link Agency}. */
export function AgencySchema(): GenericSchema<Agency> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    contactor_id: optional(string()),
    contactor_name: optional(NameSchema()),
  })
}

/** Builds the schema of {@link Application}. */
export function ApplicationSchema(): GenericSchema<Application> {
  return looseObject({
    id: optional(string()),
    job_id: optional(string()),
    talent_id: optional(string()),
    resume_source_id: optional(string()),
    stage: optional(StageSchema()),
    active_status: optional(number()),
    delivery_type: optional(number()),
    resume_source_info: optional(ResumeSourceInfoSchema()),
    website_resume_source: optional(WebsiteResumeSourceSchema()),
    talent_attachment_resume_id: optional(string()),
    create_time: optional(string()),
    modify_time: optional(string()),
    stage_time_list: optional(array(StageTimeSchema())),
    termination_type: optional(number()),
    termination_reason_list: optional(array(string())),
    termination_reason_note: optional(string()),
    application_preferred_city_list: optional(array(CitySchema())),
    creator_id: optional(string()),
    job_info: optional(ApplicationDetailJobSchema()),
  })
}

/** Builds the schema of {@link ApplicationDetail}. */
export function ApplicationDetailSchema(): GenericSchema<ApplicationDetail> {
  return looseObject({
    basic_info: optional(looseObject({
      id: optional(string()),
      job_id: optional(string()),
      talent_id: optional(string()),
      stage: optional(StageSchema()),
      active_status: optional(number()),
      delivery_type: optional(number()),
      resume_source_info: optional(ResumeSourceInfoSchema()),
      website_resume_source: optional(WebsiteResumeSourceSchema()),
      talent_attachment_resume_id: optional(string()),
      stage_time_list: optional(array(StageTimeSchema())),
      onboard_status: optional(number()),
      application_preferred_city_list: optional(array(CitySchema())),
      termination_reason: optional(looseObject({
        id: optional(string()),
        name: optional(NameSchema()),
        children: optional(array(CreatorSchema())),
      })),
      creator_id: optional(string()),
      owner_id: optional(string()),
      terminator_id: optional(string()),
      create_time: optional(string()),
      modify_time: optional(string()),
      lock_status: optional(number()),
      termination_reason_note: optional(string()),
    })),
    job: optional(ApplicationDetailJobSchema()),
    talent: optional(looseObject({
      id: optional(string()),
      name: optional(string()),
      mobile_code: optional(string()),
      mobile_number: optional(string()),
      email: optional(string()),
    })),
    evaluations: optional(array(ApplicationDetailEvaluationSchema())),
    interview_aggregation: optional(InterviewAggregationSchema()),
    offer: optional(ApplicationDetailOfferSchema()),
    employee: optional(looseObject({
      id: optional(string()),
      application_id: optional(string()),
      onboard_status: optional(number()),
      conversion_status: optional(number()),
      onboard_time: optional(string()),
      expected_conversion_time: optional(string()),
      actual_conversion_time: optional(string()),
      overboard_time: optional(string()),
      overboard_note: optional(string()),
      onboard_city_code: optional(string()),
      department_id: optional(string()),
      leader_id: optional(string()),
      sequence_id: optional(string()),
      level_id: optional(string()),
      employee_type: optional(string()),
      job_requirement_id: optional(string()),
    })),
    agency: optional(looseObject({
      basic_info: optional(looseObject({
        hunter_user_name: optional(NameSchema()),
        hunter_company_name: optional(string()),
      })),
      comment_info: optional(array(CommentInfoSchema())),
      salary_info: optional(array(CommentInfoSchema())),
    })),
    portal: optional(looseObject({
      campus_volunteer_info: optional(looseObject({ volunteer_seq: optional(number()) })),
    })),
    referral: optional(looseObject({
      basic_info: optional(looseObject({
        id: optional(string()),
        application_id: optional(string()),
        referral_type: optional(number()),
        user_info: optional(CreatorSchema()),
        create_time: optional(string()),
        referral_method: optional(number()),
      })),
      recommend_info: optional(looseObject({
        relationship: optional(number()),
        familiarity: optional(number()),
        comment: optional(string()),
        specific_relationship: optional(looseObject({
          relation_with_candidate: optional(number()),
          extra: optional(string()),
        })),
        work_ability_familiarity: optional(number()),
        match_degree: optional(number()),
      })),
    })),
  })
}

/** Builds the schema of {@link ApplicationDetailEvaluation}. */
export function ApplicationDetailEvaluationSchema(): GenericSchema<ApplicationDetailEvaluation> {
  return looseObject({
    id: optional(string()),
    application_id: optional(string()),
    stage_id: optional(string()),
    creator_id: optional(string()),
    evaluator_id: optional(string()),
    commit_status: optional(number()),
    conclusion: optional(number()),
    content: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
  })
}

/** Builds the schema of {@link ApplicationDetailJob}. */
export function ApplicationDetailJobSchema(): GenericSchema<ApplicationDetailJob> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    code: optional(string()),
    description: optional(string()),
    requirement: optional(string()),
    recruitment_type: optional(RecruitmentTypeSchema()),
    department: optional(CreatorSchema()),
    process_type: optional(number()),
    process_id: optional(string()),
    city_list: optional(CitySchema()),
  })
}

/** Builds the schema of {@link ApplicationDetailOffer}. */
export function ApplicationDetailOfferSchema(): GenericSchema<ApplicationDetailOffer> {
  return looseObject({
    offer_basic: optional(OfferBasicSchema()),
    offer_salary: optional(looseObject({
      id: optional(string()),
      salary_status: optional(number()),
      probation_salary_percentage: optional(string()),
      award_salary_multiple: optional(string()),
      option_shares: optional(string()),
      quarterly_bonus: optional(string()),
      half_year_bonus: optional(string()),
      total_annual_cash: optional(string()),
      customize_info_list: optional(array(CustomizeInfoSchema())),
      create_time: optional(string()),
    })),
  })
}

/** Builds the schema of {@link ApplicationInterviewListItem}. */
export function ApplicationInterviewListItemSchema(): GenericSchema<ApplicationInterviewListItem> {
  return looseObject({
    id: optional(string()),
    begin_time: optional(number()),
    end_time: optional(number()),
    round: optional(number()),
    stage_id: optional(string()),
    interview_record_list: optional(array(InterviewRecordSchema())),
  })
}

/** Builds the schema of {@link AssessmentDimension}. */
export function AssessmentDimensionSchema(): GenericSchema<AssessmentDimension> {
  return looseObject({
    score: optional(number()),
    option: optional(string()),
    options: optional(array(string())),
    content: optional(string()),
    assessment_type: optional(number()),
    title: optional(string()),
    description: optional(string()),
  })
}

/** Builds the schema of {@link AssessmentScore}. */
export function AssessmentScoreSchema(): GenericSchema<AssessmentScore> {
  return looseObject({ calculate_type: number(), score: number(), full_score: optional(number()) })
}

/** Builds the schema of {@link Attachment}. */
export function AttachmentSchema(): GenericSchema<Attachment> {
  return looseObject({ id: optional(string()), name: optional(string()), size: optional(number()) })
}

/** Builds the schema of {@link Award}. */
export function AwardSchema(): GenericSchema<Award> {
  return looseObject({
    id: optional(string()),
    title: optional(string()),
    award_time: optional(string()),
    desc: optional(string()),
    customized_data: optional(array(BasicInfoCustomizedDataSchema())),
  })
}

/** Builds the schema of {@link AwardCustomizedData}. */
export function AwardCustomizedDataSchema(): GenericSchema<AwardCustomizedData> {
  return looseObject({
    object_id: optional(string()),
    name: optional(NameSchema()),
    object_type: optional(number()),
    value: optional(looseObject({
      content: optional(string()),
      option: optional(OptionSchema()),
      option_list: optional(array(OptionSchema())),
      time_range: optional(TimeRangeSchema()),
      time: optional(string()),
      number: optional(string()),
      customized_attachment: optional(array(looseObject({
        file_id: optional(string()),
        name: optional(string()),
        content_type: optional(string()),
        file_size: optional(number()),
      }))),
    })),
  })
}

/** Builds the schema of {@link BasicInfo}. */
export function BasicInfoSchema(): GenericSchema<BasicInfo> {
  return looseObject({
    department_id: optional(string()),
    leader_user_id: optional(string()),
    employment_job_id: optional(string()),
    employee_type_id: optional(string()),
    job_family_id: optional(string()),
    job_level_id: optional(string()),
    probation_month: optional(number()),
    contract_year: optional(number()),
    contract_period: optional(ContractPeriodSchema()),
    expected_onboard_date: optional(string()),
    onboard_address_id: optional(string()),
    work_address_id: optional(string()),
    owner_user_id: optional(string()),
    recommended_words: optional(string()),
    job_requirement_id: optional(string()),
    job_process_type_id: optional(number()),
    attachment_id_list: optional(array(string())),
    common_attachment_id_list: optional(array(string())),
    attachment_description: optional(string()),
    operator_user_id: string(),
    position_id: optional(string()),
    job_offered: optional(string()),
    job_grade_id: optional(string()),
    pathway_id: optional(string()),
  })
}

/** Builds the schema of {@link BasicInfoCurrentCity}. */
export function BasicInfoCurrentCitySchema(): GenericSchema<BasicInfoCurrentCity> {
  return looseObject({ city_code: optional(string()), zh_name: optional(string()), en_name: optional(string()) })
}

/** Builds the schema of {@link BasicInfoCustomizedData}. */
export function BasicInfoCustomizedDataSchema(): GenericSchema<BasicInfoCustomizedData> {
  return looseObject({
    object_id: optional(string()),
    value: optional(string()),
    children: optional(array(CustomizedDataSchema())),
  })
}

/** Builds the schema of {@link BatchQueryItem}. */
export function BatchQueryItemSchema(): GenericSchema<BatchQueryItem> {
  return looseObject({
    order_id: optional(string()),
    application_id: optional(string()),
    order_status: optional(number()),
    account_third_type: optional(number()),
    package: optional(string()),
    name: optional(string()),
    feedback_info_list: optional(array(looseObject({
      id: optional(string()),
      attachment_url: optional(string()),
      report_preview_url: optional(string()),
      result: optional(string()),
      report_type: optional(number()),
      create_time: optional(string()),
      report_name: optional(string()),
    }))),
    process_info_list: optional(array(looseObject({
      process: optional(string()),
      update_time: optional(string()),
      en_process: optional(string()),
    }))),
    upload_time: optional(string()),
    candidate_info: optional(CandidateInfoSchema()),
    creator_info: optional(looseObject({ user_id: optional(string()) })),
    contactor_info: optional(CandidateInfoSchema()),
    begin_time: optional(string()),
    end_time: optional(string()),
    conclusion: optional(string()),
    provider_info: optional(looseObject({ provider_id: optional(string()), provider_name: optional(NameSchema()) })),
    custom_field_list: optional(array(CustomFieldSchema())),
    custom_data_list: optional(array(looseObject({ key: optional(string()), value: optional(string()) }))),
    ext_item_info_list: optional(array(looseObject({ id: optional(string()), name: optional(string()) }))),
    update_time: optional(string()),
    geo: optional(picklist(['cn', 'sg', 'us', 'jp'])),
    location_code: optional(string()),
    remark: optional(string()),
  })
}

/** Builds the schema of {@link BatchUpdateCustomField}. */
export function BatchUpdateCustomFieldSchema(): GenericSchema<BatchUpdateCustomField> {
  return looseObject({ key: string(), name: NameSchema(), is_required: boolean(), description: optional(NameSchema()) })
}

/** Builds the schema of {@link CampusPermissionCollection}. */
export function CampusPermissionCollectionSchema(): GenericSchema<CampusPermissionCollection> {
  return looseObject({
    feature_permissions: optional(array(CreatorSchema())),
    management_permissions: optional(array(CreatorSchema())),
    data_permissions: optional(array(looseObject({
      id: optional(string()),
      name: optional(NameSchema()),
      select_status: optional(number()),
    }))),
    business_management_scopes: optional(array(looseObject({
      entity: optional(CitySchema()),
      permission_groups: optional(array(looseObject({
        permission_ids: optional(array(string())),
        scope_rule: optional(looseObject({ rule_type: optional(number()) })),
      }))),
    }))),
  })
}

/** Builds the schema of {@link CandidateInfo}. */
export function CandidateInfoSchema(): GenericSchema<CandidateInfo> {
  return looseObject({
    name: optional(string()),
    mobile: optional(string()),
    email: optional(string()),
    first_name: optional(string()),
    last_name: optional(string()),
  })
}

/** Builds the schema of {@link Career}. */
export function CareerSchema(): GenericSchema<Career> {
  return looseObject({
    desc: optional(string()),
    end_time: optional(number()),
    start_time: optional(number()),
    title: optional(string()),
    company: optional(string()),
    customized_data: optional(array(CustomizedDataSchema())),
  })
}

/** Builds the schema of {@link Cash}. */
export function CashSchema(): GenericSchema<Cash> {
  return looseObject({ currency_type: string(), amount: number() })
}

/** Builds the schema of {@link City}. */
export function CitySchema(): GenericSchema<City> {
  return looseObject({ code: optional(string()), name: optional(NameSchema()) })
}

/** Builds the schema of {@link CityNameInfo}. */
export function CityNameInfoSchema(): GenericSchema<CityNameInfo> {
  return looseObject({ zh_name: optional(string()), en_name: optional(string()), py_name: optional(string()) })
}

/** Builds the schema of {@link CombinedCreateCareer}. */
export function CombinedCreateCareerSchema(): GenericSchema<CombinedCreateCareer> {
  return looseObject({
    id: optional(string()),
    company: optional(string()),
    title: optional(string()),
    desc: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    career_type: optional(number()),
    customized_data: optional(array(BasicInfoCustomizedDataSchema())),
  })
}

/** Builds the schema of {@link CommentInfo}. */
export function CommentInfoSchema(): GenericSchema<CommentInfo> {
  return looseObject({
    name: optional(NameSchema()),
    value: optional(NameSchema()),
    description: optional(NameSchema()),
  })
}

/** Builds the schema of {@link ConfigOption}. */
export function ConfigOptionSchema(): GenericSchema<ConfigOption> {
  return looseObject({ id: optional(string()), name: optional(NameSchema()), description: optional(NameSchema()) })
}

/** Builds the schema of {@link ConfirmedBonus}. */
export function ConfirmedBonusSchema(): GenericSchema<ConfirmedBonus> {
  return looseObject({
    point_bonus: optional(number()),
    cash: optional(CashSchema()),
    cash_bonus: optional(array(CashSchema())),
  })
}

/** Builds the schema of {@link ContractPeriod}. */
export function ContractPeriodSchema(): GenericSchema<ContractPeriod> {
  return looseObject({ period_type: number(), period: number() })
}

/** Builds the schema of {@link CreateBasicInfo}. */
export function CreateBasicInfoSchema(): GenericSchema<CreateBasicInfo> {
  return looseObject({
    department_id: string(),
    leader_user_id: string(),
    employment_job_id: optional(string()),
    employee_type_id: optional(string()),
    job_family_id: optional(string()),
    job_level_id: optional(string()),
    probation_month: optional(number()),
    contract_year: optional(number()),
    contract_period: optional(ContractPeriodSchema()),
    expected_onboard_date: optional(string()),
    onboard_address_id: optional(string()),
    work_address_id: optional(string()),
    owner_user_id: string(),
    recommended_words: optional(string()),
    job_requirement_id: optional(string()),
    job_process_type_id: optional(number()),
    attachment_id_list: optional(array(string())),
    common_attachment_id_list: optional(array(string())),
    attachment_description: optional(string()),
    operator_user_id: string(),
    position_id: optional(string()),
    job_offered: optional(string()),
    job_grade_id: optional(string()),
    pathway_id: optional(string()),
  })
}

/** Builds the schema of {@link CreateJobRequirement}. */
export function CreateJobRequirementSchema(): GenericSchema<CreateJobRequirement> {
  return looseObject({
    id: optional(string()),
    short_code: optional(string()),
    name: optional(string()),
    display_progress: optional(number()),
    head_count: optional(number()),
    recruitment_type: optional(CreatorSchema()),
    employee_type: optional(CreatorSchema()),
    max_level: optional(CreatorSchema()),
    min_level: optional(CreatorSchema()),
    sequence: optional(CreatorSchema()),
    category: optional(number()),
    department: optional(CreatorSchema()),
    recruiter_list: optional(array(CreatorSchema())),
    jr_hiring_managers: optional(array(CreatorSchema())),
    direct_leader_list: optional(array(CreatorSchema())),
    start_time: optional(string()),
    deadline: optional(string()),
    priority: optional(number()),
    required_degree: optional(number()),
    max_salary: optional(string()),
    min_salary: optional(string()),
    address: optional(CreatorSchema()),
    description: optional(string()),
    customized_data_list: optional(array(ItemCustomizedDataSchema())),
    job_id_list: optional(array(string())),
    process_type: optional(number()),
    job_type: optional(ItemJobTypeSchema()),
    create_time: optional(string()),
    creator_id: optional(string()),
    update_time: optional(string()),
    employment_job_id: optional(string()),
    position_id: optional(string()),
    completion_time: optional(string()),
    approval_status: optional(number()),
    count_data: optional(looseObject({
      offer_count: optional(number()),
      pre_hire_count: optional(number()),
      complete_count: optional(number()),
    })),
  })
}

/** Builds the schema of {@link Creator}. */
export function CreatorSchema(): GenericSchema<Creator> {
  return looseObject({ id: optional(string()), name: optional(NameSchema()) })
}

/** Builds the schema of {@link CustomField}. */
export function CustomFieldSchema(): GenericSchema<CustomField> {
  return looseObject({
    type: picklist(['text', 'textarea', 'number', 'boolean', 'select', 'multiselect', 'date', 'file', 'resume']),
    key: string(),
    name: NameSchema(),
    is_required: boolean(),
    description: optional(NameSchema()),
    options: optional(array(looseObject({ key: string(), name: NameSchema() }))),
  })
}

/** Builds the schema of {@link CustomizeInfo}. */
export function CustomizeInfoSchema(): GenericSchema<CustomizeInfo> {
  return looseObject({ object_id: optional(string()), customize_value: optional(string()) })
}

/** Builds the schema of {@link CustomizedData}. */
export function CustomizedDataSchema(): GenericSchema<CustomizedData> {
  return looseObject({ object_id: optional(string()), value: optional(string()) })
}

/** Builds the schema of {@link CustomizedInfo}. */
export function CustomizedInfoSchema(): GenericSchema<CustomizedInfo> {
  return looseObject({ id: optional(string()), value: optional(string()) })
}

/** Builds the schema of {@link CustomizedModule}. */
export function CustomizedModuleSchema(): GenericSchema<CustomizedModule> {
  return looseObject({ ID: optional(string()), object_list: optional(array(CustomizeInfoSchema())) })
}

/** Builds the schema of {@link Delivery}. */
export function DeliverySchema(): GenericSchema<Delivery> {
  return looseObject({
    application_id: optional(string()),
    id: optional(string()),
    job_id: optional(string()),
    job_post_id: optional(string()),
    portal_resume_id: optional(string()),
    user_id: optional(string()),
    talent_id: optional(string()),
  })
}

/** Builds the schema of {@link DimensionAssessment}. */
export function DimensionAssessmentSchema(): GenericSchema<DimensionAssessment> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    full_score: optional(number()),
    content: optional(string()),
    dimension_id: optional(string()),
    dimension_score: optional(DimensionScoreSchema()),
    dimension_score_list: optional(array(DimensionScoreSchema())),
    dimension_custom_score: optional(number()),
    ability_list: optional(array(AbilitySchema())),
    question_list: optional(array(QuestionSchema())),
    dimension_type: optional(number()),
  })
}

/** Builds the schema of {@link DimensionOption}. */
export function DimensionOptionSchema(): GenericSchema<DimensionOption> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    score_val: optional(number()),
    alias_name: optional(NameSchema()),
  })
}

/** Builds the schema of {@link DimensionScore}. */
export function DimensionScoreSchema(): GenericSchema<DimensionScore> {
  return looseObject({ id: optional(string()), name: optional(NameSchema()), score_val: optional(number()) })
}

/** Builds the schema of {@link Education}. */
export function EducationSchema(): GenericSchema<Education> {
  return looseObject({
    id: optional(string()),
    degree: optional(number()),
    school: optional(string()),
    field_of_study: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    education_type: optional(number()),
    academic_ranking: optional(number()),
    customized_data: optional(array(BasicInfoCustomizedDataSchema())),
  })
}

/** Builds the schema of {@link Employee}. */
export function EmployeeSchema(): GenericSchema<Employee> {
  return looseObject({
    id: optional(string()),
    application_id: optional(string()),
    onboard_status: optional(number()),
    conversion_status: optional(number()),
    onboard_time: optional(number()),
    expected_conversion_time: optional(number()),
    actual_conversion_time: optional(number()),
    overboard_time: optional(number()),
    overboard_note: optional(string()),
    onboard_city_code: optional(string()),
    department: optional(string()),
    leader: optional(string()),
    sequence: optional(string()),
    level: optional(string()),
    employee_type: optional(string()),
    job_requirement_id: optional(string()),
    external_employment_id: optional(string()),
  })
}

/** Builds the schema of {@link Evaluation}. */
export function EvaluationSchema(): GenericSchema<Evaluation> {
  return looseObject({
    talent_id: optional(string()),
    job_id: optional(string()),
    application_id: optional(string()),
    id: optional(string()),
  })
}

/** Builds the schema of {@link ExternalApplication}. */
export function ExternalApplicationSchema(): GenericSchema<ExternalApplication> {
  return looseObject({
    id: optional(string()),
    external_id: optional(string()),
    job_recruitment_type: optional(number()),
    job_title: optional(string()),
    resume_source: optional(string()),
    stage: optional(string()),
    talent_id: string(),
    termination_reason: optional(string()),
    delivery_type: optional(number()),
    modify_time: optional(number()),
    create_time: optional(number()),
    termination_type: optional(string()),
  })
}

/** Builds the schema of {@link ExternalBackgroundCheck}. */
export function ExternalBackgroundCheckSchema(): GenericSchema<ExternalBackgroundCheck> {
  return looseObject({
    id: optional(string()),
    external_id: optional(string()),
    external_application_id: string(),
    date: optional(number()),
    name: optional(string()),
    result: optional(string()),
    attachment_id_list: optional(array(string())),
    attachment_list: optional(array(AttachmentSchema())),
  })
}

/** Builds the schema of {@link ExternalInfo}. */
export function ExternalInfoSchema(): GenericSchema<ExternalInfo> {
  return looseObject({ talent_id: optional(string()), external_create_time: optional(string()) })
}

/** Builds the schema of {@link ExternalInterview}. */
export function ExternalInterviewSchema(): GenericSchema<ExternalInterview> {
  return looseObject({
    external_id: optional(string()),
    external_application_id: string(),
    id: optional(string()),
    participate_status: optional(number()),
    begin_time: optional(number()),
    end_time: optional(number()),
    interview_assessments: optional(array(ExternalInterviewAssessmentSchema())),
  })
}

/** Builds the schema of {@link ExternalInterviewAssessment}. */
export function ExternalInterviewAssessmentSchema(): GenericSchema<ExternalInterviewAssessment> {
  return looseObject({
    id: optional(string()),
    external_id: optional(string()),
    username: optional(string()),
    conclusion: optional(number()),
    assessment_dimension_list: optional(array(AssessmentDimensionSchema())),
    content: optional(string()),
    external_interview_id: optional(string()),
  })
}

/** Builds the schema of {@link ExternalOffer}. */
export function ExternalOfferSchema(): GenericSchema<ExternalOffer> {
  return looseObject({
    id: optional(string()),
    external_id: optional(string()),
    external_application_id: string(),
    biz_create_time: optional(string()),
    owner: optional(string()),
    creator: optional(string()),
    offer_status: optional(string()),
    attachment_id_list: optional(array(string())),
    attachment_list: optional(array(AttachmentSchema())),
  })
}

/** Builds the schema of {@link GetByTalentItem}. */
export function GetByTalentItemSchema(): GenericSchema<GetByTalentItem> {
  return looseObject({ application_id: optional(string()), interview_list: optional(array(InterviewSchema())) })
}

/** Builds the schema of {@link GetJobPost}. */
export function GetJobPostSchema(): GenericSchema<GetJobPost> {
  return looseObject({
    id: optional(string()),
    title: optional(string()),
    job_id: optional(string()),
    job_code: optional(string()),
    job_expire_time: optional(string()),
    job_active_status: optional(number()),
    job_process_type: optional(number()),
    job_recruitment_type: optional(CreatorSchema()),
    job_department: optional(CreatorSchema()),
    job_type: optional(CreatorSchema()),
    min_job_level: optional(CreatorSchema()),
    max_job_level: optional(CreatorSchema()),
    address: optional(AddressSchema()),
    min_salary: optional(string()),
    max_salary: optional(string()),
    required_degree: optional(number()),
    experience: optional(number()),
    headcount: optional(number()),
    high_light_list: optional(array(CreatorSchema())),
    description: optional(string()),
    requirement: optional(string()),
    creator: optional(CreatorSchema()),
    create_time: optional(string()),
    modify_time: optional(string()),
    customized_data_list: optional(array(ItemCustomizedDataSchema())),
    job_function: optional(CreatorSchema()),
    subject: optional(CreatorSchema()),
    address_list: optional(array(AddressSchema())),
    job_sequence_info: optional(CreatorSchema()),
    currency: optional(number()),
    target_major_list: optional(array(CreatorSchema())),
  })
}

/** Builds the schema of {@link GetOffer}. */
export function GetOfferSchema(): GenericSchema<GetOffer> {
  return looseObject({
    id: optional(string()),
    application_id: optional(string()),
    basic_info: optional(OfferBasicInfoSchema()),
    salary_plan: optional(SalaryPlanSchema()),
    schema_id: optional(string()),
    offer_status: optional(number()),
    offer_type: optional(number()),
    job_info: optional(JobInfoSchema()),
    customized_module_list: optional(array(CustomizedModuleSchema())),
    job_requirement_id: optional(string()),
    offer_send_record_list: optional(array(OfferSendRecordSchema())),
  })
}

/** Builds the schema of {@link Identification}. */
export function IdentificationSchema(): GenericSchema<Identification> {
  return looseObject({ identification_type: optional(number()), identification_number: optional(string()) })
}

/** Builds the schema of {@link Image}. */
export function ImageSchema(): GenericSchema<Image> {
  return looseObject({
    id: string(),
    url: string(),
    name: optional(string()),
    mime: optional(string()),
    create_time: optional(string()),
  })
}

/** Builds the schema of {@link Interview}. */
export function InterviewSchema(): GenericSchema<Interview> {
  return looseObject({
    id: optional(string()),
    begin_time: optional(number()),
    end_time: optional(number()),
    round: optional(number()),
    interview_record_list: optional(array(InterviewInterviewRecordSchema())),
    feedback_submit_time: optional(number()),
    stage_id: optional(string()),
    application_id: optional(string()),
    stage: optional(CreatorSchema()),
    creator: optional(CreatorSchema()),
    biz_create_time: optional(number()),
    biz_modify_time: optional(number()),
    interview_round_summary: optional(number()),
    interview_arrangement_id: optional(string()),
    interview_type: optional(number()),
    talent_time_zone: optional(CitySchema()),
    contact_user: optional(CreatorSchema()),
    contact_mobile: optional(string()),
    remark: optional(string()),
    address: optional(AddressSchema()),
    video_type: optional(number()),
    arrangement_status: optional(number()),
    arrangement_type: optional(number()),
    arrangement_appointment_kind: optional(number()),
    meeting_room_list: optional(array(MeetingRoomSchema())),
    interview_round_type: optional(CreatorSchema()),
  })
}

/** Builds the schema of {@link InterviewAddress}. */
export function InterviewAddressSchema(): GenericSchema<InterviewAddress> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    district: optional(AddressCitySchema()),
    city: optional(AddressCitySchema()),
    state: optional(AddressCitySchema()),
    country: optional(AddressCitySchema()),
  })
}

/** Builds the schema of {@link InterviewAggregation}. */
export function InterviewAggregationSchema(): GenericSchema<InterviewAggregation> {
  return looseObject({ interviews: optional(array(InterviewAggregationInterviewSchema())) })
}

/** Builds the schema of {@link InterviewAggregationInterview}. */
export function InterviewAggregationInterviewSchema(): GenericSchema<InterviewAggregationInterview> {
  return looseObject({
    id: optional(string()),
    begin_time: optional(string()),
    end_time: optional(string()),
    round: optional(number()),
    interview_record_list: optional(array(InterviewAggregationInterviewInterviewRecordSchema())),
    feedback_submit_time: optional(string()),
    stage_id: optional(string()),
    application_id: optional(string()),
    stage: optional(CreatorSchema()),
    creator: optional(CreatorSchema()),
    create_time: optional(string()),
    update_time: optional(string()),
    interview_round_summary: optional(number()),
    interview_arrangement_id: optional(string()),
    interview_type: optional(number()),
    talent_time_zone: optional(CitySchema()),
    contact_user: optional(CreatorSchema()),
    contact_mobile: optional(string()),
    remark: optional(string()),
    address: optional(InterviewAddressSchema()),
    video_type: optional(number()),
    arrangement_status: optional(number()),
    arrangement_type: optional(number()),
    arrangement_appointment_kind: optional(number()),
    meeting_room_list: optional(array(MeetingRoomSchema())),
    interview_round_type: optional(CreatorSchema()),
  })
}

/** Builds the schema of {@link InterviewAggregationInterviewInterviewRecord}. */
export function InterviewAggregationInterviewInterviewRecordSchema(): GenericSchema<InterviewAggregationInterviewInterviewRecord> {
  return looseObject({
    id: optional(string()),
    feedback_form_id: optional(string()),
    commit_status: optional(number()),
    submit_time: optional(string()),
    record_score: optional(looseObject({ score: optional(number()), total_score: optional(number()) })),
    interviewer: optional(CreatorSchema()),
    attachments: optional(array(looseObject({
      file_id: optional(string()),
      file_name: optional(string()),
      content_type: optional(string()),
      create_time: optional(string()),
    }))),
    module_assessments: optional(array(ModuleAssessmentSchema())),
  })
}

/** Builds the schema of {@link InterviewAppointmentConfig}. */
export function InterviewAppointmentConfigSchema(): GenericSchema<InterviewAppointmentConfig> {
  return looseObject({
    enable_interview_appointment_by_interviewer: optional(boolean()),
    config: optional(looseObject({
      interview_type: optional(number()),
      talent_timezone_code: optional(string()),
      contact_user_id: optional(string()),
      contact_mobile: optional(string()),
      contact_email: optional(string()),
      address_id: optional(string()),
      video_type: optional(number()),
      cc: optional(array(string())),
      remark: optional(string()),
      interview_notification_template_id: optional(string()),
      appointment_notification_template_id: optional(string()),
      cancel_interview_notification_template_id: optional(string()),
    })),
  })
}

/** Builds the schema of {@link InterviewAssessment}. */
export function InterviewAssessmentSchema(): GenericSchema<InterviewAssessment> {
  return looseObject({
    username: optional(string()),
    conclusion: optional(number()),
    assessment_dimension_list: optional(array(AssessmentDimensionSchema())),
    content: optional(string()),
  })
}

/** Builds the schema of {@link InterviewFeedbackFormListItem}. */
export function InterviewFeedbackFormListItemSchema(): GenericSchema<InterviewFeedbackFormListItem> {
  return looseObject({
    id: optional(string()),
    version: optional(number()),
    name: optional(NameSchema()),
    type: optional(number()),
    score_calculation_config: optional(looseObject({
      enabled: optional(boolean()),
      calculation_mode: optional(number()),
    })),
    modules: optional(array(ModuleSchema())),
  })
}

/** Builds the schema of {@link InterviewInterviewRecord}. */
export function InterviewInterviewRecordSchema(): GenericSchema<InterviewInterviewRecord> {
  return looseObject({
    id: optional(string()),
    user_id: optional(string()),
    content: optional(string()),
    min_job_level_id: optional(string()),
    max_job_level_id: optional(string()),
    commit_status: optional(number()),
    conclusion: optional(number()),
    interview_score: optional(InterviewScoreSchema()),
    assessment_score: optional(AssessmentScoreSchema()),
    question_list: optional(array(QuestionSchema())),
    code_question_list: optional(array(QuestionSchema())),
    interviewer: optional(CreatorSchema()),
    image_list: optional(array(ImageSchema())),
    dimension_assessment_list: optional(array(DimensionAssessmentSchema())),
  })
}

/** Builds the schema of {@link InterviewRecord}. */
export function InterviewRecordSchema(): GenericSchema<InterviewRecord> {
  return looseObject({
    id: optional(string()),
    user_id: optional(string()),
    content: optional(string()),
    min_job_level_id: optional(string()),
    max_job_level_id: optional(string()),
    commit_status: optional(number()),
    feedback_submit_time: optional(number()),
    conclusion: optional(number()),
    interview_score: optional(InterviewScoreSchema()),
    assessment_score: optional(AssessmentScoreSchema()),
    question_list: optional(array(QuestionSchema())),
    code_question_list: optional(array(QuestionSchema())),
    interviewer: optional(CreatorSchema()),
    image_list: optional(array(ImageSchema())),
    dimension_assessment_list: optional(array(DimensionAssessmentSchema())),
  })
}

/** Builds the schema of {@link InterviewRound}. */
export function InterviewRoundSchema(): GenericSchema<InterviewRound> {
  return looseObject({ interviewer_list: optional(array(CreatorSchema())), round: optional(number()) })
}

/** Builds the schema of {@link InterviewRoundType}. */
export function InterviewRoundTypeSchema(): GenericSchema<InterviewRoundType> {
  return looseObject({ assessment_round: optional(CreatorSchema()), assessment_template: optional(CreatorSchema()) })
}

/** Builds the schema of {@link InterviewScore}. */
export function InterviewScoreSchema(): GenericSchema<InterviewScore> {
  return looseObject({
    id: optional(string()),
    level: optional(number()),
    zh_name: optional(string()),
    zh_description: optional(string()),
    en_name: optional(string()),
    en_description: optional(string()),
  })
}

/** Builds the schema of {@link Interviewer}. */
export function InterviewerSchema(): GenericSchema<Interviewer> {
  return looseObject({ user_id: optional(string()), verify_status: optional(number()) })
}

/** Builds the schema of {@link Item}. */
export function ItemSchema(): GenericSchema<Item> {
  return looseObject({
    id: optional(string()),
    job_id: optional(string()),
    talent_id: optional(string()),
    application_id: optional(string()),
    activity_status: optional(number()),
  })
}

/** Builds the schema of {@link ItemCustomizedData}. */
export function ItemCustomizedDataSchema(): GenericSchema<ItemCustomizedData> {
  return looseObject({
    object_id: optional(string()),
    name: optional(NameSchema()),
    object_type: optional(number()),
    value: optional(looseObject({
      content: optional(string()),
      option: optional(OptionSchema()),
      option_list: optional(array(OptionSchema())),
      time_range: optional(TimeRangeSchema()),
      time: optional(string()),
      number: optional(string()),
    })),
  })
}

/** Builds the schema of {@link ItemJobType}. */
export function ItemJobTypeSchema(): GenericSchema<ItemJobType> {
  return looseObject({ id: string(), name: NameSchema(), parent_id: optional(string()) })
}

/** Builds the schema of {@link ItemObject}. */
export function ItemObjectSchema(): GenericSchema<ItemObject> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    setting: optional(SettingSchema()),
    is_customized: optional(boolean()),
    is_required: optional(boolean()),
    is_visible: optional(boolean()),
    active_status: optional(number()),
    children_list: optional(array(looseObject({
      id: optional(string()),
      name: optional(NameSchema()),
      description: optional(NameSchema()),
      setting: optional(SettingSchema()),
      parent_id: optional(string()),
      is_customized: optional(boolean()),
      is_required: optional(boolean()),
      is_visible: optional(boolean()),
      active_status: optional(number()),
    }))),
  })
}

/** Builds the schema of {@link Job}. */
export function JobSchema(): GenericSchema<Job> {
  return looseObject({
    id: optional(string()),
    title: optional(string()),
    description: optional(string()),
    code: optional(string()),
    requirement: optional(string()),
    recruitment_type: optional(JobCategorySchema()),
    department: optional(TargetMajorSchema()),
    city: optional(BasicInfoCurrentCitySchema()),
    min_job_level: optional(JobCategorySchema()),
    max_job_level: optional(JobCategorySchema()),
    highlight_list: optional(array(TargetMajorSchema())),
    job_category: optional(JobCategorySchema()),
    job_type: optional(TargetMajorSchema()),
    active_status: optional(number()),
    create_user_id: optional(string()),
    create_time: optional(number()),
    update_time: optional(number()),
    process_type: optional(number()),
    process_id: optional(string()),
    process_name: optional(string()),
    process_en_name: optional(string()),
    customized_data_list: optional(array(ItemCustomizedDataSchema())),
    job_function: optional(CreatorSchema()),
    subject: optional(CreatorSchema()),
    head_count: optional(number()),
    experience: optional(number()),
    expiry_time: optional(number()),
    min_salary: optional(number()),
    max_salary: optional(number()),
    required_degree: optional(number()),
    city_list: optional(array(CitySchema())),
    job_attribute: optional(number()),
    create_timestamp: optional(string()),
    update_timestamp: optional(string()),
    expiry_timestamp: optional(string()),
    target_major_list: optional(array(TargetMajorSchema())),
  })
}

/** Builds the schema of {@link JobCategory}. */
export function JobCategorySchema(): GenericSchema<JobCategory> {
  return looseObject({
    id: optional(string()),
    zh_name: optional(string()),
    en_name: optional(string()),
    active_status: optional(number()),
  })
}

/** Builds the schema of {@link JobConfig}. */
export function JobConfigSchema(): GenericSchema<JobConfig> {
  return looseObject({
    offer_apply_schema: optional(CreatorSchema()),
    offer_process_conf: optional(CreatorSchema()),
    recommended_evaluator_list: optional(array(CreatorSchema())),
    assessment_template: optional(CreatorSchema()),
    id: optional(string()),
    interview_round_list: optional(array(InterviewRoundSchema())),
    job_requirement_list: optional(array(CreatorSchema())),
    interview_registration: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
    onboard_registration: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
    interview_round_type_list: optional(array(InterviewRoundTypeSchema())),
    related_job_list: optional(array(CreatorSchema())),
    job_attribute: optional(number()),
    interview_appointment_config: optional(InterviewAppointmentConfigSchema()),
    portal_website_apply_form_schema_info: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
  })
}

/** Builds the schema of {@link JobDetail}. */
export function JobDetailSchema(): GenericSchema<JobDetail> {
  return looseObject({
    basic_info: optional(JobDetailBasicInfoSchema()),
    recruiter: optional(CreatorSchema()),
    assistant_list: optional(array(CreatorSchema())),
    hiring_manager_list: optional(array(CreatorSchema())),
    job_requirement_list: optional(array(looseObject({
      id: optional(string()),
      short_code: optional(string()),
      name: optional(string()),
      department_id: optional(string()),
    }))),
    address_list: optional(array(AddressSchema())),
    job_config: optional(JobDetailJobConfigSchema()),
    storefront_list: optional(array(looseObject({
      id: optional(string()),
      name: optional(NameSchema()),
      active_status: optional(number()),
      department: optional(CreatorSchema()),
      address: optional(AddressSchema()),
      manager: optional(CreatorSchema()),
      create_time: optional(string()),
      remark: optional(NameSchema()),
    }))),
    tag_list: optional(array(looseObject({
      id: optional(string()),
      name: optional(NameSchema()),
      order: optional(number()),
    }))),
    stage_count_list: optional(array(looseObject({ count: optional(number()), stage: optional(StageSchema()) }))),
  })
}

/** Builds the schema of {@link JobDetailBasicInfo}. */
export function JobDetailBasicInfoSchema(): GenericSchema<JobDetailBasicInfo> {
  return looseObject({
    id: optional(string()),
    title: optional(string()),
    description: optional(string()),
    code: optional(string()),
    requirement: optional(string()),
    recruitment_type: optional(RecruitmentTypeSchema()),
    department: optional(CreatorSchema()),
    min_job_level: optional(RecruitmentTypeSchema()),
    max_job_level: optional(RecruitmentTypeSchema()),
    highlight_list: optional(array(CreatorSchema())),
    job_category: optional(RecruitmentTypeSchema()),
    job_type: optional(CreatorSchema()),
    active_status: optional(number()),
    creator_id: optional(string()),
    create_time: optional(string()),
    update_time: optional(string()),
    process_type: optional(number()),
    process_id: optional(string()),
    process_name: optional(NameSchema()),
    customized_data_list: optional(array(ItemCustomizedDataSchema())),
    job_function: optional(CreatorSchema()),
    subject: optional(CreatorSchema()),
    head_count: optional(number()),
    experience: optional(number()),
    expiry_time: optional(string()),
    min_salary: optional(number()),
    max_salary: optional(number()),
    required_degree: optional(number()),
    city_list: optional(array(CitySchema())),
    job_attribute: optional(number()),
    target_major_list: optional(array(CreatorSchema())),
    storefront_mode: optional(number()),
  })
}

/** Builds the schema of {@link JobDetailJobConfig}. */
export function JobDetailJobConfigSchema(): GenericSchema<JobDetailJobConfig> {
  return looseObject({
    offer_apply_schema: optional(CreatorSchema()),
    offer_process_conf: optional(CreatorSchema()),
    recommended_evaluator_list: optional(array(CreatorSchema())),
    assessment_template: optional(CreatorSchema()),
    id: optional(string()),
    interview_round_list: optional(array(InterviewRoundSchema())),
    interview_registration: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
    onboard_registration: optional(PortalWebsiteApplyFormSchemaInfoSchema()),
    interview_round_type_list: optional(array(InterviewRoundTypeSchema())),
    related_job_list: optional(array(CreatorSchema())),
    job_attribute: optional(number()),
    interview_appointment_config: optional(InterviewAppointmentConfigSchema()),
    internship_offer_apply_schema: optional(CreatorSchema()),
  })
}

/** Builds the schema of {@link JobInfo}. */
export function JobInfoSchema(): GenericSchema<JobInfo> {
  return looseObject({ job_id: optional(string()), job_name: optional(string()) })
}

/** Builds the schema of {@link JobListItem}. */
export function JobListItemSchema(): GenericSchema<JobListItem> {
  return looseObject({
    id: optional(string()),
    title: optional(string()),
    description: optional(string()),
    code: optional(string()),
    requirement: optional(string()),
    recruitment_type: optional(JobCategorySchema()),
    department: optional(TargetMajorSchema()),
    city: optional(BasicInfoCurrentCitySchema()),
    min_job_level: optional(JobCategorySchema()),
    max_job_level: optional(JobCategorySchema()),
    highlight_list: optional(array(TargetMajorSchema())),
    job_category: optional(JobCategorySchema()),
    job_type: optional(TargetMajorSchema()),
    active_status: optional(number()),
    create_user_id: optional(string()),
    create_time: optional(number()),
    update_time: optional(number()),
    process_type: optional(number()),
    process_id: optional(string()),
    process_name: optional(string()),
    process_en_name: optional(string()),
    job_function: optional(CreatorSchema()),
    subject: optional(CreatorSchema()),
    head_count: optional(number()),
    experience: optional(number()),
    expiry_time: optional(number()),
    min_salary: optional(number()),
    max_salary: optional(number()),
    required_degree: optional(number()),
    city_list: optional(array(CitySchema())),
    job_attribute: optional(number()),
    create_timestamp: optional(string()),
    update_timestamp: optional(string()),
    expiry_timestamp: optional(string()),
    target_major_list: optional(array(TargetMajorSchema())),
  })
}

/** Builds the schema of {@link JobManager}. */
export function JobManagerSchema(): GenericSchema<JobManager> {
  return looseObject({
    id: optional(string()),
    recruiter_id: string(),
    hiring_manager_id_list: array(string()),
    assistant_id_list: optional(array(string())),
  })
}

/** Builds the schema of {@link JobPost}. */
export function JobPostSchema(): GenericSchema<JobPost> {
  return looseObject({
    id: optional(string()),
    title: optional(string()),
    job_id: optional(string()),
    job_code: optional(string()),
    job_expire_time: optional(string()),
    job_active_status: optional(number()),
    job_process_type: optional(number()),
    job_recruitment_type: optional(CreatorSchema()),
    job_department: optional(CreatorSchema()),
    job_type: optional(CreatorSchema()),
    min_job_level: optional(CreatorSchema()),
    max_job_level: optional(CreatorSchema()),
    address: optional(AddressSchema()),
    min_salary: optional(string()),
    max_salary: optional(string()),
    required_degree: optional(number()),
    experience: optional(number()),
    headcount: optional(number()),
    high_light_list: optional(array(CreatorSchema())),
    description: optional(string()),
    requirement: optional(string()),
    creator: optional(CreatorSchema()),
    create_time: optional(string()),
    modify_time: optional(string()),
    customized_data_list: optional(array(ItemCustomizedDataSchema())),
    job_function: optional(CreatorSchema()),
    subject: optional(CreatorSchema()),
    address_list: optional(array(AddressSchema())),
  })
}

/** Builds the schema of {@link Language}. */
export function LanguageSchema(): GenericSchema<Language> {
  return looseObject({
    id: optional(string()),
    language: optional(number()),
    proficiency: optional(number()),
    customized_data: optional(array(BasicInfoCustomizedDataSchema())),
  })
}

/** Builds the schema of {@link ListItem}. */
export function ListItemSchema(): GenericSchema<ListItem> {
  return looseObject({
    id: optional(string()),
    title: optional(string()),
    job_id: optional(string()),
    job_code: optional(string()),
    job_expire_time: optional(string()),
    job_active_status: optional(number()),
    job_process_type: optional(number()),
    job_recruitment_type: optional(CreatorSchema()),
    job_department: optional(CreatorSchema()),
    job_type: optional(CreatorSchema()),
    min_job_level: optional(CreatorSchema()),
    max_job_level: optional(CreatorSchema()),
    address: optional(AddressSchema()),
    min_salary: optional(string()),
    max_salary: optional(string()),
    required_degree: optional(number()),
    experience: optional(number()),
    headcount: optional(number()),
    high_light_list: optional(array(CreatorSchema())),
    description: optional(string()),
    requirement: optional(string()),
    creator: optional(CreatorSchema()),
    create_time: optional(string()),
    modify_time: optional(string()),
    customized_data_list: optional(array(ItemCustomizedDataSchema())),
    address_list: optional(array(AddressSchema())),
    job_sequence_info: optional(CreatorSchema()),
    currency: optional(number()),
    target_major_list: optional(array(CreatorSchema())),
  })
}

/** Builds the schema of {@link MeetingRoom}. */
export function MeetingRoomSchema(): GenericSchema<MeetingRoom> {
  return looseObject({
    room_id: optional(string()),
    room_name: optional(string()),
    building_name: optional(string()),
    reserved_status: optional(number()),
    floor_name: optional(string()),
  })
}

/** Builds the schema of {@link MentionEntity}. */
export function MentionEntitySchema(): GenericSchema<MentionEntity> {
  return looseObject({ offset: number(), user_id: string() })
}

/** Builds the schema of {@link Module}. */
export function ModuleSchema(): GenericSchema<Module> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    type: optional(number()),
    sequence: optional(number()),
    weight: optional(number()),
    dimensions: optional(array(looseObject({
      id: optional(string()),
      name: optional(NameSchema()),
      description: optional(NameSchema()),
      type: optional(number()),
      enabled: optional(boolean()),
      sequence: optional(number()),
      is_required: optional(boolean()),
      weight: optional(number()),
      score_dimension_config: optional(looseObject({
        score_dimension_type: optional(number()),
        lower_limit_score: optional(number()),
        upper_limit_score: optional(number()),
      })),
      option_items: optional(array(looseObject({
        id: optional(string()),
        name: optional(NameSchema()),
        description: optional(NameSchema()),
        score_val: optional(number()),
        alias_name: optional(NameSchema()),
      }))),
      display_not_evident: optional(boolean()),
      ability_list: optional(array(ConfigOptionSchema())),
      related_dimension_config: optional(looseObject({
        type: optional(number()),
        related_dimension_settings: optional(array(looseObject({
          dimension_id: optional(string()),
          related_operator_type: optional(number()),
          dimension_option_ids: optional(array(string())),
        }))),
      })),
      dimension_ability_args: optional(array(looseObject({
        ability_id: optional(string()),
        place_holder: optional(string()),
        en_place_holder: optional(string()),
      }))),
    }))),
  })
}

/** Builds the schema of {@link ModuleAssessment}. */
export function ModuleAssessmentSchema(): GenericSchema<ModuleAssessment> {
  return looseObject({
    interview_feedback_form_module_id: optional(string()),
    module_name: optional(NameSchema()),
    module_type: optional(number()),
    module_weight: optional(number()),
    module_score: optional(number()),
    dimension_assessments: optional(array(looseObject({
      interview_feedback_form_dimension_id: optional(string()),
      dimension_name: optional(NameSchema()),
      dimension_type: optional(number()),
      weight: optional(number()),
      dimension_content: optional(string()),
      dimension_option: optional(DimensionOptionSchema()),
      dimension_options: optional(array(DimensionOptionSchema())),
      dimension_score: optional(number()),
      recommended_job_level: optional(looseObject({
        lower_limit_job_level_name: optional(NameSchema()),
        higher_limit_job_level_name: optional(NameSchema()),
      })),
      question_assessments: optional(array(looseObject({
        question_type: optional(number()),
        title: optional(NameSchema()),
        description: optional(NameSchema()),
        content: optional(string()),
        abilities: optional(array(AbilitySchema())),
      }))),
      ability_assessments: optional(array(looseObject({
        id: optional(string()),
        ability_id: optional(string()),
        content: optional(string()),
      }))),
    }))),
  })
}

/** Builds the schema of {@link Name}. */
export function NameSchema(): GenericSchema<Name> {
  return looseObject({ zh_cn: optional(string()), en_us: optional(string()) })
}

/** Builds the schema of {@link Nationality}. */
export function NationalitySchema(): GenericSchema<Nationality> {
  return looseObject({ nationality_code: optional(string()), zh_name: optional(string()), en_name: optional(string()) })
}

/** Builds the schema of {@link Note}. */
export function NoteSchema(): GenericSchema<Note> {
  return looseObject({
    id: optional(string()),
    talent_id: string(),
    application_id: optional(string()),
    is_private: optional(boolean()),
    create_time: optional(number()),
    modify_time: optional(number()),
    creator_id: optional(string()),
    content: string(),
    notify_mentioned_user: optional(boolean()),
    mention_entity_list: optional(array(MentionEntitySchema())),
  })
}

/** Builds the schema of {@link Object}. */
export function ObjectSchema(): GenericSchema<Object> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    setting: optional(SettingSchema()),
    is_customized: optional(boolean()),
    is_required: optional(boolean()),
    active_status: optional(number()),
    children_list: optional(array(looseObject({
      id: optional(string()),
      name: optional(NameSchema()),
      description: optional(NameSchema()),
      setting: optional(SettingSchema()),
      parent_id: optional(string()),
      is_customized: optional(boolean()),
      is_required: optional(boolean()),
      active_status: optional(number()),
    }))),
  })
}

/** Builds the schema of {@link OffboardingInfo}. */
export function OffboardingInfoSchema(): GenericSchema<OffboardingInfo> {
  return looseObject({ actual_offboarding_date: string(), notes: optional(string()) })
}

/** Builds the schema of {@link Offer}. */
export function OfferSchema(): GenericSchema<Offer> {
  return looseObject({
    id: optional(string()),
    application_id: optional(string()),
    basic_info: optional(OfferBasicInfoSchema()),
    salary_plan: optional(SalaryPlanSchema()),
    schema_id: optional(string()),
    offer_status: optional(number()),
    job_info: optional(JobInfoSchema()),
    customized_module_list: optional(array(CustomizedModuleSchema())),
    job_requirement_id: optional(string()),
    offer_send_record_list: optional(array(OfferSendRecordSchema())),
  })
}

/** Builds the schema of {@link OfferApplyForm}. */
export function OfferApplyFormSchema(): GenericSchema<OfferApplyForm> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    schema: optional(looseObject({
      id: optional(string()),
      module_list: optional(array(looseObject({
        id: optional(string()),
        name: optional(NameSchema()),
        is_customized: optional(boolean()),
        active_status: optional(number()),
        hint: optional(NameSchema()),
        object_list: optional(array(looseObject({
          id: optional(string()),
          name: optional(NameSchema()),
          description: optional(NameSchema()),
          module_id: optional(string()),
          is_customized: optional(boolean()),
          is_required: optional(boolean()),
          active_status: optional(number()),
          need_approve: optional(boolean()),
          is_sensitive: optional(boolean()),
          object_type: optional(number()),
          object_type_v2: optional(picklist([
            'number',
            'boolean',
            'default',
            'text',
            'file',
            'formula',
            'amount',
            'select',
            'long_text',
            'multi_select',
            'date_select',
            'month_select',
            'year_select',
            'personnel_select',
            'personnel_multi_select',
            'city_single_select',
            'corehr_text',
            'corehr_long_text',
            'corehr_select',
            'corehr_multi_select',
            'corehr_date_select',
            'corehr_number',
            'corehr_boolean',
            'corehr_attachment',
            'corehr_personnel_select',
            'corehr_personnel_multi_select',
          ])),
          config: optional(looseObject({
            options: optional(array(ConfigOptionSchema())),
            formula: optional(looseObject({
              value: optional(string()),
              result: optional(number()),
              extra_map: optional(array(looseObject({ key: optional(string()), value: optional(NameSchema()) }))),
            })),
            object_display_config: optional(looseObject({
              display_condition: optional(number()),
              pre_object_config_list: optional(array(looseObject({
                id: optional(string()),
                operator: optional(number()),
                value: optional(array(string())),
              }))),
            })),
          })),
        }))),
      }))),
    })),
  })
}

/** Builds the schema of {@link OfferBasic}. */
export function OfferBasicSchema(): GenericSchema<OfferBasic> {
  return looseObject({
    id: optional(string()),
    offer_status: optional(number()),
    leader: optional(CreatorSchema()),
    employee_type: optional(CreatorSchema()),
    department: optional(CreatorSchema()),
    sequence: optional(CreatorSchema()),
    level: optional(CreatorSchema()),
    company_main_body: optional(CreatorSchema()),
    job_requirement_id: optional(string()),
    probation_month: optional(number()),
    contract_period: optional(ContractPeriodSchema()),
    onboard_date: optional(string()),
    owner: optional(CreatorSchema()),
    onboard_address: optional(InterviewAddressSchema()),
    work_address: optional(InterviewAddressSchema()),
    remark: optional(string()),
    attachment_list: optional(array(looseObject({
      id: optional(string()),
      name: optional(string()),
      size: optional(number()),
      common_attachment_id: optional(string()),
    }))),
    customize_info_list: optional(array(CustomizeInfoSchema())),
    create_time: optional(string()),
  })
}

/** Builds the schema of {@link OfferBasicInfo}. */
export function OfferBasicInfoSchema(): GenericSchema<OfferBasicInfo> {
  return looseObject({
    offer_type: optional(number()),
    remark: optional(string()),
    expire_time: optional(number()),
    owner_user_id: optional(string()),
    creator_user_id: optional(string()),
    employee_type: optional(TargetMajorSchema()),
    create_time: optional(string()),
    leader_user_id: optional(string()),
    onboard_date: optional(string()),
    department_id: optional(string()),
    probation_month: optional(number()),
    contract_year: optional(number()),
    contract_period: optional(ContractPeriodSchema()),
    recruitment_type: optional(TargetMajorSchema()),
    sequence: optional(TargetMajorSchema()),
    level: optional(TargetMajorSchema()),
    onboard_address: optional(OnboardAddressSchema()),
    work_address: optional(OnboardAddressSchema()),
    customize_info_list: optional(array(CustomizeInfoSchema())),
    work_location_address_info: optional(looseObject({
      location_info: optional(TargetMajorSchema()),
      address_info: optional(TargetMajorSchema()),
    })),
    position_id: optional(string()),
    job_offered: optional(string()),
    job_grade_id: optional(string()),
    common_attachment_id_list: optional(array(string())),
    pathway_id: optional(string()),
  })
}

/** Builds the schema of {@link OfferSendRecord}. */
export function OfferSendRecordSchema(): GenericSchema<OfferSendRecord> {
  return looseObject({
    offer_send_record_id: optional(string()),
    operator_user_id: optional(string()),
    send_time: optional(string()),
    offer_letter_status: optional(number()),
    email_info: optional(looseObject({
      cc_email_list: optional(array(string())),
      receiver_email_list: optional(array(string())),
      content: optional(string()),
    })),
    acceptance_list: optional(array(looseObject({
      operator_type: optional(number()),
      conclusion: optional(number()),
      memo: optional(string()),
      operate_time: optional(string()),
    }))),
    offer_file_list: optional(array(looseObject({
      id: optional(string()),
      file_template_id: optional(string()),
      file_template_name: optional(string()),
      file_template_type_id: optional(string()),
      file_template_type_name: optional(string()),
    }))),
    offer_signature_info: optional(looseObject({
      id: optional(string()),
      signature_status: optional(number()),
      attachment_list: optional(array(looseObject({
        id: optional(string()),
        file_name: optional(string()),
        file_template_id: optional(string()),
        file_template_name: optional(string()),
        file_template_type_id: optional(string()),
        file_template_type_name: optional(string()),
      }))),
    })),
  })
}

/** Builds the schema of {@link OnboardAddress}. */
export function OnboardAddressSchema(): GenericSchema<OnboardAddress> {
  return looseObject({
    id: optional(string()),
    zh_name: optional(string()),
    en_name: optional(string()),
    district: optional(OnboardAddressCitySchema()),
    city: optional(OnboardAddressCitySchema()),
    state: optional(OnboardAddressCitySchema()),
    country: optional(OnboardAddressCitySchema()),
  })
}

/** Builds the schema of {@link OnboardAddressCity}. */
export function OnboardAddressCitySchema(): GenericSchema<OnboardAddressCity> {
  return looseObject({
    zh_name: optional(string()),
    en_name: optional(string()),
    code: optional(string()),
    location_type: optional(number()),
  })
}

/** Builds the schema of {@link OnboardedProtection}. */
export function OnboardedProtectionSchema(): GenericSchema<OnboardedProtection> {
  return looseObject({
    protection_type: optional(number()),
    application_id: optional(string()),
    start_time: optional(string()),
    expire_time: optional(string()),
    agency_supplier_id: optional(string()),
    agency_supplier_name: optional(NameSchema()),
    agency_supplier_user_id: optional(string()),
    agency_supplier_user_name: optional(NameSchema()),
  })
}

/** Builds the schema of {@link Option}. */
export function OptionSchema(): GenericSchema<Option> {
  return looseObject({ key: optional(string()), name: optional(NameSchema()) })
}

/** Builds the schema of {@link PaidBonus}. */
export function PaidBonusSchema(): GenericSchema<PaidBonus> {
  return looseObject({
    bonus_type: optional(number()),
    point_bonus: optional(number()),
    cash: optional(CashSchema()),
    cash_bonus: optional(array(CashSchema())),
  })
}

/** Builds the schema of {@link Paper}. */
export function PaperSchema(): GenericSchema<Paper> {
  return looseObject({
    id: string(),
    name: string(),
    duration: optional(number()),
    question_count: optional(number()),
    start_time: optional(string()),
    end_time: optional(string()),
  })
}

/** Builds the schema of {@link PortalApplySchemaListItem}. */
export function PortalApplySchemaListItemSchema(): GenericSchema<PortalApplySchemaListItem> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    scenarios: optional(array(number())),
    objects: optional(array(ItemObjectSchema())),
  })
}

/** Builds the schema of {@link PortalWebsiteApplyFormSchemaInfo}. */
export function PortalWebsiteApplyFormSchemaInfoSchema(): GenericSchema<PortalWebsiteApplyFormSchemaInfo> {
  return looseObject({ schema_id: optional(string()), name: optional(string()) })
}

/** Builds the schema of {@link Project}. */
export function ProjectSchema(): GenericSchema<Project> {
  return looseObject({
    id: optional(string()),
    name: optional(string()),
    role: optional(string()),
    link: optional(string()),
    desc: optional(string()),
    start_time: optional(string()),
    end_time: optional(string()),
    customized_data: optional(array(BasicInfoCustomizedDataSchema())),
  })
}

/** Builds the schema of {@link Question}. */
export function QuestionSchema(): GenericSchema<Question> {
  return looseObject({
    id: string(),
    title: optional(NameSchema()),
    description: optional(NameSchema()),
    content: optional(string()),
    ability_list: optional(array(AbilitySchema())),
  })
}

/** Builds the schema of {@link RecruitmentType}. */
export function RecruitmentTypeSchema(): GenericSchema<RecruitmentType> {
  return looseObject({ id: optional(string()), name: optional(NameSchema()), active_status: optional(number()) })
}

/** Builds the schema of {@link ReferralWebsiteJobPostListItem}. */
export function ReferralWebsiteJobPostListItemSchema(): GenericSchema<ReferralWebsiteJobPostListItem> {
  return looseObject({
    id: optional(string()),
    title: optional(string()),
    job_id: optional(string()),
    job_code: optional(string()),
    job_expire_time: optional(string()),
    job_active_status: optional(number()),
    job_process_type: optional(number()),
    job_recruitment_type: optional(CreatorSchema()),
    job_department: optional(CreatorSchema()),
    job_type: optional(CreatorSchema()),
    min_job_level: optional(CreatorSchema()),
    max_job_level: optional(CreatorSchema()),
    address: optional(AddressSchema()),
    min_salary: optional(string()),
    max_salary: optional(string()),
    required_degree: optional(number()),
    experience: optional(number()),
    headcount: optional(number()),
    high_light_list: optional(array(CreatorSchema())),
    description: optional(string()),
    requirement: optional(string()),
    creator: optional(CreatorSchema()),
    create_time: optional(string()),
    modify_time: optional(string()),
    customized_data_list: optional(array(ItemCustomizedDataSchema())),
    job_function: optional(CreatorSchema()),
    address_list: optional(array(AddressSchema())),
  })
}

/** Builds the schema of {@link Referrer}. */
export function ReferrerSchema(): GenericSchema<Referrer> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    email: optional(string()),
    mobile: optional(string()),
  })
}

/** Builds the schema of {@link ReportFile}. */
export function ReportFileSchema(): GenericSchema<ReportFile> {
  return looseObject({ report_name: string(), report_url: string(), report_url_type: optional(number()) })
}

/** Builds the schema of {@link Resume}. */
export function ResumeSchema(): GenericSchema<Resume> {
  return looseObject({
    internship_list: optional(array(CareerSchema())),
    basic_info: looseObject({
      nationality_id: optional(string()),
      start_work_time: optional(number()),
      current_home_address: optional(string()),
      hometown_city_code: optional(string()),
      mobile_country_code: optional(string()),
      identification: optional(looseObject({
        identification_number: optional(string()),
        identification_type: optional(number()),
      })),
      marital_status: optional(number()),
      mobile: optional(string()),
      current_city_code: optional(string()),
      experience_years: optional(number()),
      gender: optional(number()),
      birthday: optional(number()),
      name: string(),
      preferred_city_code_list: optional(array(string())),
      resume_source_id: optional(string()),
      age: optional(number()),
      customized_data: optional(array(CustomizedDataSchema())),
      email: optional(string()),
    }),
    education_list: optional(array(looseObject({
      education_type: optional(number()),
      end_time: optional(number()),
      end_time_v2: optional(number()),
      field_of_study: optional(string()),
      school: optional(string()),
      start_time: optional(number()),
      academic_ranking: optional(number()),
      customized_data: optional(array(CustomizedDataSchema())),
      degree: optional(number()),
    }))),
    self_evaluation: optional(looseObject({
      content: optional(string()),
      customized_data: optional(array(CustomizedDataSchema())),
    })),
    career_list: optional(array(CareerSchema())),
    customized_data: optional(array(looseObject({
      object_id: optional(string()),
      children: optional(array(CustomizedDataSchema())),
    }))),
    resume_attachment_id: optional(string()),
    sns_list: optional(array(looseObject({
      sns_type: optional(number()),
      customized_data: optional(array(CustomizedDataSchema())),
      link: optional(string()),
    }))),
    works_list: optional(array(looseObject({
      desc: optional(string()),
      link: optional(string()),
      attachment: optional(looseObject({ file_id: optional(string()) })),
      customized_data: optional(array(CustomizedDataSchema())),
    }))),
    award_list: optional(array(looseObject({
      customized_data: optional(array(CustomizedDataSchema())),
      desc: optional(string()),
      title: optional(string()),
      award_time: optional(number()),
    }))),
    project_list: optional(array(looseObject({
      customized_data: optional(array(CustomizedDataSchema())),
      desc: optional(string()),
      end_time: optional(number()),
      link: optional(string()),
      name: optional(string()),
      role: optional(string()),
      start_time: optional(number()),
    }))),
    language_list: optional(array(looseObject({
      customized_data: optional(array(CustomizedDataSchema())),
      language: optional(number()),
      proficiency: optional(number()),
    }))),
  })
}

/** Builds the schema of {@link ResumeSourceInfo}. */
export function ResumeSourceInfoSchema(): GenericSchema<ResumeSourceInfo> {
  return looseObject({ id: optional(string()), name: optional(NameSchema()), resume_source_type: optional(number()) })
}

/** Builds the schema of {@link Role}. */
export function RoleSchema(): GenericSchema<Role> {
  return looseObject({
    id: optional(string()),
    name: optional(NameSchema()),
    description: optional(NameSchema()),
    modify_time: optional(string()),
    role_status: optional(number()),
    role_type: optional(number()),
    scope_of_application: optional(number()),
    has_business_management_scope: optional(boolean()),
    socail_permission_collection: optional(CampusPermissionCollectionSchema()),
    campus_permission_collection: optional(CampusPermissionCollectionSchema()),
  })
}

/** Builds the schema of {@link SalaryInfo}. */
export function SalaryInfoSchema(): GenericSchema<SalaryInfo> {
  return looseObject({
    currency: string(),
    basic_salary: optional(string()),
    probation_salary_percentage: optional(string()),
    award_salary_multiple: optional(string()),
    option_shares: optional(string()),
    quarterly_bonus: optional(string()),
    half_year_bonus: optional(string()),
  })
}

/** Builds the schema of {@link SalaryPlan}. */
export function SalaryPlanSchema(): GenericSchema<SalaryPlan> {
  return looseObject({
    currency: optional(string()),
    basic_salary: optional(string()),
    probation_salary_percentage: optional(string()),
    award_salary_multiple: optional(string()),
    option_shares: optional(string()),
    quarterly_bonus: optional(string()),
    half_year_bonus: optional(string()),
    total_annual_cash: optional(string()),
    customize_info_list: optional(array(CustomizeInfoSchema())),
  })
}

/** Builds the schema of {@link SelfEvaluation}. */
export function SelfEvaluationSchema(): GenericSchema<SelfEvaluation> {
  return looseObject({
    id: optional(string()),
    content: optional(string()),
    customized_data: optional(array(BasicInfoCustomizedDataSchema())),
  })
}

/** Builds the schema of {@link Setting}. */
export function SettingSchema(): GenericSchema<Setting> {
  return looseObject({
    object_type: optional(number()),
    config: optional(looseObject({
      options: optional(array(looseObject({
        key: optional(string()),
        name: optional(NameSchema()),
        description: optional(NameSchema()),
        active_status: optional(number()),
      }))),
    })),
  })
}

/** Builds the schema of {@link Sns}. */
export function SnsSchema(): GenericSchema<Sns> {
  return looseObject({
    id: optional(string()),
    sns_type: optional(number()),
    link: optional(string()),
    customized_data: optional(array(BasicInfoCustomizedDataSchema())),
  })
}

/** Builds the schema of {@link Stage}. */
export function StageSchema(): GenericSchema<Stage> {
  return looseObject({
    id: optional(string()),
    zh_name: optional(string()),
    en_name: optional(string()),
    type: optional(number()),
  })
}

/** Builds the schema of {@link StageTime}. */
export function StageTimeSchema(): GenericSchema<StageTime> {
  return looseObject({ stage_id: optional(string()), enter_time: optional(string()), exit_time: optional(string()) })
}

/** Builds the schema of {@link Talent}. */
export function TalentSchema(): GenericSchema<Talent> {
  return looseObject({
    id: optional(string()),
    is_in_agency_period: optional(boolean()),
    is_onboarded: optional(boolean()),
    basic_info: optional(TalentBasicInfoSchema()),
    education_list: optional(array(looseObject({
      id: optional(string()),
      degree: optional(number()),
      school: optional(string()),
      field_of_study: optional(string()),
      start_time: optional(string()),
      end_time: optional(string()),
      end_time_v2: optional(string()),
      education_type: optional(number()),
      academic_ranking: optional(number()),
      tag_list: optional(array(number())),
      customized_data_list: optional(array(AwardCustomizedDataSchema())),
    }))),
    career_list: optional(array(looseObject({
      id: optional(string()),
      company: optional(string()),
      title: optional(string()),
      desc: optional(string()),
      start_time: optional(string()),
      end_time: optional(string()),
      career_type: optional(number()),
      tag_list: optional(array(number())),
      customized_data_list: optional(array(AwardCustomizedDataSchema())),
    }))),
    project_list: optional(array(looseObject({
      id: optional(string()),
      name: optional(string()),
      role: optional(string()),
      link: optional(string()),
      desc: optional(string()),
      start_time: optional(string()),
      end_time: optional(string()),
      customized_data_list: optional(array(AwardCustomizedDataSchema())),
    }))),
    works_list: optional(array(looseObject({
      id: optional(string()),
      link: optional(string()),
      desc: optional(string()),
      name: optional(string()),
      customized_data_list: optional(array(AwardCustomizedDataSchema())),
    }))),
    award_list: optional(array(looseObject({
      id: optional(string()),
      title: optional(string()),
      award_time: optional(string()),
      desc: optional(string()),
      customized_data_list: optional(array(AwardCustomizedDataSchema())),
    }))),
    language_list: optional(array(looseObject({
      id: optional(string()),
      language: optional(number()),
      proficiency: optional(number()),
      customized_data_list: optional(array(AwardCustomizedDataSchema())),
    }))),
    sns_list: optional(array(looseObject({
      id: optional(string()),
      sns_type: optional(number()),
      link: optional(string()),
      customized_data_list: optional(array(AwardCustomizedDataSchema())),
    }))),
    resume_source_list: optional(array(TargetMajorSchema())),
    interview_registration_list: optional(array(looseObject({
      id: optional(string()),
      registration_time: optional(number()),
      download_url: optional(string()),
    }))),
    registration_list: optional(array(looseObject({
      id: optional(string()),
      registration_time: optional(number()),
      download_url: optional(string()),
      scenario: optional(number()),
    }))),
    resume_attachment_id_list: optional(array(string())),
    customized_data_list: optional(array(looseObject({
      object_id: optional(string()),
      name: optional(NameSchema()),
      object_type: optional(number()),
      children: optional(array(AwardCustomizedDataSchema())),
    }))),
    top_degree: optional(number()),
    first_degree: optional(number()),
  })
}

/** Builds the schema of {@link TalentBasicInfo}. */
export function TalentBasicInfoSchema(): GenericSchema<TalentBasicInfo> {
  return looseObject({
    name: string(),
    mobile: optional(string()),
    mobile_code: optional(string()),
    mobile_country_code: optional(string()),
    email: optional(string()),
    experience_years: optional(number()),
    age: optional(number()),
    nationality: optional(NationalitySchema()),
    gender: optional(number()),
    current_city: optional(BasicInfoCurrentCitySchema()),
    hometown_city: optional(BasicInfoCurrentCitySchema()),
    preferred_city_list: optional(array(BasicInfoCurrentCitySchema())),
    identification_type: optional(number()),
    identification_number: optional(string()),
    identification: optional(IdentificationSchema()),
    birthday: optional(number()),
    creator_id: optional(string()),
    marital_status: optional(number()),
    current_home_address: optional(string()),
    customized_data_list: optional(array(AwardCustomizedDataSchema())),
    modify_time: optional(string()),
    hukou_location_code: optional(string()),
  })
}

/** Builds the schema of {@link TalentListItem}. */
export function TalentListItemSchema(): GenericSchema<TalentListItem> {
  return looseObject({
    id: optional(string()),
    is_in_agency_period: optional(boolean()),
    is_onboarded: optional(boolean()),
    basic_info: optional(looseObject({
      name: string(),
      mobile: optional(string()),
      mobile_code: optional(string()),
      mobile_country_code: optional(string()),
      email: optional(string()),
      experience_years: optional(number()),
      age: optional(number()),
      nationality: optional(NationalitySchema()),
      gender: optional(number()),
      current_city: optional(BasicInfoCurrentCitySchema()),
      hometown_city: optional(BasicInfoCurrentCitySchema()),
      preferred_city_list: optional(array(BasicInfoCurrentCitySchema())),
      identification_type: optional(number()),
      identification_number: optional(string()),
      identification: optional(IdentificationSchema()),
      birthday: optional(number()),
      creator_id: optional(string()),
      marital_status: optional(number()),
      current_home_address: optional(string()),
      modify_time: optional(string()),
    })),
    education_list: optional(array(looseObject({
      id: optional(string()),
      degree: optional(number()),
      school: optional(string()),
      field_of_study: optional(string()),
      start_time: optional(string()),
      end_time: optional(string()),
      end_time_v2: optional(string()),
      education_type: optional(number()),
      academic_ranking: optional(number()),
      tag_list: optional(array(number())),
    }))),
    career_list: optional(array(looseObject({
      id: optional(string()),
      company: optional(string()),
      title: optional(string()),
      desc: optional(string()),
      start_time: optional(string()),
      end_time: optional(string()),
      career_type: optional(number()),
      tag_list: optional(array(number())),
    }))),
    project_list: optional(array(looseObject({
      id: optional(string()),
      name: optional(string()),
      role: optional(string()),
      link: optional(string()),
      desc: optional(string()),
      start_time: optional(string()),
      end_time: optional(string()),
    }))),
    works_list: optional(array(looseObject({
      id: optional(string()),
      link: optional(string()),
      desc: optional(string()),
      name: optional(string()),
    }))),
    award_list: optional(array(looseObject({
      id: optional(string()),
      title: optional(string()),
      award_time: optional(string()),
      desc: optional(string()),
    }))),
    language_list: optional(array(looseObject({
      id: optional(string()),
      language: optional(number()),
      proficiency: optional(number()),
    }))),
    sns_list: optional(array(looseObject({
      id: optional(string()),
      sns_type: optional(number()),
      link: optional(string()),
    }))),
    resume_source_list: optional(array(TargetMajorSchema())),
    interview_registration_list: optional(array(looseObject({
      id: optional(string()),
      registration_time: optional(number()),
    }))),
    resume_attachment_id_list: optional(array(string())),
    top_degree: optional(number()),
    first_degree: optional(number()),
  })
}

/** Builds the schema of {@link TargetMajor}. */
export function TargetMajorSchema(): GenericSchema<TargetMajor> {
  return looseObject({ id: optional(string()), zh_name: optional(string()), en_name: optional(string()) })
}

/** Builds the schema of {@link TimeRange}. */
export function TimeRangeSchema(): GenericSchema<TimeRange> {
  return looseObject({ start_time: optional(string()), end_time: optional(string()) })
}

/** Builds the schema of {@link WebsiteResumeSource}. */
export function WebsiteResumeSourceSchema(): GenericSchema<WebsiteResumeSource> {
  return looseObject({
    website_id: optional(string()),
    website_name: optional(NameSchema()),
    channel: optional(looseObject({ channel_id: optional(string()), channel_name: optional(NameSchema()) })),
  })
}

/** Builds the schema of {@link Works}. */
export function WorksSchema(): GenericSchema<Works> {
  return looseObject({
    id: optional(string()),
    link: optional(string()),
    desc: optional(string()),
    attachment_id: optional(string()),
    customized_data: optional(array(BasicInfoCustomizedDataSchema())),
  })
}
