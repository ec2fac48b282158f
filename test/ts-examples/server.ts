// A server throws catalog errors and sends them in the configured envelope.
import { ApiError, ErrorCode } from "relay-errors";

function charge(balance: number, price: number): void {
  if (balance < price) {
    throw new ApiError(ErrorCode.INSUFFICIENT_BALANCE, {
      message: `Balance ${balance} USD cannot cover ${price} USD.`,
      details: { balance, currency: "USD", required_amount: price, auto_recharge: false },
      requestId: "req_42",
    });
  }
}

try {
  charge(3.2, 5);
} catch (err) {
  if (!(err instanceof ApiError)) throw err;
  // status, title, docs URL and retryability come from the catalog
  console.log(err.status, err.retryable, err.docsUrl);
  console.log(JSON.stringify(err)); // the response body, as the envelope says
}
