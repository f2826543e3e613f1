// Generated from catalog/corehr.v2.json by codegen. Do not edit; run `npm run generate`.
import { endpoint } from '../../../core/endpoint.ts'
import { array, boolean, looseObject, optional, string } from '../../../core/valibot.ts'
import {
  CitizenshipStatuseSchema,
  CreateAddressSchema,
  CreateBankAccountSchema,
  CreateCustomFieldSchema,
  CreateDependentSchema,
  CreateEducationSchema,
  CreateEmailSchema,
  CreateEmergencyContactSchema,
  CreateLegalNameV2Schema,
  CreateNationalIdSchema,
  CreatePersonForCountrieSchema,
  CreatePersonalProfileSchema,
  CreatePhoneSchema,
  CreateResidentTaxeSchema,
  CreateWorkExperienceSchema,
  PassportSchema,
  TaxInfoMysSchema,
  VisaSchema,
} from './models.ts'
import type {
  CitizenshipStatuse,
  CreateAddress,
  CreateBankAccount,
  CreateCustomField,
  CreateDependent,
  CreateEducation,
  CreateEmail,
  CreateEmergencyContact,
  CreateLegalNameV2,
  CreateNationalId,
  CreatePersonForCountrie,
  CreatePersonalProfile,
  CreatePhone,
  CreateResidentTaxe,
  CreateWorkExperience,
  Passport,
  PatchPerson,
  Person,
  TaxInfoMys,
  Visa,
} from './types.ts'

/** Input of {@link createPerson}. */
export interface CreatePersonInput {
  query?: { client_token?: string }
  body?: {
    name_list?: CreateLegalNameV2[]
    gender?: { enum_name: string }
    date_of_birth?: string
    nationality_id?: string
    nationality_id_v2?: string
    citizenship_status_list?: CitizenshipStatuse[]
    race?: { enum_name: string }
    marital_status?: { enum_name: string }
    phone_list?: CreatePhone[]
    address_list?: CreateAddress[]
    email_list?: CreateEmail[]
    work_experience_list?: CreateWorkExperience[]
    education_list?: CreateEducation[]
    bank_account_list?: CreateBankAccount[]
    national_id_list?: CreateNationalId[]
    dependent_list?: CreateDependent[]
    emergency_contact_list?: CreateEmergencyContact[]
    date_entered_workforce?: string
    profile_image_id?: string
    personal_profile?: CreatePersonalProfile[]
    native_region?: string
    hukou_type?: { enum_name: string }
    hukou_location?: string
    political_affiliations?: { enum_name: string }[]
    talent_id?: string
    custom_fields?: CreateCustomField[]
    born_country_region?: string
    is_disabled?: boolean
    disable_card_number?: string
    is_martyr_family?: boolean
    martyr_card_number?: string
    is_old_alone?: boolean
    resident_taxes?: CreateResidentTaxe[]
    first_entry_time?: string
    leave_time?: string
    legal_name_v2s?: CreateLegalNameV2[]
    national_id_v2s?: CreateNationalId[]
    visas?: Visa[]
    passports?: Passport[]
    person_for_countries?: CreatePersonForCountrie[]
    preferred_name_v2?: CreateLegalNameV2
    mother_name?: string
    city_of_birth?: string
    region_of_birth?: string
    tax_info_mys?: TaxInfoMys
  }
}

/** `data` of a successful {@link createPerson} response. */
export interface CreatePersonOutput {
  person?: Person
}

/**
 * `corehr.v2.person.create`: POST /open-apis/corehr/v2/persons (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=person&version=v2
 */
export const createPerson = /*#__PURE__*/ endpoint<CreatePersonInput, CreatePersonOutput>({
  id: 'corehr.v2.person.create',
  method: 'POST',
  path: '/open-apis/corehr/v2/persons',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        name_list: optional(array(CreateLegalNameV2Schema())),
        gender: optional(looseObject({ enum_name: string() })),
        date_of_birth: optional(string()),
        nationality_id: optional(string()),
        nationality_id_v2: optional(string()),
        citizenship_status_list: optional(array(CitizenshipStatuseSchema())),
        race: optional(looseObject({ enum_name: string() })),
        marital_status: optional(looseObject({ enum_name: string() })),
        phone_list: optional(array(CreatePhoneSchema())),
        address_list: optional(array(CreateAddressSchema())),
        email_list: optional(array(CreateEmailSchema())),
        work_experience_list: optional(array(CreateWorkExperienceSchema())),
        education_list: optional(array(CreateEducationSchema())),
        bank_account_list: optional(array(CreateBankAccountSchema())),
        national_id_list: optional(array(CreateNationalIdSchema())),
        dependent_list: optional(array(CreateDependentSchema())),
        emergency_contact_list: optional(array(CreateEmergencyContactSchema())),
        date_entered_workforce: optional(string()),
        profile_image_id: optional(string()),
        personal_profile: optional(array(CreatePersonalProfileSchema())),
        native_region: optional(string()),
        hukou_type: optional(looseObject({ enum_name: string() })),
        hukou_location: optional(string()),
        political_affiliations: optional(array(looseObject({ enum_name: string() }))),
        talent_id: optional(string()),
        custom_fields: optional(array(CreateCustomFieldSchema())),
        born_country_region: optional(string()),
        is_disabled: optional(boolean()),
        disable_card_number: optional(string()),
        is_martyr_family: optional(boolean()),
        martyr_card_number: optional(string()),
        is_old_alone: optional(boolean()),
        resident_taxes: optional(array(CreateResidentTaxeSchema())),
        first_entry_time: optional(string()),
        leave_time: optional(string()),
        legal_name_v2s: optional(array(CreateLegalNameV2Schema())),
        national_id_v2s: optional(array(CreateNationalIdSchema())),
        visas: optional(array(VisaSchema())),
        passports: optional(array(PassportSchema())),
        person_for_countries: optional(array(CreatePersonForCountrieSchema())),
        preferred_name_v2: optional(CreateLegalNameV2Schema()),
        mother_name: optional(string()),
        city_of_birth: optional(string()),
        region_of_birth: optional(string()),
        tax_info_mys: optional(TaxInfoMysSchema()),
      })),
    }),
})

