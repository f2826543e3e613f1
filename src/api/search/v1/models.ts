// Generated from catalog/search.v1.json by codegen. Do not edit; run `npm run generate`.

export {}
