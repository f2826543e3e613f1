// Generated from catalog/doc.v2.json by codegen. Do not edit; run `npm run generate`.

export {}
