// Must compile under --strict --exactOptionalPropertyTypes; every @ts-expect-error
// must meet an error (tsc fails on an unused one), so each line proves a refusal.
import { ApiError, ErrorCode, fromUpstream, parseError, type ApiErrorInit, type DetailsOf, type ParsedError } from "relay-errors";

// Details are typed per code.
export const ok = new ApiError(ErrorCode.INSUFFICIENT_BALANCE, {
  message: "m",
  details: { balance: 3.2, currency: "USD", required_amount: 5, auto_recharge: true },
});
export const balance: number = ok.details.balance;
export const code: typeof ErrorCode.INSUFFICIENT_BALANCE = ok.code;
// @ts-expect-error a required details field is missing
new ApiError(ErrorCode.INSUFFICIENT_BALANCE, { details: { balance: 3.2, currency: "USD", auto_recharge: true } });
// @ts-expect-error details are required for this code
new ApiError(ErrorCode.INSUFFICIENT_BALANCE);
// @ts-expect-error a field of another code
new ApiError(ErrorCode.INSUFFICIENT_BALANCE, { details: { balance: 1, currency: "USD", required_amount: 5, auto_recharge: true, phone_number: "+1" } });
// @ts-expect-error a wrong field type
new ApiError(ErrorCode.INSUFFICIENT_BALANCE, { details: { balance: "3.2", currency: "USD", required_amount: 5, auto_recharge: true } });
// A code without required details needs no init; its details take no fields.
export const plain = new ApiError(ErrorCode.ACCESS_TOKEN_EXPIRED);
// @ts-expect-error ... and take no details fields
new ApiError(ErrorCode.ACCESS_TOKEN_EXPIRED, { details: { balance: 1 } });
// @ts-expect-error exactOptionalPropertyTypes: an optional member is not `undefined`
new ApiError(ErrorCode.ACCESS_TOKEN_EXPIRED, { message: undefined });
// @ts-expect-error planned codes are not constructible
new ApiError(ErrorCode.SPEND_LIMIT_REACHED, { details: { currency: "USD", limit: 1, period: "daily" } });
// @ts-expect-error a string is not a code
new ApiError("INSUFFICIENT_BALANCE");
// An alias constructs the canonical error.
export const alias: ApiError<typeof ErrorCode.NUMBER_NOT_OWNED> = new ApiError(ErrorCode.PHONE_NUMBER_NOT_OWNED, { details: { phone_number: "+1" } });
// @ts-expect-error ... so its code is not the alias
export const aliasCode: typeof ErrorCode.PHONE_NUMBER_NOT_OWNED = alias.code;
export const init: ApiErrorInit<typeof ErrorCode.NUMBER_NOT_OWNED> = { details: { phone_number: "+1" } };
export type D = DetailsOf<typeof ErrorCode.NUMBER_NOT_OWNED>;

// Parsing narrows by code; unknown codes and non-error bodies are values, not throws.
export function describe(err: ParsedError): string {
  switch (err.code) {
    case ErrorCode.INSUFFICIENT_BALANCE:
      return err.details.currency;
    case ErrorCode.NUMBER_NOT_OWNED:
      // @ts-expect-error narrowed: this code has no `currency`
      return err.details.currency;
    case undefined:
      return err.rawCode ?? err.problem;
    default: {
      const known: ErrorCode = err.code;
      return known;
    }
  }
}
export const parsed = describe(parseError({ error: { code: "X" } }, 500));
export const upstream: ErrorCode | undefined = fromUpstream("card-processor", "insufficient_funds");
