// Generated from catalog/corehr.v1.json by codegen. Do not edit; run `npm run generate`.
import { endpoint, fileEndpoint } from '../../../core/endpoint.ts'
import { file, type FileInput } from '../../../core/schema.ts'
import { array, looseObject, number, optional, picklist, string } from '../../../core/valibot.ts'
import {
  BankAccountSchema,
  CreateAddressSchema,
  CreateEducationSchema,
  CreateNameSchema,
  CreatePersonalProfileSchema,
  CreatePhoneSchema,
  CustomFieldSchema,
  DependentSchema,
  EmailSchema,
  EmergencyContactSchema,
  NationalIdSchema,
  WorkExperienceSchema,
} from './models.ts'
import type {
  BankAccount,
  CreateAddress,
  CreateEducation,
  CreateName,
  CreatePerson,
  CreatePersonalProfile,
  CreatePhone,
  CustomField,
  Dependent,
  Email,
  EmergencyContact,
  GetPerson,
  NationalId,
  Person,
  WorkExperience,
} from './types.ts'

/** Input of {@link createPerson}. */
export interface CreatePersonInput {
  query?: { client_token?: string }
  body: {
    name_list: CreateName[]
    gender?: { enum_name: string }
    date_of_birth?: string
    nationality_id?: string
    race?: { enum_name: string }
    marital_status?: { enum_name: string }
    phone_list?: CreatePhone[]
    address_list?: CreateAddress[]
    email_list?: Email[]
    work_experience_list?: WorkExperience[]
    education_list?: CreateEducation[]
    bank_account_list?: BankAccount[]
    national_id_list?: NationalId[]
    dependent_list?: Dependent[]
    emergency_contact_list?: EmergencyContact[]
    date_entered_workforce?: string
    profile_image_id?: string
    custom_fields?: CustomField[]
    resident_tax_id_list?: string[]
    age?: number
    personal_profile?: CreatePersonalProfile[]
  }
}

/** `data` of a successful {@link createPerson} response. */
export interface CreatePersonOutput {
  person?: CreatePerson
}

/**
 * `corehr.v1.person.create`: POST /open-apis/corehr/v1/persons (tenant token).
 *
 * @deprecated Use `createPerson` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=create&project=corehr&resource=person&version=v1
 */
export const createPerson = /*#__PURE__*/ endpoint<CreatePersonInput, CreatePersonOutput>({
  id: 'corehr.v1.person.create',
  method: 'POST',
  path: '/open-apis/corehr/v1/persons',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      query: optional(looseObject({ client_token: optional(string()) })),
      body: looseObject({
        name_list: array(CreateNameSchema()),
        gender: optional(looseObject({ enum_name: string() })),
        date_of_birth: optional(string()),
        nationality_id: optional(string()),
        race: optional(looseObject({ enum_name: string() })),
        marital_status: optional(looseObject({ enum_name: string() })),
        phone_list: optional(array(CreatePhoneSchema())),
        address_list: optional(array(CreateAddressSchema())),
        email_list: optional(array(EmailSchema())),
        work_experience_list: optional(array(WorkExperienceSchema())),
        education_list: optional(array(CreateEducationSchema())),
        bank_account_list: optional(array(BankAccountSchema())),
        national_id_list: optional(array(NationalIdSchema())),
        dependent_list: optional(array(DependentSchema())),
        emergency_contact_list: optional(array(EmergencyContactSchema())),
        date_entered_workforce: optional(string()),
        profile_image_id: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        resident_tax_id_list: optional(array(string())),
        age: optional(number()),
        personal_profile: optional(array(CreatePersonalProfileSchema())),
      }),
    }),
})

/** Input of {@link deletePerson}. */
export interface DeletePersonInput {
  path: { person_id: string }
}

/** `data` of a successful {@link deletePerson} response. */
export type DeletePersonOutput = { [key: string]: unknown }

/**
 * `corehr.v1.person.delete`: DELETE /open-apis/corehr/v1/persons/:person_id (tenant token).
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=delete&project=corehr&resource=person&version=v1
 */
export const deletePerson = /*#__PURE__*/ endpoint<DeletePersonInput, DeletePersonOutput>({
  id: 'corehr.v1.person.delete',
  method: 'DELETE',
  path: '/open-apis/corehr/v1/persons/:person_id',
  tokens: ['tenant'],
  input: () => looseObject({ path: looseObject({ person_id: string() }) }),
})

/** Input of {@link getPerson}. */
export interface GetPersonInput {
  path: { person_id: string }
  query?: { user_id_type?: 'people_employee_id' }
}

