// Generated from catalog/speech_to_text.v1.json by codegen. Do not edit; run `npm run generate`.

/** Shared shape `Speech` of catalog/speech_to_text.v1.json. */
export interface Speech {
  speech?: string
  speech_key?: string
}