/** Input of {@link patchPerson}. */
export interface PatchPersonInput {
  path: { person_id: string }
  query?: { client_token?: string; no_need_query?: boolean }
  body?: {
    name_list?: CreateLegalNameV2[]
    gender?: { enum_name: string }
    date_of_birth?: string
    nationality_id?: string
    nationality_id_v2?: string
    citizenship_status_list?: CitizenshipStatuse[]
    race?: { enum_name: string }
    marital_status?: { enum_name: string }
    phone_list?: CreatePhone[]
    address_list?: CreateAddress[]
    email_list?: CreateEmail[]
    work_experience_list?: CreateWorkExperience[]
    education_list?: CreateEducation[]
    bank_account_list?: CreateBankAccount[]
    national_id_list?: CreateNationalId[]
    dependent_list?: CreateDependent[]
    emergency_contact_list?: CreateEmergencyContact[]
    date_entered_workforce?: string
    profile_image_id?: string
    personal_profile?: CreatePersonalProfile[]
    native_region?: string
    hukou_type?: { enum_name: string }
    hukou_location?: string
    political_affiliations?: { enum_name: string }[]
    talent_id?: string
    custom_fields?: CreateCustomField[]
    born_country_region?: string
    is_disabled?: boolean
    disable_card_number?: string
    is_martyr_family?: boolean
    martyr_card_number?: string
    is_old_alone?: boolean
    resident_taxes?: CreateResidentTaxe[]
    first_entry_time?: string
    leave_time?: string
    legal_name_v2s?: CreateLegalNameV2[]
    national_id_v2s?: CreateNationalId[]
    visas?: Visa[]
    passports?: Passport[]
    person_for_countries?: CreatePersonForCountrie[]
    preferred_name_v2?: CreateLegalNameV2
    mother_name?: string
    city_of_birth?: string
    region_of_birth?: string
    tax_info_mys?: TaxInfoMys
  }
}

/** `data` of a successful {@link patchPerson} response. */
export interface PatchPersonOutput {
  person?: PatchPerson
}

/**
 * `corehr.v2.person.patch`: PATCH /open-apis/corehr/v2/persons/:person_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=person&version=v2
 */
export const patchPerson = /*#__PURE__*/ endpoint<PatchPersonInput, PatchPersonOutput>({
  id: 'corehr.v2.person.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v2/persons/:person_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ person_id: string() }),
      query: optional(looseObject({ client_token: optional(string()), no_need_query: optional(boolean()) })),
      body: optional(looseObject({
        name_list: optional(array(CreateLegalNameV2Schema())),
        gender: optional(looseObject({ enum_name: string() })),
        date_of_birth: optional(string()),
        nationality_id: optional(string()),
        nationality_id_v2: optional(string()),
        citizenship_status_list: optional(array(CitizenshipStatuseSchema())),
        race: optional(looseObject({ enum_name: string() })),
        marital_status: optional(looseObject({ enum_name: string() })),
        phone_list: optional(array(CreatePhoneSchema())),
        address_list: optional(array(CreateAddressSchema())),
        email_list: optional(array(CreateEmailSchema())),
        work_experience_list: optional(array(CreateWorkExperienceSchema())),
        education_list: optional(array(CreateEducationSchema())),
        bank_account_list: optional(array(CreateBankAccountSchema())),
        national_id_list: optional(array(CreateNationalIdSchema())),
        dependent_list: optional(array(CreateDependentSchema())),
        emergency_contact_list: optional(array(CreateEmergencyContactSchema())),
        date_entered_workforce: optional(string()),
        profile_image_id: optional(string()),
        personal_profile: optional(array(CreatePersonalProfileSchema())),
        native_region: optional(string()),
        hukou_type: optional(looseObject({ enum_name: string() })),
        hukou_location: optional(string()),
        political_affiliations: optional(array(looseObject({ enum_name: string() }))),
        talent_id: optional(string()),
        custom_fields: optional(array(CreateCustomFieldSchema())),
        born_country_region: optional(string()),
        is_disabled: optional(boolean()),
        disable_card_number: optional(string()),
        is_martyr_family: optional(boolean()),
        martyr_card_number: optional(string()),
        is_old_alone: optional(boolean()),
        resident_taxes: optional(array(CreateResidentTaxeSchema())),
        first_entry_time: optional(string()),
        leave_time: optional(string()),
        legal_name_v2s: optional(array(CreateLegalNameV2Schema())),
        national_id_v2s: optional(array(CreateNationalIdSchema())),
        visas: optional(array(VisaSchema())),
        passports: optional(array(PassportSchema())),
        person_for_countries: optional(array(CreatePersonForCountrieSchema())),
        preferred_name_v2: optional(CreateLegalNameV2Schema()),
        mother_name: optional(string()),
        city_of_birth: optional(string()),
        region_of_birth: optional(string()),
        tax_info_mys: optional(TaxInfoMysSchema()),
      })),
    }),
})