/** `data` of a successful {@link getPerson} response. */
export interface GetPersonOutput {
  person?: GetPerson
}

/**
 * `corehr.v1.person.get`: GET /open-apis/corehr/v1/persons/:person_id (tenant token).
 *
 * @deprecated
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=get&project=corehr&resource=person&version=v1
 */
export const getPerson = /*#__PURE__*/ endpoint<GetPersonInput, GetPersonOutput>({
  id: 'corehr.v1.person.get',
  method: 'GET',
  path: '/open-apis/corehr/v1/persons/:person_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ person_id: string() }),
      query: optional(looseObject({ user_id_type: optional(picklist(['people_employee_id'])) })),
    }),
})

/** Input of {@link patchPerson}. */
export interface PatchPersonInput {
  path: { person_id: string }
  query?: { client_token?: string }
  body?: {
    name_list?: CreateName[]
    gender?: { enum_name: string }
    date_of_birth?: string
    nationality_id?: string
    race?: { enum_name: string }
    marital_status?: { enum_name: string }
    phone_list?: CreatePhone[]
    address_list?: CreateAddress[]
    email_list?: Email[]
    work_experience_list?: WorkExperience[]
    education_list?: CreateEducation[]
    bank_account_list?: BankAccount[]
    national_id_list?: NationalId[]
    dependent_list?: Dependent[]
    emergency_contact_list?: EmergencyContact[]
    date_entered_workforce?: string
    profile_image_id?: string
    custom_fields?: CustomField[]
    resident_tax_id_list?: string[]
    age?: number
    personal_profile?: CreatePersonalProfile[]
  }
}

/** `data` of a successful {@link patchPerson} response. */
export interface PatchPersonOutput {
  person?: Person
}

/**
 * `corehr.v1.person.patch`: PATCH /open-apis/corehr/v1/persons/:person_id (tenant token).
 *
 * @deprecated Use `patchPerson` from `larkfn/corehr/v2` instead.
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=patch&project=corehr&resource=person&version=v1
 */
export const patchPerson = /*#__PURE__*/ endpoint<PatchPersonInput, PatchPersonOutput>({
  id: 'corehr.v1.person.patch',
  method: 'PATCH',
  path: '/open-apis/corehr/v1/persons/:person_id',
  tokens: ['tenant'],
  input: () =>
    looseObject({
      path: looseObject({ person_id: string() }),
      query: optional(looseObject({ client_token: optional(string()) })),
      body: optional(looseObject({
        name_list: optional(array(CreateNameSchema())),
        gender: optional(looseObject({ enum_name: string() })),
        date_of_birth: optional(string()),
        nationality_id: optional(string()),
        race: optional(looseObject({ enum_name: string() })),
        marital_status: optional(looseObject({ enum_name: string() })),
        phone_list: optional(array(CreatePhoneSchema())),
        address_list: optional(array(CreateAddressSchema())),
        email_list: optional(array(EmailSchema())),
        work_experience_list: optional(array(WorkExperienceSchema())),
        education_list: optional(array(CreateEducationSchema())),
        bank_account_list: optional(array(BankAccountSchema())),
        national_id_list: optional(array(NationalIdSchema())),
        dependent_list: optional(array(DependentSchema())),
        emergency_contact_list: optional(array(EmergencyContactSchema())),
        date_entered_workforce: optional(string()),
        profile_image_id: optional(string()),
        custom_fields: optional(array(CustomFieldSchema())),
        resident_tax_id_list: optional(array(string())),
        age: optional(number()),
        personal_profile: optional(array(CreatePersonalProfileSchema())),
      })),
    }),
})

/** Input of {@link uploadPerson}. */
export interface UploadPersonInput {
  body: { file_content: FileInput; file_name: string }
}

/** `data` of a successful {@link uploadPerson} response. */
export interface UploadPersonOutput {
  id?: string
}

/**
 * `corehr.v1.person.upload`: POST /open-apis/corehr/v1/persons/upload (tenant or user token).
 *
 * Multipart body.
 *
 * @see https://open.feishu.cn/api-explorer?from=op_doc_tab&apiName=upload&project=corehr&resource=person&version=v1
 */
export const uploadPerson = /*#__PURE__*/ fileEndpoint<UploadPersonInput, UploadPersonOutput>({
  id: 'corehr.v1.person.upload',
  method: 'POST',
  path: '/open-apis/corehr/v1/persons/upload',
  tokens: ['tenant', 'user'],
  input: () => looseObject({ body: looseObject({ file_content: file(), file_name: string() }) }),
  body: 'multipart',
})
