// The peers' schemas for the create-user body: the same rules as far as
// each library expresses them without custom code. What none of them checks
// is listed in bench/README.md.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { z } from "zod";
import * as v from "valibot";

const STATUSES = [-1, 1, 3, 0, -2, -3, -4];
const MAX = Number.MAX_SAFE_INTEGER;
// ISO 9362 shape (not whether the country is assigned).
const BIC = "^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$";
// An IBAN's shape (country, check digits, up to 30 alphanumerics; spaces allowed).
const IBAN = "^[A-Z]{2}[0-9]{2}[A-Z0-9 ]{1,34}$";
const PHONE = "^\\+?[0-9 ().-]{7,}$";
const COUNTRY = "^[A-Z]{2}$";
const PROFILE_STRINGS = [
  "firstName", "lastName", "address", "zip", "SSN", "passportNo", "phone", "skype", "partnerCode",
];

// ---- Ajv (JSON Schema draft-07, allErrors so it reports every issue, as ours does)
const id = { type: "integer", minimum: 1, maximum: MAX };
const str = { type: "string" };
const account = {
  type: "object",
  properties: {
    id,
    IBAN: { type: "string", pattern: IBAN },
    "SWIFT/BIC": { type: "string", pattern: BIC },
    "Intermediary bank SWIFT": { type: "string", pattern: BIC },
    "Paypal email": { type: "string", format: "email" },
  },
  additionalProperties: { type: "string" },
};
export const jsonSchema = {
  type: "object",
  required: ["username", "email", "password"],
  properties: {
    id,
    username: { type: "string", minLength: 1, pattern: "\\S" },
    email: { type: "string", format: "email" },
    password: { type: "string", minLength: 1 },
    isPasswordHashed: { enum: ["0", "1", 0, 1] },
    referrer: id,
    affiliate_manager_id: { anyOf: [id, { const: "" }] },
    affiliateManagers: { type: "array", items: id },
    status: { enum: STATUSES },
    profile: {
      type: "object",
      properties: {
        ...Object.fromEntries(PROFILE_STRINGS.map((k) => [k, str])),
        birthDate: { type: "string", format: "date" },
        country: { type: "string", pattern: COUNTRY },
        phone: { type: "string", pattern: PHONE },
      },
      additionalProperties: { type: ["string", "number", "boolean"] },
    },
    paymentMethods: {
      type: "object",
      propertyNames: { minLength: 1 },
      additionalProperties: { type: "array", items: account },
    },
  },
};
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
addFormats(ajv, ["email", "date"]);
export const ajvValidate = ajv.compile(jsonSchema);

// ---- Zod 4
const zId = z.number().int().min(1).max(MAX);
const zAccount = z.looseObject({
  id: zId.optional(),
  IBAN: z.string().regex(new RegExp(IBAN)).optional(),
  "SWIFT/BIC": z.string().regex(new RegExp(BIC)).optional(),
  "Intermediary bank SWIFT": z.string().regex(new RegExp(BIC)).optional(),
  "Paypal email": z.email().optional(),
}).catchall(z.string());
export const zodSchema = z.looseObject({
  id: zId.optional(),
  username: z.string().trim().min(1),
  email: z.email(),
  password: z.string().min(1),
  isPasswordHashed: z.union([z.literal("0"), z.literal("1"), z.literal(0), z.literal(1)]).optional(),
  referrer: zId.optional(),
  affiliate_manager_id: z.union([zId, z.literal("")]).optional(),
  affiliateManagers: z.array(zId).optional(),
  status: z.union(STATUSES.map((s) => z.literal(s))).optional(),
  profile: z
    .object({
      ...Object.fromEntries(PROFILE_STRINGS.map((k) => [k, z.string().optional()])),
      birthDate: z.iso.date().optional(),
      country: z.string().regex(new RegExp(COUNTRY)).optional(),
      phone: z.string().regex(new RegExp(PHONE)).optional(),
    })
    .catchall(z.union([z.string(), z.number(), z.boolean()]))
    .optional(),
  paymentMethods: z.record(z.string().min(1), z.array(zAccount)).optional(),
});

// ---- Valibot 1
const vId = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX));
const vOpt = (s) => v.optional(s);
const vAccount = v.objectWithRest(
  {
    id: vOpt(vId),
    IBAN: vOpt(v.pipe(v.string(), v.regex(new RegExp(IBAN)))),
    "SWIFT/BIC": vOpt(v.pipe(v.string(), v.regex(new RegExp(BIC)))),
    "Intermediary bank SWIFT": vOpt(v.pipe(v.string(), v.regex(new RegExp(BIC)))),
    "Paypal email": vOpt(v.pipe(v.string(), v.email())),
  },
  v.string(),
);
export const valibotSchema = v.looseObject({
  id: vOpt(vId),
  username: v.pipe(v.string(), v.trim(), v.minLength(1)),
  email: v.pipe(v.string(), v.email()),
  password: v.pipe(v.string(), v.minLength(1)),
  isPasswordHashed: vOpt(v.picklist(["0", "1", 0, 1])),
  referrer: vOpt(vId),
  affiliate_manager_id: vOpt(v.union([vId, v.literal("")])),
  affiliateManagers: vOpt(v.array(vId)),
  status: vOpt(v.picklist(STATUSES)),
  profile: vOpt(
    v.objectWithRest(
      {
        ...Object.fromEntries(PROFILE_STRINGS.map((k) => [k, vOpt(v.string())])),
        birthDate: vOpt(v.pipe(v.string(), v.isoDate())),
        country: vOpt(v.pipe(v.string(), v.regex(new RegExp(COUNTRY)))),
        phone: vOpt(v.pipe(v.string(), v.regex(new RegExp(PHONE)))),
      },
      v.union([v.string(), v.number(), v.boolean()]),
    ),
  ),
  paymentMethods: vOpt(v.record(v.pipe(v.string(), v.minLength(1)), v.array(vAccount))),
});
export const valibotParse = (body) => v.safeParse(valibotSchema, body, { abortEarly: false });
