// Generated from catalog/optical_char_recognition.v1.json by codegen. Do not edit; run `npm run generate`.

export {}
