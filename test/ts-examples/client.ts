// A client reads an error response; `switch (err.code)` types the details.
import { ErrorCode, fromResponse } from "relay-errors";

export async function explain(response: Response): Promise<string> {
  const err = await fromResponse(response);
  switch (err.code) {
    case ErrorCode.INSUFFICIENT_BALANCE:
      return `top up: ${err.details.balance} ${err.details.currency} left`;
    case ErrorCode.RATE_LIMIT_EXCEEDED:
      return `slow down (retryable: ${err.retryable})`;
    case undefined:
      // a code this package does not know yet, or not an error body at all
      return err.rawCode === undefined ? err.problem : `unknown error ${err.rawCode}`;
    default:
      return `${err.code}: ${err.message}`;
  }
}

const body = (b: unknown) => new Response(JSON.stringify(b), { status: 402 });
console.log(await explain(body({ error: { code: "INSUFFICIENT_BALANCE", message: "Top up", details: { balance: 1.5, currency: "EUR", auto_recharge: false } } })));
console.log(await explain(body({ error: { code: "BRAND_NEW_CODE", message: "From a newer server" } })));
console.log(await explain(new Response("<html>Bad gateway</html>", { status: 502 })));
