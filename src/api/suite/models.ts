// Generated from catalog/suite.json by codegen. Do not edit; run `npm run generate`.

export {}
